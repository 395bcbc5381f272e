/**
 * An answer the clerk wrote down as to be left empty for now ("（空着）", "待定", "先空着"): a reviewer
 * reads no answer there, not a word to be matched with a line — so does the reader, the cell blank.
 */
import type { CellValue, Sheet } from "../../core/grid";

const LEFT_BLANK = /^\s*[（(]?\s*(?:空着|先空着|暂空|空|待定|暂定|未定|待局长定|待领导定)\s*[)）]?\s*$/;

export function withLeftBlank(sheet: Sheet): Sheet {
  const blank = (v: CellValue | undefined) => typeof v === "string" && LEFT_BLANK.test(v);
  if (!sheet.rows.some((row) => (row ?? []).some(blank))) return sheet;
  return { ...sheet, rows: sheet.rows.map((row) => Array.from(row ?? [], (v) => (blank(v) ? null : (v ?? null)))) };
}
