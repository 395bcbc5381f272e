/**
 * The official table pasted from Word with no column for the county's points: each indicator's
 * 自评情况 cell carries its facts line by line and ends with its points, "自评得分：1分". A reviewer
 * reads that last line as the clerk's claim for the row's indicator, as a 自评得分 column would give
 * it; so does the reader: the line taken out of the cell and put in a 自评得分 column of its own at the
 * table's right, the facts left where they were.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, spacelessText } from "../normalize/text";

/** The header of the indicators' names, which makes the table the official one. */
const NAME_HEADER = /^(?:评价指标|考评指标|考核指标|指标名称|评价指标名称|二级指标)$/;
/** A column of the county's points already there: nothing to do. */
const CLAIM_HEADER = /自评(?:得)?分|^得分$|自评分数/;
/** The cell's last line, the points alone. */
const SCORE_LINE = /\n\s*自评(?:得)?分(?:数)?\s*[:：]\s*(\d+(?:\.\d+)?)\s*分?\s*[。.]?\s*$/;
/** Rows looked through for the header. */
const HEADER_SCAN = 8;
/** Fewest rows ending so that make the column. */
const MIN_ROWS = 3;

export function withScoreLineColumn(sheet: Sheet): Sheet {
  for (let h = 0; h < Math.min(HEADER_SCAN, sheet.rows.length); h++) {
    const head = (sheet.rows[h] ?? []).map((v) => spacelessText(v ?? null));
    if (!head.some((t) => NAME_HEADER.test(t)) || head.some((t) => CLAIM_HEADER.test(t))) continue;
    const width = Math.max(...sheet.rows.map((row) => row.length));
    // The column whose cells end with the points line, most often.
    const counts = new Map<number, number>();
    for (let r = h + 1; r < sheet.rows.length; r++)
      (sheet.rows[r] ?? []).forEach((v, c) => {
        if (typeof v === "string" && SCORE_LINE.test(v)) counts.set(c, (counts.get(c) ?? 0) + 1);
      });
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (!best || best[1] < MIN_ROWS) return sheet;
    const col = best[0];
    const rows = sheet.rows.map((row, r): CellValue[] => {
      const out = [...row, ...Array<CellValue>(Math.max(0, width - row.length)).fill(null)];
      if (r === h) return [...out, "自评得分"];
      const v = row[col];
      const m = typeof v === "string" ? SCORE_LINE.exec(v) : null;
      if (r < h || !m) return [...out, null];
      out[col] = cellText(v ?? null)
        .slice(0, m.index)
        .trimEnd();
      return [...out, Number(m[1])];
    });
    return { ...sheet, rows };
  }
  return sheet;
}
