import { parseNumber } from "../../../src/ledger/normalize/number";
import { Q } from "../../../src/scoring/rational";

/** Expect success with an exact value (as a decimal string) and unit. */
function ok(v: Parameters<typeof parseNumber>[0], value: string, unit?: string, opts?: Parameters<typeof parseNumber>[1]) {
  const r = parseNumber(v, opts);
  if (!r.ok) throw new Error(`expected ok for ${String(v)}: ${r.reason}`);
  expect(r.value.eq(Q.from(value))).toBe(true);
  expect(r.unit).toBe(unit);
  return r;
}

function fail(v: Parameters<typeof parseNumber>[0], reason: RegExp, opts?: Parameters<typeof parseNumber>[1]) {
  const r = parseNumber(v, opts);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.reason).toMatch(reason);
}

describe("parseNumber: text forms", () => {
  test.each<[string, string, string | undefined]>([
    ["4200", "4200", undefined],
    ["4,167,785.00", "4167785", undefined],
    ["4，167，785.00", "4167785", undefined],
    ["4167785元", "4167785", "元"],
    ["4,167,785.50 元", "4167785.5", "元"],
    ["42万", "420000", undefined],
    ["42万元", "420000", "元"],
    ["42.6万人", "426000", "人"],
    // (w, the clerk's own shorthand for 万.)
    ["88.7w", "887000", undefined],
    ["500W", "5000000", undefined],
    ["1.2亿", "120000000", undefined],
    ["1.2亿元", "120000000", "元"],
    // (Millions, for readers used to them: 4.21 百万元.)
    ["4.21百万元", "4210000", "元"],
    ["4385人次", "4385", "人次"],
    ["20家", "20", "家"],
    ["137个", "137", "个"],
    ["70%", "0.7", "%"],
    ["69.996%", "0.69996", "%"],
    ["７０％", "0.7", "%"],
    ["４２００", "4200", undefined],
    ["４，２００．５", "4200.5", undefined],
    ["-5", "-5", undefined],
    ["－5", "-5", undefined],
    ["−5", "-5", undefined],
    ["+5", "5", undefined],
    ["  42  ", "42", undefined],
    ["\u3000 42\n", "42", undefined],
    ["0.1", "0.1", undefined],
    [".5", "0.5", undefined],
    ["0", "0", undefined],
    ["¥4,200", "4200", "元"],
    ["￥4200元", "4200", "元"],
    ["12345678901234567890", "12345678901234567890", undefined],
  ])("%j → %s %s", (text, value, unit) => {
    ok(text, value, unit);
  });

  test("a text value is exact, never a float", () => {
    const r = parseNumber("0.1");
    expect(r.ok && r.value.toString()).toBe("1/10");
  });
});

describe("parseNumber: JS numbers", () => {
  test.each<[number, string]>([
    [4200, "4200"],
    [0.1, "0.1"],
    [-5, "-5"],
    [0.1 + 0.2, "0.3"], // formula float noise, taken at Excel's 15 digits
    [4167785.5, "4167785.5"],
  ])("%p → %s", (n, value) => {
    const r = ok(n, value);
    expect(r.lostDigits).toBeUndefined();
  });

  test("16+ integer digits are flagged as lost", () => {
    const r = ok(440281199001011000, "440281199001011000");
    expect(r.lostDigits).toBe(true);
  });

  test.each([NaN, Infinity, -Infinity])("%p fails", (n) => fail(n, /无效数字/));
});

describe("parseNumber: column unit", () => {
  test("万元 column converts bare numbers to 元", () => {
    ok("42", "420000", "元", { unit: "万元" });
    ok(42.5, "425000", "元", { unit: "万元" });
    ok("4,200.5", "42005000", "元", { unit: "万元" });
  });
  test("text with its own 元 wins", () => {
    ok("4167785元", "4167785", "元", { unit: "万元" });
  });
  test("42万 in a 万元 column is 42万元, not 42亿", () => {
    ok("42万", "420000", "元", { unit: "万元" });
  });
  test("42万元 in a 万元 column", () => {
    ok("42万元", "420000", "元", { unit: "万元" });
  });
  test("percentages are not money", () => {
    ok("70%", "0.7", "%", { unit: "万元" });
  });
  test("元 column only labels the unit", () => {
    ok("4200", "4200", "元", { unit: "元" });
  });
});

describe("parseNumber: failures", () => {
  test.each<[Parameters<typeof parseNumber>[0], RegExp]>([
    [null, /^空白$/],
    [undefined, /^空白$/],
    ["", /^空白$/],
    ["   ", /^空白$/],
    [true, /逻辑值/],
    [false, /逻辑值/],
    [new Date(Date.UTC(2021, 7, 31)), /日期/],
    [{ error: "#REF!" }, /^错误值 #REF!$/],
    [{ error: "#N/A" }, /^错误值 #N\/A$/],
    ["#DIV/0!", /^错误值 #DIV\/0!$/],
    ["约42万", /不是确定的数值：约42万/],
    ["共20家", /不是确定的数值/],
    ["4000多人", /不是确定的数值/],
    ["42万余", /不是确定的数值/],
    ["abc", /无法识别的数字：abc/],
    ["42,5", /千分位/],
    ["1,2345", /千分位/],
    ["4.2.1", /无法识别/],
    ["1e3", /无法识别/],
    ["-", /无法识别/],
    ["万", /无法识别/],
    ["42美元", /无法识别/],
    ["¥70%", /无法识别/],
    ["10-20", /无法识别/],
  ])("%p fails: %s", (v, reason) => fail(v, reason));
});

describe("parseNumber: extremes", () => {
  test("the largest doubles do not overflow when taken at 15 digits", () => {
    for (const x of [Number.MAX_VALUE, -1.7976931348623151e308, Number.MIN_VALUE]) {
      const r = parseNumber(x);
      expect(r.ok).toBe(true);
    }
  });
});

describe("a sum typed into a text cell and left uncalculated", () => {
  test.each([
    ["=14+9+6", "29"],
    ["=6.21+3.47+1.96+0.88", "12.52"],
    ["=46-9", "37"],
    ["＝1,286,500+965,000+1,403,300", "3654800"],
  ])("%s is what Excel would show: %s", (cell, sum) => {
    const n = parseNumber(cell);
    expect(n.ok && n.value.toDecimal(2).replace(/\.00$/, "")).toBe(sum);
  });

  test.each(["=SUM(A1:A3)", "=A1+A2", "=14*3", "=", "=+"])("%s is no number", (cell) => {
    expect(parseNumber(cell).ok).toBe(false);
  });
});
