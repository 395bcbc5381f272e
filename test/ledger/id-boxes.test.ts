/** 高明's sign-in sheets re-typed from paper: the ID number one digit to a box, 18 boxes under one header. */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const digits = (id: string) => [...id].map((d) => (/\d/.test(d) ? Number(d) : d));
const sheet: Sheet = {
  name: "签到表",
  rows: [
    ["培训签到表"],
    ["培训时间：2021年4月8日—9日"],
    ["序号", "姓名", "公民身份号码（一格一位）", ...Array(17).fill(null), "联系电话", "签名"],
    [1, "梁颖", ...digits("44060819751118184X"), "13641467529", "已签"],
    [2, "李志", ...digits("440608196809101969"), "13376961591", "已签"],
    // The whole number pasted into the first box; one left blank (no ID card at hand); a small x.
    [3, "蔡好", "440608199603023815", ...Array(17).fill(null), "13629605111", "已签"],
    [4, "刘英", ...Array(18).fill(null), "15008101028", "已签"],
    [5, "郑志", ...digits("44060819711012345x"), "15946204914", "已签"],
  ],
  merges: [{ top: 2, left: 2, bottom: 2, right: 19 }],
};

test("the ID is read across its boxes; a row of empty boxes has none", () => {
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(r.ledgers.training.map((t) => t.id?.text ?? null)).toEqual(["44060819751118184X", "440608196809101969", "440608199603023815", null, "44060819711012345X"]);
  expect(r.ledgers.training[0].date).toEqual({ y: 2021, m: 4, d: 9 });
});
