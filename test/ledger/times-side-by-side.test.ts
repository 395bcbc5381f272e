/**
 * A trainee register keeping each trainee on one row and the times they came side by side (电白: 第一次 |
 * 第二次 | 第三次, each merged over 日期 | 期次): every time filled in is an attendance. A class's days
 * side by side (第一天 | 第二天) are one attendance, as before. And a session's count with its parts in
 * brackets after it (惠来: 165（线上120、线下45）) is the whole, when the parts add up to it.
 */
import type { Merge, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const m = (top: number, left: number, bottom: number, right: number): Merge => ({ top, left, bottom, right });

function register(groups: [string, string, string]): Sheet {
  return {
    name: "学员登记",
    rows: [
      ["某区农村电商培训学员登记表"],
      ["序号", "姓名", "身份证号", groups[0], null, groups[1], null, groups[2], null, "参训次数"],
      [null, null, null, "日期", "期次", "日期", "期次", "日期", "期次", null],
      [1, "何坤俊", "440904200106071468", new Date(Date.UTC(2021, 0, 14)), "第5期", "2021.4.22", "第7期", "2021.6.8-9", "第9期", 3],
      [2, "吴翠达", "440904198409235861", "2020年9月24日", "第1期", null, null, null, null, 1],
      [3, "吴雄华", "440981199603138384", "2021/4/22", "第7期", 20210909, "第12期", null, null, 2],
      ["合计", null, null, null, null, null, null, null, null, 6],
    ],
    merges: [m(0, 0, 0, 9), m(1, 3, 1, 4), m(1, 5, 1, 6), m(1, 7, 1, 8), ...[0, 1, 2, 9].map((c) => m(1, c, 2, c))],
  };
}

test("each time filled in on a trainee's row is an attendance of its own, left to right, with its own 期次", () => {
  const { ledgers, diagnostics } = readLedgers({ sheets: [register(["第一次", "第二次", "第三次"])] }, GD_2019);
  expect(ledgers.training.map((t) => [formatDate(t.date!), t.id?.text, t.topic, t.personTimes.toNumber()])).toEqual([
    ["2021-01-14", "440904200106071468", "第5期", 1],
    ["2021-04-22", "440904200106071468", "第7期", 1],
    ["2021-06-09", "440904200106071468", "第9期", 1],
    ["2020-09-24", "440904198409235861", "第1期", 1],
    ["2021-04-22", "440981199603138384", "第7期", 1],
    ["2021-09-09", "440981199603138384", "第12期", 1],
  ]);
  expect(diagnostics.list.map((d) => d.message)).toContain("该学员参训 3 次（第一次、第二次、第三次各一栏），按 3 次参训计");
});

test("a class's days side by side (第一天 | 第二天 | 第三天) are no separate times: one record a trainee", () => {
  const { ledgers } = readLedgers({ sheets: [register(["第一天", "第二天", "第三天"])] }, GD_2019);
  expect(ledgers.training.map((t) => t.id?.text)).toEqual(["440904200106071468", "440904198409235861", "440981199603138384"]);
});

test("a session's count with its parts in brackets is the whole when they add up; otherwise the row is not read", () => {
  const sessions: Sheet = {
    name: "培训台账",
    rows: [
      ["序号", "培训时间", "培训班名称", "参训人数", "备注"],
      [1, "2020年12月8日—10日", "直播带货实操培训", "165（线上120、线下45）", null],
      [2, "2021.3.3", "农产品包装与品牌培训", "78人（其中男40人、女38人）", null],
      [3, "2021.4.9", "电商技能培训", "50（线上30、线下25）", null],
    ],
  };
  const { ledgers, diagnostics } = readLedgers({ sheets: [sessions] }, GD_2019);
  expect(ledgers.training.map((t) => t.personTimes.toNumber())).toEqual([165, 78]);
  expect(diagnostics.list.some((d) => d.cell === "D4" && d.message.includes("该行未计入"))).toBe(true);
});
