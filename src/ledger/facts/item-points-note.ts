/**
 * A claim line's note listing its items' points in the clerk's shorthand, "调研2 促销2 三方1 标准1"
 * or "制度2分、台账1分" (each item's short name and its points, nothing else). Beside the points a
 * 备注 is otherwise the score's explanation, its figures background; such a list is the clerk's own
 * account of the items, and is read.
 */
const ITEM_POINTS = /^\s*(?:[\u4e00-\u9fff]{1,6}\s*\d+(?:\.5)?\s*分?[\s、，,；;]*){2,}$/;

export function isItemPointsNote(note: string): boolean {
  return ITEM_POINTS.test(note);
}

/** One part of a claim line's workings naming an item and its points alone: "网销调研报告 2", "促销活动 1". */
const ITEM_POINTS_PART = /^(\s*[\u4e00-\u9fff]{2,10}\s*)(\d(?:\.5)?)(\s*)$/;
/** …not a total: "合计8", "小计 3". */
const TOTAL_PART = /^\s*(?:合计|小计|共计|总计|得分|自评)/;

/**
 * Such a note with its 分 said ("调研2分 促销2分…"), as the clerk would write them out; any other text as it is.
 * (…or the parts of a claim line's workings that are such items, "网销调研报告 2；促销活动 1；第三方运营服务商…有 → 1":
 * those parts' points said, the rest as it is.)
 */
export function pointsSpelledOut(note: string): string {
  if (isItemPointsNote(note)) return note.replace(/(\d+(?:\.5)?)(?![\d.分])/g, "$1分");
  if (!/[；;]/.test(note)) return note;
  return note
    .split(/([；;])/)
    .map((part) => (TOTAL_PART.test(part) ? part : part.replace(ITEM_POINTS_PART, "$1$2分$3")))
    .join("");
}
