/**
 * A Word cell's paragraphs pasted a row each, the line's name merged down beside them: a paragraph
 * opening on 其中 ("其中已参加电商培训2,047人") says a part of what the paragraph above it counted
 * ("有劳动能力的建档立卡贫困人口（不含外出务工）3,860人"), and names no one alone. A reviewer reads the two
 * as one sentence; so does the reader: the part's cell holds the two joined, the whole's own cell stays
 * as it is (every cell keeps its address).
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

/** A paragraph of a part with its own figure: 其中已参加电商培训2,047人. */
const PART = /^\s*其中[^：:\d]{2,}\d/;
/** A paragraph counting something, its figure with a unit: …3,860人, …57个. */
const COUNTED = /\d[\d,，.]*\s*(?:万人次|人次|万人|人|户|个|家|万元|亿元|元)[。；;，,]?\s*$/;

/** The sheet with each such part joined to its whole; the same sheet when it has none. */
export function withPartParagraphsJoined(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  for (let r = 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const t = cellText(row[c] ?? null);
      if (!PART.test(t)) continue;
      // (A paragraph of its own: nothing else on its line but the merged name's and remark's blanks.)
      if (row.some((v, i) => i !== c && i < c && cellText(v ?? null).trim() !== "")) continue;
      const above = cellText(sheet.rows[r - 1]?.[c] ?? null).trim();
      if (!COUNTED.test(above) || /\n/.test(above)) continue;
      rows ??= sheet.rows.map((x) => x.slice());
      rows[r][c] = `${above.replace(/[。；;，,]\s*$/, "")}，${t.trim()}`;
    }
  }
  return rows ? { ...sheet, rows } : sheet;
}
