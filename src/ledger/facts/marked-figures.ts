/**
 * Quotes copied from the county's documents with the figures used marked (德庆's 考评数据摘抄: "原文照录，
 * 【】内为本次自评填报采用的数据；未加【】的数字是原文里的背景数字，不采用"). A reviewer reads the marked
 * words only, the background figures around them never: so does the reader. Where the sheet says so,
 * each quote keeps its clauses holding a mark (the marks taken off), a clause's figures unmarked and an
 * aside in brackets left out; a quote with no mark and figures in it is background, nothing read.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

/**
 * The sheet's own key to its marks: "【】内为本次自评填报采用的数据", "【】中的数字为填报采用数". (Not a key to
 * a heading's marks, "【】内为该项满分和我市自评分": those hold points, every figure read.)
 */
const MARKS_KEY = /【\s*】\s*(?:内|中|里)(?:的)?(?:数字|数据|内容|文字)?\s*(?:为|是|即)[^。；;【】]{0,16}?采用(?:的)?(?:数据|数字|数)/;
const MARKED = /【[^【】]*】/;
/** A clause that had a score before it was changed ("工作台账原拟2分"): what it names stays, the old figure goes. */
const FORMER = /^(.*?)(?:原拟|原报|原为|原填|原定)\s*-?\d/;

export function withMarkedFiguresOnly(sheet: Sheet): Sheet {
  const keyed = sheet.rows.slice(0, 10).some((row) => row.some((v) => typeof v === "string" && MARKS_KEY.test(v)));
  if (!keyed) return sheet;
  // (Only the columns of quotes: a source's title beside them, 《2020年…统计公报》, dates what they say.)
  const quoted = new Set(sheet.rows.flatMap((row) => row.flatMap((v, c) => (typeof v === "string" && MARKED.test(v) && !MARKS_KEY.test(v) ? [c] : []))));
  const rows = sheet.rows.map((row) => row.map((v, c): CellValue => (typeof v === "string" && quoted.has(c) && !MARKS_KEY.test(v) ? markedOnly(v) : v)));
  return { ...sheet, rows };
}

function markedOnly(text: string): string | null {
  if (!/\d/.test(text)) return text.replace(/[【】]/g, "");
  if (!MARKED.test(text)) return null;
  // (An aside without a mark, "（共1,046人次）", "（9月上旬又开展…186人次）", is background.)
  const plain = text.replace(/[（(][^（()）【】]*[)）]/g, (aside) => (/\d/.test(aside) ? "" : aside));
  const kept = plain
    // (Not at a thousands comma: 【342,128人】 is one figure.)
    .split(/(?<=[，；;。]|,(?!\d))/)
    .map((clause) => {
      if (MARKED.test(clause) || !/\d/.test(clause)) return clause;
      const former = FORMER.exec(clause);
      return former ? `${former[1]}，` : "";
    })
    .join("");
  return cellText(kept.replace(/[【】]/g, "")).trim() || null;
}
