/**
 * Judged items graded instead of scored (评分项 | 分值 1-2分 | 自评等次 优 / 良 / 中), with the rule
 * written above them: "等次折算：优＝满分；良＝满分减1分；中＝满分减2分". A reviewer turns each grade
 * into its points by that rule and the item's range; so does the reader: the grade's cell becomes
 * the points (never below the range's least), its column a 自评分 column. A rule may be given per
 * range ("分值为1-2分的：优＝2分，良＝1分；分值为1-5分的：优＝5分，良＝4分…"): each item takes its range's.
 */
import type { Sheet } from "../../core/grid";
import { spacelessText } from "../normalize/text";
import { withTablesRewritten } from "./table-end";

const GRADE_HEADER = /^(?:自评)?(?:等次|等级|评价等次|评定等次)$/;
const RANGE_HEADER = /^(?:分值|分值范围|评分范围|标准分)$/;
const RANGE = /^(\d+)\s*[-—~～至]\s*(\d+)\s*分?$/;
/** A grade's word: 较差 before 差, so "较差＝1分" is not read as 差's. */
const GRADE = "(较差|较好|一般|合格|优秀|良好|优|良|中|差|好)";
/** "优＝满分", "良＝满分减1分", "中=满分-2分", "差＝1分": each grade's rule. */
const RULE = new RegExp(`${GRADE}\\s*[＝=:：]\\s*(满分(?:\\s*(?:减|-|－)\\s*(\\d+)\\s*分?)?|(\\d+)\\s*分|最低分)`, "g");
/** "分值为1-5分的：优＝5分，良＝4分…": the rules of the items of one range. */
const FOR_RANGE = /分值(?:为|是)?\s*(\d+)\s*[-—~～至]\s*(\d+)\s*分?的?\s*[:：]?/g;

type Rule = { below: number } | { points: number } | "least";
type Rules = Map<string, Rule>;

function rulesOf(t: string): Rules {
  const rules: Rules = new Map();
  for (const m of t.matchAll(RULE)) rules.set(m[1], m[4] !== undefined ? { points: Number(m[4]) } : m[2] === "最低分" ? "least" : { below: Number(m[3] ?? 0) });
  return rules;
}

/** The sheet's rule: one for every item ("优＝满分…"), or one per range of points ("分值为1-2分的：…"). */
function rulesIn(sheet: Sheet): { all?: Rules; byRange: Map<string, Rules> } | undefined {
  for (const row of sheet.rows)
    for (const v of row ?? []) {
      const t = spacelessText(v ?? null);
      const starts = [...t.matchAll(FOR_RANGE)];
      if (starts.length > 0) {
        const byRange = new Map<string, Rules>();
        starts.forEach((m, i) => {
          const end = starts[i + 1]?.index ?? t.length;
          const rules = rulesOf(t.slice((m.index ?? 0) + m[0].length, end));
          if (rules.size > 0) byRange.set(`${m[1]}-${m[2]}`, rules);
        });
        if (byRange.size > 0) return { byRange };
      }
      if (!t.includes("满分")) continue;
      const all = rulesOf(t);
      if (all.size >= 2) return { all, byRange: new Map() };
    }
  return undefined;
}

export function withGrades(sheet: Sheet): Sheet {
  const rules = rulesIn(sheet);
  if (!rules) return sheet;
  return withTablesRewritten(
    sheet,
    (row) => {
      const keys = row.map((v) => spacelessText(v ?? null));
      const grade = keys.findIndex((k) => GRADE_HEADER.test(k));
      const range = keys.findIndex((k) => RANGE_HEADER.test(k));
      return grade < 0 || range < 0 ? undefined : { grade, range };
    },
    (cells, { grade, range }) => {
      const span = RANGE.exec(spacelessText(cells[range] ?? null));
      if (!span) return [...cells];
      const [least, most] = [Number(span[1]), Number(span[2])];
      const rule = (rules.byRange.get(`${least}-${most}`) ?? rules.all)?.get(spacelessText(cells[grade] ?? null));
      if (!rule) return [...cells];
      const points = rule === "least" ? least : "points" in rule ? rule.points : Math.max(least, most - rule.below);
      return cells.map((v, c) => (c === grade ? points : v));
    },
    (row, { grade }) => row.map((v, c) => (c === grade ? "自评分" : v)),
  );
}
