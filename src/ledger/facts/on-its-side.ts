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
const POINTS_ROW = /^(?:自评得分|自评分|自评|得分|自评分数)$/;
/** Indicators across the sheet before it counts as a table on its side. */
const MIN_ACROSS = 5;

/** The sheet turned back, when it is the indicator table on its side. */
export function turnedBack(sheet: Sheet): Sheet | undefined {
  let names = -1;
  let points = -1;
  sheet.rows.slice(0, 20).forEach((row, r) => {
    const first = compact(cellText(row.find((v) => cellText(v ?? null) !== "") ?? null));
    if (names < 0 && NAMES_ROW.test(first) && row.filter((v) => typeof v === "string" && v.trim() !== "").length > MIN_ACROSS) names = r;
    else if (names >= 0 && points < 0 && POINTS_ROW.test(first)) points = r;
  });
  return names >= 0 && points > names ? transpose(sheet) : undefined;
}

/** A survey question's title: numbered ("5、常住人口（万人）", "13.县级中心服务功能—…"). */
const QUESTION = /^\s*\d{1,3}\s*[、.．]\s*\S/;
/** The columns a survey site adds before the questions (序号 | 提交答卷时间 | 所用时间 | 来源 | 来源详情 | 来自IP). */
const SURVEY_COLUMNS = /^(?:序号|编号|提交答卷时间|提交时间|答题时间|所用时间|答题时长|来源|来源详情|来自IP|IP地址|来自|总分|用户名|昵称)$/;
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
  const head = sheet.rows.findIndex((row) => filled(row) > 0);
  if (head < 0 || head > 3) return undefined;
  const titles = sheet.rows[head] ?? [];
  if (titles.filter((v) => QUESTION.test(cellText(v ?? null))).length < MIN_QUESTIONS) return undefined;
  const below = sheet.rows.slice(head + 1).filter((row) => filled(row) > 0);
  if (below.length < 1 || below.length > 3 || filled(below[0]) < MIN_QUESTIONS / 2) return undefined;
  const site = (c: number) => SURVEY_COLUMNS.test(compact(cellText(titles[c] ?? null)));
  const rows = sheet.rows.map((row, r) =>
    r < head ? row : row.map((v, c) => (site(c) ? null : r === head ? v : surveyAnswer(v ?? null, /多选/.test(cellText(titles[c] ?? null))))),
  );
  const turned = transpose({ ...sheet, rows });
  // Headed as the form it is (题目 | 填报值) in the first line when the site's 序号 left it empty, so
  // that an answer in words ("区政府主要领导（区长）") is read as the answer, not as a question of its own.
  const first = turned.rows[0];
  if (first && site(0) && first.every((v) => v === null)) turned.rows[0] = first.map((_, i) => (i === head ? "填报项" : i === head + 1 ? "填报值" : null));
  return turned;
}

/**
 * One answer as a clerk would have typed it in a form: the choices of a multiple-choice question
 * ("创建方案┋项目基本信息", or one choice under a title saying 多选) as ticked boxes, what the reader
 * reads a form's ticked options as.
 */
function surveyAnswer(v: CellValue, multiple: boolean): CellValue {
  if (typeof v !== "string") return v;
  const t = v.trim();
  if (/^[(（]\s*(?:跳过|空)\s*[)）]$/.test(t)) return null;
  const noted = t.replace(/〖([^〗]*)〗/g, "（$1）");
  if (!multiple && !noted.includes("┋")) return noted;
  return noted
    .split("┋")
    .map((choice) => `☑${choice.trim()}`)
    .join("  ");
}
