/**
 * The official clauses an input carries (RubricInput.official) are the indicator table's own words:
 * each stands verbatim in some 评价指标名称 / 指标解释 / 评分标准 / 评价方式 text of the rubric.
 */
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const texts = GD_2019.indicators.map((i) => [i.texts.name, i.texts.explanation, i.texts.criteria, i.texts.evidence].join("\n").replace(/\s+/g, ""));

test.each(GD_2019.inputs.flatMap((i) => (i.official ?? []).map((o) => [i.key, o] as const)))("%s: “%s” is in the official texts", (_key, clause) => {
  expect(texts.some((t) => t.includes(clause.replace(/\s+/g, "")))).toBe(true);
});

test("every input key is unique, and every judged input names an item of the rubric", () => {
  const keys = GD_2019.inputs.map((i) => i.key);
  expect(new Set(keys).size).toBe(keys.length);
  const items = new Set(GD_2019.indicators.flatMap((i) => i.items.map((it) => it.id)));
  for (const i of GD_2019.inputs.filter((x) => x.type === "judged")) expect(items.has(i.item as string)).toBe(true);
});
