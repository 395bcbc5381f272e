/**
 * A bureau's weekly report handed in as the facts (端州): 工作事项 | 累计完成情况（截至8月31日） | 本周进展 |
 * 下周计划 | 责任股室, and below it a table of its own, the self-scores (评价指标 | 评分项 | 分值 | 拟自评分).
 * The running total answers; the week's work is part of it and the next week's is not done yet.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某区电子商务进农村综合示范创建工作周报"],
  ["序号", "板块", "工作事项", "累计完成情况（截至8月31日）", "本周进展（8.23—8.31）", "下周计划（9.1—9.7）", "责任股室"],
  [1, "一、统筹协调", "区情基础数据", "常住人口63.18万人（第七次全国人口普查）。", "—", "—", "电商股"],
  [
    2,
    "二、服务体系",
    "区电子商务公共服务中心",
    "2020年10月18日正式投入运营。设特色农产品展示展销区，免费展示、代销；摄影棚、美工室对电商企业开放，按成本价收费。",
    "接待考察2批次。",
    "配合考评组现场查看。",
    "电商股",
  ],
  [3, "四、人才培训", "电商培训", "累计开展电商培训22期4,912人次。", "8月26日举办第22期培训，186人次。", "9月3日举办第23期培训（预计200人次）。", "电商股"],
  [null],
  ["附：主观评分项拟自评分"],
  ["序号", "评价指标", "评分项", "分值", "拟自评分", "说明"],
  [1, "方案制定", "工作方案因地制宜，可操作性较强", "1-2分", 2, null],
];

test("the running total's facts, the fee clause saying the studio is not free, the points table below read by its own columns", () => {
  const r = readFactsSheet({ name: "工作周报", rows }, GD_2019);
  const read = (k: string) => r.entries.filter((e) => e.key === k).map((e) => [e.cell, e.value]);
  expect(read("residentPopulation")).toEqual([["D3", "63.18万人"]]);
  expect(read("centerOpened").map(([cell, v]) => [cell, String(v).startsWith("2020年10月18日")])).toEqual([["D4", true]]);
  expect(read("centerPhoto")).toEqual([["D4", "否"]]);
  expect(read("trainingPersonTimesStated")).toEqual([["D5", "4,912人次"]]);
  expect(read("judged:org.plan")).toEqual([["E9", 2]]);
});
