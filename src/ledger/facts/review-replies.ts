/**
 * A facts sheet sent back by the city with its review written into the value cells and the county's
 * replies after it, the exchange kept as asked: "256【市审：…行政村238个…】【县复：同意】". Each such
 * cell stands for the value the exchange settled, as the sheet's own rule says: a reply naming a new
 * value (改为8,912, 扣除…后为3,104, a whole day, 组长为市委副书记、市长 last in it) gives it; 同意 takes the figure the city proposed;
 * 维持, or a reply that only explains, keeps the first value; a review without a reply changes nothing.
 */
import type { Sheet } from "../../core/grid";

const REVIEW = /【\s*(?:市审|市局审核|市局意见|初审|审核意见)\s*[:：]([^】]*)】/;
const REPLY = /【\s*(?:县复|区复|市复|县回复|回复|答复)\s*[:：]([^】]*)】/;
/** A new value the reply states. */
// (A comma between digits is a thousands separator, no end: 改为8,912.)
const NEW_VALUE = /(?:改为|更正为|调整为|应为|后为)\s*[“"]?((?:[^”"，,。；;】]|(?<=\d),(?=\d))+?)[”"]?(?:[，。；;]|,(?!\d)|$)/;
/** A reply that is a value and nothing else: a whole day or a figure. */
const WHOLE_VALUE = /^(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[\d,.]+\s*(?:%|万人|万元|亿元|人次|人|个|家)?)$/;
const FIGURE = /\d[\d,]*(?:\.\d+)?/;

/** The value a reviewed cell settles on; undefined for a cell with no review in it. */
export function settledValue(cell: string): string | undefined {
  const review = REVIEW.exec(cell);
  if (!review) return undefined;
  const first = cell.slice(0, cell.indexOf("【")).trim();
  const reply = REPLY.exec(cell)?.[1].trim();
  if (reply === undefined || /维持/.test(reply)) return first;
  const stated = NEW_VALUE.exec(reply)?.[1].trim();
  if (stated) return stated;
  if (WHOLE_VALUE.test(reply)) return reply;
  if (/^同意/.test(reply)) return FIGURE.exec(review[1])?.[0] ?? first;
  // The fact restated as it now stands, last in the reply: "按吴府办〔2021〕19号，组长为市委副书记、市长".
  const restated = /(?:^|[，,])[\u4e00-\u9fff]{1,6}为([^，,。；;]+)$/.exec(reply)?.[1].trim();
  return restated || first;
}

export function withReviewsSettled(sheet: Sheet): Sheet {
  let changed = false;
  const rows = sheet.rows.map((row) =>
    row.map((v) => {
      if (typeof v !== "string" || !v.includes("【")) return v;
      const settled = settledValue(v);
      if (settled === undefined) return v;
      changed = true;
      return settled;
    }),
  );
  return changed ? { ...sheet, rows } : sheet;
}
