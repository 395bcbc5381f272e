/**
 * A countdown schedule kept in versions side by side (曲江: 事项 | 单位 | 8月23日（D-9） | 8月26日（D-6） |
 * 8月30日（D-2） | 定稿（9月1日） | 备注): the final column answers, every dated update before it is the
 * way there; "同8月30日" in the final column is that version's value; the score table under it, in the
 * same versions beside its 满分, is the clerk's claims from the final column.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const versions = ["8月23日（D-9）", "8月26日（D-6）", "8月30日（D-2）", "定稿（9月1日）"];
const rows: CellValue[][] = [
  ["某区电子商务进农村综合示范创建考评迎检倒计时调度表"],
  ["说明：每次调度会后更新一栏；一律以“定稿”栏为准，前三栏仅留作过程记录。"],
  ["序号", "事项", "单位", ...versions, "备注"],
  [1, "常住人口", "万人", "待统计局回复", "30.1（初步）", 30.12, "同8月30日", "七普"],
  [2, "创建工作领导小组组长", "—", "常务副区长", "区委副书记、区长", "区委副书记、区长", "区委副书记、区长", null],
  [3, "支持农村电商发展的政策", "—", "起草中", "征求意见", "已审议", "未印发", null],
  [4, "为电子商务市场主体提供免费摄影、美工服务", "有/无", "有", "有", "核实为收费", "无", null],
  [5, "2020年农产品网络零售额", "亿元", 1.58, 1.58, "1.71（更正）", 1.71, null],
  [6, "政策支持（1-2分）", "分", 2, 2, 1, 1, null],
  [7, "资金管理制度（1-5分）", "分", 5, 4, 4, 4, null],
  ["九、自评得分（按考评指标）"],
  ["序号", "评价指标", "满分", ...versions, "备注"],
  [1, "组织领导", 2, 1, 2, 2, 2, null],
  [2, "政策支持", 2, 2, 2, 1, 1, null],
  [3, "制度建立", 5, 5, 4, 4, 4, null],
  ["合计", null, 9, 8, 8, 7, 7, null],
];

const read = readFactsSheet({ name: "倒计时调度表", rows }, GD_2019);
const entries = Object.fromEntries(read.entries.map((e) => [e.key, [e.value, e.cell]]));

test("the final version answers, never a dated update", () => {
  expect(entries.leadTitle).toEqual(["区委副书记、区长", "G5"]);
  expect(entries.policyIssued).toEqual(["未印发", "G6"]);
  expect(entries.centerPhoto).toEqual(["无", "G7"]);
  expect(entries.agriRetail2020).toEqual([1.71, "G8"]);
  expect(entries["judged:org.policy"]).toEqual([1, "G9"]);
  expect(entries["judged:fund.system"]).toEqual([4, "G10"]);
});

test("同8月30日 in the final version is that version's value", () => {
  expect(entries.residentPopulation).toEqual([30.12, "G4"]);
});

test("the score table in the same versions gives the final column's points as the claims", () => {
  expect(read.claims.map((c) => [c.indicator, c.value, c.cell])).toEqual([
    ["org.leadership", 2, "G13"],
    ["org.policy", 1, "G14"],
    ["fund.system", 4, "G15"],
  ]);
});
