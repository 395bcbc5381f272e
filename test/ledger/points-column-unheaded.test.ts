/**
 * A table whose header the reader does not make out (a 5W2H 梳理表: What | Why | Who | … | 自评分) still
 * has a column headed 自评分: the clerk's points there are no figure of the line beside them — a 4
 * beside "…建设进度…" is no 4% progress (which would veto the county).
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某区电子商务进农村综合示范创建重点工作“5W2H”梳理表"],
  ["序号", "What", "Why", "Who", "When", "Where", "How", "How much", "自评分"],
  [null, "做什么", "为什么做", "谁来做", "什么时候", "在哪里", "怎么做（现状）", "做多少", null],
  [10, "信息公开", "接受社会监督", "区经科局", "每月", "区政府网站专栏", "公示创建方案✔ 项目基本信息✔ 建设进度✔ 监督举报窗口✔", "累计发布17条", 4],
];

test("no progress, no figure read from the 自评分 column", () => {
  const r = readFactsSheet({ name: "5W2H梳理表", rows, merges: [{ top: 1, left: 8, bottom: 2, right: 8 }] }, GD_2019);
  expect(r.entries.filter((e) => e.cell === "I4" && !e.key.startsWith("judged:")).map((e) => e.key)).toEqual([]);
  expect(r.entries.find((e) => e.key === "overallProgress")).toBeUndefined();
});
