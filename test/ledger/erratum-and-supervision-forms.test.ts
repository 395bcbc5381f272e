/**
 * The 73rd batch's facts: an erratum table to a printed self-assessment (廉江: 原文（误） | 更正为（正）)
 * read by its corrections only, and a 纪检 self-check (化州) whose questions name what is to be named
 * (明确牵头领导) and whose answers say a service is free in one clause and charged in the next.
 */
import type { Sheet } from "../../src/core/grid";
import { withErrataApplied } from "../../src/ledger/facts/errata";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { statementsOf } from "../../src/ledger/facts/sentences";
import { factsVocabulary } from "../../src/ledger/facts/vocabulary";
import { leaderInSentence } from "../../src/ledger/leader";
import { chinesePart } from "../../src/ledger/normalize/text";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (sheet: Sheet) => Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, String(e.value)]));

const errata: Sheet = {
  name: "勘误表",
  rows: [
    ["某市自评报告勘误表"],
    ["序号", "页码", "位置", "原文（误）", "更正为（正）", "备注"],
    [1, 1, "第1段", "全市常住人口148.6万人", "全市常住人口132.63万人", "七普数"],
    [2, 5, "第2段末", "（漏印）", "补：“中心由第三方专业运营服务商某电子商务有限公司负责运营。”", "漏印"],
    [3, 11, "四、信息公开", "专栏每季度更新项目建设进度", "专栏每月更新项目建设进度", null],
    [4, 14, "存在问题", "已有3个站点停业", "删去此句", "已恢复营业"],
    [5, 17, "附表 自评得分表“政策支持”行", "2", "1", "下调"],
    [6, 17, "同表“合计”行", "96", "94", null],
  ],
};

test("an erratum line is left with its correction alone, a sentence where it stands", () => {
  const rows = withErrataApplied(errata).rows;
  expect(rows[2]).toEqual([null, null, null, null, "全市常住人口132.63万人。"]);
  expect(rows[3][4]).toBe("中心由第三方专业运营服务商某电子商务有限公司负责运营。");
  expect(rows[5][4]).toBe("");
  // A figure alone is read with the line its place names, the score table's; a 合计's is no item's.
  expect(rows[6][4]).toBe("政策支持（得分表）：自评1分");
  expect(rows[7][4]).toBe("");
  // (Above the header nothing changes; the header heads the corrections only.)
  expect(rows[0]).toEqual(errata.rows[0]);
  expect(rows[1]).toEqual(["序号", null, null, null, "填报内容"]);
});

test("an erratum table states the corrected facts, never the words they replace", () => {
  const got = read(errata);
  expect(got.residentPopulation).toBe("132.63万人");
  expect(got.thirdPartyOperator).toBe("是");
  expect(got.disclosureProgress).toBe("是");
  // The score table's line is its indicator's claim, though 政策支持 is scored by one judged item.
  expect(readFactsSheet(errata, GD_2019).claims.map((c) => [c.indicator, c.value])).toEqual([["org.policy", 1]]);
});

test("a town count's noun goes with it: the next figure's words begin after it", () => {
  const v = factsVocabulary(GD_2019);
  const scores = (t: string) => v.inputs.match(chinesePart(t));
  const said = statementsOf("辖21个镇（街道）、353个行政村、42个社区", scores, 0.62, 0.06).map((s) => [s.label, s.value]);
  expect(said).toContainEqual(["行政村", "353个"]);
  expect(said).not.toContainEqual(["行政村、", "42个"]);
});

test("a check's question naming what is to be named names no leader", () => {
  expect(leaderInSentence("是否成立领导小组，明确牵头领导和成员单位")).toBeUndefined();
  expect(leaderInSentence("由市委常委、常务副市长任组长，分管商务的副市长任副组长")).toBe("市委常委、常务副市长");
});

test("a service free in one clause and charged in the next is no free one", () => {
  const got = read({
    name: "自查表",
    rows: [
      ["序号", "项目", "情况"],
      [1, "县级公共服务中心", "于2020年11月18日投入运营。为电商主体提供免费摄影服务，美工设计按成本收费。"],
    ],
  });
  expect(got.centerPhoto).toBe("否");
});

test("a review form before publishing states the approved text: 同左 the draft, （删去） nothing, the reviewer's words never", () => {
  const got = read({
    name: "保密审查表",
    rows: [
      ["序号", "信息项", "拟公开内容（经办股室起草）", "保密审查意见", "审查后公开文本"],
      [1, "物流快递", "行政村物流快递覆盖率达到100%。", "按复核数公开：覆盖率98.4%。", "行政村物流快递覆盖率98.4%（314/319）。"],
      [2, "项目进度", "项目总体进度约95%。", "同意公开", "同左"],
      [3, "电商培训", "有劳动能力且未外出务工的脱贫人口1,842人，参训1,126人。", "同意公开", "同左"],
      [4, "下一步计划", "拟在某镇建设电商产业园二期（规划中）。", "暂不公开，删去。", "（删去）"],
    ],
  });
  expect(got.expressCoverage).toBe("98.4%");
  expect(got.overallProgress).toBe("95%");
  expect(got.eligiblePoorPersonsStated).toBe("1,842人");
  expect(got.trainedPoorPersonsStated).toBe("1,126人");
  expect(got.parkBuilt).toBeUndefined();
});
