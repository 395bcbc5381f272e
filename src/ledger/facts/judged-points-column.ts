/**
 * A checklist whose points column holds only the judged items' points (斗门: 序号 | 考评内容 | 目标任务 |
 * 完成情况 | 是否完成 | 评判项自评分, — on every line that is no judged item). A reviewer reads each filled
 * point as its line's judged item's, never as the indicator's claimed total; so does the reader: the
 * column is headed 自评分 and its lines' names 评判项, as a table of judged items is.
 */
import type { Sheet } from "../../core/grid";
import { cellText, compact } from "../normalize/text";

const JUDGED_POINTS = /^(?:评判项|主观项|评判)(?:自评分|自评|得分|自评得分)(?:[（(]分[)）])?$/;
const NAMES = /^(?:考评内容|考核内容|评价内容|考评项目|考评指标|评价指标|指标|项目|内容|事项)$/;

export function withJudgedPointsColumn(sheet: Sheet): Sheet {
  const r = sheet.rows.findIndex((row, i) => i < 12 && (row ?? []).some((v) => JUDGED_POINTS.test(compact(cellText(v ?? null)))));
  if (r < 0) return sheet;
  const header = sheet.rows[r] ?? [];
  const names = header.findIndex((v) => NAMES.test(compact(cellText(v ?? null))));
  if (names < 0) return sheet;
  const rows = sheet.rows.map((row, i) =>
    i !== r ? row : (row ?? []).map((v, c) => (c === names ? "评判项" : JUDGED_POINTS.test(compact(cellText(v ?? null))) ? "自评分" : v)),
  );
  return { ...sheet, rows };
}
