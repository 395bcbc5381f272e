/**
 * What every workbook writer draws the same way besides STYLES (model.ts): the font, colours that
 * are not a cell style, and the texts of data-validation alerts. The writers are the Node one
 * (src/node, src/xlsx) and the Office.js one (src/taskpane/office); colours are RRGGBB, each writer
 * adds its own prefix ("FF" for an xlsx ARGB, "#" for Office.js).
 */
import type { ValidationModel } from "./model";

/** Excel's default font for Chinese text. */
export const DEFAULT_FONT = "等线";
/** The thin border of bordered cells. */
export const BORDER_COLOR = "808080";
/** The tab of the tool's own sheets. */
export const TAB_COLOR = "4472C4";
/** The header row of the template's sheets (the facts sheet and the empty ledgers). */
export const TEMPLATE_HEADER_FILL = "DDEBF7";

/** The title of the alert when a cell with a validation gets a value it refuses. */
export const VALIDATION_TITLE = "填写有误";

/** The alert of a scored sheet's validation (the reviewer columns). */
export function validationMessage(v: ValidationModel): string {
  return v.kind === "decimal" ? `请输入 ${v.min} 到 ${v.max} 之间的分数` : `请选择：${v.options.join("、")}`;
}

/** The alerts of the template's validations: a drop-down list, a date. */
export const TEMPLATE_LIST_MESSAGE = (list: string[]): string => `请从下拉列表选择：${list.join("、")}`;
export const TEMPLATE_DATE_MESSAGE = "请填写日期，如 2021-08-31";
