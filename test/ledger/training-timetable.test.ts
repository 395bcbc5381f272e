/**
 * A training centre's timetable as the training ledger (增城, 87th blind batch): the year only in each
 * term's line (2020年秋季学期（9月—12月）), days as 9月8日, 实际日期 the day held — "同左" the 计划日期 on
 * its left, a moved class its new day — and a call for papers answered row by row, 我区报送日期 the day
 * sent (not 通知日期 nor 要求报送时间), a call not answered no paper.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const merge = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

test("a timetable: the day held, 同左 the day planned, the year from the term's line", () => {
  const sheet: Sheet = {
    name: "培训教学日历",
    rows: [
      ["周次", "计划日期", "实际日期", "课程名称", "学时", "计划人数", "实到人数", "备注"],
      ["2020年秋季学期（9月—12月）"],
      ["第2周", "9月8日", "同左", "农村电商基础", 3, 120, 126, null],
      ["第6周", "10月13日", "10月20日", "短视频拍摄", 4, 100, 112, "因台风顺延一周"],
      ["第17周", "12月29日", "2021年1月5日", "年货节网络促销", 3, 120, 131, null],
      ["2021年春季学期（3月—7月）"],
      ["第1周", "3月2日", "同左", "政策解读", 2, 150, 143, null],
    ],
    merges: [merge(1, 0, 1, 7), merge(5, 0, 5, 7)],
  };
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(r.ledgers.training.map((t) => [t.date && formatDate(t.date), t.personTimes.toNumber()])).toEqual([
    ["2020-09-08", 126],
    ["2020-10-20", 112],
    ["2021-01-05", 131],
    ["2021-03-02", 143],
  ]);
});

test("a call for papers answered row by row: the day sent, a call not answered no paper", () => {
  const sheet: Sheet = {
    name: "典型案例报送",
    rows: [
      ["某区电子商务进农村典型案例（经验材料）征集报送情况"],
      ["序号", "征集通知（文号）", "通知日期", "要求报送时间", "我区报送日期", "报送材料名称", "备注"],
      [1, "某商务函〔2020〕215号", "2020.10.9", "10月20日前", "2020.10.19", "“电商+荔枝”助农增收经验做法", null],
      [2, "某商务函〔2020〕288号", "2020.12.2", "12月15日前", "—", "—", "未报送（无符合条件的案例）"],
      [3, "电话通知", "2021.3.1", "3月10日前", "2021年3月9日", "村级站点运营案例", null],
    ],
  };
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(r.ledgers.materials.map((m) => m.date && formatDate(m.date))).toEqual(["2020-10-19", "2021-03-09"]);
});
