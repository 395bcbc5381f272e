/**
 * A list copied whole from a web page, with no header: "当前位置：首页 > 专题专栏 > …", then one line a
 * link ("· 某县…项目建设进度（2021年4月）   2021-05-20"), then the pager ("共6条 首页 上一页…").
 * Each line is a record titled by its words and dated by the day at its end; the lines above and
 * below the list are none. Which log it is the sheet's name and title say (专栏 → disclosures,
 * 报道 → media).
 */
import type { Sheet } from "../core/grid";
import { cellText } from "./normalize/text";

/** One line of the list: its only text, ending in the day it was posted. */
const LINE = /^[·•・\-*\s]*\S.*?[\s\u3000]+(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?\s*$/;
/** Fewest lines that make a list. */
const MIN_LINES = 3;

export interface WebList {
  /** The column the lines are in. */
  col: number;
  /** The row just above the first line (a recognition's header row: the list starts under it). */
  headerRow: number;
  /** The last line's row: the pager under it is no record. */
  lastRow: number;
}

/** The list's place on the sheet, or undefined when the sheet is no such copy. */
export function findWebList(sheet: Sheet): WebList | undefined {
  let first = -1;
  let last = -1;
  let col = -1;
  let lines = 0;
  for (let r = 0; r < sheet.rows.length; r++) {
    const filled = (sheet.rows[r] ?? []).flatMap((v, c) => (cellText(v ?? null) !== "" ? [c] : []));
    if (filled.length === 0) continue;
    const c = filled[0];
    const text = cellText(sheet.rows[r]?.[c] ?? null);
    if (filled.length === 1 && LINE.test(text) && (col < 0 || c === col)) {
      if (first < 0) first = r;
      last = r;
      col = c;
      lines++;
    } else if (first >= 0) break;
  }
  return lines >= MIN_LINES ? { col, headerRow: first - 1, lastRow: last } : undefined;
}
