/** 陆丰's ledgers: a sign-up export, dates kept as serial numbers in a text column, towns split by blank rows. */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("a sign-up export counts the rows signed in; the others are sign-ups, said once", () => {
  const sheet: Sheet = {
    name: "培训报名签到导出",
    rows: [
      ["序号", "报名时间", "姓名", "手机号", "身份证号", "报名课程", "培训日期", "是否签到", "签到时间"],
      [1, "2021-04-08 09:12:44", "林晓娜", "138****7425", "441581199203142287", "农村电商基础知识", "2021-04-15", "是", "2021-04-15 08:41:05"],
      [2, "2021-04-09 15:26:50", "黄俊杰", "158****6634", "44158119950121471X", "农村电商基础知识", "2021-04-15", "否", null],
      [3, "2021-04-10 08:55:02", "蔡丽珍", "139****5109", "441581198409263629", "农村电商基础知识", "2021-04-15", "是", "2021-04-15 08:52:16"],
    ],
  };
  const { ledgers, diagnostics } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.training.map((t) => t.source.row)).toEqual([2, 4]);
  expect(diagnostics.list.find((d) => d.cell === "H3")?.message).toMatch(/报名未签到/);
});

test("dates kept as serial numbers in a text column are read as dates, and said so", () => {
  const sheet: Sheet = {
    name: "站点台账",
    rows: [
      ["序\n号", "站点\n名称", "所在\n行政村", "建成\n日期"],
      [1, "乌坎村电商服务站", "乌坎村", "43983"],
      [2, "云岭村电商服务站", "云岭村委会", "44027"],
    ],
  };
  const { ledgers, diagnostics } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.stations.map((s) => s.opened)).toEqual([
    { y: 2020, m: 6, d: 1 },
    { y: 2020, m: 7, d: 15 },
  ]);
  expect(diagnostics.list.some((d) => /Excel日期序号/.test(d.message))).toBe(true);
});

test("a list numbered through blank rows between towns keeps its header; 通（邮政） is delivered", () => {
  const sheet: Sheet = {
    name: "行政村清单",
    rows: [
      ["某市行政村（社区）基本情况表"],
      ["说明：1．本表依据2020年底民政部门行政区划数据填写；"],
      ["填报单位：某市商务局", null, null, null, null, "填报时间：2021年8月20日"],
      ["总序号", "镇（街道）", "序号", "村（居）委会名称", "类型", "是否省定贫困村", "是否通快递"],
      [1, "甲子镇", 1, "东湖村", "行政村", "否", "已通"],
      [2, "甲子镇", 2, "新林村", "行政村", "是", "通（邮政）"],
      [null],
      [3, "博美镇", 1, "赤坑村", "行政村", "是", "未通"],
    ],
  };
  const { ledgers, recognitions } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(recognitions[0]).toMatchObject({ kind: "villages", headerRow: 3 });
  expect(ledgers.villages.map((v) => [v.name, v.poor, v.express])).toEqual([
    ["东湖村", false, true],
    ["新林村", true, true],
    ["赤坑村", true, false],
  ]);
});
