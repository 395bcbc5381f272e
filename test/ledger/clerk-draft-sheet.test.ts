/**
 * A clerk's own draft (武江 自评底稿): questions in spoken words ("谁挂帅", "哪些单位在里面"), the
 * answers beside them, a 专栏 line answered "有：创建方案、项目信息、建设进度都挂了，监督举报电话也有",
 * and a score summary under its own header whose name column says in brackets it is the clerk's
 * naming (指标（我们的叫法） | 满分 | 自评).
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["编号", "要点（我们的说法）", "情况", "自评", "材料在哪"],
  ["1", "谁挂帅", "区长（区委副书记、区长任领导小组组长，分管副区长任副组长）", null, "第1盒"],
  ["2", "哪些单位在里面", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局", null, "第1盒"],
  ["3", "扶持政策", "出台了扶持办法，兑现不多", 1, "第1盒"],
  ["4", "政府网专栏", "有：创建方案、项目信息、建设进度都挂了，监督举报电话也有", null, "截图"],
  ["5", "常住人口", "36.79万人（七普）", null, null],
  ["6", "行政村", "58个", null, null],
  ["7", "省定贫困村", "9个", null, null],
  ["8", "培训人次", "3,766人次", null, null],
  ["9", "省级资金下达", "500万元", null, null],
  ["10", "按进度拨付", "个别滞后", 4, null],
  [],
  ["十一、自评得分汇总"],
  ["序", "指标（我们的叫法）", "满分", "自评", "差在哪"],
  ["1", "政策", 2, 1, "落实一般"],
  ["2", "资金拨付", 5, 4, "个别滞后"],
];

test("the members asked in the clerk's words are the group's departments, led by the 区长 the draft names", () => {
  const read = readLedgers({ sheets: [{ name: "自评底稿", rows }] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  expect(input.facts.departments?.kind === "text" && input.facts.departments.value).toMatch(/^区商务局、区财政局/);
  expect(input.facts.leadershipLevel?.kind === "text" && input.facts.leadershipLevel.value).toBe("principal-all");
});

test("things listed as all done, and one added with 也有, are each done", () => {
  const read = Object.fromEntries(readFactsSheet({ name: "自评底稿", rows }, GD_2019).entries.map((e) => [e.key, e.value]));
  expect(read.disclosurePlan).toBe("是");
  expect(read.disclosureProjects).toBe("是");
  expect(read.disclosureProgress).toBe("是");
  expect(read.disclosureWindow).toBe("是");
});

test("the score summary is read under its own header: its 满分 are no judged points", () => {
  const sheet = readFactsSheet({ name: "自评底稿", rows }, GD_2019);
  const judged = Object.fromEntries(sheet.entries.filter((e) => e.key.startsWith("judged:")).map((e) => [e.key, e.value]));
  // (Read as the table above it, 政策 | 2 | 1 gave 政策支持 2 points and 资金拨付 5.)
  expect(judged["judged:org.policy"]).toBeUndefined();
  expect(judged["judged:fund.spending"]).toBe(4);
  expect(Object.fromEntries(sheet.claims.map((c) => [c.indicator, c.value]))["org.policy"]).toBe(1);
});
