/** A rubric read from JSON is checked against the shape of a rubric, every problem located by its path. */
import { readFileSync } from "fs";
import * as path from "path";
import { LEDGER_KINDS } from "../../src/ledger/records";
import { parseRubric, RubricError } from "../../src/scoring/rubric-check";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const DEMO = path.join(__dirname, "../fixtures/rubrics/demo-2024.json");
const demo = () => JSON.parse(readFileSync(DEMO, "utf8")) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- broken on purpose below

function problems(data: unknown): string[] {
  try {
    parseRubric(data, "test.json", LEDGER_KINDS);
  } catch (e) {
    if (e instanceof RubricError) return e.problems;
    throw e;
  }
  return [];
}

test("the bundled gd-2019 rubric, written as JSON, reads back unchanged", () => {
  const json = JSON.parse(JSON.stringify(GD_2019));
  expect(parseRubric(json, "gd-2019.json", LEDGER_KINDS)).toEqual(json);
});

test("numbers may be JSON numbers; they come out as exact decimal strings", () => {
  const r = parseRubric(demo(), "demo.json", LEDGER_KINDS);
  expect(r.totalWeight).toBe("13");
  expect(r.groups[1].weight).toBe("4.5");
  expect(r.indicators[0].items[0].rule).toMatchObject({
    kind: "tiers",
    tiers: [
      { min: "80%", points: "6" },
      { min: "60%", points: "3.5" },
      { min: "40%", points: "1.5" },
    ],
  });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a rubric document's JSON, edited freely
test.each<[string, (d: Record<string, any>) => void, string]>([
  ["a weight that is not a number", (d) => (d.indicators[3].weight = "ten"), 'indicators[3].weight: 应为数字（收到 "ten"）'],
  ["an unknown rule kind", (d) => (d.indicators[0].items[0].rule.kind = "tier"), "indicators[0].items[0].rule.kind: 应为 tiers、flag"],
  ["a misspelt fact", (d) => (d.indicators[0].items[0].rule.den = "adminVilages"), "indicators[0].items[0].rule.den: 未知的事实“adminVilages”"],
  ["a misspelt field", (d) => ((d.indicators[1].wieght = "2"), delete d.indicators[1].weight), "indicators[1].weight: 缺少此项"],
  ["an unknown field", (d) => (d.indicators[2].items[0].rule.minimum = "1"), "indicators[2].items[0].rule.minimum: 不认识的字段"],
  ["a ledger the reader does not know", (d) => d.requiredLedgers.push("villagez"), "requiredLedgers[4]: 应为 facts、villages"],
  ["missing official texts", (d) => delete d.indicators[0].texts.criteria, "indicators[0].texts.criteria: 缺少此项"],
  ["a group that does not exist", (d) => (d.indicators[2].group = "train"), "indicators[2].group: 没有编号为“train”的 groups 项"],
  ["a duplicate indicator", (d) => (d.indicators[1].id = "service.coverage"), "indicators[1].id: 重复的指标编号“service.coverage”"],
  ["a bad date", (d) => (d.asOf = "2021/08/31"), "asOf: 应为 YYYY-MM-DD 格式的日期"],
  ["a section that does not exist", (d) => (d.groups[2].section = "extra"), "groups[2].section: 应为 scored、bonus、veto 之一"],
])("%s is located", (_, breakIt, expected) => {
  const d = demo();
  breakIt(d);
  expect(problems(d).join("\n")).toContain(expected);
});

test("every problem is listed, and the error's message is one line naming the first ones", () => {
  const d = demo();
  d.indicators[3].weight = "ten";
  d.indicators[0].items[0].rule.den = "adminVilages";
  let error: unknown;
  try {
    parseRubric(d, "demo.json", LEDGER_KINDS);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(RubricError);
  expect((error as RubricError).problems).toHaveLength(2);
  expect((error as RubricError).message).not.toContain("\n");
  expect((error as RubricError).message).toMatch(/^考评指标体系“demo.json”有 2 处错误：.*indicators\[3\]\.weight/);
});
