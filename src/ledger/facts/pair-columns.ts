/**
 * An indicator table whose facts stand in label | value pairs across each line (廉江: 评价指标 |
 * 关键数据① | 数值 | 关键数据② | 数值 … | 自评分): the pairs' label columns. On an indicator's claim row
 * those cells are its facts, as on its （续） rows, not only the row's points.
 */
import type { Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";
import type { Layout } from "./read";

/** The columns just before a value column that are headed, but as no value, name, note or weight. */
export function pairLabelCols(sheet: Sheet, layout: Layout): Set<number> {
  if (layout.claimCol === undefined || layout.headerRow < 0) return new Set();
  const header = sheet.rows[layout.headerRow] ?? [];
  const taken = new Set([...layout.valueCols, ...layout.nameCols, ...layout.noteCols, ...layout.unitCols, layout.weightCol, layout.claimCol]);
  const cols = layout.valueCols.filter((vc) => vc !== layout.claimCol && vc > 0 && !taken.has(vc - 1) && cellText(header[vc - 1] ?? null) !== "").map((vc) => vc - 1);
  // One such column is an ordinary 指标 | 数值 table; pairs repeat.
  return cols.length >= 2 ? new Set(cols) : new Set();
}
