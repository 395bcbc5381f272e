import type { CellValue } from "../../src/core/grid";
import { shingle, similarity } from "../../src/ledger/facts/similarity";

import { factsOf } from "../corpus/read-facts";
/** The bigrams two labels share, counted as an index by bigram counts them. */
function sharedGrams(a: string, b: string): number {
  const x = shingle(a);
  const y = shingle(b);
  return [...x.grams].filter((g) => y.grams.has(g)).length;
}

describe("similarity given the bigrams already counted", () => {
  const pairs: [string, string][] = [
    ["培训人次", "培训总人次"],
    ["（三）为特色农产品提供免费展示销售服务（1分）", "为特色农产品提供免费展示、销售服务"],
    ["品牌推广指导", "组织农产品统一推广、指导特色农产品品牌建设"],
    ["2019年农村网络零售额", "2020年农村网络零售额"],
    ["县区", "县区名称"],
    ["常住人口", "全县常住人口总数"],
  ];

  test.each(pairs)("%s ~ %s: the same score whether the shared bigrams are counted or given", (a, b) => {
    const x = shingle(a);
    const y = shingle(b);
    const given = sharedGrams(a, b);
    expect(given).toBeGreaterThan(0);
    for (const needed of [0, 0.5, 0.8]) expect(similarity(x, y, needed, given)).toBe(similarity(x, y, needed));
  });

  test("the count given is what the score rests on (no bigram shared: nothing alike)", () => {
    const x = shingle("培训人次");
    const y = shingle("培训总人次");
    expect(similarity(x, y, 0, 0)).toBe(0);
    expect(similarity(x, y)).toBeGreaterThan(0.8);
  });
});

test("things said aloud fold to the rubric's words: 免费放进中心展示 is 免费展示, 做图片设计 is 美工", () => {
  const key = (t: string) => shingle(t).key;
  expect(key("农产品免费放进中心展示")).toBe(key("农产品免费展示"));
  expect(key("帮企业做图片设计")).toBe(key("帮企业美工"));
});

test("建制村 is the official name of a 行政村: the postal bureau's 建制村快递服务覆盖率 is the villages' express coverage", () => {
  expect(shingle("建制村快递服务覆盖率").key).toBe(shingle("行政村快递服务覆盖率").key);
  const rows: CellValue[][] = [
    ["某县电子商务进农村综合示范基本情况", null, null],
    ["项目", "情况", "备注"],
    ["常住人口", "31.2万人", "统计公报"],
    ["建制村", "118个", null],
    ["建制村快递服务覆盖率", "100%", "县邮政管理局"],
  ];
  expect(factsOf({ sheets: [{ name: "基本情况", rows }] }).facts).toEqual({ residentPopulation: 312000, adminVillagesStated: 118, expressCoverage: true });
});

test("a company said to take on the running (由…公司承担县级中心及村级站点运营服务) is the operator brought in; one that built it is not", () => {
  const key = (t: string) => shingle(t).key;
  expect(key("由汕尾市海创电子商务有限公司承担县级中心及村级站点运营服务")).toBe(key("引进专业运营团队服务"));
  expect(key("由某某建筑工程有限公司建设，中心运营良好")).not.toContain(key("引进专业运营团队"));
});
