/**
 * Two system exports: a face-recognition sign-in system's 考勤明细 (a row per enrolled trainee per
 * class, 考勤状态 正常 / 迟到 / 早退 / 人工补签 / 缺勤) and a treasury payment list (申请日期 beside 支付日期;
 * 支付成功 / 已退票 / 已作废 / 审核中).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate, type LDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const day = (d: LDate | null) => (d ? formatDate(d) : null);

test("everyone who came is a trainee, late or not; an absence is none", () => {
  const export_: Sheet = {
    name: "人脸签到导出",
    rows: [
      ["序号", "班次编号", "班次名称", "考勤日期", "姓名", "证件号码", "人脸签到时间", "考勤状态"],
      [1, "WY2021-05", "直播带货实操班", "2021-03-18", "甲", "44022919801017535X", "08:15:11", "正常"],
      [2, "WY2021-05", "直播带货实操班", "2021-03-18", "乙", "440229199907095033", "08:52:40", "迟到"],
      [3, "WY2021-05", "直播带货实操班", "2021-03-18", "丙", "44022919980501911X", null, "缺勤"],
      [4, "WY2021-05", "直播带货实操班", "2021-03-18", "丁", "440229197203123359", null, "人工补签"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [export_] }, GD_2019);
  expect(ledgers.training.map((t) => t.name)).toEqual(["甲", "乙", "丁"]);
});

test("a payment is dated the day it was paid, and only a paid one counts", () => {
  const treasury: Sheet = {
    name: "国库支付明细",
    rows: [
      ["序号", "支付申请编号", "申请日期", "支付日期", "预算项目", "金额（元）", "支付状态"],
      [1, "ZF2020-0312", "2020-05-20", "2020-05-28", "中心建设", 960000, "支付成功"],
      [2, "ZF2020-0588", "2020-10-09", "2020-10-12", "物流配送", 235000, "已退票"],
      [3, "ZF2021-0901", "2021-08-30", null, "站点建设", 180000, "审核中"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [treasury] }, GD_2019);
  expect(ledgers.funds.map((f) => [day(f.date), f.amount.toString()])).toEqual([["2020-05-28", "960000"]]);
});
