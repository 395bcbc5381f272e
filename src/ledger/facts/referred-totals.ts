/**
 * An answer referred to another table's total: 常住人口 | 见表二“合计”行, the figure kept once, in a table by town
 * further down the sheet (表二 分镇（街道）基本情况: 镇（街道） | 常住人口（人） | 行政村（个） …, its 合计 row). A
 * reviewer follows the reference; so does the reader: the total under the column the line's label names
 * (with its unit from the header's bracket) takes the referring cell's place. The evidence stays on the line.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

/** "见表二“合计”行", "详见表2合计", "见下表合计栏": the table's number (or 下表) in group 1. */
const REFERRED =
  /^[（(]?\s*(?:详|请)?(?:见|参见|详见)\s*(表\s*[一二三四五六七八九十\d]+|下表|附表\s*[一二三四五六七八九十\d]*)\s*[“"「]?(?:合计|总计)[”"」]?\s*(?:行|栏|数)?\s*[)）]?$/;
const TOTAL_ROW = /^(?:合计|总计|全县合计|全市合计|全区合计)$/;
const unitOf = (header: string) => /[（(]([^（()）]{1,4})[)）]\s*$/.exec(header)?.[1];
/** A label or header's words: no unit bracket, no 数 at its end (行政村数 is 行政村（个）'s). */
const words = (t: string) =>
  t
    .replace(/[（(][^（()）]*[)）]/g, "")
    .replace(/\s+/g, "")
    .replace(/数$/, "");

/** The sheet with each such reference replaced by the total it names; the same sheet when none is there. */
export function withReferredTotals(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 1; c < row.length; c++) {
      const ref = REFERRED.exec(cellText(row[c] ?? null).trim());
      if (!ref) continue;
      const label = [...row.slice(0, c)].reverse().find((v) => typeof v === "string" && /[\u4e00-\u9fff]{2}/.test(v));
      const total = label === undefined ? undefined : totalFor(sheet, r, ref[1].replace(/\s+/g, ""), words(label as string));
      if (total === undefined) continue;
      rows ??= sheet.rows.map((x) => [...x]);
      rows[r][c] = total;
    }
  }
  return rows ? { ...sheet, rows } : sheet;
}

/** The figure under the column `label` names, on the 合计 row of the table titled `table` (下表: the next one below `from`). */
function totalFor(sheet: Sheet, from: number, table: string, label: string): CellValue | undefined {
  const titled = (r: number) => {
    const first = (sheet.rows[r] ?? []).map((v) => cellText(v ?? null).replace(/\s+/g, "")).find((t) => t !== "") ?? "";
    return table === "下表" ? r > from && /^表/.test(first) : first.startsWith(table);
  };
  const title = sheet.rows.findIndex((_, r) => r !== from && titled(r));
  if (title < 0) return undefined;
  const header = (sheet.rows[title + 1] ?? []).map((v) => cellText(v ?? null).replace(/\s+/g, ""));
  const col = header.findIndex((h) => h !== "" && words(h) === label);
  if (col < 0) return undefined;
  for (let r = title + 2; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    if (!row.some((v) => TOTAL_ROW.test(cellText(v ?? null).replace(/\s+/g, "")))) continue;
    const v = row[col];
    if (typeof v !== "number") return undefined;
    const unit = unitOf(header[col]);
    return unit ? `${v}${unit}` : v;
  }
  return undefined;
}
