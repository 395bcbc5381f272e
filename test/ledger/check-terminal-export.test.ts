/**
 * 高州's ID-and-face check terminal's export as the sign-in (140th batch): a failed 比对结果 is no attendance, its
 * passed retry is; the note says a day's morning swipe and afternoon recheck are one person-time.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const terminal: Sheet = {
  name: "核验记录导出",
  rows: [
    ["人证核验终端　核验记录导出", null, null, null, null, null],
    ["电商股加注：上午签到、下午复核各刷一次，同一人同一天是同一期培训，只计1人次；“比对结果”为“不通过”的是比对失败。", null, null, null, null, null],
    ["序号", "核验时间", "姓名", "身份证号", "比对结果", "备注"],
    [1, "2020-11-12 08:21:28", "梁振兴", "440981197001015011", "通过", "第1期 农村电商基础"],
    [2, "2020-11-12 08:33:49", "吴国华", "440981199104065395", "不通过", "比对不通过，重刷"],
    [3, "2020-11-12 08:33:58", "吴国华", "440981199104065395", "通过", null],
    [4, "2020-11-12 08:40:00", "陈振兴", "440981199401216575", "不通过", "人证不符，未准入"],
    [5, "2020-11-12 14:10:00", "梁振兴", "440981197001015011", "通过", "下午复核"],
    [6, "2021-01-14 08:21:10", "梁振兴", "440981197001015011", "通过", "第2期 网店开设与运营"],
  ],
};

test("a check terminal's export: a failed check no attendance, a day's swipes one person-time", () => {
  const read = readLedgers({ sheets: [terminal] }, GD_2019);
  expect(read.recognitions[0].kind).toBe("training");
  expect(read.ledgers.training.map((t) => [t.id?.text, t.date && formatDate(t.date)])).toEqual([
    ["440981197001015011", "2020-11-12"],
    ["440981199104065395", "2020-11-12"],
    ["440981197001015011", "2021-01-14"],
  ]);
});
