/**
 * A facts sheet kept as the inspection-day slides' outline (佛冈): 页码 | 版式 | 页面标题 | 页面文字（要点）
 * | 讲稿（演讲者备注）, each slide's points as ▪ bullets with indented lines under them, the self-score
 * table pasted under the outline.
 */
import type { CellValue } from "../../src/core/grid";
import { saidColumns, withSaidColumnOnly } from "../../src/ledger/facts/said-log";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某县创建工作汇报（迎检PPT）——大纲及讲稿"],
  ["页码", "版式", "页面标题", "页面文字（要点）", "讲稿（演讲者备注）"],
  ["3", "两栏内容", "一、县情概况", "▪ 辖6个镇，52个行政村、9个社区\n▪ 常住人口31.60万人（第七次全国人口普查）", "全县户籍人口约33.1万人。"],
  [
    "4",
    "标题和内容",
    "（一）高位推动",
    "▪ 成立创建工作领导小组\n　组长：县委副书记、县长\n　成员：县商务局、县财政局、县农业农村局、县乡村振兴局\n▪ 领导小组召开工作会议6次",
    "2019年10月我县成立领导小组，由县委副书记、县长任组长。",
  ],
  ["10", "标题和内容", "（七）电商人才培训", "▪ 累计开展电商培训49期、2,905人次（截至2021年8月31日）", null],
  ["14", "标题和内容", "三、下一步打算", "▪ 下一步：2021年底前完成全部资金拨付，全年培训突破3,500人次", null],
  ["15", "标题和表格", "四、自评情况", "（表格，见下方）", null],
  [null, "表格", "评价指标", "分值", "自评分", "自评说明"],
  [null, null, "组织领导", 2, 2, "县长任组长"],
  [null, null, "电商人才培训", 20, 18, "培训人次占常住人口0.92%得8分"],
];

test("the outline ends where the pasted table's header begins; its bullets become sentences, the roles under one clauses", () => {
  expect(saidColumns({ name: "PPT大纲", rows })).toEqual({ row: 1, cols: [3, 4], end: 7 });
  const out = withSaidColumnOnly({ name: "PPT大纲", rows }).rows;
  expect(out[2]).toEqual([null, null, null, "辖6个镇，52个行政村、9个社区。常住人口31.60万人（第七次全国人口普查）。", "全县户籍人口约33.1万人。"]);
  expect(out[3][3]).toBe("成立创建工作领导小组，县委副书记、县长任组长，县商务局、县财政局、县农业农村局、县乡村振兴局为成员单位。领导小组召开工作会议6次。");
  // The table under the outline is the sheet's own.
  expect(out[7]).toBe(rows[7]);
  expect(out[9]).toBe(rows[9]);
});

test("the slides' facts and the pasted table's claims are read; what comes next is no fact", () => {
  const r = readFactsSheet({ name: "PPT大纲", rows }, GD_2019);
  const value = (k: string) => r.entries.find((e) => e.key === k)?.value;
  expect([value("residentPopulation"), value("adminVillagesStated")]).toEqual(["31.60万人", "52个"]);
  expect(value("trainingPersonTimesStated")).toBe("2,905人次");
  expect(r.entries.some((e) => String(e.value).includes("3,500"))).toBe(false);
  const claims = Object.fromEntries(r.claims.map((c) => [c.indicator, c.value]));
  expect(claims).toMatchObject({ "org.leadership": 2, "work.training": 18 });
});
