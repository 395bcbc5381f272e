/**
 * A check sheet of several small tables one under another (丰顺: 一、基本情况 | 项目 | 填报情况, then
 * 二、文件制度 | 事项 | 是否出台 | 文号 | 印发时间 | 自评分, then 三、服务中心 | 功能 | 是否具备 | 是否免费 …),
 * each section its own header. A reviewer reads each table by its own header; so does the reader:
 * the sheet is cut at each section line standing over a header of its own, each part read alone
 * (rows keep their places, so every cell is named where it is).
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, spacelessText } from "../normalize/text";
import { blockSheet } from "../stacked";
import { turnedBack } from "./on-its-side";

const filled = (v: CellValue | undefined) => cellText(v ?? null).trim() !== "";
// (…and a results list's 成效事项, a problems list's 问题, a task list's 任务.)
// (…and a supplement's 补充项目: lines added under another programme's form.)
// (…and a supervisor's report's 子项目 and 合同名称: its progress and payment tables.)
// (…and a pitch's record: its slides' titles, PPT标题, and the judges' questions, 评委 | 提问 | 答辩人 | 回答.)
const ROW_HEAD =
  /^(?:项目|事项|指标|PPT标题|幻灯片标题|页面标题|评委|提问|功能|内容|名称|类别|数据项|子项目|合同名称|功能\/事项|事项\/功能|检查事项|核对事项|工作事项|目标任务|考评指标|评价指标|评分项|成效事项|问题|任务|补充项目|补充事项)/;
const COLUMN_HEAD = /是否|情况|填报|数值|数据|时间|日期|金额|单位|说明|备注|自评|文号|(?:19|20)\d{2}年|完成|分值|等次|目标值|哪一步|表现|状态|讲解|回答|答复/;

/** A line telling how the table under it is read (说明：“初评得分”照抄市局…), no heading of a section. */
const NOTE_LINE = /^(?:说明|注|填表说明|备注)[:：]/;
/** A form's line saying who filled it in (填报单位：… 数据年度：…), over the top table's header: no section's heading. */
const INFO_LINE = /^(?:填报单位|填表单位|编制单位|制表单位|报送单位|编制|填报人|填表人)[:：]/;
/** A numbered section's heading: 二、工程进度. */
const SECTION_LINE = /^[一二三四五六七八九十]{1,3}[、．.]/;
/** A header row's words as one text, to tell one table's header from another's. */
const headText = (row: readonly CellValue[]) => row.map((v) => spacelessText(v ?? null)).join("|");

/** A row of three words at least and no figure: a year's column, 2019年, is a word here; a figure is data. */
function wordsOnly(row: readonly CellValue[]): boolean {
  const cells = row.filter(filled);
  return cells.length >= 3 && cells.every((v) => typeof v === "string" && !/\d{3,}/.test(v.replace(/(?:19|20)\d{2}年/g, "")));
}

/** A table's header: a row of words only, a thing's column first and columns of what is said of it. */
function isHeader(row: readonly CellValue[]): boolean {
  if (!wordsOnly(row)) return false;
  const cells = row.filter(filled);
  // (A 序号 column may come first: the thing's column is then the next.)
  // (…or a bare 序, or a deck's 页: 页 | PPT标题 | 画面上的字 | 讲解.)
  const lead = /^(?:序号?|编号|页|页码|No\.?)$/i.test(spacelessText(cells[0] ?? null)) ? 1 : 0;
  const first = spacelessText(cells[lead] ?? null);
  return cells.length - lead >= 3 && ROW_HEAD.test(first) && cells.slice(lead + 1).filter((v) => COLUMN_HEAD.test(spacelessText(v ?? null))).length >= 1;
}

