import { cellText, isNoteText, isPlainText, isTotalText, normalizeLabel, numberText, parseUnitLine, splitUnit, toHalfWidth } from "../../../src/ledger/normalize/text";
import fc from "fast-check";

describe("toHalfWidth", () => {
  test.each([
    ["４２００", "4200"],
    ["ＡＢＣｘｙｚ", "ABCxyz"],
    ["（元）：", "(元):"],
    ["！～", "!~"],
    ["a\u3000b", "a b"],
    ["村、镇。《报》", "村、镇。《报》"],
    ["", ""],
  ])("%j → %j", (input, out) => expect(toHalfWidth(input)).toBe(out));
});

describe("cellText", () => {
  test.each<[Parameters<typeof cellText>[0], string]>([
    [null, ""],
    [undefined, ""],
    ["  长来村 \n", "长来村"],
    ["\u200B长来\u3000", "长来"],
    [4200, "4200"],
    [0.1 + 0.2, "0.3"],
    [-0, "0"],
    [1e21, "1000000000000000000000"],
    [1.5e-7, "0.00000015"],
    [-1.7976931348623151e308, "-17976931348623151" + "0".repeat(292)],
    // eslint-disable-next-line no-loss-of-precision -- an ID number stored as a number loses its last digits; that is the case under test
    [440281199001011234, "440281199001011000"],
    [true, "TRUE"],
    [false, "FALSE"],
    [new Date(Date.UTC(2021, 7, 31)), "2021-08-31"],
    [new Date(NaN), ""],
    [{ error: "#REF!" }, "#REF!"],
  ])("%p → %j", (v, out) => expect(cellText(v)).toBe(out));

  test("dates met again, in any order, read as their own day (each day's text is made once)", () => {
    const days = [
      [2021, 7, 31],
      [2020, 0, 5],
      [2021, 7, 31],
      [2020, 1, 29],
      [2020, 0, 5],
      [2020, 0, 5],
    ];
    expect(days.map(([y, m, d]) => cellText(new Date(Date.UTC(y, m, d))))).toEqual(["2021-08-31", "2020-01-05", "2021-08-31", "2020-02-29", "2020-01-05", "2020-01-05"]);
    // Late in the day (a float serial's 23:59:59.999) is still that day, asked before or after midnight's.
    expect(cellText(new Date(Date.UTC(2020, 1, 29) - 1))).toBe("2020-02-29");
    expect(cellText(new Date(Date.UTC(2020, 1, 29)))).toBe("2020-02-29");
  });

  test("non-finite numbers are spelt, not thrown", () => {
    expect(numberText(NaN)).toBe("NaN");
    expect(numberText(Infinity)).toBe("Infinity");
  });
});

describe("normalizeLabel", () => {
  test.each([
    ["镇（街道）", "镇(街道)"],
    ["镇 (街道)", "镇(街道)"],
    ["行政\n村名", "行政村名"],
    ["常住人口：", "常住人口"],
    ["常住人口:", "常住人口"],
    ["  建成\u200B日期 ", "建成日期"],
    ["Name", "name"],
    ["【备注】", "[备注]"],
    ["２０１９年农村网络零售额", "2019年农村网络零售额"],
    ["村（居）委会", "村(居)委会"],
  ])("%j → %j", (input, out) => expect(normalizeLabel(input)).toBe(out));

  test("two wordings meet", () => {
    expect(normalizeLabel("拨付金额\r\n（元）")).toBe(normalizeLabel("拨付金额(元)"));
  });
});

describe("splitUnit", () => {
  test.each<[string, string, string | undefined]>([
    ["拨付金额（元）", "拨付金额", "元"],
    ["金额(万元)", "金额", "万元"],
    ["常住人口（万人）", "常住人口", "万人"],
    ["培训人次（人次）", "培训人次", "人次"],
    ["覆盖率（%）", "覆盖率", "%"],
    ["覆盖率（％）", "覆盖率", "%"],
    ["站点数量（个）", "站点数量", "个"],
    ["入驻企业（家）", "入驻企业", "家"],
    ["人数（人）", "人数", "人"],
    ["金额（单位：万元）", "金额", "万元"],
    ["拨付金额\n（ 元 ）", "拨付金额", "元"],
    ["镇（街道）", "镇（街道）", undefined],
    ["金额（元/人）", "金额（元/人）", undefined],
    ["金额", "金额", undefined],
    ["", "", undefined],
  ])("%j → %j %j", (h, label, unit) => {
    const r = splitUnit(h);
    expect(r.label).toBe(label);
    expect(r.unit).toBe(unit);
  });

  test("non-text cells do not throw", () => {
    expect(splitUnit(42)).toEqual({ label: "42" });
    expect(splitUnit(null)).toEqual({ label: "" });
  });
});

describe("parseUnitLine", () => {
  test.each<[string, string | undefined]>([
    ["单位：万元", "万元"],
    ["单位: 元", "元"],
    ["金额单位：元", "元"],
    ["单位：万元。", "万元"],
    ["填报单位：乐昌市商务局", undefined],
    ["单位", undefined],
  ])("%j → %j", (s, u) => expect(parseUnitLine(s)).toBe(u));
});

describe("isNoteText", () => {
  test.each([
    "注：本表由各镇填报",
    "注:1.…",
    "注1.站点须挂牌",
    "备注：无",
    "说明：数据截至2021年8月",
    "填表人：张三      审核人：李四",
    "填表人",
    "审核人：",
    "负责人：王五",
    "联系电话：0751-5555555",
    "填报日期：2021年8月31日",
    "制表：乐昌市商务局",
    "  填 表 人：张三",
    "注﹕见附件",
  ])("note: %j", (s) => expect(isNoteText(s)).toBe(true));

  test.each(["备注", "说明", "负责人", "联系电话", "填报日期", "长来村", "注册资本", "", "4200"])("not a note: %j", (s) => expect(isNoteText(s)).toBe(false));
});

describe("isTotalText", () => {
  test.each([
    "合计",
    "小计",
    "总计",
    "累计",
    "合 计",
    "合\u3000计",
    " 总计 ",
    "全县合计",
    "本页小计",
    "合计：",
    "合计（元）",
    "合计:195个",
    "共计",
    "2020年小计",
    "2021年度合计",
    "合计（次）",
    "小计（3个村）",
  ])("total: %j", (s) => expect(isTotalText(s)).toBe(true));
  test.each(["长来村", "合作社", "", "计划", "1合计", "2020年", "3组小计"])("not a total: %j", (s) => expect(isTotalText(s)).toBe(false));
});

describe("plain text (Han characters and digits) is its own key", () => {
  const plain = fc.string({
    unit: fc.oneof(fc.integer({ min: 0x4e00, max: 0x9fff }), fc.integer({ min: 0x30, max: 0x39 })).map((c) => String.fromCharCode(c)),
    minLength: 1,
  });

  test("the shortcut gives what the full folding gives", () => {
    // A trailing space takes the full path (it is not plain text); what remains must be the text itself.
    fc.assert(
      fc.property(plain, (s) => {
        expect(isPlainText(s)).toBe(true);
        expect(normalizeLabel(`${s} `)).toBe(s);
        expect(normalizeLabel(s)).toBe(s);
      }),
    );
  });

  test.each(["张三", "440281195507231566", "长来村"])("%s is plain", (s) => expect(isPlainText(s)).toBe(true));
  test.each(["", "44028119550723156X", "长来村 ", "（元）", "Ａ"])("%s is not", (s) => expect(isPlainText(s)).toBe(false));
});
