/**
 * A self-assessment line that scores two indicators at once: "组织领导、方案制定 | 4",
 * "信息公开、数据上报 | 3+6", "制度建立、资金台账 | 5＋4", "贫困人口培训率、电商扶贫典型案例电视播报 | 3（2+1）".
 * The points joined with + go to the indicators in the order named; a single figure is split only
 * when it is both indicators' full marks (4 = 2 + 2), the one split a reviewer can be sure of.
 */
import type { CellValue } from "../../core/grid";
import type { RubricIndicator } from "../../scoring/rubric";
import { cellText } from "../normalize/text";
import { parsePoints } from "../normalize/number";
import { Q } from "../../scoring/rational";
import type { FactsVocabulary } from "./vocabulary";

/** Points as "a+b", "a＋b" or "N（a+b）": the parts. */
function parts(v: CellValue): number[] | undefined {
  const t = cellText(v).replace(/\s+/g, "").replace(/分/g, "");
  const m = /^(?:\d+(?:\.\d+)?[（(])?(\d+(?:\.\d+)?)[+＋](\d+(?:\.\d+)?)[)）]?$/.exec(t);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** The two indicators a line names, joined by 、, and each one's points; undefined for any other line. */
export function combinedClaim(name: string, claim: CellValue, vocab: FactsVocabulary): { indicator: RubricIndicator; points: number }[] | undefined {
  const names = name.split(/[、，,]/).map((n) => n.replace(/^\s*[\d一二三四五六七八九十]+[.、．)）]\s*/, "").trim());
  if (names.length !== 2 || names.some((n) => n.length < 2)) return undefined;
  const inds = names.map((n) => vocab.indicators.match(n, 0.5)[0]);
  if (inds.some((m) => !m || m.score < 0.7) || inds[0].target === inds[1].target) return undefined;
  const [a, b] = [inds[0].target, inds[1].target];
  const split = parts(claim);
  if (split)
    return [
      { indicator: a, points: split[0] },
      { indicator: b, points: split[1] },
    ];
  const n = parsePoints(claim);
  return n.ok && !n.unit && n.value.eq(Q.from(a.weight).add(Q.from(b.weight)))
    ? [
        { indicator: a, points: Number(a.weight) },
        { indicator: b, points: Number(b.weight) },
      ]
    : undefined;
}

/**
 * "23（其中县级中心及产业园13分、村级站点覆盖10分）": a group's points broken down by the indicators
 * it holds. Each part is a claim when every part names a different indicator surely and the parts
 * add up to the figure before the brackets (an item breakdown, 制度2分、台账1分, names none).
 */
export function breakdownClaims(v: CellValue, vocab: FactsVocabulary): { indicator: RubricIndicator; points: number }[] | undefined {
  const m = typeof v === "string" ? /^\s*(\d+(?:\.\d+)?)\s*分?\s*[（(]\s*(?:其中\s*[:：]?)?([^（()）]+)[)）]\s*$/.exec(v) : null;
  if (!m) return undefined;
  const out: { indicator: RubricIndicator; points: number }[] = [];
  let sum = Q.ZERO;
  for (const part of m[2].split(/[、，,；;]/)) {
    const p = /^\s*(\S.*?)\s*[:：]?\s*(\d+(?:\.\d+)?)\s*分\s*$/.exec(part);
    const top = p ? vocab.indicators.match(p[1], 0.5)[0] : undefined;
    if (!p || !top || top.score < 0.7 || out.some((o) => o.indicator === top.target)) return undefined;
    out.push({ indicator: top.target, points: Number(p[2]) });
    sum = sum.add(Q.from(p[2]));
  }
  return out.length >= 2 && sum.eq(Q.from(m[1])) ? out : undefined;
}

/** "3（制度2分、台账1分）": the line's points before the breakdown in brackets. */
export function pointsBeforeBreakdown(v: CellValue): CellValue {
  const m = typeof v === "string" ? /^\s*(\d+(?:\.\d+)?)\s*分?\s*[（(][^（()）]*[)）]\s*$/.exec(v) : null;
  return m ? Number(m[1]) : v;
}
