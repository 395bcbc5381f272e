/**
 * Counts written in Chinese numerals, as clerks write them in prose and now and then in a cell:
 * 四百三十八个, 二十三期、共计五千二百人次, 一百二十万元, 二〇二〇年, and dates and percentages written
 * out (二〇二〇年十月二十八日, 百分之二十六点三). Each run becomes its digits so the number and date readers
 * see it; an ordinal (第二期) and a lone character (一是, 三华李) stay words.
 */
const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

const ANY = /[零〇一二两三四五六七八九十百千]/;
// Two or more numeral characters with a digit among them, not after 第, before a measure word or the end.
const RUN = /(?<!第)[零〇一二两三四五六七八九十百千万亿]{2,}(?=[个期人次家元台间名户项条篇份场座所天%％]|$)/g;

/** The financial (大写) numerals as the plain ones they stand for. */
const CAPITAL: Record<string, string> = {
  壹: "一",
  贰: "二",
  貳: "二",
  叁: "三",
  參: "三",
  肆: "四",
  伍: "五",
  陆: "六",
  陸: "六",
  柒: "七",
  捌: "八",
  玖: "九",
  拾: "十",
  佰: "百",
  仟: "千",
  萬: "万",
  億: "亿",
};
/** An amount written in 大写 (伍佰万元整, 壹仟贰佰圆): only a run of them before 元 / 圆, never a name's 伍. */
const CAPITAL_AMOUNT = /[零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万萬亿億]{2,}(?=[元圆])/g;

/** The 角 and 分 after an amount's 元: "元伍角", "元伍角陆分", "元零陆分". */
const CAPITAL_CENTS = /(?<=[元圆])(?:([零壹贰貳叁參肆伍陆陸柒捌玖])角|零)?(?:([零壹贰貳叁參肆伍陆陸柒捌玖])分)?/g;

/** 大写 numerals as the plain ones they stand for (贰零贰零 → 二零二零, 壹拾伍 → 一十五); other characters as they are. */
const plainNumerals = (s: string) => [...s].map((c) => CAPITAL[c] ?? c).join("");

/** A 大写 digit as an Arabic one (伍 → 5). */
const capitalDigit = (c: string) => String(DIGIT[CAPITAL[c] ?? c]);

/** The text with amounts in 大写 numerals written in plain ones, and 元整 / 圆 as 元. */
function withPlainNumerals(text: string): string {
  if (!/[元圆]/.test(text)) return text;
  return (
    text
      .replace(CAPITAL_AMOUNT, plainNumerals)
      // (…and the 角 and 分 after its 元, in digits: 捌拾元伍角 → 八十元5角.)
      .replace(CAPITAL_CENTS, (cents: string, jiao: string | undefined, fen: string | undefined) =>
        cents === "" ? "" : `${jiao ? capitalDigit(jiao) : "0"}角${fen ? `${capitalDigit(fen)}分` : ""}`,
      )
      .replace(/([0-9零〇一二两三四五六七八九十百千万亿])\s*[元圆]整/g, "$1元")
      .replace(/([零〇一二两三四五六七八九十百千万亿])圆/g, "$1元")
  );
}

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

/**
 * A number written wholly in 大写 numerals, as a score sheet's 得分（大写） column is (贰 → 2, 壹拾肆 → 14,
 * 拾 → 10, 零 → 0); undefined for anything else.
 */
export function capitalNumber(s: string): number | undefined {
  const t = s.trim();
  if (!/^[零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]+$/.test(t)) return undefined;
  const plain = plainNumerals(t);
  return plain === "十" ? 10 : plain === "零" ? 0 : chineseNumber(plain.startsWith("十") ? `一${plain}` : plain);
}

/** A small number written out, 十 alone included (October, the tenth: no digit, which chineseNumber asks of a count). */
const small = (s: string): number | undefined => (s === "十" ? 10 : chineseNumber(s));

/** A date written out as on an official document: 二〇二〇年十月二十八日, 二○二一年三月. */
const WRITTEN_DATE = /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月(?:\s*([一二三四五六七八九十]{1,3})\s*[日号])?/g;
/** A year written out on its own: 二〇一九年 (its digits only, no 十: 二十一年 is a count of years). */
const WRITTEN_YEAR = /(?<![〇○零一二三四五六七八九十])([〇○零一二三四五六七八九]{4})\s*年/g;
/** A percentage written out: 百分之二十六点三. */
const WRITTEN_PERCENT = /百分之([零〇一二两三四五六七八九十百]+)(?:点([零〇一二三四五六七八九]+))?/g;

/**
 * A cheque's date in 大写, as a cheque must be written: 贰零贰零年零壹拾月零贰拾日 (a 零 before a month or a day
 * under 11, or a tenth, so that nothing can be added in front).
 */
const CHEQUE_DATE = /([零壹贰貳叁參肆伍陆陸柒捌玖]{4})\s*年\s*([零壹贰貳叁參肆伍陆陸柒捌玖拾]{1,4})\s*月\s*([零壹贰貳叁參肆伍陆陸柒捌玖拾]{1,4})\s*日/g;

