/**
 * Judged items graded instead of scored (评分项 | 分值 1-2分 | 自评等次 优 / 良 / 中), with the rule
 * written above them: "等次折算：优＝满分；良＝满分减1分；中＝满分减2分". A reviewer turns each grade
 * into its points by that rule and the item's range; so does the reader: the grade's cell becomes
 * the points (never below the range's least), its column a 自评分 column.
 */
import type { Sheet } from "../../core/grid";
import { spacelessText } from "../normalize/text";
import { withTablesRewritten } from "./table-end";

const GRADE_HEADER = /^(?:自评)?(?:等次|等级|评价等次|评定等次)$/;
const RANGE_HEADER = /^(?:分值|分值范围|评分范围|标准分)$/;
const RANGE = /^(\d+)\s*[-—~～至]\s*(\d+)\s*分?$/;
/** "优＝满分", "良＝满分减1分", "中=满分-2分", "差＝1分": each grade's rule. */
const RULE = /([优良中差好较好一般合格])\s*[＝=:：]\s*(满分(?:\s*(?:减|-|－)\s*(\d+)\s*分?)?|(\d+)\s*分|最低分)/g;

type Rule = { below: number } | { points: number } | "least";

function rulesIn(sheet: Sheet): Map<string, Rule> | undefined {
  for (const row of sheet.rows)
    for (const v of row ?? []) {
      const t = spacelessText(v ?? null);
      if (!t.includes("满分")) continue;
      const rules = new Map<string, Rule>();
      for (const m of t.matchAll(RULE)) rules.set(m[1], m[4] !== undefined ? { points: Number(m[4]) } : m[2] === "最低分" ? "least" : { below: Number(m[3] ?? 0) });
      if (rules.size >= 2) return rules;
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
      const rule = rules.get(spacelessText(cells[grade] ?? null));
      if (!span || !rule) return [...cells];
      const [least, most] = [Number(span[1]), Number(span[2])];
      const points = rule === "least" ? least : "points" in rule ? rule.points : Math.max(least, most - rule.below);
      return cells.map((v, c) => (c === grade ? points : v));
    },
    (row, { grade }) => row.map((v, c) => (c === grade ? "自评分" : v)),
  );
}
