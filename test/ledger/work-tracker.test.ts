/**
 * A bureau's whole work tracker handed in as the facts sheet (徐闻: 重点工作任务推进台账): other work beside
 * the programme's, the programme's lines ticked under 示范考评, 量化目标 and 时限要求 beside the 推进情况,
 * and a 自评分 on the judged tasks only.
 */
import type { CellValue } from "../../src/core/grid";
import { withProgrammeRowsOnly } from "../../src/ledger/facts/programme-rows";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某县商务局2021年重点工作任务推进台账"],
  ["序号", "工作类别", "工作任务", "责任股室", "责任人", "量化目标", "时限要求", "推进情况（截至8月31日）", "完成值", "单位", "示范考评", "自评分", "备注"],
  ["4", "消费", "社会消费品零售总额增长", "市场股", "邓××", "增长8%", "全年", "1—7月社会消费品零售总额58.6亿元，同比增长11.2%", 58.6, "亿元", null, null, null],
  ["8", "基础", "全县常住人口（考评基数）", "电商股", "庞××", "—", "—", "采用第七次全国人口普查数据", 59.31, "万人", "√", null, null],
  ["9", "基础", "行政村数", "电商股", "庞××", "—", "—", "全县行政村120个", 120, "个", "√", null, null],
  [
    "12",
    "组织",
    "制定示范县创建工作方案",
    "电商股",
    "庞××",
    "正式印发",
    "2019年12月底",
    "已印发《某县电子商务进农村综合示范县创建工作方案》",
    "已印发",
    "—",
    "√",
    2,
    null,
  ],
  ["14", "组织", "建立项目管理制度", "电商股", "庞××", "制度健全", "2020年3月", "制定项目管理办法、项目验收办法，按制度开展招标和验收", "已建立", "—", "√", 2, null],
  ["22", "上行", "网络促销活动", "电商股", "庞××", "开展促销活动", "持续", "举办网络促销活动8场", 8, "场", "√", 2, null],
  ["38", "党建", "党史学习教育", "机关党支部", "梁××", "完成规定动作", "2021年", "开展专题学习12次", 12, "次", null, null, null],
];

test("only the lines ticked under 示范考评 are the programme's", () => {
  const out = withProgrammeRowsOnly({ name: "重点工作台账", rows }).rows;
  expect(out[2].every((v) => v === null)).toBe(true);
  expect(out[8].every((v) => v === null)).toBe(true);
  expect(out[3]).toBe(rows[3]);
  expect(out[1]).toBe(rows[1]);
  // A column of answers, ticked throughout, marks nothing out.
  const all = rows.map((row, r) => (r > 1 ? row.map((v, c) => (c === 10 ? "√" : v)) : row));
  expect(withProgrammeRowsOnly({ name: "t", rows: all }).rows).toBe(all);
});

test("the tracker's 自评分 are the tasks' items' points, no indicator's claims; other work is no fact", () => {
  const r = readFactsSheet({ name: "重点工作台账", rows }, GD_2019);
  const value = (k: string) => r.entries.find((e) => e.key === k)?.value;
  expect([value("residentPopulation"), value("adminVillagesStated")]).toEqual([59.31, 120]);
  expect(Number(value("judged:org.plan"))).toBe(2);
  // A "—" in the unit column is no unit; 8 场 is the 完成值's count, the 自评分 the item's points.
  expect(Number(value("judged:org.management.system"))).toBe(2);
  expect(r.entries.find((e) => e.key === "judged:work.upward.promotion")?.cell).toBe("L8");
  expect(r.claims).toEqual([]);
  expect(r.entries.some((e) => e.value === 58.6 || e.value === 12)).toBe(false);
});
