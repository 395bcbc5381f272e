/**
 * The column's posts copied page by page into one sheet (仁化: "按专栏网页逐期复制，一期一块；每块第二行
 * “发布时间”为网站发布日期"): each block a post's title, its byline "来源：… 发布时间：2020-09-10 09:10 栏目：
 * 专题专栏＞电子商务进农村综合示范＞项目进度", then the table the post carried. A reviewer counts the posts by
 * their 发布时间, not the months their titles are about; so does the reader: each byline is one update of
 * the column, titled by the line above it. The tables inside the posts are no records.
 */
import type { Sheet } from "../core/grid";
import { findDateInText } from "./normalize/date";
import { cellText } from "./normalize/text";
import type { DisclosureRecord } from "./records";

/** A post's byline: its 发布时间 (the day it went up) on a line of its own. */
const BYLINE = /发布(?:时间|日期)\s*[:：]\s*((?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2})/;
/** The column the byline files it under: 栏目：…＞电子商务进农村综合示范＞…. */
const COLUMN = /栏目\s*[:：]\s*(\S+)/;
/** Fewest posts that make such a sheet. */
const MIN_POSTS = 3;
/** Rows looked through: a year's posts, a table in each. */
const MAX_ROWS = 3000;

/** The one text of row r, or "" when it has none or several. */
function lineOf(sheet: Sheet, r: number): string {
  const texts = (sheet.rows[r] ?? []).map((v) => cellText(v ?? null).trim()).filter((t) => t !== "");
  return texts.length === 1 ? texts[0] : "";
}

/** The zero-based rows of the posts' bylines, when the sheet is such a compilation of its column's posts. */
export function copiedPostLines(sheet: Sheet): number[] | undefined {
  // The programme's column named first, by the sheet's name or title: every sheet is asked, a long ledger's
  // rows are never walked for bylines.
  if (!/专栏|电子商务进农村|电商进农村/.test(`${sheet.name} ${lineOf(sheet, 0)} ${lineOf(sheet, 1)}`)) return undefined;
  const lines: number[] = [];
  for (let r = 0; r < Math.min(sheet.rows.length, MAX_ROWS); r++) if (BYLINE.test(lineOf(sheet, r))) lines.push(r);
  if (lines.length < MIN_POSTS) return undefined;
  // A site search's results (所属栏目：专题专栏 > 电子商务进农村综合示范 | 部门动态 | 计划总结): only the programme's
  // column's posts are its updates, the others' posts are not.
  const column = (r: number) => COLUMN.exec(lineOf(sheet, r))?.[1] ?? "";
  const own = lines.filter((r) => PROGRAMME_COLUMN.test(column(r)));
  return own.length > 0 && own.length < lines.length && lines.every((r) => column(r) !== "") ? own : lines;
}
/** The programme's own column, as a byline files a post under it. */
const PROGRAMME_COLUMN = /专栏|电子商务进农村|电商进农村/;

export function readCopiedPosts(sheet: Sheet, lines: number[]): DisclosureRecord[] {
  return lines.map((r) => {
    const byline = lineOf(sheet, r);
    const title = lineOf(sheet, r - 1);
    const record: DisclosureRecord = { source: { sheet: sheet.name, row: r + 1 }, date: findDateInText(BYLINE.exec(byline)?.[1] ?? "") ?? null };
    if (title) record.title = title;
    const column = COLUMN.exec(byline)?.[1];
    if (column) record.column = column;
    return record;
  });
}
