/**
 * A gap analysis (对标找差) as the facts sheet: 考评指标（满分）| 省考评要求 | 我市现状 | 差距和问题 |
 * 迎检前能否补齐 | 预计得分. The estimate is the clerk's claim, the gap and the plan to close it are
 * remarks (never answers), and an indicator's weight may be written only in its name (资金管理制度（5分）).
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["序号", "考评指标（满分）", "省考评要求（摘要）", "我市现状（截至2021年8月31日）", "差距和问题", "迎检前能否补齐", "预计得分", "责任单位"],
  ["一、加强组织领导与统筹协调（10分）"],
  ["2", "方案制定（2分）", "正式印发示范县工作方案", "已印发《某市创建工作方案》（某府办〔2019〕72号）", "无", "—", 2, "市商务局"],
  ["4", "项目管理（4分）", "建立项目管理制度（1-2分）；建立完整工作台账（1-2分）", "制定《项目管理办法》，各类台账已建立", "部分台账为事后补录", "否", 3, "市商务局"],
  [null, "其中：管理制度", "建设、验收环节严格执行制度", "站点、中心建设均按验收办法组织验收", "无", "—", 2, null],
  [null, "其中：工作台账", "详细记录项目建设情况", "台账齐全，2020年部分月份补录", "记录不够及时", "否", 1, null],
  [null, "免费摄影美工", "为电子商务市场主体提供免费摄影、美工服务（1分）", "摄影棚免费使用；美工设计按成本价收费", "美工设计未免费", "否", 0, null],
  ["13", "资金管理制度（5分）", "建立科学有效的资金管理制度且落实（1-5分）", "制定《某市专项资金管理办法》", "无", "—", 5, "市商务局、市财政局"],
  ["14", "资金台账（5分）", "承建方建立资金专用台账（1-5分）", "承建单位均建立资金专用台账", "个别凭证附件不全", "是", 4, "各承建单位"],
];

const read = readFactsSheet({ name: "对标找差", rows }, GD_2019);
const claims = Object.fromEntries(read.claims.map((c) => [c.indicator, [c.value, c.cell]]));
const entries = Object.fromEntries(read.entries.map((e) => [e.key, e.value]));

test("预计得分 is the clerk's claim for each indicator", () => {
  expect(claims["org.plan"]).toEqual([2, "G3"]);
  expect(claims["org.management"]).toEqual([3, "G4"]);
  expect(claims["fund.ledger"]).toEqual([4, "G9"]);
});

test("an indicator named with its weight (资金管理制度（5分）) is claimed, not read as the fact it rests on", () => {
  expect(claims["fund.system"]).toEqual([5, "G8"]);
});

test("the 其中 rows are the items' points; 差距和问题 and 迎检前能否补齐 answer nothing", () => {
  expect(entries["judged:org.management.system"]).toBe(2);
  expect(entries["judged:org.management.ledger"]).toBe(1);
  expect(entries.ruralRetail2020).toBeUndefined();
  expect(entries.parkBuilt).toBeUndefined();
  // Read from the 现状, not from 迎检前能否补齐's 是.
  expect(read.entries.find((e) => e.key === "fundLedgerKept")?.cell).toBe("D9");
});
