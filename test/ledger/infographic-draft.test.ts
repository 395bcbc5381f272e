/**
 * An infographic's text draft (一图读懂) as the facts sheet: a design element a row, its code saying
 * what the text is (数 / 单 / 注 one figure, ✔ / ✘ an item done or not, 文 prose), 删 elements off the
 * page, the checker's column no answers; the self-scores in a small table under it, each indicator's
 * full mark in its brackets.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["《一图读懂｜某县电商进农村这两年》文字稿（第2稿）"],
  ["序号", "版块", "元素", "文字内容", "设计要求", "核对"],
  [1, "县情", "标", "县情底数", "图标：地图", null],
  [2, null, "数", "28.65", "大号数字", "✔ 七普公报"],
  [3, null, "单", "万人", null, null],
  [4, null, "注", "全县常住人口（第七次全国人口普查）", null, null],
  [5, null, "数", "36.4", null, "删（户籍人口不上图）"],
  [6, null, "单", "万人", null, "删"],
  [7, null, "注", "户籍人口", null, "删"],
  [8, "上行", "数", "2.35", null, "✔"],
  [9, null, "单", "亿元", null, null],
  [10, null, "注", "2020年农产品网络零售额，同比增长31.5%（2019年1.79亿元）", null, null],
  [11, "中心", "✔", "免费培训室及电脑、直播设备，常态化开展电商基础培训", null, "✔"],
  [12, null, "✘", "摄影、美工服务（按成本价收费）", "灰色", "✔ 如实写"],
  [13, null, "✔", "网店代运营、供应链对接、电商金融对接等增值服务", null, "✔"],
  [14, "底线", "✔", "创建期间未发生安全生产、质量事故", null, "✔"],
  [15, null, "✔", "所报数据真实，无弄虚作假", null, "✔"],
  [],
  ["附：自评得分（不上图）"],
  ["序号", "评价指标（满分）", "自评分", "说明"],
  [1, "组织领导（2）", 2, null],
  [2, "资金管理制度（5）", 4, null],
];

test("each figure beside its caption (in its sentence when the caption says more), a 删 element not read", () => {
  const r = readFactsSheet({ name: "文字稿", rows }, GD_2019);
  const values = (k: string) => r.entries.filter((e) => e.key === k).map((e) => e.value);
  expect(values("residentPopulation")).toEqual(["28.65万人"]);
  expect(values("agriRetail2020")).toEqual(["2.35亿元"]);
  expect(values("agriRetail2019")).toEqual(["1.79亿元"]);
  expect(values("agriRetailGrowthStated")).toEqual(["31.5%"]);
});

test("a ✔ line says what was done, a ✘ line what was not; a veto line saying it did not happen is a no", () => {
  const r = readFactsSheet({ name: "文字稿", rows }, GD_2019);
  const value = (k: string) => r.entries.find((e) => e.key === k)?.value;
  expect(value("centerFreeTraining")).toBe("是");
  expect(value("centerPhoto")).toBe("否");
  expect(value("centerOther")).toBe("是");
  expect(value("vetoIncident")).toBe("否");
  expect(value("vetoFraud")).toBe("否");
});

test("the self-scores under it are claims, each indicator's full mark in its brackets", () => {
  const r = readFactsSheet({ name: "文字稿", rows }, GD_2019);
  expect(r.claims.map((c) => [c.indicator, c.value])).toEqual([
    ["org.leadership", 2],
    ["fund.system", 4],
  ]);
});

test("a veto line worded as not happening and answered 是 (or ticked) is a no, one worded plainly a yes", () => {
  const table: CellValue[][] = [
    ["事项", "情况"],
    ["创建期间未发生安全生产、质量事故", "是"],
    ["所报数据真实，无弄虚作假", "✔"],
  ];
  const value = (t: CellValue[][], k: string) => readFactsSheet({ name: "承诺", rows: t }, GD_2019).entries.find((e) => e.key === k)?.value;
  expect(value(table, "vetoIncident")).toBe("否");
  expect(value(table, "vetoFraud")).toBe("否");
  expect(
    value(
      [
        ["事项", "情况"],
        ["发生安全生产、质量事故", "是"],
      ],
      "vetoIncident",
    ),
  ).toBe("是");
});
