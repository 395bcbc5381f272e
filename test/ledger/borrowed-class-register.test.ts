/**
 * 郁南's borrowed register of the women's federation's classes as the training ledger (140th batch): each class a
 * row with its 参加人数, sorted by 类别 — only the 电商培训 ones are e-commerce training (家政培训, 手工编织 are not).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "妇联培训活动登记（借用）",
  rows: [
    ["某县妇联“巾帼兴村”培训活动登记表", null, null, null, null],
    ["序号", "日期", "活动名称", "类别", "参加人数"],
    [1, "2020.10.15", "农村电商入门（巾帼电商班第1期）", "电商培训", 126],
    [2, "2020.10.28", "家政服务员培训", "家政培训", 86],
    [3, "2020.11.19", "网店开设（巾帼电商班第2期）", "电商培训", 138],
    [4, "2020.12.3", "竹编手工技艺", "手工编织", 64],
  ],
};

test("a register of several kinds of class counts its e-commerce ones, by their 参加人数", () => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.recognitions[0].kind).toBe("training");
  expect(read.ledgers.training.map((t) => t.personTimes.toNumber())).toEqual([126, 138]);
});
