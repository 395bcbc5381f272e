/**
 * The leading group listed person by person (领导小组职务 | 姓名 | 单位及职务: 组长 | 叶志平 | 区委副书记、
 * 区长, then a 成员 row per member with his bureau). A reviewer reads the departments taking part from
 * all the 成员 rows together; so does the reader: their bureaus are joined into the first 成员 row's
 * cell ("区商务局局长、区财政局局长、…"), the other member rows left empty. The 组长 row reads as it is.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

const MEMBER = /^(?:成员|成员单位|组员)$/;

/** The sheet with each run of 成员 rows read as one; the same sheet when there is none. */
export function withGroupRoster(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  for (let r = 0; r < sheet.rows.length; r++) {
    if (!isMember(sheet.rows[r])) continue;
    let end = r;
    while (end + 1 < sheet.rows.length && isMember(sheet.rows[end + 1])) end++;
    if (end > r) {
      rows ??= sheet.rows.map((x) => [...x]);
      const last = (row: CellValue[]) => row.reduce<number>((at, v, c) => (cellText(v ?? null) !== "" ? c : at), -1);
      const col = last(rows[r]);
      const bureaus = rows.slice(r, end + 1).map((row) => cellText(row[last(row)] ?? null));
      rows[r][col] = bureaus.join("、");
      for (let k = r + 1; k <= end; k++) rows[k] = rows[k].map(() => null);
    }
    r = end;
  }
  return rows ? { ...sheet, rows } : sheet;
}

/** A member's row: 成员 first, then a name and a bureau (two or three cells in all). */
function isMember(row: CellValue[] | undefined): boolean {
  const filled = (row ?? []).map((v) => cellText(v ?? null)).filter((t) => t !== "");
  return filled.length >= 2 && filled.length <= 3 && MEMBER.test(filled[0].replace(/\s+/g, ""));
}
