/**
 * 龙湖's fact sheet for a Japanese delegation: each line in Chinese with its Japanese beside it (a column of
 * its own, a part after ／, a header's second line), ○＝有 and ×＝无 by its legend, money in 百万元.
 */
import type { Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { withJapaneseLeftOut } from "../../src/ledger/facts/japanese-translation";
import { toScoringInput } from "../../src/ledger/to-input";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "概况（中日）",
  rows: [
    ["某区电子商务进农村综合示范创建概况（中日对照）", null, null, null, null, null],
    ["符号说明／凡例：○＝有、已实施（あり・実施済み）　×＝无、未实施（なし・未実施）　—＝不适用（該当なし）。", null, null, null, null, null],
    ["No.", "项目", "項目", "数值／状况\n数値／状況", "单位\n単位", "备注\n備考"],
    [1, "常住人口", "常住人口", 57.32, "万人", "第七次全国人口普查／第7回人口センサス"],
    [2, "户籍人口", "戸籍人口", 54.66, "万人", "参考／参考値"],
    [3, "行政村", "行政村", 27, "个（か所）", null],
    [4, "领导小组组长", "指導グループ組長", "区长", "—", "区長（区政府の首長）"],
    [5, "示范创建工作方案", "モデル事業実施計画", "○", "—", "2020年3月印发／2020年3月公布"],
    [6, "免费摄影、美工服务", "無料撮影・デザインサービス", "×", "—", "计划年内开展／年内実施予定"],
    [7, "2020年农村网络零售额", "2020年 農村ネット小売額", 28.56, "亿元（億元）", "同比＋33.6％／前年比＋33.6％"],
    [8, "省级专项资金下达", "省特別資金の交付額", 5, "百万元", null],
    [9, "专业第三方电商运营服务商", "専門のEC運営事業者", "○", "—", null],
  ],
};

test("the Japanese is left out: its column, its parts after ／, its brackets and a header's second line", () => {
  const rows = withJapaneseLeftOut(sheet).rows;
  expect(rows[2]).toEqual(["No.", "项目", null, "数值／状况", "单位", "备注"]);
  expect(rows[6]).toEqual([4, "领导小组组长", null, "区长", "—", "区長"]);
  expect(rows[9]).toEqual([7, "2020年农村网络零售额", null, 28.56, "亿元", "同比＋33.6％／前年比＋33.6％"]);
  // A Chinese sheet with a katakana brand in a note is left as it is.
  const chinese: Sheet = {
    name: "t",
    rows: [
      ["项目", "情况", "备注"],
      ["品牌", "“南沙农品”", "与イオン合作"],
    ],
  };
  expect(withJapaneseLeftOut(chinese)).toBe(chinese);
});

test("read as the Chinese table: ○ a yes and × a no by the legend, 百万元 in millions, the growth in the remark", () => {
  const facts = Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, e.value]));
  expect(facts).toMatchObject({ residentPopulation: 57.32, planIssued: "是", centerPhoto: "否", thirdPartyOperator: "是", leadTitle: "区长" });
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics).facts;
  const value = (k: keyof typeof input) => (input[k] as { value?: { toNumber(): number } } | undefined)?.value?.toNumber();
  expect([value("fundAllocated"), value("ruralRetailGrowthStated")]).toEqual([5000000, 0.336]);
});
