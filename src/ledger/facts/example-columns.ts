/**
 * A city's collection template as a county sends it back: a 填写示例 column beside the value column
 * (filled on every line, dates and all), and the lines the clerk did not fill still saying 请填写 /
 * 请选择. A reviewer reads neither as the county's answer; so does the reader: the example column's
 * cells under its header, down to the table's first blank row, and the placeholders are left out.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

const EXAMPLE_HEADER = /^(?:填写示例|填报示例|填表示例|示例|样例|举例|参考示例|示例值|例)$/;
/** A template's placeholder where the answer goes. */
const PLACEHOLDER = /^(?:请填写|请选择|请输入|待填|待填写|（请填写）|\(请填写\)|点击选择|--请选择--)$/;

const key = (v: CellValue | undefined) => cellText(v ?? null).replace(/\s+/g, "");

export function withoutExamples(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  const own = () => (rows ??= sheet.rows.map((r) => r));
  sheet.rows.forEach((row, h) => {
    const examples = (row ?? []).flatMap((v, c) => (EXAMPLE_HEADER.test(key(v)) ? [c] : []));
    // Only beside other headers: a line that says 示例 alone is a remark.
    if (examples.length === 0 || (row ?? []).filter((v) => key(v) !== "").length < 3) return;
    const out = own();
    for (let r = h + 1; r < sheet.rows.length && (sheet.rows[r] ?? []).some((v) => key(v) !== ""); r++)
      out[r] = (out[r] ?? []).map((v, c) => (examples.includes(c) ? null : v));
  });
  sheet.rows.forEach((row, r) => {
    if ((row ?? []).some((v) => typeof v === "string" && PLACEHOLDER.test(key(v)))) {
      const out = own();
      out[r] = (out[r] ?? []).map((v) => (typeof v === "string" && PLACEHOLDER.test(key(v)) ? null : v));
    }
  });
  return rows ? { ...sheet, rows } : sheet;
}
