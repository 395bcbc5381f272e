/**
 * The rows above a ledger's header, when they are a facts table of their own: a sheet kept one per
 * indicator (按指标分册) opens with the indicator's head (分值 | 20 | 自评分 | 18) and its facts
 * (常住人口 | 33.2万人) before the training sessions it lists. Read as a facts sheet, the rows below
 * blanked (every cell keeps its address); undefined when the rows above are only title lines.
 */
import type { Sheet } from "../../core/grid";
import { hasIndicatorHead } from "./indicator-head";

export function preamble(sheet: Sheet, headerTop: number): Sheet | undefined {
  if (headerTop < 2 || !hasIndicatorHead(sheet)) return undefined;
  return { ...sheet, rows: sheet.rows.map((row, r) => (r < headerTop ? row : [])), merges: (sheet.merges ?? []).filter((m) => m.bottom < headerTop) };
}
