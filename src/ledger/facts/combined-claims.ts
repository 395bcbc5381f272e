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

/** "3（制度2分、台账1分）": the line's points before the breakdown in brackets. */
export function pointsBeforeBreakdown(v: CellValue): CellValue {
  const m = typeof v === "string" ? /^\s*(\d+(?:\.\d+)?)\s*分?\s*[（(][^（()）]*[)）]\s*$/.exec(v) : null;
  return m ? Number(m[1]) : v;
}
