/**
 * 红海湾's stand-in ledgers: the end-of-course quiz's answers exported from an online form (when each
 * was sent and how long it took are no days; the session its answer names is), and a funds sheet with
 * its plan of what to pay (计划金额（万元）) stacked above the payments made.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { formatDate } from "../../src/scoring/dates";

test("a quiz's answer is dated by the session it names, not by when it was sent", () => {
  const quiz: Sheet = {
    name: "结业测试答卷",
    rows: [
      ["红海湾经济开发区农村电商普及培训结业测试 — 答卷数据（问卷星·考试）", null, null, null, null, null, null, null],
      ["序号", "提交答卷时间", "所用时间", "来源", "1、您的姓名：", "2、身份证号码：", "3、您参加的培训期次：", "备注"],
      [1, "2020/12/03 16:20:44", "455秒", "微信", "钟映", "441502196203065980", "第2期　2020年12月3日（东洲街道）", null],
      [2, "2020/12/04 08:03:11", "377秒", "微信", "郑明映", "441502199401223429", "第2期　2020年12月3日（东洲街道）", "次日补交"],
      [3, "2021/03/18 11:30:05", "366秒", "微信", "林燕晓", "44150219830927785x", "第3期　2021年3月18日（遮浪街道）", null],
    ],
  };
  const r = readLedgers({ sheets: [quiz] }, GD_2019);
  expect(r.recognitions[0].columns.date).toBeUndefined();
  expect(r.ledgers.training.map((t) => (t.date ? formatDate(t.date) : null))).toEqual(["2020-12-03", "2020-12-03", "2021-03-18"]);
});

test("a form's export with no session named is dated by when each answer was sent", () => {
  const signIn: Sheet = {
    name: "签到表",
    rows: [
      ["序号", "提交时间", "真实姓名", "证件号码"],
      [1, "2021-03-05 08:40:39", "洪芳", "440825197404077691"],
    ],
  };
  const r = readLedgers({ sheets: [signIn] }, GD_2019);
  expect(r.ledgers.training.map((t) => (t.date ? formatDate(t.date) : null))).toEqual(["2021-03-05"]);
});

test("a plan of payments (计划金额) stacked above the payments is no payment", () => {
  const funds: Sheet = {
    name: "资金用款计划及支付",
    rows: [
      ["（一）用款计划（向区财政局申报的用款额度，不是支付）　　单位：万元", null, null, null, null, null],
      ["序号", "申报日期", "计划批次", "项目内容", "计划金额（万元）", "审批状态"],
      [1, "2020.7.2", "第一批", "公共服务中心建设及设备", 120, "已批复"],
      [2, "2020.11.5", "第二批", "村级站点建设、电商培训", 150, "已批复"],
      ["小计", null, null, null, 270, null],
      [null, null, null, null, null, null],
      ["（二）实际支付明细（以国库集中支付凭证为准）　　单位：元", null, null, null, null, null],
      ["序号", "支付日期", "凭证号", "收款单位", "支付内容", "支付金额（元）"],
      [1, "2020.7.20", "GK2020-0716", "汕尾市联创装饰工程有限公司", "公共服务中心装修", "486,000.00"],
      [2, "2020.9.30", "GK2020-1023", "广东粤信科技有限公司", "中心设备采购", 312800],
    ],
  };
  const r = readLedgers({ sheets: [funds] }, GD_2019);
  expect(r.ledgers.funds.map((f) => [formatDate(f.date!), f.amount.toNumber()])).toEqual([
    ["2020-07-20", 486000],
    ["2020-09-30", 312800],
  ]);
});
