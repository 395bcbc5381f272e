/**
 * The group's members asked in the clerk's own words ("哪些单位在里面", "哪些部门进了小组") and answered
 * with a list of bureaus ("区商务局、区财政局、区农业农村局…"). A reviewer reads the list as the
 * members; so does the reader: a line whose words speak of units or departments and whose answer
 * lists three or more offices is labelled 成员单位 (its answer's cell unchanged).
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

/** Three offices or more, listed with 、 or ，. */
const OFFICES = /(?:[\u4e00-\u9fff（）()]{1,12}?(?:局|办|委|办公室|公司|分公司|中心)[、，,；;]\s*){2,}[\u4e00-\u9fff（）()]{1,12}?(?:局|办|委|办公室|公司|分公司|中心)/;
/** Words asking who takes part, in any wording. */
const ASKS_MEMBERS = /单位|部门|成员/;
/** Words already naming the members as the rubric does: left as they are. */
const NAMED = /^(?:成员单位|参与部门|参与单位|成员)$/;

export function withMemberListsLabelled(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  sheet.rows.forEach((row, r) => {
    const cells = row ?? [];
    const at = cells.findIndex((v) => typeof v === "string" && ASKS_MEMBERS.test(v) && v.length <= 16 && !NAMED.test(v.trim()) && !OFFICES.test(v));
    if (at < 0) return;
    const answer = cells.findIndex((v, c) => c > at && typeof v === "string" && OFFICES.test(v));
    if (answer < 0 || cells.slice(at + 1, answer).some((v) => cellText(v ?? null).trim() !== "")) return;
    // (Only the line changed is copied: a header row keeps its identity for the readers marking it.)
    rows ??= [...sheet.rows];
    rows[r] = cells.map((v, c) => (c === at ? "成员单位" : v));
  });
  return rows ? { ...sheet, rows } : sheet;
}
