/**
 * Judged items scored in stars (德庆's 对标争星): ★ for each point given, ☆ for each not ("★☆" is 1 of 2,
 * "★★★★☆" 4 of 5), sometimes with the count written after them ("★★（2星）"). A reviewer counts the ★;
 * so does the reader: a cell of stars becomes its points, and the 星级 column is headed 自评分.
 */
import type { Sheet } from "../../core/grid";
import { compact } from "../normalize/text";
import { withEachCell } from "./corrections";

const STARS = /^([★☆]+)(?:[（(]\s*(\d+)\s*星\s*[)）])?$/;
const STAR_HEADER = /^(?:星级|评星|星级评定|自评星级|得星)$/;
/** A legend saying what a star is worth: ★＝1分, 按所得分数画★. */
const RATING_LEGEND = /★\s*[＝=为]\s*\d+\s*分|分数画★|得分画★|每颗★/;

export function withStarsCounted(sheet: Sheet): Sheet {
  let stars = 0;
  let rated = false;
  for (const row of sheet.rows)
    for (const v of row ?? []) {
      if (typeof v !== "string") continue;
      const t = compact(v);
      if (STARS.test(t)) {
        stars++;
        // (A scale shows what was not given: ☆. A lone ★ may be a mark picking a line, 采用 ★.)
        if (t.includes("☆")) rated = true;
      } else if (STAR_HEADER.test(t) || RATING_LEGEND.test(t)) rated = true;
    }
  // A few cells of stars at least: a rating, not a mark here and there.
  if (stars < 3 || !rated) return sheet;
  return withEachCell(sheet, (v) => {
    if (typeof v !== "string") return v;
    const t = compact(v);
    if (STAR_HEADER.test(t)) return "自评分";
    const m = STARS.exec(t);
    // (…and an item's stars after its name inside a line, "网销调研★☆；网络促销★★": its points.)
    if (!m)
      return /[\u4e00-\u9fff][★☆]+/.test(v)
        ? v.replace(/(?<=[\u4e00-\u9fff])([★☆]+)(?=\s*(?:[；;，,。]|$))/g, (run: string) => `${[...run].filter((s) => s === "★").length}分`)
        : v;
    const counted = [...m[1]].filter((s) => s === "★").length;
    // (The count written after the stars is the clerk's own; the stars are what was drawn.)
    return m[2] !== undefined && Number(m[2]) !== counted ? v : counted;
  });
}