/** Such a date in plain numerals (二零二零年十月二十日), for WRITTEN_DATE to read. */
function chequeDate(whole: string, y: string, m: string, d: string): string {
  const part = (s: string) => plainNumerals(s).replace(/^零/, "").replace(/^一十/, "十");
  return `${plainNumerals(y)}年${part(m)}月${part(d)}日`;
}

/** The text with dates and percentages written out in words put in digits (2020年10月28日, 26.3%). */
export function withArabicDates(given: string): string {
  const text = /[壹贰貳叁參肆伍陆陸柒捌玖]/.test(given) ? given.replace(CHEQUE_DATE, chequeDate) : given;
  if (!ANY.test(text)) return text;
  return (
    text
      .replace(WRITTEN_DATE, (whole, y: string, m: string, d: string | undefined) => {
        const [year, month, day] = [chineseNumber(y.replace(/○/g, "〇")), small(m), d === undefined ? undefined : small(d)];
        if (year === undefined || month === undefined || (d !== undefined && day === undefined)) return whole;
        return `${year}年${month}月${day === undefined ? "" : `${day}日`}`;
      })
      // A year alone, "二〇一九年全区农村网络零售额…": only a year this programme's papers could name.
      .replace(WRITTEN_YEAR, (whole, y: string) => {
        const year = chineseNumber(y.replace(/○/g, "〇"));
        return year !== undefined && year >= 1990 && year <= 2099 ? `${year}年` : whole;
      })
      .replace(WRITTEN_PERCENT, (whole, int: string, dec: string | undefined) => {
        const n = small(int);
        if (n === undefined) return whole;
        return `${n}${dec === undefined ? "" : `.${[...dec].map((c) => DIGIT[c]).join("")}`}%`;
      })
  );
}

/**
 * An amount in digits and Chinese units, as said aloud: 3亿2千万元 → 32000万元, 2亿4千5百万元 → 24500万元,
 * 1亿9千万 → 19000万, 5千3百万元 → 5300万元. (A plain 3.2亿元 or 4500万元 has no unit inside it and stays.)
 */
const SPOKEN_AMOUNT = /(?<![\d.])(?:(\d+)亿)?(?:(\d)千)?(?:(\d)百)?(?:(\d)十)?(\d)?万/g;

const WAN_AND_THOUSANDS = /(\d+)万(\d)千(?:(\d)百)?(?![\d十百千万])/g;
function withSpokenAmounts(text: string): string {
  if (!/\d[亿千百十]/.test(text)) return text;
  // "48万7千" (48万 and 7千 more), "48万7千5百": 48.7万, 48.75万 — not 48万 with the rest lost.
  return text
    .replace(WAN_AND_THOUSANDS, (_all, wan: string, qian: string, bai?: string) => `${wan}.${qian}${bai ?? ""}万`)
    .replace(SPOKEN_AMOUNT, (whole, yi?: string, qian?: string, bai?: string, shi?: string, ge?: string) => {
      // A unit inside the figure makes it spoken ("4千万", "3亿5万"); "4500万" is written already.
      if ((qian ?? bai ?? shi) === undefined && (yi === undefined || ge === undefined)) return whole;
      const wan = Number(yi ?? 0) * 10000 + Number(qian ?? 0) * 1000 + Number(bai ?? 0) * 100 + Number(shi ?? 0) * 10 + Number(ge ?? 0);
      return `${wan}万`;
    });
}

/** The text with each run of Chinese numerals written in digits (dates and percentages first). */
export function withArabicNumerals(raw: string): string {
  const sentence = withPlainNumerals(raw);
  if (!ANY.test(sentence)) return withSpokenAmounts(sentence);
  const text = withSpokenAmounts(withArabicDates(sentence));
  return text
    .replace(RUN, (run) => {
      const n = chineseNumber(run);
      return n === undefined ? run : String(n);
    })
    .replace(YUAN_AND_CENTS, (_all, yuan: string, jiao: string | undefined, fen: string | undefined) => `${yuan}.${jiao ?? "0"}${fen ?? ""}元`);
}

/** An amount in 元 with its 角 and 分 (96780元5角, 12元0角6分): as a decimal. */
const YUAN_AND_CENTS = /(\d+)元(?:(\d)角)?(?:(\d)分)?(?<=角|分)/g;

/**
 * Points said in words after what they score, as a speech's script writes them: "方案制定两分，", "村级站点
 * 覆盖十分；", "自评九十六分：" → 2分, 10分, 96分. Only before a pause or the end: "十分重要" is "very".
 */
const SPOKEN_POINTS = /(?<![第零〇一二两三四五六七八九十百])([零〇一二两三四五六七八九十百]{1,4})分(?=[，,；;。、:：（()）]|$)/g;
export function withArabicPoints(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(SPOKEN_POINTS, (whole, n: string) => {
    const v = n === "两" ? 2 : small(n);
    return v === undefined ? whole : `${v}分`;
  });
}
