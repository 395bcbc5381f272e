import { chineseNumber, withArabicDates, withArabicNumerals, withArabicPoints } from "../../../src/ledger/normalize/chinese-numerals";
import { parseNumber } from "../../../src/ledger/normalize/number";

describe("chineseNumber", () => {
  test.each([
    ["四百三十八", 438],
    ["二十三", 23],
    ["十二", 12],
    ["五千二百", 5200],
    ["一百二十万", 1_200_000],
    ["三万五千", 35_000],
    ["二〇二〇", 2020],
    ["两千", 2000],
  ])("%s → %d", (s, n) => expect(chineseNumber(s)).toBe(n));

  test.each(["万户", "千家万户", "十"])("%s is no count", (s) => expect(chineseNumber(s)).toBeUndefined());
});

describe("withArabicNumerals", () => {
  test("runs before a measure word become digits; ordinals and lone characters stay words", () => {
    expect(withArabicNumerals("共举办培训二十三期、共计五千二百人次，第二期在三华李产区，一是站点少")).toBe(
      "共举办培训23期、共计5200人次，第二期在三华李产区，一是站点少",
    );
  });
});

test("a cell written in numerals is a number (四百三十八 → 438, 一百二十万元 → 1,200,000 元)", () => {
  const a = parseNumber("四百三十八");
  const b = parseNumber("一百二十万元");
  expect(a.ok && a.value.toNumber()).toBe(438);
  expect(b.ok && b.value.toNumber()).toBe(1_200_000);
});

test.each([
  ["2020年3亿2千万元", "2020年32000万元"],
  ["2019年2亿4千5百万元", "2019年24500万元"],
  ["1亿9千万元", "19000万元"],
  ["4千万元", "4000万元"],
  ["共3亿5万元", "共30005万元"],
  // 万 and the thousands after it: 48万7千 is 48.7万, not 48万.
  ["常住人口48万7千人", "常住人口48.7万人"],
  ["48万7千5百人", "48.75万人"],
  // Written figures stay as they are.
  ["4500万元", "4500万元"],
  ["3.2亿元", "3.2亿元"],
])("an amount said aloud in digits and units: %s → %s", (said, written) => {
  expect(withArabicNumerals(said)).toBe(written);
});

test.each([
  ["伍佰万元整", 5000000],
  ["壹仟贰佰圆", 1200],
  ["500万元整", 5000000],
  ["叁拾捌万陆仟肆佰元", 386400],
  // With its 角 and 分 (封开's and 吴川's payment slips, 84th and 46th blind batches).
  ["人民币玖万陆仟柒佰捌拾元伍角", 96780.5],
  ["壹拾贰元零陆分", 12.06],
  ["叁佰元伍角捌分", 300.58],
])("an amount in 大写 numerals, 元整 or 圆: %s → %s 元", (said, yuan) => {
  const p = parseNumber(said);
  expect(p.ok && p.value.toNumber()).toBe(yuan);
});

test("a name's 伍 or 陆 is no numeral", () => {
  expect(withArabicNumerals("伍先生、陆女士参加培训")).toBe("伍先生、陆女士参加培训");
});

test("a year said alone is written in digits; a count of years with 十 is not", () => {
  expect(withArabicNumerals("二〇一九年全区农村网络零售额")).toBe("2019年全区农村网络零售额");
  expect(withArabicDates("创建已有二十一年")).toBe("创建已有二十一年");
});

test("points said in words before a pause are points; 十分 before a word is 'very'", () => {
  expect(withArabicPoints("方案制定两分，村级站点覆盖十分；自评九十六分：")).toBe("方案制定2分，村级站点覆盖10分；自评96分：");
  expect(withArabicPoints("这项工作十分重要")).toBe("这项工作十分重要");
});
