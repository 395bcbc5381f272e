/**
 * 乐昌's 基础数据报送表: the Word table pasted into one merged cell while it was being edited — a
 * line per row, tabs between columns, section lines without tabs, a member list's second paragraph
 * on a line of its own — and the judged items in a real table under it.
 */
import type { Sheet } from "../../src/core/grid";
import { pastedTable } from "../../src/ledger/facts/pasted-table";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const pasted = [
  "序号\t项目\t数据\t备注",
  "一、基本情况",
  "1\t县（市、区）\t乐昌市\t",
  "2\t常住人口\t42万人\t户籍人口53万人",
  "二、组织领导",
  "3\t领导小组成员单位\t市商务局、市财政局、",
  "市农业农村局、市市场监管局\t乐府办〔2019〕126号",
  "4\t示范创建工作方案\t已正式印发\t",
  "三、人才培训",
  "5\t有劳动能力的建档立卡贫困人口\t10549人\t含外出务工人员",
  "6\t其中：未外出务工\t3412人\t经市乡村振兴局确认",
].join("\n");

const sheet: Sheet = {
  name: "基础数据报送表",
  rows: [
    ["韶关市电子商务进农村综合示范县考评基础数据报送表", null, null, null, null],
    [pasted, null, null, null, null],
    ["二、主观评分项自评", null, null, null, null],
    ["序号", "评分项（评分标准）", "分值", "自评分", "自评说明"],
    [1, "方案制定：工作方案因地制宜，可操作性较强", "1-2分", 2, null],
    [2, "政策支持：出台相关政策，且得到较好落实", "1-2分", "2分", null],
  ],
  merges: [
    { top: 0, left: 0, bottom: 0, right: 4 },
    { top: 1, left: 0, bottom: 1, right: 4 },
  ],
};

test("the pasted cell laid out as rows, a wrapped paragraph joined back to its row, the rows below moved down", () => {
  const laid = pastedTable(sheet);
  expect(laid).toBeDefined();
  const rows = laid!.sheet.rows;
  expect(rows[1]).toEqual(["序号", "项目", "数据", "备注", null]);
  expect(rows[2]).toEqual(["一、基本情况", null, null, null, null]);
  expect(rows[6]).toEqual(["3", "领导小组成员单位", "市商务局、市财政局、市农业农村局、市市场监管局", "乐府办〔2019〕126号", null]);
  expect(rows[rows.length - 1]).toEqual([2, "政策支持：出台相关政策，且得到较好落实", "1-2分", "2分", null]);
  expect(laid!.sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
  expect(laid!.cellOf(6, 2)).toEqual({ r: 1, c: 0 });
  expect(laid!.cellOf(rows.length - 1, 3)).toEqual({ r: 5, c: 3 });
});

test("read as the table it was: each fact named to the one cell, the judged items under it to their own", () => {
  const r = readFactsSheet(sheet, GD_2019);
  const at = (key: string) => r.entries.filter((e) => e.key === key).map((e) => [e.value, e.cell]);
  expect(at("county")).toEqual([["乐昌市", "A2"]]);
  expect(at("residentPopulation")).toEqual([["42万人", "A2"]]);
  expect(at("departments")).toEqual([["市商务局、市财政局、市农业农村局、市市场监管局", "A2"]]);
  // The roster's figure with its migrants is not the one asked for: the line under it is.
  expect(at("eligiblePoorPersonsStated")).toEqual([["3412人", "A2"]]);
  expect(at("judged:org.policy")).toEqual([["2分", "D6"]]);
});

test("a remark with a tab or two typed in it is no pasted table", () => {
  const remark: Sheet = { name: "数据", rows: [["常住人口", "42万人", "户籍\t53万人\n另有\t流动人口"]] };
  expect(pastedTable(remark)).toBeUndefined();
});
