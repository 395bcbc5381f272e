/**
 * 德庆's workbook (132nd batch): the lecturers' fee sheet kept as the training ledger (a class with two
 * lecturers on two lines, the second's 参训人次 "同上": the same class, counted once), and the press
 * reception log (接待日期 the interview, 刊播日期 the report; "未播出（素材留存）" and "尚未播出" no report).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const day = (d: { y: number; m: number; d?: number } | null) => d && `${d.y}-${d.m}-${d.d}`;

test("a lecturers' fee sheet: a second lecturer's line whose count is 同上 is the same class, not another", () => {
  const { ledgers, recognitions, diagnostics } = read({
    name: "讲师课酬发放表",
    rows: [
      ["某县农村电商培训讲师课酬发放表（2020年9月—2021年9月）", null, null, null, null, null, null],
      ["同一期有两位讲师的，人次只填在第一位讲师那一行，第二行填“同上”（同一期，不另计）", null, null, null, null, null, null],
      ["序号", "培训日期", "培训班", "讲师", "课时", "课酬（元）", "参训人次"],
      [1, "2020年10月16日", "网店开设与运营班", "谭××", 3, 900, 142],
      [2, "同上", "同上", "黄××", 3, 900, "同上"],
      [3, "2020年11月6日", "直播带货实操班", "梁××", 6, 1800, 156],
    ],
  });
  expect(recognitions[0].kind).toBe("training");
  expect(ledgers.training.map((t) => [t.source.row, day(t.date), t.personTimes.toNumber()])).toEqual([
    [4, "2020-10-16", 142],
    [6, "2020-11-6", 156],
  ]);
  expect(diagnostics.list.some((d) => d.cell === "G5" && /同上/.test(d.message))).toBe(true);
});

test("a press reception log: each report on the day it ran, not the interview's; one not run yet is none", () => {
  const { ledgers, recognitions } = read({
    name: "采访接待登记",
    rows: [
      ["某县商务局新闻媒体采访接待登记表", null, null, null, null, null, null],
      ["序号", "接待日期", "媒体名称", "媒体级别", "采访主题", "刊播日期", "刊播形式"],
      [1, "2020.11.10", "某县融媒体中心", "县级", "村级电商服务站建设", "2020.11.12", "电视"],
      [2, "2021年3月11日", "某市广播电视台", "市级", "电商产业园", "未播出（素材留存）", "电视"],
      [3, "2021.8.25", "中央广播电视总台农业农村频道", "国家级", "电商帮扶脱贫户", "尚未播出", "电视"],
    ],
  });
  expect(recognitions[0].kind).toBe("media");
  expect(ledgers.media.map((m) => [m.source.row, day(m.date), m.level])).toEqual([[3, "2020-11-12", "county"]]);
});

test("连山's training school bill: the person-times the bureau checked (核定人次), not those the school claimed (申报人次)", () => {
  const { ledgers } = read({
    name: "培训服务费结算明细",
    rows: [
      ["某县电子商务进农村综合示范电商培训服务费结算明细表", null, null, null, null, null],
      ["期次", "培训日期", "班次名称", "申报人次", "核定人次", "核减原因"],
      ["第1期", "2020年9月25日", "农村电商基础普及班", 82, 80, "2人重复签到"],
      ["第2期", "2020年10月16日", "网店运营提升班", 60, 60, null],
    ],
  });
  expect(ledgers.training.map((t) => t.personTimes.toNumber())).toEqual([80, 60]);
});
