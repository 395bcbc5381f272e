/** The day a late-typed sign-in row's remark says the trainee came (兴宁's card-reader export). */
import type { Sheet } from "../../src/core/grid";
import { attendedDayIn } from "../../src/ledger/remark-day";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("the day said with 到场 / 参训, the year the row's own unless written", () => {
  const row = { y: 2021, m: 3, d: 19 };
  expect(attendedDayIn("3月18日到场未带证，3月19日凭身份证复印件补录", row)).toEqual({ y: 2021, m: 3, d: 18 });
  expect(attendedDayIn("2020年12月5日参加培训，次日补签", row)).toEqual({ y: 2020, m: 12, d: 5 });
  expect(attendedDayIn("3月19日补录", row)).toBeUndefined();
  expect(attendedDayIn("2月30日到场", row)).toBeUndefined();
  expect(attendedDayIn("3月18日到场", null)).toBeUndefined();
});

test("a card reader's row typed in the next day counts on the day the remark gives", () => {
  const sheet: Sheet = {
    name: "读卡记录",
    rows: [
      ["序号", "姓名", "公民身份号码", "读卡时间", "读卡方式", "核对备注（电商股）"],
      [1, "叶文华", "441481197503124415", "2021-03-18 08:31:05", "读卡", null],
      [2, "何志明", "441481198411208316", "2021-03-19 10:02:33", "手工录入", "3月18日到场未带证，3月19日凭身份证复印件补录"],
    ],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.ledgers.training.map((t) => t.date)).toEqual([
    { y: 2021, m: 3, d: 18 },
    { y: 2021, m: 3, d: 18 },
  ]);
});