export function sectionTables(sheet: Sheet): Sheet[] | undefined {
  const starts: number[] = [];
  const heads = new Set<string>();
  for (let r = 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const above = (sheet.rows[r - 1] ?? []).filter(filled);
    if (above.length !== 1 || INFO_LINE.test(spacelessText(above[0] ?? null)) || !isHeader(row)) continue;
    starts.push(r - 1);
    heads.add(headText(row));
  }
  // Three sections at least, under headers of their own: one table's repeated header is no such sheet.
  // Or one at least below a table of another header (端州's weekly report, 工作事项 | 累计完成情况 | 本周进展,
  // over 附：主观评分项拟自评分 | 评价指标 | 评分项 | 分值 | 拟自评分): each table by its own columns.
  // (…or the first one's own when its line is a remark on how to read it, 说明：…, not a section's heading: the
  // top table's note over its header.)
  const noted = starts.length > 0 && NOTE_LINE.test(spacelessText((sheet.rows[starts[0]] ?? []).find(filled) ?? null));
  const top = starts.length > 0 ? (topHeader(sheet, starts[0]) ?? (noted ? headText(sheet.rows[starts[0] + 1] ?? []) : undefined)) : undefined;
  // (The top table's own title line over its header — 说明：… over 序号 | 评价指标 | … on an appeal form — is
  // no section of another kind; the one below it, 附：申诉涉及的基础数据 | 项目 | 数据 | 说明, is.)
  const twoKinds = top !== undefined && heads.size === starts.length && [...heads].some((h) => h !== top);
  // (…or two at least under numbered sections' headings, 二、工程进度 and 四、资金支付情况, each its own header — when
  // no other numbered section has a table this does not make out: 二、主观评分项自评 | 序号 | 评分项 | … left inside
  // the part above it would be read by that part's header.)
  const sectionLine = (r: number) => {
    const cells = (sheet.rows[r] ?? []).filter(filled);
    return cells.length === 1 && SECTION_LINE.test(spacelessText(cells[0] ?? null));
  };
  // (The sheet's rows looked at only when two such tables stand apart: most sheets have none.)
  const tabled =
    starts.length >= 2 && heads.size === starts.length ? sheet.rows.flatMap((_, r) => (sectionLine(r) && wordsOnly(sheet.rows[r + 1] ?? []) ? [r] : [])) : [];
  // (A numbered section whose table has no header of this kind — 四、评判类指标自评分 over 项目 | 方案制定 | … and
  // 分值 | 自评分 rows, a table on its side — is cut off too: left inside the part above, it would be read by
  // that part's header, 序号 | 事项 | 完成情况.)
  const sideways = (r: number) => turnedBack({ ...sheet, rows: sheet.rows.slice(r + 1, r + 6) }) !== undefined;
  const numbered = tabled.length >= 2 && tabled.filter((r) => starts.includes(r)).length >= 2 && tabled.every((r) => starts.includes(r) || sideways(r));
  if ((starts.length < 3 || heads.size < 3) && !twoKinds && !numbered) return undefined;
  const sections = numbered ? [...new Set([...starts, ...tabled])].sort((a, b) => a - b) : starts;
  // (The sheet's head lines above the first section, 主持人：… | 参会单位：… over a meeting's 一、基础数据逐项核定,
  // are that table's heading, read with it: alone they are a sheet of lines, each read as a statement.)
  const cuts = headLinesOnly(sheet, sections[0]) ? sections.slice(1) : sections;
  const bounds = [0, ...cuts.filter((s) => s > 0), sheet.rows.length];
  const parts: Sheet[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) if (bounds[i + 1] > bounds[i]) parts.push(blockSheet(sheet, { top: bounds[i], bottom: bounds[i + 1] }));
  return parts;
}

/**
 * The rows above `before` are a title and head lines only, one of them at least "label：value" in a cell
 * (not pairs across cells, 工程名称 | …, which are read as a form's of their own).
 */
function headLinesOnly(sheet: Sheet, before: number): boolean {
  let said = false;
  for (let r = 0; r < before; r++) {
    const cells = (sheet.rows[r] ?? []).filter(filled).map((v) => spacelessText(v ?? null));
    if (cells.length > 1 && !cells.every((t) => HEAD_LINE.test(t))) return false;
    if (cells.some((t) => HEAD_LINE.test(t))) said = true;
  }
  return said;
}
const HEAD_LINE = /^[\u4e00-\u9fff]{2,8}[:：]./;

/** The header of a table above row `before`: a row of three words at least naming its things and what is said of them. */
function topHeader(sheet: Sheet, before: number): string | undefined {
  for (let r = 0; r < before; r++) {
    const row = sheet.rows[r] ?? [];
    const cells = row.filter(filled);
    if (cells.length < 3 || !cells.every((v) => typeof v === "string" && v.length <= 20)) continue;
    const words = cells.map((v) => spacelessText(v ?? null));
    if (words.some((w) => ROW_HEAD.test(w)) && words.filter((w) => COLUMN_HEAD.test(w)).length >= 1) return headText(row);
  }
  return undefined;
}
