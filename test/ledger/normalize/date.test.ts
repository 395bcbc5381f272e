import { findDateInText, parseDate, parseRangeEnd } from "../../../src/ledger/normalize/date";
import { formatDate, toExcelSerial } from "../../../src/scoring/dates";

type In = Parameters<typeof parseDate>[0];

describe("parseDate: day precision", () => {
  test.each<[In, string]>([
    ["2021-08-31", "2021-8-31"],
    ["2021/8/31", "2021-8-31"],
    ["2021.8.31", "2021-8-31"],
    ["2021年8月31日", "2021-8-31"],
    ["2021年8月31号", "2021-8-31"],
    ["2021年8月31", "2021-8-31"],
    ["2021 年 8 月 31 日", "2021-8-31"],
    ["20210831", "2021-8-31"],
    ["２０２１年８月３１日", "2021-8-31"],
    ["２０２１－０８－３１", "2021-8-31"],
    ["  2021-08-31  ", "2021-8-31"],
    ["2021年8月31日 10:00", "2021-8-31"],
    ["2021-08-31 10:00:00", "2021-8-31"],
    ["2021-08-31T00:00:00.000Z", "2021-8-31"],
    ["2021/8/31 下午3:30", "2021-8-31"],
    ["2021年8月31日10:00", "2021-8-31"],
    ["2020-02-29", "2020-2-29"],
    [20210831, "2021-8-31"],
    [44439, "2021-8-31"],
    [44439.75, "2021-8-31"],
    [toExcelSerial({ y: 2019, m: 1, d: 1 }), "2019-1-1"],
    [new Date(Date.UTC(2021, 7, 31)), "2021-8-31"],
  ])("%p → %s", (v, expected) => {
    const r = parseDate(v);
    if (!r.ok) throw new Error(r.reason);
    expect(r.precision).toBe("day");
    expect(`${r.value.y}-${r.value.m}-${r.value.d}`).toBe(expected);
  });
});

describe("parseDate: month precision", () => {
  test.each<[In, string]>([
    ["2021年8月", "2021-8"],
    ["2021年8月份", "2021-8"],
    ["2021-08", "2021-8"],
    ["2021.8", "2021-8"],
    ["2021.10", "2021-10"],
    ["2021/8", "2021-8"],
    ["202108", "2021-8"],
    ["２０２１年８月", "2021-8"],
    // "2021.8" typed into a General cell is the number 2021.8: a month, unless it reads .1 (1月 or 10月?).
    [2021.8, "2021-8"],
    [2020.11, "2020-11"],
    [2021.05, "2021-5"],
  ])("%p → %s", (v, expected) => {
    const r = parseDate(v);
    if (!r.ok) throw new Error(r.reason);
    expect(r.precision).toBe("month");
    expect(r.value.d).toBeUndefined();
    expect(`${r.value.y}-${r.value.m}`).toBe(expected);
  });
});

