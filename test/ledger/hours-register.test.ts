/**
 * 鼎湖's register of each trainee's hours (142nd batch): a trainee a row, a session a column, the session's day on
 * the line under its name and its topic under that; in each cell the hours taken ("格内数字为该期取得的学时"), 假 for
 * leave, blank for not signed up. Each number is a session sat, on its day; 假 is none.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const register: Sheet = {
  name: "学员学时登记册",
  rows: [
    ["某区2020—2021年度农村电商培训学员学时登记册", null, null, null, null, null, null],
    ["承训单位：某区电子商务公共服务中心　　格内数字为该期取得的学时（实到）；“假”为请假未到；空白为未报名该期", null, null, null, null, null, null],
    ["序号", "姓名", "身份证号", "第1期", "第2期", "第3期", "合计学时"],
    [null, null, null, "2020.9.24", "2020年10月22日", "21.4.22", null],
    [null, null, null, "农村电商基础（永安镇）", "网店开设与运营", "直播带货入门", null],
    [1, "陈志强", "441203196401010016", 3, null, 6, 9],
    [2, "何春梅", "441203197706120085", "假", 3, null, 3],
    [3, "莫翠萍", "441203199011230148", 3, 3, "假", 6],
  ],
  merges: [
    { top: 2, left: 0, bottom: 4, right: 0 },
    { top: 2, left: 1, bottom: 4, right: 1 },
    { top: 2, left: 2, bottom: 4, right: 2 },
  ],
};

test("each session's hours are a session sat on its day, 假 none", () => {
  const read = readLedgers({ sheets: [register] }, GD_2019);
  expect(read.recognitions[0].kind).toBe("training");
  expect(read.ledgers.training.map((t) => [t.name, t.date && formatDate(t.date)])).toEqual([
    ["陈志强", "2020-09-24"],
    ["陈志强", "2021-04-22"],
    ["何春梅", "2020-10-22"],
    ["莫翠萍", "2020-09-24"],
    ["莫翠萍", "2020-10-22"],
  ]);
});
