/**
 * The official indicator table laid on its side: one row of 评价指标 across the sheet, a row of 权重
 * and a row of 自评得分 under it (a one-page summary of a county's self-assessment). Turned back, it
 * is the table the reader knows; addresses are turned back again (sideways.ts: untransposeAddress) so
 * every message names the real cell.
 *
 * So is an online survey's export (问卷星 and the like): one question per column across the first row
 * ("5、常住人口（万人…）", "13、县级中心服务功能—…" one column per item of a grid question), the one
 * answer under each. Turned, it is a list of question | answer lines.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, compact } from "../normalize/text";
import { transpose } from "../sideways";

/** Row labels down the first column: the indicators' row and the points' row. */
const NAMES_ROW = /^(?:评价指标|考评指标|指标名称|考评项目|评分项目|考核项目|指标)$/;
/**
 * …or a bare 项目 over the items (封开: 项目 | 方案制定 | 政策支持 | … with 分值 and 自评分 rows under it) — only
 * where the table starts what is read, a section cut from a sheet under its heading: further down a
 * sheet, a 项目 row is as often a table's header.
 */
const BARE_NAMES_ROW = /^项目$/;
const POINTS_ROW = /^(?:自评得分|自评分|自评|得分|自评分数)$/;
/** Indicators across the sheet before it counts as a table on its side. */
const MIN_ACROSS = 5;

/** The sheet turned back, when it is the indicator table on its side. */
export function turnedBack(sheet: Sheet): Sheet | undefined {
  return stripRows(sheet) ? transpose(sheet) : undefined;
}

/**
 * The indicator table on its side with a table of its own under it, past a blank row (主观评分项自评（分项）: 序号 |
 * 评分项 | 分值范围 | 自评分 down): the strip and the table apart, each keeping its cells where they are.
 */
export function stripAndTableBelow(sheet: Sheet): [Sheet, Sheet] | undefined {
  const strip = stripRows(sheet);
  if (!strip) return undefined;
  const blank = sheet.rows.findIndex((row, r) => r > strip.points && row.every((v) => cellText(v ?? null) === ""));
  const under = blank < 0 ? 0 : sheet.rows.slice(blank).filter((row) => row.filter((v) => cellText(v ?? null) !== "").length >= 2).length;
  if (blank < 0 || under < 3) return undefined;
  const keep = (from: number, to: number): Sheet => ({
    ...sheet,
    rows: sheet.rows.map((row, r) => (r >= from && r < to ? row : [])),
    merges: (sheet.merges ?? []).filter((m) => m.top >= from && m.bottom < to),
  });
  return [keep(0, blank), keep(blank, sheet.rows.length)];
}

/** The rows of the indicators' names and of their points, when the sheet is the indicator table on its side. */
function stripRows(sheet: Sheet): { names: number; points: number } | undefined {
  let names = -1;
  let points = -1;
  // (The first twenty rows of what the sheet holds: a section cut from a sheet keeps the rows above it empty.)
  const from = Math.max(
    0,
    sheet.rows.findIndex((row) => row.some((v) => cellText(v ?? null) !== "")),
  );
  let filledRows = 0;
  sheet.rows.slice(from, from + 20).forEach((row, i) => {
    const r = from + i;
    const first = compact(cellText(row.find((v) => cellText(v ?? null) !== "") ?? null));
    if (first !== "") filledRows++;
    const named = NAMES_ROW.test(first) || (BARE_NAMES_ROW.test(first) && filledRows <= 2);
    if (names < 0 && named && row.filter((v) => typeof v === "string" && v.trim() !== "").length > MIN_ACROSS) names = r;
    else if (names >= 0 && points < 0 && POINTS_ROW.test(first)) points = r;
  });
  return names >= 0 && points > names ? { names, points } : undefined;
}

/** A judged items' row across the sheet, its points in a row under it: 评判项 | 方案制定 | 政策支持 | …. */
const JUDGED_NAMES_ROW = /^(?:评判项|评判项目|评判类指标|主观项)$/;

/**
 * A block of the judged items laid across a sheet that holds other tables (评判项 | 方案制定 | … over 分值范围 | 1—2 | …
 * and 自评分 | 2 | …), read where it stands: each points cell as its item's "方案制定自评分：2", the names and ranges
 * rows above it left out. (Alone on its sheet, such a block is turned back whole: turnedBack.)
 */
