/**
 * 连平's study-trip appendix handed in as the facts sheet: 遂昌县 (the county visited) beside 连平县.
 * Only the own county's column is read; its title, naming both, names neither as the sheet's county.
 */
import type { Sheet } from "../../src/core/grid";
import { withOwnCountyColumn } from "../../src/ledger/facts/own-county-column";
import { listedItems } from "../../src/ledger/facts/sentences";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { countyInTitle } from "../../src/ledger/title-county";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const comparison = (note: string, header = "遂昌县（浙江丽水）"): Sheet => ({
  name: "对比表",
  rows: [
    ["附表：遂昌县与连平县农村电子商务工作对比", null, null, null],
    [note, null, null, null],
    ["对比项目", header, "连平县", "差距与启示"],
    ["常住人口", "约22.8万人", "33.6万人", "遂昌人口少，网商密度高"],
    ["中心免费服务", "培训、摄影、美工、仓储均免费", "免费培训（培训室40座）、特色农产品免费展示代销；摄影美工按件收费（每款30元）", "摄影美工宜改为免费"],
    ["农村网络零售额", "2020年约38亿元", "2019年9.8亿元，2020年12.1亿元", "体量约为遂昌的三分之一"],
    ["省定贫困村", "—（浙江无此口径）", "23个，已全部建站", "—"],
  ],
  merges: [
    { top: 0, left: 0, bottom: 0, right: 3 },
    { top: 1, left: 0, bottom: 1, right: 3 },
  ],
});

const num = (input: ReturnType<typeof toScoringInput>, k: string) =>
  input.facts[k]?.kind === "number" ? (input.facts[k]?.value as { toNumber(): number }).toNumber() : undefined;

test("the visited county's column is left out, the own one read as the table's answers (cells keep their addresses)", () => {
  const sheet = comparison("（连平县数据截至2021年8月31日，遂昌县数据为考察时对方介绍的情况）");
  const own = withOwnCountyColumn(sheet);
  expect(own.rows[3]).toEqual(["常住人口", null, "33.6万人", "遂昌人口少，网商密度高"]);
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  expect([num(input, "residentPopulation"), num(input, "ruralRetail2019"), num(input, "ruralRetail2020"), num(input, "poorVillagesStated")]).toEqual([
    336000, 980000000, 1210000000, 23,
  ]);
  expect(r.ledgers.facts.find((e) => e.key === "residentPopulation")?.cell).toBe("C4");
  // Each free service of the 、-list is its own answer; the photography is charged.
  expect([input.facts.centerFreeTraining?.value, input.facts.centerDisplay?.value, input.facts.centerPhoto?.value]).toEqual([true, true, false]);
  // A title naming both counties names neither.
  expect(input.county).toBeUndefined();
});

test("the other county is told by its province in brackets, or by a note calling its column reference only", () => {
  expect(withOwnCountyColumn(comparison("注：遂昌县一栏未经核实，仅作参考。", "遂昌县")).rows[3][1]).toBeNull();
  expect(withOwnCountyColumn(comparison("说明", "遂昌县（浙江丽水）")).rows[3][1]).toBeNull();
  // Two counties and nothing saying which is whose: the sheet as it is.
  const unsaid = comparison("说明", "遂昌县");
  expect(withOwnCountyColumn(unsaid)).toBe(unsaid);
});

test("a title naming two counties joined names no county; each free service of a list without a verb is its own item", () => {
  expect(countyInTitle("遂昌县与连平县农村电子商务工作对比")).toBeUndefined();
  expect(countyInTitle("连平县赴浙江省遂昌县学习考察报告")).toEqual({ name: "连平县", short: "连平" });
  expect(listedItems("免费培训（培训室40座）、特色农产品免费展示代销")).toEqual(["免费培训（培训室40座）", "特色农产品免费展示代销"]);
  // Not a list whose items do not each say 免费.
  expect(listedItems("免费培训、展示代销")).toEqual([]);
});
