/**
 * A project's performance self-assessment, the finance bureau's form (项目支出绩效自评表: 年度指标值 | 实际完成值 |
 * 分值 | 得分): its points are the finance bureau's scoring of the project, no claim under the province's rubric
 * — its columns are named so, and its 实际完成值 read as the values.
 */
import type { Sheet } from "../../core/grid";
import { cellText, compact } from "../normalize/text";
import { withEachCell } from "./corrections";

const PERFORMANCE_FORM = /绩效(?:自评|评价|自评价)(?:表|报告)/;
const FINANCE_POINTS = /^(?:分值|得分|权重|自评得分)$/;

export function withPerformancePointsNamed(sheet: Sheet): Sheet {
  const titled = sheet.rows.slice(0, 3).some((row) => (row ?? []).some((v) => PERFORMANCE_FORM.test(compact(cellText(v ?? null)))));
  if (!titled) return sheet;
  return withEachCell(sheet, (v) => {
    const said = compact(cellText(v ?? null));
    return FINANCE_POINTS.test(said) ? `绩效${said}` : v;
  });
}
