/**
 * A facts sheet that is the bureau's whole work tracker (徐闻: 重点工作任务推进台账 — foreign trade, fuel
 * stations, Party study and the programme in one table), a column marking the lines the programme's
 * evaluation asks about ("示范考评" ticked √; "打√的为电子商务进农村综合示范县考评事项"). A reviewer reads the
 * marked lines only; so does the reader: below that header, a line not marked is left out.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";
import { headerKey } from "./header-key";

const MARK_HEADER = /^(?:示范考评|示范县考评|考评事项|是否考评事项|纳入考评|考评相关|是否纳入考评)$/;
const MARKED = /^(?:√|✓|✔|☑|是|Y)$/i;

export function withProgrammeRowsOnly(sheet: Sheet): Sheet {
  for (let h = 0; h < Math.min(sheet.rows.length, 10); h++) {
    const col = (sheet.rows[h] ?? []).findIndex((v) => MARK_HEADER.test(headerKey(v ?? null)));
    if (col < 0) continue;
    const below = sheet.rows.slice(h + 1);
    const marked = below.filter((row) => MARKED.test(cellText(row[col] ?? null).trim())).length;
    // (A column of marks on a few lines among others: a column of answers would be marked throughout.)
    const unmarked = below.filter((row) => row.some((v) => cellText(v ?? null) !== "") && !MARKED.test(cellText(row[col] ?? null).trim())).length;
    if (marked < 3 || unmarked === 0) return sheet;
    const rows: CellValue[][] = sheet.rows.map((row, r) => (r <= h || MARKED.test(cellText(row[col] ?? null).trim()) ? row : row.map(() => null)));
    return { ...sheet, rows };
  }
  return sheet;
}
