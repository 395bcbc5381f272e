/**
 * The leading group listed person by person (组内职务 | 姓名 | 单位及职务: 组长 | 郑×× | 区委副书记、区长, then
 * 副组长 and 成员 rows with their bureaus, the role written once or on every row). A reviewer reads the
 * leader's post, not his name, and the departments taking part from everyone else together; so
 * does the reader: the names are left out, and the others' bureaus are joined into the first such
 * row's cell ("区商务局局长、区财政局局长、…"), the rows after it left empty.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, spacelessText } from "../normalize/text";

const LEADER = /^(?:组长|第一组长|双组长|总组长)$/;
const MEMBER = /^(?:成员|成员单位|组员)$/;
const NAME_HEADER = /^姓名$/;
const POST_HEADER = /职务|单位/;

const text = (v: CellValue | undefined) => spacelessText(v ?? null);

/** A panel that came to check the work (验收组, 专家组, 考评组): its 组长 leads no county group. */
const PANEL = /验收|专家|评审|考评|检查|督导|评估/;

/** The sheet with its roster read as a reviewer reads it; the same sheet when it has none. */
export function withGroupRoster(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  for (let h = 0; h < sheet.rows.length; h++) {
    const head = sheet.rows[h] ?? [];
    const nameCol = head.findIndex((v) => NAME_HEADER.test(text(v)));
    const postCol = head.findIndex((v, c) => c > nameCol && POST_HEADER.test(text(v)));
    if (nameCol <= 0 || postCol < 0) continue;
    const roleCol = head.findIndex((v) => /职务|职位|分工/.test(text(v)));
    if (roleCol < 0 || roleCol >= nameCol) continue;
    rows ??= sheet.rows.map((x) => [...x]);
    // (A panel's roster, "验收组成员" over 验收组职务 | 姓名 | 工作单位, says who checked the work: none of it is read.)
    const heading = (sheet.rows[h - 1] ?? []).map(text).join("");
    if (PANEL.test(text(head[roleCol])) || (PANEL.test(heading) && /组|成员|名单/.test(heading))) {
      for (let r = h; r < rows.length && (r === h || text(rows[r][postCol]) !== ""); r++) rows[r] = rows[r].map(() => null);
      continue;
    }
    const others: number[] = [];
    let role = "";
    for (let r = h + 1; r < rows.length && text(rows[r][postCol]) !== ""; r++) {
      // The role written once for all the rows under it (成员 | 黄×× | …, then | 李×× | …).
      role = text(rows[r][roleCol]) || role;
      rows[r][nameCol] = null;
      if (!LEADER.test(role)) others.push(r);
    }
    // The departments in the first 成员 row (what its label names), the other members' rows left empty.
    const at = others.find((r) => MEMBER.test(text(rows?.[r][roleCol]))) ?? others[0];
    if (at !== undefined) {
      rows[at][postCol] = others.map((r) => cellText(rows?.[r][postCol] ?? null)).join("、");
      for (const r of others) if (r !== at && (MEMBER.test(text(rows[r][roleCol])) || text(rows[r][roleCol]) === "")) rows[r] = rows[r].map(() => null);
    }
  }
  return rows ? { ...sheet, rows } : sheet;
}
