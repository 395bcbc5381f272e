/**
 * Counts written in Chinese numerals, as clerks write them in prose and now and then in a cell:
 * 四百三十八个, 二十三期、共计五千二百人次, 一百二十万元, 二〇二〇年. Each run becomes its digits so the
 * number readers see it; an ordinal (第二期) and a lone character (一是, 三华李) stay words.
 */
const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

const ANY = /[零〇一二两三四五六七八九十百千]/;
// Two or more numeral characters with a digit among them, not after 第, before a measure word or the end.
const RUN = /(?<!第)[零〇一二两三四五六七八九十百千万亿]{2,}(?=[个期人次家元台间名户项条篇份场座所天%％]|$)/g;

/** The value of a run of numerals (四百三十八 → 438, 二〇二〇 → 2020), or undefined. */
export function chineseNumber(s: string): number | undefined {
  if (!/[零〇一二两三四五六七八九]/.test(s)) return undefined;
  if (/^[零〇一二三四五六七八九]+$/.test(s)) return Number([...s].map((c) => DIGIT[c]).join(""));
  let total = 0;
  let section = 0;
  let num = 0;
  for (const c of s) {
    if (c in DIGIT) num = DIGIT[c];
    else if (c in UNIT) {
      section += (num || 1) * UNIT[c];
      num = 0;
    } else if (c in BIG) {
      total += (section + num) * BIG[c];
      section = 0;
      num = 0;
    } else return undefined;
  }
  return total + section + num;
}

/** The text with each run of Chinese numerals written in digits. */
export function withArabicNumerals(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(RUN, (run) => {
    const n = chineseNumber(run);
    return n === undefined ? run : String(n);
  });
}
