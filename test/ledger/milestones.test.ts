/**
 * A milestones table (封开: 工作节点 | 计划完成时间 | 实际完成时间 | 佐证): a thing is done when its actual
 * column holds a day, and not when it says —, 未设立 or （未完成，调整至…）; the planned day is no fact.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某县关键节点完成情况表"],
  ["序号", "工作节点", "计划完成时间", "实际完成时间", "佐证材料", "备注"],
  [2, "正式印发示范县创建工作方案", "2019年12月", "2020年1月6日", "封府办〔2020〕2号", null],
  [3, "出台支持农村电商发展的政策措施", "2020年6月", "—", null, "已起草，尚在征求意见"],
  [4, "县级电子商务公共服务中心投入运营", "2020年9月", new Date(Date.UTC(2020, 9, 28)), "运营启动仪式报道", null],
  [7, "中心免费摄影、美工服务", "2020年10月", "（未完成，调整至2021年10月）", null, "摄影棚在装修"],
  [16, "专栏设立监督举报窗口", "2020年3月", "未设立", null, "计划9月底前补设"],
  [19, "承建单位建立资金专用台账", "2020年5月", "2020年5月", "资金台账", null],
];

const entries = Object.fromEntries(readFactsSheet({ name: "节点", rows }, GD_2019).entries.map((e) => [e.key, [e.value, e.cell]]));

test("a day in 实际完成时间 is done on that day, in its own cell", () => {
  expect(entries.planIssued).toEqual(["已完成（2020年1月6日）", "D3"]);
  expect(entries.centerOpened).toEqual(["已完成（2020-10-28）", "D5"]);
  expect(entries.fundLedgerKept).toEqual(["已完成（2020年5月）", "D8"]);
});

test("—, 未设立 and （未完成，调整至…） are not done; the planned days say nothing", () => {
  expect(entries.policyIssued).toEqual(["未完成", "D4"]);
  expect(entries.centerPhoto).toEqual(["未完成", "D6"]);
  expect(entries.disclosureWindow).toEqual(["未完成", "D7"]);
});
