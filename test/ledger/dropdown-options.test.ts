/**
 * A form filled from dropdowns whose options carry their numbers ("1-是", "2-否", "2-整合、优化现有园区"),
 * with an answer column headed 填报（选择） beside a 单位/方式 column: the options' words are the answers.
 */
import type { CellValue } from "../../src/core/grid";
import { withOptionsUnnumbered } from "../../src/ledger/facts/dropdown-choices";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某县考评数据填报表"],
  ["编号", "填报项", "单位/方式", "填报（选择）", "补充说明"],
  ["P03", "常住人口", "万人", 28.4, "七普"],
  ["Z01", "牵头领导", "下拉", "1-县（市、区）政府主要领导", null],
  ["Z04", "支持农村电商的扶持政策", "下拉", "2-未出台", "已起草"],
  ["F04", "免费摄影、美工", "下拉", "2-否", "按成本价收费"],
  ["F07", "电商产业园", "下拉", "2-整合、优化现有园区", null],
  ["PF01", "方案制定", "下拉（1-2分）", "2分", null],
];

const read = () => Object.fromEntries(readFactsSheet({ name: "填报表", rows }, GD_2019).entries.map((e) => [e.key, e.value]));

test("a numbered option is read as its words, from the 填报（选择） column", () => {
  const r = read();
  expect(r.policyIssued).toBe("未出台");
  expect(r.centerPhoto).toBe("否");
  expect(r.parkBuilt).toBe("整合、优化现有园区");
  expect(r.leadTitle).toBe("县（市、区）政府主要领导");
  expect(r["judged:org.plan"]).toBe("2分");
});

test("one dash-numbered text alone is left as written; ranges and dates are no options", () => {
  const one: CellValue[][] = [
    ["填报项", "填报值"],
    ["政策", "2-未出台"],
    ["分值", "1-2分"],
    ["日期", "2021-08-31"],
  ];
  expect(withOptionsUnnumbered({ name: "表", rows: one }).rows).toEqual(one);
  const two: CellValue[][] = [...one, ["方案", "1-已印发"]];
  expect(withOptionsUnnumbered({ name: "表", rows: two }).rows.map((r) => r[1])).toEqual(["填报值", "未出台", "1-2分", "2021-08-31", "已印发"]);
});

test("a multiple choice exported as the chosen options joined: each one chosen", () => {
  const form: CellValue[][] = [["表单内容"], ["专栏公示内容（多选）", "创建方案、项目基本信息、项目建设进度"], ["是否设立征求意见或监督举报窗口", "否"]];
  const r = Object.fromEntries(readFactsSheet({ name: "审批单", rows: form }, GD_2019).entries.map((e) => [e.key, e.value]));
  expect(r.disclosurePlan).toBe("是");
  expect(r.disclosureProjects).toBe("是");
  expect(r.disclosureProgress).toBe("是");
  expect(r.disclosureWindow).toBe("否");
});
