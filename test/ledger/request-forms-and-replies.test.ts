/**
 * 陆丰's 工作联系单 stacked with each office's reply: the replies and the clerk's note read as the
 * county's facts, the requests and the forms' other lines not; a leader named as "组长由…担任".
 */
import type { Sheet } from "../../src/core/grid";
import { withReplyForms } from "../../src/ledger/facts/reply-forms";
import { leaderInSentence } from "../../src/ledger/leader";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const form = (no: number, to: string, asked: string, reply: string): Sheet["rows"] => [
  [`工作联系单 陆商电联〔2021〕${no}号`],
  ["发往单位", to, null, "发出日期", "2021年8月23日"],
  ["请提供事项", asked],
  ["回复内容", reply],
  ["回复单位经办人", "吴思敏", null, "回复日期", "2021.8.25"],
  [],
];

const sheet: Sheet = {
  name: "联系单汇总",
  rows: [
    ["陆丰市商务局工作联系单及回复汇总"],
    ["所属县（市、区）", "陆丰市", null, "数据截止时间", "2021年8月31日"],
    [],
    ...form(31, "陆丰市统计局", "1.全市常住人口（第七次人口普查）。", "第七次全国人口普查陆丰市常住人口为136.21万人。"),
    ...form(32, "陆丰市民政局", "全市行政村、社区数量。", "截至2021年6月底，全市共有行政村234个、社区（居委会）53个。"),
    ...form(36, "陆丰市财政局", "1.省级专项资金下达额；2.累计拨付额。", "1.省下达专项资金500万元；2.截至8月31日累计拨付412.6万元。"),
    ["电商股备注", "领导小组组成：组长由分管商务工作的副市长担任，成员单位为市商务局、财政局、农业农村局、乡村振兴局。"],
  ],
};

test("the replies and the note, a sentence to a row; the requests left out", () => {
  const rows = withReplyForms(sheet).rows.filter((r) => r.length > 0);
  expect(rows).toEqual([
    ["陆丰市商务局工作联系单及回复汇总"],
    ["所属县（市、区）", "陆丰市", null, "数据截止时间", "2021年8月31日"],
    ["第七次全国人口普查陆丰市常住人口为136.21万人。"],
    ["截至2021年6月底，全市共有行政村234个、社区（居委会）53个。"],
    ["1.省下达专项资金500万元；2.截至8月31日累计拨付412.6万元。"],
    ["领导小组组成：组长由分管商务工作的副市长担任，成员单位为市商务局、财政局、农业农村局、乡村振兴局。"],
  ]);
  const read = Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, String(e.value)]));
  expect([read.residentPopulation, read.adminVillagesStated]).toEqual(["136.21万人", "234个"]);
});

test("a leader named as the one the 组长 post is held by", () => {
  expect(leaderInSentence("组长由分管商务工作的副市长担任，成员单位为市商务局")).toBe("分管商务工作的副市长");
  expect(leaderInSentence("副组长由分管副县长担任")).toBeUndefined();
});
