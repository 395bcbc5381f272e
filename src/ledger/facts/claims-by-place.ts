/**
 * A score table in the clerk's own short names, one line per indicator in the rubric's order (组织领导,
 * 方案, 政策, 项目管理, 中心及园区, 村级站点, 上行, 培训, 公开, 报送…): the lines named surely are
 * anchors, and a line named too loosely to tell alone is the indicator its place leaves. Between two
 * anchors (or after the last), as many loose lines as indicators of the rubric left between them, each
 * line resembling its own indicator at least a little and its points within that indicator's weight:
 * a reviewer reading down the card makes the same match.
 */
import type { RubricIndicator } from "../../scoring/rubric";
import { Q } from "../../scoring/rational";
import type { FactsVocabulary } from "./vocabulary";

export interface PlacedLine {
  r: number;
  /** The line's own name (the cells before its points). */
  name: string;
  points: Q;
}

/** How little a loose line must resemble the indicator its place gives it. */
const RESEMBLES = 0.3;

/**
 * `anchors`: the lines already named, by row; `loose`: the lines with points naming none. Returns the
 * loose lines' indicators by place (only where every loose line of a gap fits its own).
 */
export function claimsByPlace(anchors: { r: number; ind: RubricIndicator }[], loose: PlacedLine[], vocab: FactsVocabulary): { r: number; ind: RubricIndicator }[] {
  const order = vocab.rubric.indicators.filter((i) => i.section !== "veto");
  const at = (ind: RubricIndicator) => order.indexOf(ind);
  const sorted = [...anchors].sort((a, b) => a.r - b.r);
  // The anchors must follow the rubric's order: a table in another order is no card of places.
  if (sorted.length < 3 || sorted.some((a, i) => at(a.ind) < 0 || (i > 0 && at(a.ind) <= at(sorted[i - 1].ind)))) return [];
  const out: { r: number; ind: RubricIndicator }[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i];
    const to = sorted[i + 1];
    const lines = loose.filter((l) => l.r > from.r && (!to || l.r < to.r));
    const left = order.slice(at(from.ind) + 1, to ? at(to.ind) : order.length);
    if (lines.length === 0 || lines.length !== left.length) continue;
    const fits = lines.every((l, k) => {
      const ind = left[k];
      return !Q.from(ind.weight).lt(l.points) && vocab.indicators.match(l.name, RESEMBLES).some((m) => m.target === ind);
    });
    if (fits) lines.forEach((l, k) => out.push({ r: l.r, ind: left[k] }));
  }
  return out;
}
