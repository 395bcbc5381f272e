/**
 * A city's collection template as a county sends it back: a 填写示例 column beside the value column
 * (filled on every line, dates and all), and the lines the clerk did not fill still saying 请填写 /
 * 请选择. A reviewer reads neither as the county's answer; so does the reader: the example column's
 * cells under its header, down to the table's first blank row, and the placeholders are left out.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { spacelessText } from "../normalize/text";
import { withColumnsLeftOut } from "./table-end";

const EXAMPLE_HEADER = /^(?:填写示例|填报示例|填表示例|示例|样例|举例|参考示例|示例值|例)$/;
/** A template's placeholder where the answer goes. */
const PLACEHOLDER = /^(?:请填写|请选择|请输入|待填|待填写|（请填写）|\(请填写\)|点击选择|--请选择--)$/;

const placeholder = (v: CellValue | undefined) => typeof v === "string" && PLACEHOLDER.test(spacelessText(v));

export function withoutExamples(sheet: Sheet): Sheet {
  const out = withColumnsLeftOut(sheet, (row) => {
    const keys = row.map((v) => spacelessText(v ?? null));
    // Only beside other headers: a line that says 示例 alone is a remark.
    return keys.filter((k) => k !== "").length < 3 ? [] : keys.flatMap((k, c) => (EXAMPLE_HEADER.test(k) ? [c] : []));
  });
  if (!out.rows.some((row) => (row ?? []).some(placeholder))) return out;
  return { ...out, rows: out.rows.map((row) => ((row ?? []).some(placeholder) ? row.map((v) => (placeholder(v) ? null : v)) : row)) };
}
