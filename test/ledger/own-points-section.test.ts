/**
 * 仁化's data table for two programmes side by side (省级 | 国家级): its last section, 十、自评得分（省考评）,
 * lists the county's points per indicator in the table's own columns (项目 | 单位 分 | 省级 column),
 * under no header of its own; the section before it scores judged items (分（1-2）).
 */
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const head = ["序号", "项目", "单位", "2019年省级示范（报省考评）", "2020年国家级示范（商务部绩效评价）", "备注"];
const facts = [
  ["一、基本情况", null, null, null, null, null],
  [1, "常住人口", "万人", 19.62, null, "第七次人口普查"],
  [2, "行政村", "个", 117, null, null],
  [3, "培训人次", "人次", "2,315", "3,460", "国家级栏含省级项目"],
  ["九、主观评分项自评（省考评适用）", null, null, null, null, null],
  [4, "方案制定", "分（1-2）", 2, "—", null],
  [5, "政策支持", "分（1-2）", 2, null, null],
];
const points = [
  ["十、自评得分（省考评）", null, null, null, null, null],
  [6, "组织领导", "分", 2, "（不适用）", "满分2"],
  [7, "方案制定", "分", 2, null, "满分2"],
  [8, "政策支持", "分", 2, null, "满分2"],
  [9, "项目管理", "分", 4, null, "满分4"],
  [10, "电商人才培训", "分", 20, null, "满分20"],
  [11, "资金支出", "分", 4, null, "满分5"],
  [null, "合计", "分", 34, null, null],
];

test("a last section of points per indicator in 分 is read as the county's claims, the judged items above it as items", () => {
  const r = readFactsSheet({ name: "两项目数据对照", rows: [head, ...facts, ...points] }, GD_2019);
  expect(Object.fromEntries(r.claims.map((c) => [c.indicator, c.value]))).toEqual({
    "org.leadership": 2,
    "org.plan": 2,
    "org.policy": 2,
    "org.management": 4,
    "work.training": 20,
    "fund.spending": 4,
  });
  expect(r.claims.find((c) => c.indicator === "work.training")?.cell).toBe("D14");
  const judged = r.entries.filter((e) => e.key === "judged:org.plan" || e.key === "judged:org.policy").map((e) => [e.key, e.value]);
  expect(judged).toEqual([
    ["judged:org.plan", 2],
    ["judged:org.policy", 2],
  ]);
  expect(r.entries.find((e) => e.key === "residentPopulation")?.value).toBe(19.62);
});

test("a section of fewer lines in 分, or one followed by another section, is no score table", () => {
  const few = readFactsSheet({ name: "数据", rows: [head, ...facts, ...points.slice(0, 3)] }, GD_2019);
  expect(few.claims).toEqual([]);
  const followed = readFactsSheet({ name: "数据", rows: [head, ...facts, ...points, ["十一、备注", null, null, null, null, null]] }, GD_2019);
  expect(followed.claims).toEqual([]);
});
