/** Calendar dates: month arithmetic, leap years, Excel serials (with the 1900 leap bug), cut-off comparison. */
import {
  daysInMonth,
  formatDate,
  fromExcelSerial,
  fromJsDate,
  isValidDate,
  minusMonths,
  onOrBefore,
  parseIsoDate,
  toExcelSerial,
  type LDate,
} from "../../src/scoring/dates";
import { d } from "./helpers";

const iso = (x: LDate | undefined) => (x ? formatDate(x) : undefined);

describe("minusMonths", () => {
  test.each([
    ["2021-08-31", 6, "2021-02-28"], // the rule's own example
    ["2021-08-31", 0, "2021-08-31"],
    ["2021-08-15", 6, "2021-02-15"],
    ["2021-08-31", 12, "2020-08-31"],
    ["2021-01-15", 1, "2020-12-15"],
    ["2021-03-31", 1, "2021-02-28"],
    ["2021-05-31", 1, "2021-04-30"],
    // leap years
    ["2020-08-31", 6, "2020-02-29"],
    ["2024-03-31", 1, "2024-02-29"],
    ["2000-03-31", 1, "2000-02-29"],
    ["1900-03-31", 1, "1900-02-28"], // 1900 is not a leap year (Excel's bug is only in serials)
    ["2100-03-31", 1, "2100-02-28"],
    ["2021-02-28", 12, "2020-02-28"],
    ["2020-02-29", 12, "2019-02-28"],
    ["2021-08-31", 30, "2019-02-28"],
  ])("%s − %i months = %s", (from, months, out) => {
    expect(formatDate(minusMonths(d(from), months))).toBe(out);
  });

  test("a month-only date stays month-only", () => {
    expect(minusMonths(d("2021-08"), 6)).toEqual({ y: 2021, m: 2 });
    expect(minusMonths(d("2021-01"), 1)).toEqual({ y: 2020, m: 12 });
  });
});

describe("leap years and validity", () => {
  test("daysInMonth", () => {
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2021, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2021, 12)).toBe(31);
    expect(daysInMonth(2021, 4)).toBe(30);
  });
  test("isValidDate / parseIsoDate", () => {
    expect(isValidDate(2020, 2, 29)).toBe(true);
    expect(isValidDate(2021, 2, 29)).toBe(false);
    expect(isValidDate(1900, 2, 29)).toBe(false);
    expect(isValidDate(2021, 13)).toBe(false);
    expect(isValidDate(2021, 8)).toBe(true);
    expect(parseIsoDate("2021-02-29")).toBeUndefined();
    expect(parseIsoDate("2020-02-29")).toEqual({ y: 2020, m: 2, d: 29 });
    expect(parseIsoDate("2021-8")).toEqual({ y: 2021, m: 8 });
    expect(parseIsoDate(" 2021-08-31 ")).toEqual({ y: 2021, m: 8, d: 31 });
    expect(parseIsoDate("2021/08/31")).toBeUndefined();
    expect(formatDate({ y: 2021, m: 8 })).toBe("2021-08");
    expect(formatDate({ y: 2021, m: 2, d: 3 })).toBe("2021-02-03");
  });
});

