/**
 * 高栏港's data pocket booklet (118th): each line a label and its value joined by dot leaders in one
 * cell, the left and the right page side by side; its answers in a booklet's short words — a day and a
 * deed (2020年1月印发), a number of firms (1家), a share of the villages (32/34个行政村).
 */
import type { Sheet } from "../../src/core/grid";
import { withDotLeadersAsColons } from "../../src/ledger/facts/dot-leaders";
import { figureAnswer } from "../../src/ledger/facts/values";
import { parseYesNo } from "../../src/ledger/normalize/yesno";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import type { RubricInput } from "../../src/scoring/rubric";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("dot leaders are the gap between a label and its value", () => {
  const s: Sheet = {
    name: "x",
    rows: [
      ["常住人口………………14.3万人", null, "监督举报窗口……未设"],
      ["省级专项资金··········400万元", null, "注：常住人口为七普数…"],
    ],
  };
  expect(withDotLeadersAsColons(s).rows).toEqual([
    ["常住人口：14.3万人", null, "监督举报窗口：未设"],
    ["省级专项资金：400万元", null, "注：常住人口为七普数…"],
  ]);
});

test("a booklet's short answers: a day and its deed; a number of firms, a share of the villages, where the line asks them", () => {
  expect(["2020年1月印发", "2020.4出台", "2019年12月正式印发"].map(parseYesNo)).toEqual([true, true, true]);
  expect(["2020年", "24家"].map(parseYesNo)).toEqual([undefined, undefined]);
  const input = (key: string) => GD_2019.inputs.find((i) => i.key === key) as RubricInput;
  expect(["1家", "0家"].map((v) => figureAnswer(input("thirdPartyOperator"), v))).toEqual([true, false]);
  expect(["32/34个行政村", "34／34个行政村"].map((v) => figureAnswer(input("expressCoverage"), v))).toEqual([false, true]);
  expect(figureAnswer(input("parkBuilt"), "24家")).toBeUndefined();
});

test("the booklet's pages read as label：value lines", () => {
  const booklet: Sheet = {
    name: "口袋书排版稿",
    rows: [
      ["珠海高栏港经济区电子商务进农村综合示范　数据口袋书", null, null],
      ["第2页", null, "第3页"],
      ["常住人口………………………………14.3万人", null, "公共服务中心开业…………2020.11.26"],
      ["行政村…………………………………………34个", null, "农产品免费展销厅…………………………………有"],
      ["工作方案………………………2020年1月印发", null, "第三方运营服务商………………………………1家"],
      ["扶持政策……………………………………尚未出台", null, "快递进村………………………32/34个行政村"],
    ],
  };
  const r = readLedgers({ sheets: [booklet] }, GD_2019);
  const input = toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  const num = (k: string) => (input.facts[k]?.value as { toNumber(): number } | undefined)?.toNumber();
  expect([num("residentPopulation"), num("adminVillagesStated")]).toEqual([143000, 34]);
  const answers = ["planIssued", "policyIssued", "centerDisplay", "thirdPartyOperator", "expressCoverage"].map((k) => input.facts[k]?.value);
  expect(answers).toEqual([true, false, true, true, false]);
});