export function withJudgedRowAcross(sheet: Sheet): Sheet {
  return withRangedNamesAcross(sheet) ?? withNamedRowAcross(sheet);
}

/** An item named with its range of points, "网销调研\n（1-2分）": the item's name. */
const RANGED_NAME = /^([\u4e00-\u9fff、与和及]{2,16})\s*[（(]\s*\d\s*[-—–~～]\s*\d{1,2}\s*分\s*[)）]$/;
/** Points as a clerk types them under such a name: 2, 2分. */
const POINTS_CELL = /^\d(?:\.5)?分?$/;

/**
 * …or the items named each with its range (方案制定（1-2分） | 政策支持（1-2分） | …) and their points in the row
 * under them (2分 | 1分 | …), no word heading either row: each points cell read as "方案制定自评分：2分".
 */
function withRangedNamesAcross(sheet: Sheet): Sheet | undefined {
  const name = (v: CellValue | undefined) => RANGED_NAME.exec(compact(cellText(v ?? null)))?.[1];
  const names = sheet.rows.findIndex((row) => row.filter((v) => name(v) !== undefined).length > MIN_ACROSS);
  if (names < 0) return undefined;
  const head = sheet.rows[names] ?? [];
  const points = names + 1;
  const under = sheet.rows[points] ?? [];
  const named = head.flatMap((v, c) => (name(v) !== undefined ? [c] : []));
  if (!named.every((c) => POINTS_CELL.test(compact(cellText(under[c] ?? null))) || cellText(under[c] ?? null).trim() === "")) return undefined;
  const rows = sheet.rows.map((row, r) => {
    if (r === names) return row.map(() => null);
    if (r !== points) return row;
    return row.map((v, c) => (named.includes(c) && cellText(v ?? null).trim() !== "" ? `${name(head[c])}自评分：${cellText(v ?? null).trim()}` : v));
  });
  return { ...sheet, rows };
}

function withNamedRowAcross(sheet: Sheet): Sheet {
  const names = sheet.rows.findIndex(
    (row) => JUDGED_NAMES_ROW.test(compact(cellText(row[0] ?? null))) && row.filter((v) => typeof v === "string" && v.trim() !== "").length > MIN_ACROSS,
  );
  if (names < 0) return sheet;
  const points = sheet.rows.findIndex((row, r) => r > names && r <= names + 3 && POINTS_ROW.test(compact(cellText(row[0] ?? null))));
  if (points < 0) return sheet;
  const head = sheet.rows[names];
  const rows = sheet.rows.map((row, r) => {
    if (r === points)
      return row.map((v, c) =>
        c > 0 && cellText(v ?? null) !== "" && cellText(head[c] ?? null) !== "" ? `${cellText(head[c] ?? null)}自评分：${cellText(v ?? null)}` : v,
      );
    return r >= names && r < points ? row.map(() => null) : row;
  });
  return { ...sheet, rows };
}

/** A survey question's title: numbered ("5、常住人口（万人）", "13.县级中心服务功能—…"). */
const QUESTION = /^\s*\d{1,3}\s*[、.．]\s*\S/;
/** The columns a survey site adds before the questions (序号 | 提交答卷时间 | 所用时间 | 来源 | 来源详情 | 来自IP). */
// (…and a reviewing office's columns after the questions: 审核状态 | 审核意见.)
const SURVEY_COLUMNS = /^(?:序号|编号|提交答卷时间|提交时间|答题时间|所用时间|答题时长|来源|来源详情|来自IP|IP地址|来自|总分|用户名|昵称|审核状态|审核结果|审核意见)$/;
/** A submission's state as the office reviewing them marks it: only one passed counts. */
const STATE_COLUMN = /^(?:审核状态|审核结果|状态|是否有效)$/;
const PASSED = /^(?:通过|审核通过|已通过|有效|已审核)$/;
/** The site's column of when each was submitted ("2021/9/6 16:42:10"). */
const SUBMITTED_COLUMN = /^(?:提交答卷时间|提交时间|答题时间)$/;
/** Questions across before the sheet counts as a survey's export. */
const MIN_QUESTIONS = 8;

/**
 * The sheet turned into question | answer lines, when it is a survey's export: a row of at least
 * eight numbered questions, with one to three answer rows under it and nothing else below. The
 * site's own columns are left out, and its answer syntax read as a clerk would: "(跳过)" / "(空)" is
 * no answer, "是〖惠城府办函〔2019〕211号〗" is 是 with its note, choices joined by "┋" a list.
 */
