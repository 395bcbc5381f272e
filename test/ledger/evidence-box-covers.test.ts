/**
 * 空港's facts as its evidence boxes' printed covers, three to a row (each the same form, 4 columns
 * wide, a blank column between covers, a blank row between pages): box 00 the zone's basic facts,
 * then a box per indicator (评价指标 | 分值, 自评得分, 盒内材料目录, 备考), read across then down.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { cardParts } from "../../src/ledger/facts/card-grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { leaderLevel } from "../../src/ledger/leader";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { readLedgers } from "../../src/ledger/read";

const TITLE = "揭阳空港经济区电子商务进农村综合示范创建考评佐证材料";
type Card = CellValue[][];

const basics: Card = [
  [TITLE, null, null, null],
  ["盒　号", "第00盒（共6盒）", null, null],
  ["内　容", "基本情况及自评汇总", null, null],
  ["县（市、区）", "揭阳空港经济区", "考评截止日期", "2021年8月31日"],
  ["常住人口", "26.83万人", "行政村", "40个"],
  ["备　考", "01—05盒对应评价指标", null, null],
];
const indicator = (box: string, name: string, weight: number, points: number, materials: string[], remark: string): Card => [
  [TITLE, null, null, null],
  ["盒　号", box, null, null],
  ["评价指标", name, "分　值", weight],
  ["自评得分", points, "责任单位", "区经济发展局"],
  ["盒内材料目录", null, null, null],
  ...materials.map((m): CellValue[] => [m, null, null, null]),
  ["备　考", remark, null, null],
];

/** Cards laid three to a row, a blank column after each, a blank row after each band. */
function page(cards: Card[]): Sheet {
  const rows: CellValue[][] = [["档案盒盒面（打印稿，每页三个盒面）", ...Array<CellValue>(13).fill(null)]];
  for (let b = 0; b < cards.length; b += 3) {
    const band = cards.slice(b, b + 3);
    const height = Math.max(...band.map((c) => c.length));
    for (let r = 0; r < height; r++)
      rows.push(
        band
          .flatMap((card, i) => [...(card[r] ?? [null, null, null, null]), ...(i < 2 ? [null] : [])])
          .concat(Array<CellValue>(14).fill(null))
          .slice(0, 14),
      );
    rows.push(Array<CellValue>(14).fill(null));
  }
  return { name: "盒面（打印）", rows };
}

const covers = page([
  basics,
  indicator(
    "第01盒",
    "组织领导",
    2,
    2,
    ["①领导小组通知"],
    "组长：区党工委书记；副组长：管委会分管副主任；成员单位：区经济发展局（商务）、区财政局、区农业农村局、区乡村振兴局",
  ),
  indicator("第02盒", "方案制定", 2, 2, ["①《创建工作方案》（2019年12月26日正式印发）"], "方案已正式印发，自评2分"),
  indicator("第03盒", "项目管理", 4, 3, ["①项目管理制度"], "项目管理制度2分；工作台账1分（部分台账为事后补录）"),
  indicator("第04盒", "服务体系建设（县级中心与产业园）", 15, 14, ["①公共服务中心运营资料（2020年12月18日投入运营）"], "为特色农产品免费展示、销售"),
]);

test("the covers are laid out one under another, each indicator's a line of a score table", () => {
  const parts = cardParts(covers);
  expect(parts).toHaveLength(2);
  const [forms, scores] = parts!;
  expect(scores.sheet.rows.map((r) => r.slice(0, 2))).toEqual([
    ["评价指标", "自评分"],
    ["组织领导", 2],
    ["方案制定", 2],
    ["项目管理", 3],
    ["服务体系建设（县级中心与产业园）", 14],
  ]);
  // 方案制定's points are on its cover in the third card of the first band (column K), row 5.
  expect(scores.cellOf(2, 1)).toEqual({ r: 4, c: 11 });
  expect(forms.sheet.rows.some((r) => r[0] === "县（市、区）" && r[1] === "揭阳空港经济区")).toBe(true);
});

test("read as a reviewer reads the covers: the facts, the claims, the judged items, the opening, the leader", () => {
  const r = readFactsSheet(covers, GD_2019);
  const at = (key: string) => r.entries.filter((e) => e.key === key).map((e) => [e.value, e.cell]);
  expect(at("county")).toEqual([["揭阳空港经济区", "B5"]]);
  expect(at("residentPopulation")).toEqual([["26.83万人", "B6"]]);
  expect(at("centerOpened").map(([v]) => v)).toEqual(["2020年12月18日"]);
  expect(Object.fromEntries(r.claims.map((c) => [c.indicator, c.value]))).toMatchObject({ "org.leadership": 2, "org.plan": 2, "org.management": 3, "work.center": 14 });
  expect(at("judged:org.management.system").map(([v]) => v)).toEqual(["2分"]);
  expect(r.claims.find((c) => c.indicator === "org.leadership")?.note).toContain("区党工委书记");
});

test("a zone's 党工委书记 and 管委会主任 are its principal leaders, a 管委会副主任 a deputy", () => {
  expect(leaderLevel("区党工委书记")).toBe("principal");
  expect(leaderLevel("管委会主任")).toBe("principal");
  expect(leaderLevel("管委会分管副主任")).toBe("deputy");
  expect(leaderLevel("党工委副书记")).toBe("deputy");
});

test("two rows that repeat a text in columns with filled columns between are no cards", () => {
  const triples: Sheet = {
    name: "三元组",
    rows: [
      ["ID", "头实体", "类型", "关系", "尾实体"],
      ["K1", "金平区", "行政区划", "县级区划名称", "金平区"],
      ["K2", "金平区", "行政区划", "常住人口", "83.86"],
      ["K3", "金平区", "行政区划", "县级区划名称", "金平区"],
      ["K4", "金平区", "行政区划", "下辖行政村数", "23"],
    ],
  };
  expect(cardParts(triples)).toBeUndefined();
});

test("the zone's village list answers 快递物流是否进村 village by village", () => {
  const villages: Sheet = {
    name: "附表1 村居名单",
    rows: [
      ["序号", "镇（街道）", "村（居）委会", "类别", "是否省定贫困村", "快递物流是否进村", "备注"],
      [1, "地都镇", "蓬洲村", "行政村", "否", "是", null],
      [2, "地都镇", "仙滘村", "行政村", "是", "否", "快递企业未设点，由镇邮政所代投"],
    ],
  };
  const r = readLedgers({ sheets: [villages] }, GD_2019);
  expect(r.ledgers.villages.map((v) => [v.name, v.express])).toEqual([
    ["蓬洲村", true],
    ["仙滘村", false],
  ]);
});
