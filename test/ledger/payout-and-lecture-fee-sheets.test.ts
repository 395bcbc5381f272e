/**
 * Two borrowed sheets of the 104th blind batch: a 以奖代补 payout sheet (核定金额 approved beside 兑现金额 paid) as
 * the fund ledger, and a lecture-fee payment sheet (授课日期 | … | 到课人数 | … | 金额) as the training ledger, one
 * row a session and its attendance the person-times.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const payouts: Sheet = {
  name: "以奖代补兑现",
  rows: [
    ["南澳县电子商务以奖代补资金兑现表"],
    ["单位：万元"],
    ["兑现日期", "奖补对象", "奖补事项", "核定金额", "兑现金额", "凭证号", "备注"],
    ["2020.12.25", "南澳县海之味电子商务有限公司", "网销额奖励", 10, 10, "付-30", null],
    ["2021.3.30", "山顶村电商服务站", "站点运营奖补", 2, "1.5", "付-38", "运营考核扣减0.5万"],
    ["小计", null, null, 12, 11.5, null, null],
  ] as CellValue[][],
};
const lectures: Sheet = {
  name: "讲课费发放表",
  rows: [
    ["连州市电子商务进农村综合示范培训讲课费发放表"],
    ["序号", "授课日期", "讲师", "职称／单位", "课程名称", "课时", "到课人数", "讲课费标准（元／课时）", "金额", "领款人签名"],
    [1, "2020.10.14", "黄××", "清远职院讲师", "农村电商基础", 4, 86, 300, 1200, "（签名）"],
    [2, "2021.3.17", "邓××", "电商企业运营总监", "网店开设与装修", 6, "72人", 300, 1800, "（签名）"],
    ["合计", null, null, null, null, 10, 158, null, 3000, null],
  ] as CellValue[][],
};

test("the amount paid is 兑现金额, not the 核定金额 approved", () => {
  const { ledgers } = readLedgers({ sheets: [payouts] }, GD_2019);
  expect(ledgers.funds.map((f) => Number(f.amount))).toEqual([100000, 15000]);
});

test("a lecture-fee sheet is training: each session on its 授课日期, its 到课人数 the person-times", () => {
  const { ledgers, recognitions } = readLedgers({ sheets: [lectures] }, GD_2019);
  expect(recognitions[0].kind).toBe("training");
  expect(ledgers.training.map((t) => [t.date, Number(t.personTimes)])).toEqual([
    [{ y: 2020, m: 10, d: 14 }, 86],
    [{ y: 2021, m: 3, d: 17 }, 72],
  ]);
});

test("an amount written in figures and in words under one header (报账金额 over 小写 | 大写) is one payment, not two projects", () => {
  const register: Sheet = {
    name: "报账审批单汇总",
    rows: [
      ["鼎湖区专项资金报账审批单登记汇总"],
      ["序号", "审批单编号", "报账日期", "项目名称", "收款单位", "报账金额", null, "国库支付日期", "凭证号"],
      [null, null, null, null, null, "小写", "大写", null, null],
      [1, "DH-DS-001", "2020.9.21", "公共服务中心装修工程款", "肇庆市鼎盛建筑工程有限公司", "¥680,000.00", "陆拾捌万元整", "2020.9.28", "记-2020-031"],
      [2, "DH-DS-005", "2021.4.6", "红字冲销：冲多付站点建设款", "肇庆市鼎湖优品电子商务有限公司", "-¥60,000.00", "负陆万元整", "2021.4.9", "记-2021-099"],
    ] as CellValue[][],
    merges: [{ top: 1, left: 5, bottom: 1, right: 6 }],
  };
  const { ledgers } = readLedgers({ sheets: [register] }, GD_2019);
  expect(ledgers.funds.map((f) => [f.project, Number(f.amount)])).toEqual([
    ["公共服务中心装修工程款", 680000],
    ["红字冲销：冲多付站点建设款", -60000],
  ]);
});
