import { idCheckChar, parseIdNumber } from "../../../src/ledger/normalize/idnumber";

type In = Parameters<typeof parseIdNumber>[0];

function ok(v: In) {
  const r = parseIdNumber(v);
  if (!r.ok) throw new Error(r.reason);
  return r;
}

describe("parseIdNumber: complete 18-digit IDs", () => {
  test("the GB 11643 example with X", () => {
    expect(idCheckChar("11010519491231002")).toBe("X");
    const r = ok("11010519491231002X");
    expect(r.id).toEqual({ text: "11010519491231002X", masked: false, valid: true });
    expect(r.warning).toBeUndefined();
  });

  test.each<[string, string]>([
    ["11010519491231002x", "11010519491231002X"],
    ["440281199001011230", "440281199001011230"],
    [" 4402 8119 9001 0112 30 ", "440281199001011230"],
    ["４４０２８１１９９００１０１１２３０", "440281199001011230"],
    ["'440281198503150017", "440281198503150017"],
  ])("%j → %s valid", (v, text) => {
    expect(ok(v).id).toEqual({ text, masked: false, valid: true });
  });

  test("a wrong check digit is kept but flagged", () => {
    const r = ok("440281199001011234");
    expect(r.id).toEqual({ text: "440281199001011234", masked: false, valid: false });
    expect(r.warning).toMatch(/校验位不符.*应为0/);
  });
});

describe("parseIdNumber: masked, lost and old IDs", () => {
  test.each(["440281********1234", "440281********123X", "4402**********1234", "440281199001****30", "4402811990****"])("masked %j", (v) => {
    const r = ok(v);
    expect(r.id.masked).toBe(true);
    expect(r.id.valid).toBe(false);
    expect(r.id.text).toBe(v);
    expect(r.warning).toMatch(/打码.*不能用于比对人员/);
  });

  test("full-width asterisks count as a mask", () => {
    expect(ok("440281＊＊＊＊＊＊＊＊1234").id.text).toBe("440281********1234");
  });

  test("an ID Excel turned into a number lost its last digits", () => {
    // eslint-disable-next-line no-loss-of-precision -- an ID number typed as a number: Excel keeps 15 digits, the loss is the case under test
    const r = ok(440281199001011234);
    expect(r.lostDigits).toBe(true);
    expect(r.id).toEqual({ text: "440281199001011000", masked: true, valid: false });
    expect(r.warning).toMatch(/丢失.*不能用于比对人员/);
  });

  test("the same shown in exponent form as text", () => {
    const r = ok("4.40281E+17");
    expect(r.lostDigits).toBe(true);
    expect(r.id.masked).toBe(true);
  });

  test.each<[In, string]>([
    ["440281900101123", "440281199001011230"],
    [440281900101123, "440281199001011230"],
  ])("15-digit %p is upgraded to 18 digits but not valid", (v, text) => {
    const r = ok(v);
    expect(r.id).toEqual({ text, masked: false, valid: false });
    expect(r.warning).toMatch(/15位旧身份证号/);
  });
});

describe("parseIdNumber: failures", () => {
  test.each<[In, RegExp]>([
    [null, /^空白$/],
    [undefined, /^空白$/],
    ["  ", /^空白$/],
    ["44028119900101123", /位数不对（17位）/],
    ["4402811990010112301", /位数不对（19位）/],
    ["44028119900101X230", /无法识别/],
    ["X40281199001011230", /无法识别/],
    ["********", /无法识别/],
    ["张三", /无法识别的身份证号：张三/],
    [12345, /位数不对/],
    [1234567890123456, /位数不对（16位）/],
    [1.5, /无法识别/],
    [-440281199001011000, /无法识别/],
    [NaN, /无法识别/],
    [true, /不是身份证号/],
    [new Date(0), /不是身份证号/],
    [{ error: "#REF!" }, /^错误值 #REF!$/],
  ])("%p fails: %s", (v, reason) => {
    const r = parseIdNumber(v);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe("parseIdNumber: a number met again", () => {
  test("is the same frozen IdNumber, typed as it is or spaced", () => {
    const a = ok("440281199001011230").id;
    const b = ok(" 4402 8119 9001 0112 30 ").id;
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(a).toEqual({ text: "440281199001011230", masked: false, valid: true });
  });

  test("a wrong check digit or a mask is never taken for the whole number", () => {
    const whole = ok("440281199001011230").id;
    const wrong = ok("440281199001011234").id;
    expect(wrong).not.toBe(whole);
    expect(wrong.valid).toBe(false);
    expect(ok("440281********1230").id.masked).toBe(true);
  });
});
