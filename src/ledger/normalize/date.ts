/**
 * Dates as ledgers hold them: Excel serials, JS Dates, "2021-08-31", "2021/8/31", "2021.8.31",
 * "2021年8月31日", "20210831", and months ("2021年8月", "2021-08") for monthly logs.
 */
import { withArabicDates } from "./chinese-numerals";
import { daysInMonth, fromExcelSerial, fromJsDate, isValidDate, LDate } from "../../scoring/dates";
import { isCellError } from "../../core/grid";
import { AnyCell, compact, isErrorText, quote, toHalfWidth } from "./text";

export type DateResult = { ok: true; value: LDate; precision: "day" | "month" } | { ok: false; reason: string };

const MAX_SERIAL = 2958465; // 9999-12-31, Excel's last date

/** A time of day after the date ("10:00", "T10:00:00Z", "下午3:30"); ignored. */
const TIME_TAIL = /(?:T|\s+|(?<=[日号]))(?:上午|下午)?\d{1,2}[:：]\d{1,2}(?:[:：]\d{1,2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** A web page's own words before its day, copied with it: "发布于 2021-03-09 10:21", "更新时间：2021-03-09". */
const POSTED_HEAD = /^(?:发布|更新|发表|上传)(?:于|时间\s*[:：]|日期\s*[:：])\s*(?=\d)/;

/** A web page's day with its own words before it ("发布于 2021-03-09 10:21"), or in its address, whatever its column is headed. */
export function isPostedDay(text: string): boolean {
  return (POSTED_HEAD.test(text.trim()) || URL_DAY.test(text)) && parseDate(text).ok;
}

const URL_DAY = /^\s*https?:\/\/\S*?[/_]t((?:19|20)\d{2})(\d{2})(\d{2})_\d+\.s?html?\s*$/i;

/** The day of the week a shared document's date cell shows after the day: "2021/03/05 周五", "2021年3月5日 星期五". */
const WEEKDAY_TAIL = /(?<=\d[日号]?)\s*(?:周|星期|礼拜)[一二三四五六日天]$/;

/** Two-digit years (21.3.5, 20/11/12, 21年3月) are this century's: the programme ran 2019–2022. */
const DAY_FORMS: RegExp[] = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
  /^(\d{2})[-/.](\d{1,2})[-/.](\d{1,2})$/,
  /^(\d{2})年(\d{1,2})月(\d{1,2})[日号]?$/,
];
const MONTH_FORMS: RegExp[] = [/^(\d{4})年(\d{1,2})月份?$/, /^(\d{4})[-/.](\d{1,2})$/, /^(\d{4})(\d{2})$/, /^(\d{2})年(\d{1,2})月份?$/];
/** Excel serials of 2000-01-01 and 2030-12-31: a five-digit text in that range is a date's serial. */
const SERIAL_2000 = 36526;
const SERIAL_2030 = 47848;
export const isSerialText = (t: string) => /^\d{5}$/.test(t.trim()) && Number(t) >= SERIAL_2000 && Number(t) <= SERIAL_2030;
const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

export function parseDate(v: AnyCell): DateResult {
  try {
    return parse(v);
  } catch {
    return { ok: false, reason: "无法识别的日期" };
  }
}

const MONTHS_EN = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const JS_DATE =
  /^\s*(?:mon|tue|wed|thu|fri|sat|sun)\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+(\d{1,2})\s+((?:19|20)\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+GMT[+-]\d{4})?(?:\s*[(（][^()（）]*[)）])?\s*$/i;

const EN_MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const EN_MONTH_FIRST = new RegExp(`^\\s*${EN_MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\s*$`, "i");
const EN_DAY_FIRST = new RegExp(`^\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+${EN_MONTH},?\\s+((?:19|20)\\d{2})\\s*$`, "i");

/** The month of the Spring Festival (春节) by year, for "2021年春节前". */
const SPRING_FESTIVAL_MONTH: Record<number, number> = { 2018: 2, 2019: 2, 2020: 1, 2021: 2, 2022: 2, 2023: 1, 2024: 2, 2025: 1 };

function parse(v: AnyCell): DateResult {
  if (v === null || v === undefined) return { ok: false, reason: "空白" };
  if (typeof v === "boolean") return { ok: false, reason: `逻辑值 ${v ? "TRUE" : "FALSE"}，不是日期` };
  if (isCellError(v)) return { ok: false, reason: `错误值 ${v.error}` };
  if (v instanceof Date) {
    const d = fromJsDate(dayOf(v));
    return d ? { ok: true, value: d, precision: "day" } : { ok: false, reason: "无效日期（年份超出1900–2200或日期值损坏）" };
  }
  if (typeof v === "number") return fromNumber(v);
  if (typeof v !== "string") return { ok: false, reason: "无法识别的日期" };

  const raw = v;
  // "9/7/2021 9:05:11 AM": an English-locale export's date-time, month first (the AM / PM says whose).
  const us = /^\s*(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M\s*$/i.exec(raw);
  if (us) return build(raw, Number(us[3]), Number(us[1]), Number(us[2]));
  // "Fri Dec 18 2020 00:00:00 GMT+0800 (中国标准时间)": a web system's date as the browser wrote it out
  // (JavaScript's Date.toString), the day as it was where it was written, whatever the zone.
  // A government site's page address, its day in the file name as the publishing system writes it
  // (…/content/post_t20201104_2108549.html, …/202011/t20201104_2108549.html): that day.
  const url = URL_DAY.exec(raw);
  if (url) return build(raw, Number(url[1]), Number(url[2]), Number(url[3]));
  const js = JS_DATE.exec(raw);
  if (js) return build(raw, Number(js[3]), MONTHS_EN.indexOf(js[1].toLowerCase()) + 1, Number(js[2]));
  // "Mar 1, 2021", "1 March 2021": an English-labelled sheet's day, the month by its name.
  const monthFirst = EN_MONTH_FIRST.exec(raw);
  const dayFirst = monthFirst ? null : EN_DAY_FIRST.exec(raw);
  const named = monthFirst
    ? { month: monthFirst[1], day: monthFirst[2], year: monthFirst[3] }
    : dayFirst
      ? { month: dayFirst[2], day: dayFirst[1], year: dayFirst[3] }
      : undefined;
  if (named) return build(raw, Number(named.year), MONTHS_EN.indexOf(named.month.slice(0, 3).toLowerCase()) + 1, Number(named.day));
  // "31/08/2021": day first, as Hong Kong and British habit writes it (an English-locale export's month-first
  // day carries its AM / PM, above; a Chinese one writes the year first).
  const dmy = /^\s*(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\s*$/.exec(raw);
  if (dmy) return build(raw, Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  // 二〇二一年三月, as an official document writes a date, is 2021年3月.
  // A scan read by OCR writes 0 as the letter O among the digits ("2O20年12月18日").
  // (A web page's day in its brackets, "[2021-09-07]", "【2021-09-07】", is that day.)
  const t = compact(toHalfWidth(withArabicDates(raw)).trim().replace(POSTED_HEAD, "").replace(TIME_TAIL, "").replace(WEEKDAY_TAIL, ""))
    .replace(/(?<=\d)[Oo](?=\d|年|月|日|[./-])|(?<=^|[./-])[Oo](?=\d)/g, "0")
    .replace(/^[[【]\s*((?:19|20)\d{2}[-./年][^[\]【】]*?)\s*[\]】]$/, "$1");
  if (t === "") return { ok: false, reason: "空白" };
  if (isErrorText(t)) return { ok: false, reason: `错误值 ${t.toUpperCase()}` };
  // "44136": a date cell pasted into a column formatted as text keeps its serial number (2000–2030 only).
  if (isSerialText(t)) return fromNumber(Number(t));
  for (const re of DAY_FORMS) {
    const m = re.exec(t);
    if (m) return build(raw, year(m[1]), Number(m[2]), Number(m[3]));
  }
  for (const re of MONTH_FORMS) {
    const m = re.exec(t);
    if (m) return build(raw, year(m[1]), Number(m[2]), undefined);
  }
  // "2020年第三季度": a period, read at its end (the quarter's last month).
  const quarter = /^((?:19|20)\d{2})年(?:第)?([一二三四1-4])季度?$/.exec(t);
  if (quarter) return build(raw, Number(quarter[1]), 3 * ("一二三四".indexOf(quarter[2]) + 1 || Number(quarter[2])), undefined);
  // "2020年底", "2020年上半年", "2021年春节前": a part of the year, read at its end (春节前: the festival's month).
  const part = /^((?:19|20)\d{2})年(?:度)?(年?底|年?末|上半年|下半年|春节前)$/.exec(t);
  if (part) {
    const y = Number(part[1]);
    const month = part[2] === "上半年" ? 6 : part[2] === "春节前" ? SPRING_FESTIVAL_MONTH[y] : 12;
    if (month !== undefined) return build(raw, y, month, undefined);
  }
  // A remark in brackets after the day: "2021年2月（春节合并报送）", "2020.11.5（补报）".
  const bare = t.replace(/[（(][^（()）]*[)）]$/, "");
  if (bare !== t && bare !== "") {
    const p = parse(bare);
    if (p.ok) return p;
  }
  return { ok: false, reason: `无法识别的日期：${quote(raw)}` };
}

/**
 * The calendar day of a date-time: a time of day is dropped (2021-08-31 18:30 is the 31st), but
 * a value a second or less from midnight is float noise of a whole day and rounds to it.
 */
function dayOf(v: Date): Date {
  const t = v.getTime();
  if (!Number.isFinite(t)) return v;
  const DAY = 86400000;
  const rem = ((t % DAY) + DAY) % DAY;
  return rem <= 1000 || rem >= DAY - 1000 ? v : new Date(t - rem);
}

function fromNumber(x: number): DateResult {
  if (!Number.isFinite(x)) return { ok: false, reason: `无效数字：${String(x)}` };
  // 20210831 typed into a General cell is a yyyymmdd date, never a serial (that would be year 57000+).
  if (Number.isInteger(x) && x >= 10000101 && x <= 99991231) return build(String(x), Math.floor(x / 10000), Math.floor(x / 100) % 100, x % 100);
  // "2021.8" typed into a General cell becomes the number 2021.8, and "2021.10" becomes 2021.1: only
  // a month that reads as .1 cannot be trusted (1月 or 10月?); 2021.8, 2021.05, 2021.11 are months.
  // (As a serial it would be a day in 1905, which no ledger holds.)
  if (x >= 1900 && x <= 2200) {
    const month = /^\d{4}\.(\d{1,2})$/.exec(String(x))?.[1];
    if (month !== undefined && month !== "1" && Number(month) >= 1 && Number(month) <= 12) return build(String(x), Math.floor(x), Number(month), undefined);
    return { ok: false, reason: `数字 ${x} 像是年份或“年.月”，已被Excel存成数字（2021.10会变成2021.1），请改写为“2021年10月”或日期格式` };
  }
  if (x >= 1 && x <= MAX_SERIAL) {
    const d = fromExcelSerial(x);
    if (d && isValidDate(d.y, d.m, d.d)) return { ok: true, value: d, precision: "day" };
    return { ok: false, reason: `日期超出范围（1900–2200年）：序列号 ${x}` };
  }
  return { ok: false, reason: `数字 ${x} 不是日期` };
}

function build(raw: string, y: number, m: number, d: number | undefined): DateResult {
  const shown = quote(raw);
  if (y < 1900 || y > 2200) return { ok: false, reason: `年份超出范围（1900–2200）：${shown}` };
  if (m < 1 || m > 12) return { ok: false, reason: `无法识别的日期：${shown}（月份应为1–12）` };
  if (d === undefined) return { ok: true, value: { y, m }, precision: "month" };
  if (d < 1) return { ok: false, reason: `无法识别的日期：${shown}（日应为1–31）` };
  if (!isValidDate(y, m, d)) {
    return { ok: false, reason: `不存在的日期：${shown}（${y}年${m}月只有${daysInMonth(y, m)}天）` };
  }
  return { ok: true, value: { y, m, d }, precision: "day" };
}

/**
 * The last day (or month) of a period as logs write them: "2020.9-2021.8" → 2021-08,
 * "2021年3月1日-3日" → 2021-03-03, "2020.11.20—11.21", "2021年9月—10月", "2021/3/1~2021/3/5".
 * A period counts at its end for the cut-off. `range` says whether the text was a period.
 */
export function parseRangeEnd(v: AnyCell): DateResult & { range?: boolean } {
  const whole = parseDate(v);
  if (whole.ok || typeof v !== "string") return whole;
  try {
    // (A policy's period gives its hours, "2020-12-15 00:00至2020-12-15 24:00": the days count.)
    const t = compact(toHalfWidth(v).replace(/(\d)\s+\d{1,2}:\d{2}(?::\d{2})?(?=\s*(?:—|–|-|~|～|至|到|$))/g, "$1"));
    // (The split where the start reads as a day: the dashes of 2020-12-15—2020-12-16 are inside the days too.)
    for (const m of t.matchAll(/—+|–|-{1,2}|~|～|至|到/g)) {
      const start = parseDate(t.slice(0, m.index));
      if (!start.ok) continue;
      const end = completeEnd(start.value, t.slice((m.index ?? 0) + m[0].length));
      if (end?.ok && !isBefore(end.value, start.value)) return { ...end, range: true };
    }
  } catch {
    /* fall through to the whole text's reason */
  }
  return whole;
}

function isBefore(a: LDate, b: LDate): boolean {
  return a.y * 400 + a.m * 32 + (a.d ?? 0) < b.y * 400 + b.m * 32 + (b.d ?? 0);
}

/**
 * A month and day written without their year ("3.3", "9月18日", "8/26"; compacted text), in `year`;
 * undefined when the text is not one.
 */
export function monthDayIn(year: number, text: string): DateResult | undefined {
  // (A machine's log gives the time after the day: "09-07 16:12".)
  const m = /^(\d{1,2})(?:[./-]|月)(\d{1,2})[日号]?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  return m ? build(text, year, Number(m[1]), Number(m[2])) : undefined;
}

/** A day written alone, "10日" / "4号", in a month known from elsewhere (a grid's month column, a month's line). */
export function dayInMonth(year: number, month: number, text: string): DateResult | undefined {
  const m = /^(\d{1,2})[日号]$/.exec(text);
  return m ? build(text, year, month, Number(m[1])) : undefined;
}

/** The end of a period, completed from its start: "3日" / "3" (a day), "3.3" / "3月3日", "10月", or a full date. */
function completeEnd(start: LDate, right: string): DateResult | undefined {
  const full = parseDate(right);
  if (full.ok) return full;
  let m = /^(\d{1,2})[日号]?$/.exec(right);
  if (m && start.d !== undefined) return build(right, start.y, start.m, Number(m[1]));
  const day = start.d !== undefined ? monthDayIn(start.y, right) : undefined;
  if (day) return day;
  m = /^(\d{1,2})月份?$/.exec(right);
  if (m) return build(right, start.y, Number(m[1]), undefined);
  return undefined;
}

/**
 * The day a government site's address states: its content system files a page under
 * …/202106/t20210604_1300981.html (t and the day it went up). Undefined for any other address.
 */
export function dateInUrl(link: string): LDate | undefined {
  // (…or a site whose article paths carry the day, /art/2020/6/12/art_2161_870231.html.)
  const m = /\/t(20\d{2})(\d{2})(\d{2})_\d+\.s?html?\b/i.exec(link) ?? /\/art\/(20\d{2})\/(\d{1,2})\/(\d{1,2})\/art_[\d_]+\.s?html?\b/i.exec(link);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? { y, m: mo, d } : undefined;
}

/**
 * A day written inside a longer text: "乐昌市电商培训签到表（2021年3月1日）", "培训时间：2021.3.1 上午".
 * The first full date (year, month and day) found; a period ("2021年3月1日-3日") at its end, as
 * periods count; after a 时间 / 日期 label also a short year ("培训时间：21.5.20"). Undefined when
 * there is none.
 */
export function findDateInText(text: AnyCell): LDate | undefined {
  if (typeof text !== "string") return undefined;
  try {
    const t = toHalfWidth(text);
    const re = /(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})(?!\d)\s*[日号]?/g;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      const d = Number(m[3]);
      if (!isValidDate(y, mo, d)) continue;
      const start: LDate = { y, m: mo, d };
      const to = /^\s*(?:—+|–|-{1,2}|~|～|至|到)\s*((?:\d{4}\s*(?:年|[-/.])\s*)?\d{1,2}(?:\s*(?:月|[-/.])\s*\d{1,2})?\s*[日号]?)(?![:：\d])/.exec(t.slice(re.lastIndex));
      const end = to ? completeEnd(start, compact(to[1])) : undefined;
      return end?.ok && !isBefore(end.value, start) ? end.value : start;
    }
    const short = /(?:时间|日期)\s*[:：]\s*(\d{2}[./-]\d{1,2}[./-]\d{1,2})(?![\d./-])/.exec(t);
    const d = short ? parseDate(short[1]) : undefined;
    if (d?.ok && d.value.d !== undefined) return d.value;
  } catch {
    /* no date */
  }
  return undefined;
}