export function surveyTurned(sheet: Sheet): Sheet | undefined {
  const filled = (row: CellValue[] | undefined) => (row ?? []).filter((v) => cellText(v ?? null) !== "").length;
  // (The questions' row may stand under a line the clerk added above it: "电商股注：…共3份…".)
  const head = sheet.rows.slice(0, 4).findIndex((row) => row.filter((v) => QUESTION.test(cellText(v ?? null))).length >= MIN_QUESTIONS);
  if (head < 0) return undefined;
  const titles = sheet.rows[head] ?? [];
  const below = sheet.rows.slice(head + 1).filter((row) => filled(row) > 0);
  if (below.length < 1 || below.length > 3 || filled(below[0]) < MIN_QUESTIONS / 2) return undefined;
  const site = (c: number) => SURVEY_COLUMNS.test(compact(cellText(titles[c] ?? null)));
  // The submissions under the questions (a note's line is none), and the one read when there are several.
  const answers = sheet.rows.flatMap((row, r) => (r > head && filled(row) >= MIN_QUESTIONS / 2 ? [r] : []));
  const kept = submissionKept(sheet, head, answers);
  const rows = sheet.rows.map((row, r) => {
    if (r < head) return row;
    if (kept !== undefined && r !== kept && answers.includes(r)) return row.map(() => null);
    return row.map((v, c) =>
      site(c) ? null : r === head ? matrixItemTitle(v ?? null) : surveyAnswer(v ?? null, /多选/.test(cellText(titles[c] ?? null)), cellText(titles[c] ?? null)),
    );
  });
  claimsSaid(rows, head, kept ?? answers[0] ?? -1);
  const turned = transpose({ ...sheet, rows });
  // Headed as the form it is (题目 | 填报值) in the first line when the site's 序号 left it empty, so
  // that an answer in words ("区政府主要领导（区长）") is read as the answer, not as a question of its own.
  const first = turned.rows[0];
  if (first && site(0) && first.every((v) => v === null)) turned.rows[0] = first.map((_, i) => (i === head ? "填报项" : i === head + 1 ? "填报值" : null));
  return turned;
}

/**
 * A grid question's column, "27、主观项自评—(方案制定 1-2分)": the item the column asks of, out of the
 * site's brackets ("27、主观项自评—方案制定 1-2分"), since a bracket holding points is a remark on the line,
 * not its name.
 */
function matrixItemTitle(v: CellValue): CellValue {
  if (typeof v !== "string") return v;
  const m = /^(.*?[—\-－])\s*[(（]([^()（）]+)[)）]\s*$/.exec(v);
  return m ? `${m[1]}${m[2].trim()}` : v;
}

/** A question asking for the clerk's points for an indicator: "42、自评得分—组织领导（2分）". */
const CLAIM_QUESTION = /^\s*\d{1,3}\s*[、.．]\s*自评(?:得分|分)\s*[—\-－:：]+\s*(.+)$/;

/**
 * The points asked question by question ("42、自评得分—组织领导（2分）" | 1) said as the claim lines a
 * report writes ("组织领导（2分）：自评1分。"), in the question's cell, its answer then empty: a list of
 * question | answer has no claim column, and each is the clerk's claim for the indicator it names.
 * (A remark in the points' brackets, "资金支出（5分；支出率低于70%倒扣5分）", is left out: the claim is of 资金支出.)
 */
function claimsSaid(rows: CellValue[][], head: number, answer: number): void {
  if (answer < 0) return;
  (rows[head] ?? []).forEach((title, c) => {
    const asked = CLAIM_QUESTION.exec(cellText(title ?? null));
    const points = Number(cellText(rows[answer]?.[c] ?? null).trim());
    if (!asked || cellText(rows[answer]?.[c] ?? null).trim() === "" || !Number.isFinite(points)) return;
    const name = asked[1].trim().replace(/[（(]([^（()）；;]*)[；;][^（()）]*[)）]/g, "（$1）");
    rows[head][c] = `${name}：自评${points}分。`;
    rows[answer][c] = null;
  });
}

/**
 * Of several submissions under the questions, the one that counts (undefined when there is one): the
 * one the reviewing office passed (审核状态 通过; the others sent back), else the last submitted — a
 * form submitted again replaces the one before it, as the clerk's notes on such exports say.
 */