describe("Excel serials (1900 system with the 1900-02-29 bug)", () => {
  test.each([
    [1, "1900-01-01"],
    [31, "1900-01-31"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [62, "1900-03-02"],
    [366, "1900-12-31"],
    [367, "1901-01-01"],
    [36526, "2000-01-01"],
    [43831, "2020-01-01"],
    [43890, "2020-02-29"],
    [44197, "2021-01-01"],
    [44255, "2021-02-28"],
    [44439, "2021-08-31"],
    [44440, "2021-09-01"],
  ])("serial %i ↔ %s", (serial, text) => {
    expect(iso(fromExcelSerial(serial))).toBe(text);
    expect(toExcelSerial(d(text))).toBe(serial);
  });

  test("serial 60 is Excel's phantom 1900-02-29: 59 and 61 stay the real neighbours", () => {
    const x = fromExcelSerial(60);
    // Either no date or a real neighbour; never an invalid 1900-02-29.
    if (x) expect(isValidDate(x.y, x.m, x.d)).toBe(true);
    expect(toExcelSerial(d("1900-02-28"))).toBe(59);
    expect(toExcelSerial(d("1900-03-01"))).toBe(61);
  });

  test("every day 1900-01-01 … 2031-12-31 round-trips, and every serial except 60 round-trips", () => {
    const bad: string[] = [];
    let serial = toExcelSerial(d("1900-01-01"));
    expect(serial).toBe(1);
    for (let y = 1900; y <= 2031; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let day = 1; day <= daysInMonth(y, m); day++) {
          const x = { y, m, d: day };
          const s = toExcelSerial(x);
          // consecutive days have consecutive serials, except across the phantom 1900-02-29
          const step = y === 1900 && m === 3 && day === 1 ? 2 : 1;
          if (!(y === 1900 && m === 1 && day === 1) && s !== serial + step) bad.push(`${formatDate(x)} → ${s}`);
          serial = s;
          if (iso(fromExcelSerial(s)) !== formatDate(x)) bad.push(`${formatDate(x)} → ${s} → ${iso(fromExcelSerial(s))}`);
        }
      }
    }
    for (let s = 1; s <= 50000; s++) {
      if (s === 60) continue;
      const x = fromExcelSerial(s);
      if (!x || toExcelSerial(x) !== s) bad.push(`serial ${s}`);
    }
    expect(bad).toEqual([]);
  });

  test("fractions of a day (a time) stay on the day; out of range is undefined", () => {
    expect(iso(fromExcelSerial(44439.75))).toBe("2021-08-31");
    expect(iso(fromExcelSerial(44439.999999))).toBe("2021-08-31");
    expect(fromExcelSerial(0)).toBeUndefined();
    expect(fromExcelSerial(-1)).toBeUndefined();
    expect(fromExcelSerial(Number.NaN)).toBeUndefined();
    expect(fromExcelSerial(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(iso(fromExcelSerial(2958465))).toBe("9999-12-31");
    expect(fromExcelSerial(2958466)).toBeUndefined();
  });

  test("a month-only date's serial is its first day", () => {
    expect(toExcelSerial(d("2021-08"))).toBe(toExcelSerial(d("2021-08-01")));
  });

  test("fromJsDate reads UTC midnight, and rounds float-serial artefacts to the day", () => {
    expect(fromJsDate(new Date(Date.UTC(2021, 7, 31)))).toEqual({ y: 2021, m: 8, d: 31 });
    expect(fromJsDate(new Date(Date.UTC(2021, 7, 31) - 1))).toEqual({ y: 2021, m: 8, d: 31 });
    expect(fromJsDate(new Date(Number.NaN))).toBeUndefined();
  });
});

describe("onOrBefore (the cut-off test)", () => {
  const cut = d("2021-08-31");
  test.each([
    ["2021-08-31", true],
    ["2021-09-01", false],
    ["2021-08-01", true],
    ["2020-12-31", true],
    ["2022-01-01", false],
    // month-only dates count when their month is not after the cut-off month
    ["2021-08", true],
    ["2021-07", true],
    ["2021-09", false],
    ["2022-01", false],
  ])("%s on or before 2021-08-31 → %s", (x, out) => {
    expect(onOrBefore(d(x), cut)).toBe(out);
  });

  test("a mid-month cut-off", () => {
    const mid = d("2021-08-15");
    expect(onOrBefore(d("2021-08-15"), mid)).toBe(true);
    expect(onOrBefore(d("2021-08-16"), mid)).toBe(false);
    expect(onOrBefore(d("2021-08"), mid)).toBe(true); // a report "2021年8月" is due within August
  });

  test("a month-only cut-off", () => {
    const m = d("2021-08");
    expect(onOrBefore(d("2021-08-31"), m)).toBe(true);
    expect(onOrBefore(d("2021-09-01"), m)).toBe(false);
    expect(onOrBefore(d("2021-07-31"), m)).toBe(true);
  });

  test("the 6-month running limit in a leap year", () => {
    const lim = minusMonths(d("2020-08-31"), 6);
    expect(onOrBefore(d("2020-02-29"), lim)).toBe(true);
    expect(onOrBefore(d("2020-03-01"), lim)).toBe(false);
  });
});
