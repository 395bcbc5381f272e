/**
 * A facts sheet put through Excel's 分类汇总 (Data → Subtotal), sorted by its indicator column: after
 * each indicator's lines Excel adds a row "组织领导 汇总" (in an English Excel "组织领导 Total") holding
 * the sum of the lines' points, and a 总计 row at the end. Each such row is the clerk's points for the
 * indicator it names: a claim. Only a sheet with several such rows is one (a lone "培训汇总" is a
 * label of its own), and only a group naming one indicator, with points within its weight, is read.
 */
import { cellAddress, type Sheet } from "../../core/grid";
import type { RubricIndicator } from "../../scoring/rubric";
import { cellText } from "../normalize/text";
import type { Claim } from "./read";

/** Excel writes the group's value, a space, then 汇总 / Total. */
const SUBTOTAL = /^(\S.*?)\s+(?:汇总|Total)$/i;
/**
 * A system's export names each indicator's points the same way, one row each (高州: S01 | 自评得分-组织领导 |
 * 数值 | 2 | 分), its figures as text.
 */
// (Not "自评分：方案制定（1-2）", a judged item's points, its range in brackets.)
const PREFIXED = /^自评得分\s*[-—－]\s*(\S.*)$/;
const named = (t: string) => SUBTOTAL.exec(t) ?? PREFIXED.exec(t);
const points = (v: unknown, prefixed: boolean) =>
  typeof v === "number" ? v : prefixed && typeof v === "string" && /^\s*\d+(?:\.\d+)?\s*$/.test(v) ? Number(v) : undefined;
/** Fewest subtotal rows that make a sheet Excel's output. */
const MIN_ROWS = 3;

export function subtotalClaims(
  sheet: Sheet,
  indicatorNamed: (words: string) => RubricIndicator | undefined,
  bonusNamed: (words: string) => RubricIndicator | undefined = () => undefined,
): { claims: Claim[]; rows: Set<number> } {
  const found: { r: number; label: string; words: string; bonus: boolean; c: number; points: number }[] = [];
  sheet.rows.forEach((row, r) => {
    const at = row.findIndex((v) => typeof v === "string" && named(v.trim()) !== null);
    if (at < 0) return;
    const label = cellText(row[at] ?? null).trim();
    const prefixed = PREFIXED.test(label);
    const numbers = row.flatMap((v, c) => (c > at && points(v, prefixed) !== undefined ? [{ c, v: points(v, prefixed) as number }] : []));
    if (numbers.length !== 1) return;
    // (A bonus named vaguely, 加分项（电商扶贫典型案例电视播报）, is what its bracket says.)
    const words = (named(label) as RegExpExecArray)[1];
    const bonus = /^加分项?\s*[（(](.+)[)）]$/.exec(words)?.[1];
    found.push({ r, label, words: bonus ?? words, bonus: bonus !== undefined, c: numbers[0].c, points: numbers[0].v });
  });
  const out = { claims: [] as Claim[], rows: new Set<number>() };
  if (found.length < MIN_ROWS) return out;
  for (const f of found) {
    out.rows.add(f.r);
    const ind = indicatorNamed(f.words) ?? (f.bonus ? bonusNamed(f.words) : undefined);
    if (!ind || f.points < 0 || f.points > Number(ind.weight) || out.claims.some((x) => x.indicator === ind.id)) continue;
    out.claims.push({ indicator: ind.id, value: f.points, sheet: sheet.name, row: f.r + 1, cell: cellAddress(f.r, f.c), note: f.label });
  }
  return out;
}