function submissionKept(sheet: Sheet, head: number, answers: readonly number[]): number | undefined {
  if (answers.length < 2) return undefined;
  const titles = (sheet.rows[head] ?? []).map((v) => compact(cellText(v ?? null)));
  const state = titles.findIndex((t) => STATE_COLUMN.test(t));
  const passed = state < 0 ? [] : answers.filter((r) => PASSED.test(compact(cellText(sheet.rows[r]?.[state] ?? null))));
  if (passed.length === 1) return passed[0];
  const submitted = titles.findIndex((t) => SUBMITTED_COLUMN.test(t));
  const when = (r: number) => (submitted < 0 ? "" : submittedAt(sheet.rows[r]?.[submitted] ?? null));
  return (passed.length > 1 ? passed : answers).reduce((latest, r) => (when(r) >= when(latest) ? r : latest));
}

/** A submission time as text that sorts as time does: "2021/9/6 16:42:10" → "2021-09-06 16:42:10". */
function submittedAt(v: CellValue): string {
  if (v instanceof Date) return v.toISOString().replace("T", " ").slice(0, 19);
  const m = /^\s*((?:19|20)\d{2})[/.\-年](\d{1,2})[/.\-月](\d{1,2})日?\s*(?:(\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(cellText(v));
  if (!m) return "";
  const two = (x: string | undefined) => (x ?? "0").padStart(2, "0");
  return `${m[1]}-${two(m[2])}-${two(m[3])} ${two(m[4])}:${two(m[5])}:${two(m[6])}`;
}

/**
 * One answer as a clerk would have typed it in a form: the choices of a multiple-choice question
 * ("创建方案┋项目基本信息", or one choice under a title saying 多选) as ticked boxes, what the reader
 * reads a form's ticked options as.
 */
function surveyAnswer(v: CellValue, multiple: boolean, question = ""): CellValue {
  if (typeof v !== "string") return v;
  const t = v.trim();
  if (/^[(（]\s*(?:跳过|空)\s*[)）]$/.test(t)) return null;
  const noted = t.replace(/〖([^〗]*)〗/g, "（$1）");
  if (!multiple && !noted.includes("┋")) return withoutLetter(noted);
  const choices = noted.split("┋").map((choice) => withoutLetter(choice.trim()));
  return [...choices.map((choice) => `☑${choice}`), ...unchosen(question, choices).map((option) => `☐${option}`)].join("  ");
}

/** A choice as the site writes it with its option's letter ("A.是", "B.市长"): the option's words. */
const withoutLetter = (choice: string) => choice.replace(/^[A-Ha-h]\s*[.．、]\s*(?=[\u4e00-\u9fff])/, "");

/**
 * The rubric's own lists a multiple-choice question asks from: the centre's free services, the column's
 * contents. The export keeps only the choices ticked; a reviewer reads each of the list's items no choice
 * names as not ticked (11、公共服务中心免费提供的服务（多选） without 摄影美工: no free photos).
 */
const OPTION_LISTS: { asked: RegExp; options: [RegExp, string][] }[] = [
  {
    asked: /服务中心.*(?:免费|提供).*服务/,
    options: [
      [/培训/, "有免费培训场所、培训设备，能组织电商基础培训"],
      [/展示|展销|销售/, "为特色农产品提供免费展示、销售服务"],
      [/摄影|美工/, "为电子商务市场主体提供免费摄影、美工服务"],
      [/品牌|统一推广/, "组织农产品统一推广、指导特色农产品品牌建设"],
      [/增值|衍生/, "为电子商务发展提供其他衍生增值服务"],
    ],
  },
  {
    asked: /专栏.*(?:公示|公开)/,
    options: [
      [/方案/, "专栏公示创建方案"],
      [/基本信息/, "专栏公示项目基本信息"],
      [/进度/, "专栏公示项目建设进度"],
      [/意见|举报|监督/, "专栏设立征求意见或监督举报窗口"],
    ],
  },
];

function unchosen(question: string, choices: readonly string[]): string[] {
  const list = choices.length >= 2 ? OPTION_LISTS.find((l) => l.asked.test(question)) : undefined;
  return list ? list.options.filter(([words]) => !choices.some((c) => words.test(c))).map(([, option]) => option) : [];
}
