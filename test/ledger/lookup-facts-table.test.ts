/**
 * A clerk's two-name lookup (乳源): 我们平时叫 | 省考评表的说法 | 数 / 情况 | 单位 | 出处 | 自评（分）, the
 * official words beside the bureau's own, and under it a claims table headed 我们简称 | 省评价指标 | 满分
 * | 自评. And a village list whose poor column is marked ★, the mark explained in a line above the table.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { readLedgers } from "../../src/ledger/read";
import { verdictOf } from "../../src/ledger/facts/values";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["序号", "我们平时叫", "省考评表的说法", "数 / 情况", "单位", "出处、口径（备查）", "自评（分）"],
  [1, "人口（七普常住）", "常住人口", 21.3, "万人", "户籍人口25.1万，别用错", null],
  [2, "拍照、做图", "为电子商务市场主体提供免费摄影、美工服务", "不免费", null, "按成本价收费", null],
  [3, "政策落实", "出台相关政策，且得到较好落实（1-2分）", "—", null, null, 1],
  [4, "省里下来的钱", "下达资金总额", 500, "万元", null, null],
  [5, "村委会", "行政村数", 96, "个", "另有社区11个", null],
  [6, "培训人次", "培训人次", "2,318", "人次", null, null],
  [7, "资金专账", "已建立资金专用台账", "有", null, null, null],
  [8, "贫困村", "省定贫困村数", 12, "个", null, null],
  [9, "方案", "正式印发的示范县工作方案", "已印发", null, null, null],
  [10, "运营公司", "当地有专业第三方电子商务运营或服务商", "有", null, null, null],
  [],
  ["十、自评分"],
  ["序号", "我们简称", "省评价指标", "满分", null, "备注", "自评"],
  [1, "政策", "政策支持", 2, null, "土地、人才政策没有", 1],
  [2, "资金制度", "制度建立", 5, null, null, 4],
];

test("the official words are read with the figure or answer under 数 / 情况", () => {
  const read = Object.fromEntries(readFactsSheet({ name: "底数和自评", rows }, GD_2019).entries.map((e) => [e.key, [e.value, e.cell]]));
  expect(read.residentPopulation).toEqual([21.3, "D2"]);
  expect(read.centerPhoto?.[0]).toBe("不免费");
  expect(read.fundAllocated).toEqual([500, "D5"]);
});

test("the claims table under it is read by its own header: 自评 the claims, 满分 no points", () => {
  const sheet = readFactsSheet({ name: "底数和自评", rows }, GD_2019);
  const claims = Object.fromEntries(sheet.claims.map((c) => [c.indicator, c.value]));
  expect(claims["org.policy"]).toBe(1);
  expect(claims["fund.system"]).toBe(4);
  const judged = sheet.entries.filter((e) => e.key === "judged:fund.system").map((e) => e.value);
  expect(judged).not.toContain(5);
});

test("a mark explained in a line above the table (★为省定贫困村) is a yes in its column", () => {
  const villages: Sheet = {
    name: "村居名单",
    rows: [
      ["某县村（居）民委员会名单"],
      ["来源：县民政局；★为省定贫困村"],
      ["序号", "镇", "村（居）委会", "村/居", "省定贫困村", "快递进村"],
      [1, "甲镇", "小水村委会", "村", "★", "√"],
      [2, null, "东坑村委会", "村", null, "√"],
    ],
  };
  const read = readLedgers({ sheets: [villages] }, GD_2019);
  // (Blank beside a marked column is a no.)
  expect(read.ledgers.villages.map((v) => v.poor)).toEqual([true, false]);
});

test("a tender-style response form: the answers under 我县响应, 偏离情况 a verdict no answer, points said as 自评2分", () => {
  const form: CellValue[][] = [
    ["县（市、区）", "某县", "考评截止日期", "2021年8月31日", "填报单位", "某县商务局"],
    ["序号", "考评要求", "我县响应（截至2021年8月31日完成情况）", "偏离情况", "偏离说明"],
    [1, "由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与", "县长任领导小组组长；成员单位：县商务局、财政局、农业农村局、乡村振兴局", "无偏离", null],
    [2, "工作方案因地制宜,可操作性较强（1-2分）", "自评2分", "无偏离", null],
    [3, "为电子商务市场主体提供免费摄影、美工服务", "摄影、美工按成本价收费", "负偏离", "未做到免费"],
    [4, "项目承建方建立资金专用台账（1-5分）", "已建立，自评4分", "负偏离", null],
  ];
  const read = Object.fromEntries(readFactsSheet({ name: "响应偏离表", rows: form }, GD_2019).entries.map((e) => [e.key, e.value]));
  expect(read.asOf).toBe("2021年8月31日");
  expect(read.leadTitle).toBeUndefined();
  expect(String(read.departments)).toMatch(/^县长任领导小组组长；成员单位/);
  expect(read["judged:org.plan"]).toBe("自评2分");
  expect(read["judged:fund.ledger"]).toBe("已建立，自评4分");
  expect(read.centerPhoto).toBe("摄影、美工按成本价收费");
});

test("a free service answered that it is charged for is a no; free or not charged is no such answer", () => {
  const photo = GD_2019.inputs.find((i) => i.key === "centerPhoto")!;
  expect(verdictOf(photo, "摄影、美工按成本价收费")).toBe(false);
  expect(verdictOf(photo, "摄影棚由运营商有偿提供")).toBe(false);
  expect(verdictOf(photo, "有，不收费")).not.toBe(false);
  expect(verdictOf(photo, "免费提供，耗材收费")).not.toBe(false);
});
