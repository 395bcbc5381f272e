/**
 * A list copied whole from a web page, with no header: "当前位置：首页 > 专题专栏 > …", then one line a
 * link ("· 某县…项目建设进度（2021年4月）   2021-05-20"), then the pager ("共6条 首页 上一页…").
 * Each line is a record titled by its words and dated by the day at its end; the lines above and
 * below the list are none. Which log it is the sheet's name and title say (专栏 → disclosures,
 * 报道 → media).
 */
import type { Sheet } from "../core/grid";
import { cellText, filledColumns } from "./normalize/text";

/** One line of the list: its only text, ending in the day it was posted. */
// (…the day in the page's brackets after it: "· 某县…建设进度（2021年8月）  [2021-08-15]".)
const LINE = /^[·•・\-*\s]*\S.*?[\s\u3000]+[[［【]?(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?[\]］】]?\s*$/;
/** …or its title in one cell and the day in the next ("· 某县…建设进度（2021年8月） | 2021-09-05"). */
// (…the day in brackets as the page shows it: [2021-09-07].)
const DAY = /^[[［【(（]?\s*(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?\s*[\]］】)）]?$/;
/**
 * …or a numbered item dated in its brackets, one to a line, as a list of papers sent is typed ("1. 《…的做法》
 * （2020年12月8日报惠州市商务局）", "3. 《…经验》（2021年5月报送市商务局）"): the day, or the month, in the bracket.
 */
const NUMBERED_DATED = /^\s*\d{1,3}\s*[.．、]\s*\S.*[（(][^（）()]*?(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月[^（）()]*[)）]\s*[。；;]?\s*$/;
/** The pager between two pages copied one after the other ("共26条 第1/2页 首页 上一页 下一页 尾页"). */
export const PAGER = /^(?:共\s*\d+\s*条|第\s*\d+\s*[/／]\s*\d+\s*页|首页[\s\u3000]*上一页)/;
/** A page's breadcrumb over its list: 当前位置：首页 > 专题专栏 > …. */
export const BREADCRUMB = /^(?:当前位置|您的位置|你的位置|您现在的位置)\s*[:：]/;
/** A sub-section's name over its links: 【项目公示】. */
export const SUB_SECTION = /^[【〔［[][^【】〔〕［］[\]]{2,12}[】〕］\]]$/;
/** Fewest lines that make a list. */
const MIN_LINES = 3;

export interface WebList {
  /** The column the lines are in. */
  col: number;
  /** The column of the days, when they stand beside the titles. */
  dateCol?: number;
  /** The row just above the first line (a recognition's header row: the list starts under it). */
  headerRow: number;
  /** The last line's row: the pager under it is no record. */
  lastRow: number;
  /** Numbered items dated in their brackets (NUMBERED_DATED), not a page's links. */
  bracketed?: boolean;
}

/** The list's place on the sheet, or undefined when the sheet is no such copy. */
export function findWebList(sheet: Sheet): WebList | undefined {
  let first = -1;
  let last = -1;
  let col = -1;
  let dateCol: number | undefined;
  let lines = 0;
  let bracketed = 0;
  let afterPager = false;
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const filled = filledColumns(row);
    if (filled.length === 0) continue;
    const c = filled[0];
    const text = cellText(row[c] ?? null);
    const numbered = filled.length === 1 && NUMBERED_DATED.test(text);
    const oneCell = (filled.length === 1 && LINE.test(text)) || numbered;
    const day = filled.length === 2 ? row[filled[1]] : undefined;
    const twoCells = filled.length === 2 && !DAY.test(text) && (day instanceof Date || DAY.test(cellText(day ?? null)));
    if ((oneCell || twoCells) && (col < 0 || c === col) && (lines === 0 || twoCells === (dateCol !== undefined))) {
      if (first < 0) first = r;
      if (twoCells) dateCol = filled[1];
      last = r;
      col = c;
      lines++;
      if (numbered) bracketed++;
      afterPager = false;
    } else if (first >= 0 && filled.length === 1 && PAGER.test(text)) afterPager = true;
    // (The next page copied under the pager starts with its own breadcrumb and column name again.)
    else if (afterPager && filled.length === 1 && (BREADCRUMB.test(text) || (text.length <= 30 && !DAY.test(text)))) continue;
    // (…and a column's sub-sections each under its own name, 【建设进度】, the links of all of them one list.)
    else if (first >= 0 && filled.length === 1 && SUB_SECTION.test(text.trim())) continue;
    else if (first >= 0) break;
  }
  if (lines < MIN_LINES) return undefined;
  return { col, dateCol, headerRow: first - 1, lastRow: last, ...(bracketed === lines ? { bracketed: true } : {}) };
}
