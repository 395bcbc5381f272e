/**
 * A self-assessment merged from several desks and put through Excel's 分类汇总 (丰顺): sorted by
 * 评价指标, so the indicators come in pinyin order; each group's "××汇总" row holds the clerk's points
 * for it, the judged items' points are in 分项分, and the county's figures in a 说明 above the table.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { subtotalClaims } from "../../src/ledger/facts/subtotal-claims";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某县电子商务进农村综合示范创建考评自评明细表"],
  ["填报单位：某县商务局　　数据截至：2021年8月31日"],
  ["说明：1.全县常住人口38.26万人（第七次全国人口普查），户籍人口52.1万人；辖11个镇，104个行政村。"],
  ["　　　2.“分项分”为逐项自评的分数；“××汇总”行由分类汇总自动生成。"],
  ["序号", "评价指标", "评分项", "完成情况（截至2021年8月31日）", "分项分", "佐证/备注"],
  [12, "服务体系建设（县级中心）", "其他衍生增值服务", "金融、代办等增值服务尚未开展", 0, "待完善"],
  [9, "服务体系建设（县级中心）", "免费展示、销售", "设展销区，免费展示销售本地农特产品", 1, null],
  [null, "服务体系建设（县级中心） 汇总", null, null, 1, null],
  [18, "农村产品上行", "网销调研", "2020年6月完成农产品网销摸底调查，形成调研报告", 2, null],
  [19, "农村产品上行", "网络促销活动", "举办年货节、直播带货等网络促销活动6场", 1, null],
  [null, "农村产品上行 汇总", null, null, 3, null],
  [4, "项目管理", "项目管理制度", "制定项目管理办法，招标、验收按办法执行", 2, null],
  [5, "项目管理", "工作台账", "建立项目建设工作台账，按月更新", 2, null],
  [null, "项目管理 汇总", null, null, 4, null],
  [null, "总计", null, null, 8, null],
];

test("each group's 汇总 row is the claim for the indicator it names; the 分项分 are the judged items' points", () => {
  const r = readFactsSheet({ name: "自评明细", rows }, GD_2019);
  expect(r.claims.map((c) => [c.indicator, c.value, c.cell])).toEqual([
    ["work.center", 1, "E8"],
    ["work.upward", 3, "E11"],
    ["org.management", 4, "E14"],
  ]);
  const value = (k: string) => r.entries.find((e) => e.key === k)?.value;
  expect(value("judged:work.upward.research")).toBe(2);
  expect(value("judged:work.upward.promotion")).toBe(1);
  expect(value("judged:org.management.system")).toBe(2);
  expect(value("judged:org.management.ledger")).toBe(2);
});

test("a 说明 above the table stating the county's figures is read; a list said undone is no list of things done", () => {
  const r = readFactsSheet({ name: "自评明细", rows }, GD_2019);
  const value = (k: string) => r.entries.find((e) => e.key === k)?.value;
  expect(value("residentPopulation")).toBe("38.26万人");
  expect(value("adminVillagesStated")).toBe("104个");
  expect(value("centerOther")).toBe("否");
  expect(value("centerDisplay")).toBe("是");
});

test("a lone 汇总 label, or fewer than three, is no subtotal output", () => {
  const named = () => GD_2019.indicators[0];
  expect(subtotalClaims({ name: "s", rows: [["电商培训 汇总", 4875]] }, named).claims).toEqual([]);
  expect(subtotalClaims({ name: "s", rows: rows.slice(0, 11) }, named).rows.size).toBe(0);
});
