/**
 * A presentation's notes pages copied into a sheet: a slide's number in column A beside its title
 * (幻灯片3 | 二、组织领导), its points a line each under it (● 常住人口132.51万人…), the speaker's notes after a
 * 备注： marker. The markers say where a line stood in the deck, not what it is of: a reviewer reads the lines as
 * the report they are. So does the reader: the markers are left out (every cell keeps its address), so the
 * points and notes read as sentences, not as answers to "幻灯片3".
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

const MARKER = /^(?:幻灯片\s*\d+|第\s*\d+\s*(?:张|页)(?:幻灯片)?|slide\s*\d+|备注\s*[:：]?|演讲者备注\s*[:：]?)$/i;
const SLIDE = /^(?:幻灯片\s*\d+|第\s*\d+\s*张(?:幻灯片)?|slide\s*\d+)$/i;
/** Slides fewer than this are no deck. */
const MIN_SLIDES = 3;

/** The sheet without its slide and notes markers in column A; the same sheet when it is no deck. */
export function withoutSlideMarkers(sheet: Sheet): Sheet {
  const at = (r: number) => cellText(sheet.rows[r]?.[0] ?? null).trim();
  const slides = sheet.rows.filter((_, r) => SLIDE.test(at(r))).length;
  if (slides < MIN_SLIDES) return sheet;
  const rows: CellValue[][] = sheet.rows.map((row, r) => (MARKER.test(at(r)) ? [null, ...row.slice(1)] : row));
  return { ...sheet, rows };
}
