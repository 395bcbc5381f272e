/**
 * An advertising firm's bill for the inspection's banners and boards, handed in as the facts sheet
 * (惠来 117th, 云浮新区 118th): only what each print says is read, its items parted by the board's
 * ｜ · → as a reviewer parts them; sizes, prices and amounts are no facts, a print struck off is none.
 */
import type { Sheet } from "../../src/core/grid";
import { clausesOf } from "../../src/ledger/facts/sentences";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const bill: Sheet = {
  name: "物料结算清单",
  rows: [
    ["某新区电子商务进农村综合示范考评迎检宣传物料制作结算清单", null, null, null, null, null, null],
    ["序号", "物料名称", "规格（cm）", "数量", "金额（元）", "画面文字内容", "备注"],
    [1, "X展架", "80×180", 1, 85, "数说新区电商①（数据截至2021年8月31日）：常住人口13.8万人｜行政村41个，其中省定贫困村5个", null],
    [2, "展板", "120×240", 1, 260, "新区电子商务公共服务中心｜2020年12月8日开业｜免费培训·免费展示展销·免费摄影美工·“新区好物”品牌推广·代办商标、物流对接", null],
    [3, "墙贴", "300×150", 1, 980, "创建工作领导小组｜组长：新区党工委书记｜成员单位：经济发展局（商务）、财政局、农业农村局、乡村振兴局", null],
    [4, "墙贴", "500×150", 1, 1200, "创建历程｜2019年12月　印发《新区电子商务进农村综合示范创建工作方案》→ 2020年6月　出台《新区农村电商扶持办法》", null],
    [5, "X展架", "80×180", 3, 255, "扫码进入新区门户网站“电商进农村”专栏：创建方案｜项目信息｜建设进度｜意见征集与监督举报", null],
    [6, "X展架", "80×180", 1, 0, "数说新区电商①：常住人口13.2万人｜行政村41个", "画面数据有误作废，已按第1项重做，不结算"],
    ["合计", null, null, null, 2780, null, null],
  ],
};

test("a board's ｜ · → part its items, never inside quotes", () => {
  expect(clausesOf("免费培训·免费展示展销｜代办商标")).toEqual(["免费培训", "免费展示展销", "代办商标"]);
  expect(clausesOf("印发《方案》→ 出台《办法》")).toEqual(["印发《方案》", "出台《办法》"]);
  expect(clausesOf("河源市“电商进农村·县域擂台赛”路演")).toEqual(["河源市“电商进农村·县域擂台赛”路演"]);
});

test("what each print says is read; its size, price and amount are not, nor a print struck off", () => {
  const r = readLedgers({ sheets: [bill] }, GD_2019);
  const input = toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  const num = (k: string) => (input.facts[k]?.value as { toNumber(): number } | undefined)?.toNumber();
  expect([num("residentPopulation"), num("adminVillagesStated"), num("poorVillagesStated")]).toEqual([138000, 41, 5]);
  const yes = [
    "centerFreeTraining",
    "centerDisplay",
    "centerPhoto",
    "centerBrand",
    "centerOther",
    "planIssued",
    "policyIssued",
    "disclosurePlan",
    "disclosureProjects",
    "disclosureProgress",
    "disclosureWindow",
  ];
  expect(yes.filter((k) => input.facts[k]?.value !== true)).toEqual([]);
  expect(input.facts.leadershipLevel?.value).toBe("principal-all");
  expect(r.ledgers.facts.find((e) => e.key === "residentPopulation")?.cell).toBe("F3");
});
