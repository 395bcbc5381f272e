/**
 * A shared table's export (飞书多维表格): a column per field type (数值 | 单位 | 日期 | 判断 | 文本内容 | 自评分), each
 * record filling its own, beside the record's 核实状态. The state is about the record, never its answer;
 * a record 已作废 is replaced by a later one.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const rows: CellValue[][] = [
  ["编号", "事项", "数值", "单位", "日期", "判断", "文本内容", "自评分", "核实状态", "负责人", "备注"],
  ["A-1", "常住人口", 142.3, "万人", null, null, null, null, "已作废", "黄××", "2019年末数，已按七普更新，见A-6"],
  ["A-2", "示范创建工作领导小组组长", null, null, null, null, "县委副书记、县长", null, "已核实", "黄××", null],
  ["A-3", "县级电子商务公共服务中心投入运营日期", null, null, day("2021-03-18"), null, null, null, "已作废", "黄××", "揭牌日期，见A-7"],
  ["A-4", "发生安全生产、质量事故或重大经济损失", null, null, null, "否", null, null, "已核实", "黄××", null],
  ["A-5", "中心为电子商务市场主体提供免费摄影、美工服务", null, null, null, "否", null, null, "已核实", "黄××", "按次收费"],
  ["A-6", "常住人口（第七次全国人口普查）", 158.26, "万人", null, null, null, null, "已核实", "黄××", null],
  ["A-7", "县级电子商务公共服务中心投入运营日期", null, null, day("2021-02-26"), null, null, null, "已核实", "黄××", null],
];
const read = readFactsSheet({ name: "迎检事项库", rows }, GD_2019);
const entries = (key: string) => read.entries.filter((e) => e.key === key).map((e) => [e.cell, e.value]);

test("each record's answer is its own field's, never its 已核实 state", () => {
  expect(entries("vetoIncident")).toEqual([["F5", "否"]]);
  expect(entries("centerPhoto")).toEqual([["F6", "否"]]);
  expect(entries("leadTitle")).toEqual([["G3", "县委副书记、县长"]]);
});

test("a record 已作废 is left out: the later record stands", () => {
  expect(entries("residentPopulation")).toEqual([["C7", 158.26]]);
  expect(entries("centerOpened")).toEqual([["E8", day("2021-02-26")]]);
});
