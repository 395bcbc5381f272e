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

/** Such a note with its 分 said ("调研2分 促销2分…"), as the clerk would write them out; any other text as it is. */
export function pointsSpelledOut(note: string): string {
  return isItemPointsNote(note) ? note.replace(/(\d+(?:\.5)?)(?![\d.分])/g, "$1分") : note;
}
