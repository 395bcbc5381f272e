/**
 * A poor-labour roster that says who works away only by where they work (务工地点), judged against
 * the county its title or note names (also beside a bare 是否务工); a contract table whose payments are written inside one cell;
 * a park's room list with a vacant room described in words.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { parseWorkPlace } from "../../src/ledger/normalize/status";
import { paymentsInCell } from "../../src/ledger/payments-in-cell";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const home = { name: "信宜市", short: "信宜" };

test.each([
  ["信宜市区务工", false],
  ["茂名市茂南区", true],
  ["深圳市宝安区", true],
  ["广州", true],
  ["本镇务工", false],
  ["公益性岗位（本村）", false],
  ["东镇街道（县内）", false],
  ["待业", false],
  ["外出务工", true],
] as const)("务工地点 %s read against 信宜市: away %s", (place, away) => {
  expect(parseWorkPlace(place, home)).toBe(away);
});

test("without the county a bare place says nothing", () => {
  expect(parseWorkPlace("茂名市茂南区", undefined)).toBeUndefined();
});

const roster = (title: string, note: string | null): Sheet => ({
  name: "贫困人口花名册",
  rows: [
    [title, null, null, null, null],
    [note, null, null, null, null],
    ["序号", "姓名", "身份证号码", "劳动力状况", "就业情况", "务工地点"],
    [1, "甲", "440983197401263519", "普通劳动力", "务工", "信宜市区务工"],
    [2, "乙", "440983197806077618", "普通劳动力", "务工", "茂名市茂南区"],
    [3, "丙", "440983199312023459", "普通劳动力", "在家务农", null],
    [4, "丁", "44098319411007567X", "丧失劳动力", null, "—"],
  ],
});

test("the roster's own county comes from its title; a blank workplace takes the 就业情况 beside it", () => {
  const { ledgers } = readLedgers({ sheets: [roster("信宜市建档立卡贫困人口劳动力花名册", null)] }, GD_2019);
  expect(ledgers.poorPersons.map((p) => [p.labour, p.migrant])).toEqual([
    [true, false],
    [true, true],
    [true, false],
    [false, null],
  ]);
});

test("…or from a note saying which places are away (务工地点在信宜市以外的为外出务工)", () => {
  const { ledgers } = readLedgers({ sheets: [roster("建档立卡贫困人口劳动力花名册", "注：务工地点在信宜市以外的为外出务工")] }, GD_2019);
  expect(ledgers.poorPersons.map((p) => p.migrant)).toEqual([false, true, false, null]);
});

test("是否务工 says one works, not that one is away: the 省 | 市 | 县 of a merged 务工地点 beside it decides", () => {
  const monitoring: Sheet = {
    name: "务工监测",
    rows: [
      ["陆河县建档立卡脱贫人口务工就业情况监测表", null, null, null, null, null, null, null],
      ["序号", "姓名", "公民身份号码", "劳动力类型", "是否务工", "务工地点", null, null],
      [null, null, null, null, null, "省", "市", "县（市、区）"],
      [1, "甲", "441523195802257834", "普通劳动力", "是", "广东省", "深圳市", "龙岗区"],
      [2, "乙", "441523197209113564", "普通劳动力", "是", "广东省", "汕尾市", "陆河县"],
      [3, "丙", "441523197210156094", "普通劳动力", "是", "广东省", "汕尾市", "陆丰市"],
      [4, "丁", "441523197901239796", "普通劳动力", "否", null, null, null],
      [5, "戊", "441523198811273557", "技能劳动力", "是", null, null, null],
    ],
    merges: [{ top: 1, left: 5, bottom: 1, right: 7 }, ...[0, 1, 2, 3, 4].map((c) => ({ top: 1, left: c, bottom: 2, right: c }))],
  };
  const { ledgers } = readLedgers({ sheets: [monitoring] }, GD_2019);
  // Inside 陆河县 is at home; 陆丰市, in the same city, is away; a 是 with no place stays as said.
  expect(ledgers.poorPersons.map((p) => p.migrant)).toEqual([true, false, true, false, true]);
});

test("a cell's payments: each clause with a day and an amount, in its own unit; clauses without a day are none", () => {
  const said = (t: string) => paymentsInCell(t, "元").map((p) => [formatDate(p.date), p.amount.toString()]);
  expect(said("①2020.7.15 预付款45万元；\n②2020年12月28日 进度款60万元；\n质保金7.5万元未到期")).toEqual([
    ["2020-07-15", "450000"],
    ["2020-12-28", "600000"],
  ]);
  expect(said("2020/9/25　¥295,800.00\n2021/2/3　¥394,400.00")).toEqual([
    ["2020-09-25", "295800"],
    ["2021-02-03", "394400"],
  ]);
  expect(said("2021年1月18日付48万元（40%）；余款待验收")).toEqual([["2021-01-18", "480000"]]);
  expect(said("第1-3期：2020.12.10 付12.84万")).toEqual([["2020-12-10", "128400"]]);
  expect(said("未付款（合同已签，设备未到货）")).toEqual([]);
});

test("a contract table's 已付款情况 column gives one payment per day it lists; an unpaid contract none", () => {
  const contracts: Sheet = {
    name: "合同及付款情况",
    rows: [
      ["某县电子商务进农村综合示范项目合同签订及资金支付情况表"],
      ["序号", "项目名称", "合同金额（万元）", "已付款情况（付款日期、金额）", "累计已付（万元）", "未付（万元）"],
      [1, "县级中心", 150, "①2020.7.15 预付款45万元；\n②2020年12月28日 进度款60万元", 105, 45],
      [2, "冷链仓储", 60, "未付款（设备未到货）", 0, 60],
      [3, "品牌推广", 25, "2021.4.8 付7.5万元（30%）", 7.5, 17.5],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [contracts] }, GD_2019);
  expect(ledgers.funds.map((f) => [f.project, f.date && formatDate(f.date), f.amount.toString()])).toEqual([
    ["县级中心", "2020-07-15", "450000"],
    ["县级中心", "2020-12-28", "600000"],
    ["品牌推广", "2021-04-08", "75000"],
  ]);
});

test("a vacant room described in words (（空置，装修中）) is no enterprise", () => {
  const rooms: Sheet = {
    name: "园区物业费台账",
    rows: [
      ["序号", "房号", "承租企业", "企业类型", "入驻日期"],
      [1, "101", "甲电子商务有限公司", "平台型电商企业", "2020.9.26"],
      [null, "209", "（空置，装修中）", null, null],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [rooms] }, GD_2019);
  expect(ledgers.enterprises.map((e) => e.name)).toEqual(["甲电子商务有限公司"]);
});
