/**
 * 罗定's 钉钉 日志 export as the facts sheet: newest first, read in time order so that each later line on
 * a subject stands, with every fact named at its real row; a quoted answer to report ("改报“无”") a no;
 * whose word a figure is ("财政局确认：") no part of what it names.
 */
import type { Sheet } from "../../src/core/grid";
import { inTimeOrder } from "../../src/ledger/facts/log-order";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { statementsOf } from "../../src/ledger/facts/sentences";
import { factsVocabulary } from "../../src/ledger/facts/vocabulary";
import { chinesePart } from "../../src/ledger/normalize/text";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const header = ["序号", "提交人", "提交时间", "日志模板", "今日完成工作", "本周完成工作", "评论"];
const sheet: Sheet = {
  name: "日志导出",
  rows: [
    ["日志数据导出　模板：日报、周报　导出时间：2021-09-03 17:48"],
    header,
    [1, "黄嘉欣", "2021-09-03 11:20", "日报", "1.罗定市考评基础数据（数据截至2021年8月31日）已报云浮市商务局。", null, "梁局长：收到。"],
    [2, "陈志豪", "2021-09-02 17:45", "日报", "1.按局长意见，“免费摄影、美工服务”改报“无”；\n2.自评表定稿。", null, null],
    [3, "陈志豪", "2021-08-27 18:20", "周报", null, "1.资金管理办法已印发。", "梁局长：摄影棚是运营方按次收费的，不算免费。"],
    [4, "黄嘉欣", "2021-08-27 17:35", "日报", "1.专栏已增设监督举报电话和邮箱（8月26日上线）；\n2.财政局确认：截至8月31日累计拨付381.5万元。", null, null],
    [5, "黄嘉欣", "2021-08-20 18:10", "日报", "1.专栏未设监督举报窗口，已联系网管。", null, null],
    [6, "陈志豪", "2021-08-17 17:52", "日报", "1.摄影棚、美工对入驻主体免费开放。", null, null],
  ],
};

test("a log newest first is turned into time order; one kept in order, or slipping once, is not", () => {
  const turned = inTimeOrder(sheet);
  expect(turned?.sheet.rows.slice(2).map((r) => r[0])).toEqual([6, 5, 4, 3, 2, 1]);
  expect([turned?.rowOf(2), turned?.rowOf(7), turned?.rowOf(1)]).toEqual([7, 2, 1]);
  expect(inTimeOrder(turned?.sheet as Sheet)).toBeUndefined();
  const slipped: Sheet = { ...sheet, rows: [sheet.rows[0], header, sheet.rows[7], sheet.rows[2], sheet.rows[6], sheet.rows[5]] };
  expect(inTimeOrder(slipped)).toBeUndefined();
});

test("each subject's latest line stands, named where it is on the real sheet", () => {
  const entries = readFactsSheet(sheet, GD_2019).entries;
  const at = (key: string) => entries.filter((e) => e.key === key).map((e) => [String(e.value), e.cell]);
  expect(at("disclosureWindow")).toEqual([["是", "E6"]]);
  expect(at("centerPhoto")).toEqual([["否", "E4"]]);
  expect(at("fundSpentStated")).toEqual([["381.5万元", "E6"]]);
  expect(at("asOf").map(([v]) => v)).toEqual(["2021年8月31日"]);
});

test("a quoted answer to report, and whose word a figure is", () => {
  const v = factsVocabulary(GD_2019);
  const scores = (t: string) => v.inputs.match(chinesePart(t));
  const said = (t: string) => statementsOf(t, scores, 0.62, 0.06).map((s) => [s.label, s.value]);
  expect(said("“免费摄影、美工服务”改报“无”")).toContainEqual(["“免费摄影、美工服务”改报“无”", "否"]);
  expect(said("财政局确认：截至8月31日累计拨付381.5万元。")).toContainEqual(["累计拨付", "381.5万元"]);
});

test("items' points listed bare after a 自评 lead-in", () => {
  const v = factsVocabulary(GD_2019);
  const scores = (t: string) => v.inputs.match(chinesePart(t));
  const points = (t: string) =>
    statementsOf(t, scores, 0.62, 0.06)
      .filter((s) => s.kind === "points")
      .map((s) => [s.label, s.value]);
  expect(points("主观项自评初稿（报局长审定）：方案制定2、政策支持1、资金台账4。")).toEqual([
    ["方案制定", "2分"],
    ["政策支持", "1分"],
    ["资金台账", "4分"],
  ]);
  // (Two items are no list; figures with units are no points.)
  expect(points("自评：方案制定2、政策支持1。")).toEqual([]);
  expect(points("自评依据：培训人次4385、贫困户培训1200人、站点覆盖95%。")).toEqual([]);
});

test("a cut-off in a bracket after the data it dates, in a message near the top", () => {
  const sms: Sheet = {
    name: "短信发送记录",
    rows: [
      ["已发送短信查询结果"],
      ["序号", "接收人", "短信内容", "提交时间"],
      [1, "县政府 陈县长", "【海丰县商务局】陈县长：考评数据（截至2021年8月31日）已核定：全县常住人口70.43万人。", "2021-09-01 09:30"],
      [2, "县政府 陈县长", "【海丰县商务局】陈县长：8月份月报已报送（截至9月3日）。", "2021-09-03 09:05"],
    ],
  };
  const asOf = readFactsSheet(sms, GD_2019).entries.filter((e) => e.key === "asOf");
  expect(asOf.map((e) => [e.value, e.cell])).toEqual([["2021年8月31日", "C3"]]);
});
