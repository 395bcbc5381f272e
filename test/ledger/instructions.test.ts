/**
 * A draft sent up on a 呈批表: the head's 批示 changes lines of the 拟报稿 below (附表第N项…改为“无”,
 * 常住人口按七普数报（…万人）, 某项自评改为1分). What was sent is the draft as instructed; the 拟办意见
 * (the clerk's own proposal) changes nothing.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const head = (instruction: string): CellValue[][] => [
  ["某区商务局文件呈批表"],
  ["拟办意见", "拟按附表报送，网络促销活动改为2分。当否，请批示。"],
  ["主要领导批示", instruction],
  ["办理结果", "已按局长批示修改。"],
  [],
  ["附表：考评基础数据（拟报稿）"],
  ["序号", "项目", "拟报数据", "单位", "数据来源", "备注"],
  [1, "常住人口", 98.61, "万人", "统计年鉴", "七普为96.82万人"],
  [2, "免费培训场所、设备", "有", "—", null, null],
  [3, "免费摄影、美工服务", "有", "—", null, null],
  [],
  ["序号", "评分项", "自评分", "分值范围"],
  [1, "网销调研", 2, "1-2"],
  [2, "网络促销活动", 2, "1-2"],
];

const entries = (instruction: string) =>
  Object.fromEntries(readFactsSheet({ name: "呈批件", rows: head(instruction) }, GD_2019).entries.map((e) => [e.key, [e.value, e.cell]]));

test("each numbered instruction sets the line it names, in the line's own cell", () => {
  const got = entries(
    "1.常住人口统一按七普数报（96.82万人），不用年鉴数。\n2.摄影、美工服务是收费的，附表第3项不能报“有”，改为“无”。\n3.网络促销活动只搞了两场，自评改为1分。\n其余同意。",
  );
  expect(got.residentPopulation).toEqual([96.82, "C8"]);
  expect(got.centerPhoto).toEqual(["无", "C10"]);
  expect(got.centerFreeTraining).toEqual(["有", "C9"]);
  expect(got["judged:work.upward.promotion"]).toEqual([1, "C14"]);
});

test("an instruction that only agrees changes nothing; nor does the clerk's 拟办意见", () => {
  const got = entries("同意。");
  expect(got.residentPopulation).toEqual([98.61, "C8"]);
  expect(got.centerPhoto).toEqual(["有", "C10"]);
  expect(got["judged:work.upward.promotion"]).toEqual([2, "C14"]);
});