describe("parseDate: failures", () => {
  test.each<[In, RegExp]>([
    [null, /^空白$/],
    [undefined, /^空白$/],
    ["", /^空白$/],
    [" ", /^空白$/],
    ["2021.13.5", /^无法识别的日期：2021\.13\.5/],
    ["2021-02-30", /^不存在的日期：2021-02-30（2021年2月只有28天）$/],
    ["2021-04-31", /不存在的日期/],
    ["2021-08-00", /无法识别的日期/],
    ["2021年13月", /月份应为1–12/],
    ["1899-12-31", /年份超出范围/],
    ["2300-01-01", /年份超出范围/],
    ["20210230", /不存在的日期/],
    [20211331, /月份/],
    ["21.8.32", /不存在的日期：21\.8\.32/],
    ["8/31/2021", /无法识别的日期/],
    ["八月", /无法识别的日期/],
    [2021.1, /已被Excel存成数字（2021.10会变成2021.1）/],
    [2021, /年份/],
    [0, /不是日期/],
    [-5, /不是日期/],
    [2958466, /不是日期/],
    [2958465, /超出范围/],
    [NaN, /无效数字/],
    [Infinity, /无效数字/],
    [true, /逻辑值/],
    [{ error: "#VALUE!" }, /^错误值 #VALUE!$/],
    ["#N/A", /^错误值 #N\/A$/],
    [new Date(NaN), /无效日期/],
    [new Date(Date.UTC(1800, 0, 1)), /无效日期/],
  ])("%p fails: %s", (v, reason) => {
    const r = parseDate(v);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe("two-digit years and periods (issue 8)", () => {
  test.each([
    ["21.8.31", "2021-08-31"],
    ["20/11/12", "2020-11-12"],
    ["21年3月", "2021-03"],
    ["21年3月5日", "2021-03-05"],
  ])("%s → %s", (text, iso) => {
    const r = parseDate(text);
    expect(r.ok && formatDate(r.value)).toBe(iso);
  });

  test.each([
    ["2020.9-2021.8", "2021-08"],
    ["2021年9月—10月", "2021-10"],
    ["2021年3月1日-3日", "2021-03-03"],
    ["2021.3.1—3.3", "2021-03-03"],
    ["2020.11.20—11.21", "2020-11-21"],
    ["2021/3/1~2021/3/5", "2021-03-05"],
    ["2021年1月5日至7日", "2021-01-07"],
  ])("the period %s counts at its end, %s", (text, iso) => {
    const r = parseRangeEnd(text);
    expect(r.ok && formatDate(r.value)).toBe(iso);
    expect(r.ok && r.range).toBe(true);
  });

  test("a period ending before it starts is not a date", () => {
    expect(parseRangeEnd("2021.8.5-3").ok).toBe(false);
  });
});

describe("findDateInText", () => {
  test.each([
    ["乐昌市电商培训签到表（2021年3月1日）", "2021-03-01"],
    ["培训时间：2021.3.1 上午9:00-12:00", "2021-03-01"],
    // A period counts at its end.
    ["时间：2021年3月1日-3日　　地点：县电子商务公共服务中心", "2021-03-03"],
    ["培训时间：2020.11.20—11.21", "2020-11-21"],
    ["培训时间：2021年9月15日至2021年9月17日", "2021-09-17"],
    // A short year only after a 时间 / 日期 label.
    ["培训时间：21.5.20　　地点：桂头镇文化站", "2021-05-20"],
  ])("%s → %s", (text, day) => {
    const d = findDateInText(text);
    expect(d && formatDate(d)).toBe(day);
  });

  test.each(["版本 21.5.20", "第三期 农产品网络营销培训", "2021年3月"])("names no day: %s", (text) => {
    expect(findDateInText(text)).toBeUndefined();
  });
});

test.each([
  ["二〇二一年三月", { y: 2021, m: 3 }],
  ["二〇二〇年十月二十八日", { y: 2020, m: 10, d: 28 }],
  ["二○二○年十月", { y: 2020, m: 10 }],
  ["二〇二一年十二月三十一日", { y: 2021, m: 12, d: 31 }],
])("a date written out in words, %s", (t, value) => {
  const p = parseDate(t);
  expect(p.ok && p.value).toEqual(value);
});

test.each(["二〇二一年十三月", "二〇二一年二月三十日", "二〇二一"])("no date in words: %s", (t) => expect(parseDate(t).ok).toBe(false));

test.each([
  ["2021年2月（春节合并报送）", { y: 2021, m: 2 }],
  ["2020.11.5（补报）", { y: 2020, m: 11, d: 5 }],
])("a day with a remark in brackets after it, %s", (t, value) => {
  const p = parseDate(t);
  expect(p.ok && p.value).toEqual(value);
});

test("a date cell pasted into a text column keeps its serial: 44439 as text is 2021-08-31 (2000–2030 only)", () => {
  const p = parseDate("44439");
  expect(p.ok && p.value).toEqual({ y: 2021, m: 8, d: 31 });
  expect(parseDate("12345").ok).toBe(false);
});
