/**
 * A session ledger saying another sheet's sign-ins are already in it (高要's 附3: "贫困户专场参训人员签到
 * 明细见附4，人次已计入本表，不另计"), and a total dated by what it adds up to (截至2021年8月31日合计).
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { isTotalText } from "../../src/ledger/normalize/text";
import { readLedgers } from "../../src/ledger/read";
import { Q } from "../../src/scoring/rational";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sessions: Sheet = {
  name: "附3 培训台账",
  rows: [
    ["附3　某区电子商务培训台账（按期次）"],
    ["期次", "培训日期", "培训地点", "培训内容", "培训对象", "参训人次", "备注"],
    ["第1期", "2020.9.17", "回龙镇", "农村电商基础知识", "村民", 320, null],
    ["第2期", "2020.11.26", "区电商中心", "贫困户电商专场", "建档立卡贫困户", 2, null],
    ["截至2021年8月31日合计", null, null, null, null, 322, "第1—2期"],
    ["注：贫困户专场（第2期）参训人员签到明细见附4，人次已计入本表，不另计。"],
  ] as CellValue[][],
};
const signIn: Sheet = {
  name: "附4 贫困户专场签到",
  rows: [
    ["附4　贫困户电商专场签到表"],
    ["序号", "姓名", "身份证号码", "培训日期", "签名"],
    [1, "李某", "441203198502143515", "2020.11.26", "李某"],
    [2, "陈某", "44120319900707262X", "2020.11.26", "陈某"],
  ] as CellValue[][],
};

test("a session ledger's note that another sheet's sign-ins are counted in it: that sheet adds no 人次, its people still counted", () => {
  // (The sign-in sheet after the ledger or before it: the note is read once every sheet is.)
  for (const sheets of [
    [sessions, signIn],
    [signIn, sessions],
  ]) {
    const { ledgers, diagnostics } = readLedgers({ sheets }, GD_2019);
    const total = ledgers.training.reduce((s, t) => s.add(t.personTimes), Q.ZERO);
    expect(total.toNumber()).toBe(322);
    expect(ledgers.training.filter((t) => t.id !== null).map((t) => t.id?.text)).toEqual(["441203198502143515", "44120319900707262X"]);
    expect(diagnostics.list.some((d) => d.sheet === "附3 培训台账" && d.message.includes("附4 贫困户专场签到"))).toBe(true);
  }
});

// 海陵's 附3-1 (83rd blind batch): "贫困户专场培训签到见附3-2，人次不重复计入本表" keeps the special sessions
// out of the session ledger — so each sheet counts its own, neither is counted elsewhere.
test("a session ledger's note that another sheet's sign-ins are not in it: both sheets count", () => {
  const kept: Sheet = {
    ...sessions,
    rows: [...sessions.rows.slice(0, 3), ["合计", null, null, null, null, 320, null], ["注：贫困户专场培训签到见附4，人次不重复计入本表。"]],
  };
  const { ledgers, diagnostics } = readLedgers({ sheets: [kept, signIn] }, GD_2019);
  const total = ledgers.training.reduce((s, t) => s.add(t.personTimes), Q.ZERO);
  expect(total.toNumber()).toBe(322);
  expect(diagnostics.list.some((d) => /已计入其他培训台账/.test(d.message))).toBe(false);
});

test("a total dated by the day it adds up to is a total row; a day alone is not", () => {
  expect(isTotalText("截至2021年8月31日合计")).toBe(true);
  expect(isTotalText("截止2021年8月合计")).toBe(true);
  expect(isTotalText("截至2021年8月31日")).toBe(false);
});
