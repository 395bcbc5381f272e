/**
 * A 接龙 pasted line by line: "1. 区统计局 陈志坚 常住人口71.74万人（七普）" — each line numbered, then
 * who reported it (a bureau and a name), then the figure. A reviewer reads the figure; the number, the
 * bureau and the name say who answered. (Its lines of items each marked after them are read as any
 * sheet's are: marked-items.ts.)
 */
import type { CellValue, Sheet } from "../../core/grid";

/** The line's number, the reporting office and the reporter's name, before what they reported. */
const REPORTER = /^\s*\d{1,3}\s*[.、．]\s*[\u4e00-\u9fff（）()]{2,16}?(?:局|办|委|中心|公司|所|站|院|部)\s+[\u4e00-\u9fff]{2,4}\s+(?=\S)/;
function plain(v: CellValue): CellValue {
  return typeof v === "string" ? v.replace(REPORTER, "") : v;
}

export function withChainLines(sheet: Sheet): Sheet {
  // Only a chain: several lines so numbered (an ordinary table's numbers stand in a column of their own).
  const lines = sheet.rows.filter((row) => typeof row?.[0] === "string" && REPORTER.test(row[0] as string)).length;
  if (lines < 3) return sheet;
  return { ...sheet, rows: sheet.rows.map((row) => row.map((v) => plain(v ?? null))) };
}
