/**
 * Text helpers shared by the value normalisers: display text of any cell, full-width folding,
 * header/label keys, units in headers, and the note / total lines that surround a table.
 * All functions are total: they accept any cell value (undefined included, because sparse rows
 * yield it) and never throw.
 */
import { formatDate, fromJsDate } from "../../scoring/dates";
import { CellValue, isCellError } from "../../core/grid";

/** Any value an adapter may hand over for one cell. */
export type AnyCell = CellValue | undefined;

/** Units a header or a `单位：…` line can declare. */
export type Unit = "元" | "万元" | "人" | "万人" | "人次" | "%" | "个" | "家";
const UNITS: readonly string[] = ["元", "万元", "人", "万人", "人次", "%", "个", "家"];

/** Whitespace (incl. ideographic space, NBSP, line breaks) plus invisible characters clerks paste in. */
const INVISIBLE = /[\s\u00AD\u180E\u200B-\u200F\u2060\uFEFF]+/g;

/** What toHalfWidth changes, and what compact also removes: most cells have neither (one scan, no copy). */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
const FULL_WIDTH_OR_SPACE = /[\uFF01-\uFF5E\u3000\s\u00AD\u180E\u200B-\u200F\u2060\uFEFF]/;

/** Full-width ASCII (U+FF01–FF5E) and the ideographic space → half-width; 、。《》 stay as they are. */
export function toHalfWidth(s: string): string {
  if (typeof s !== "string") return cellText(s as AnyCell);
  if (!FULL_WIDTH.test(s)) return s;
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/** Full-width digits (１２３) as digits; every other character as it is. */
export function halfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** A dash or a slash alone ("—", "－", "/"): a cell saying "nothing here", as a blank does. */
export function isDash(s: string): boolean {
  return /^[—–\-－/／]+$/.test(s);
}

/** Half-width and without any whitespace or invisible characters: the form the parsers match on. */
export function compact(s: string): string {
  if (typeof s === "string" && !FULL_WIDTH_OR_SPACE.test(s)) return s;
  return toHalfWidth(s).replace(INVISIBLE, "");
}

/**
 * Trimmed display text of a cell. Numbers are shown at Excel's 15 significant digits (so the float
 * noise of a formula result, 0.30000000000000004, reads 0.3) and never in exponent form.
 */
export function cellText(v: AnyCell): string {
  try {
    if (v === null || v === undefined) return "";
    if (typeof v === "string") {
      // Most texts have nothing to trim: checked on both end characters before any copy is made.
      if (v === "" || (!mayTrim(v.charCodeAt(0)) && !mayTrim(v.charCodeAt(v.length - 1)))) return v;
      return v.replace(/^[\s\u200B-\u200F\u2060\uFEFF]+|[\s\u200B-\u200F\u2060\uFEFF]+$/g, "");
    }
    if (typeof v === "number") return numberText(v);
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    if (v instanceof Date) {
      // Ledger rows come date after date: the text of the last one is usually asked for again, and
      // a ledger's 300,000 rows hold a few hundred distinct days, each formatted once.
      const ms = v.getTime();
      if (ms === lastDate.ms) return lastDate.text;
      let text = dateTexts.get(ms);
      if (text === undefined) {
        const d = fromJsDate(v);
        if (d) {
          text = formatDate(d);
          if (dateTexts.size > 100000) dateTexts.clear();
          dateTexts.set(ms, text);
        }
      }
      if (text !== undefined) {
        lastDate.ms = ms;
        lastDate.text = text;
        return text;
      }
      return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
    }
    if (isCellError(v)) return v.error.trim();
    return "";
  } catch {
    return "";
  }
}

const lastDate = { ms: NaN, text: "" };
const dateTexts = new Map<number, string>();

/** The columns of a row's cells that hold any text (cellText trims, so a cell of spaces is blank). */
export function filledColumns(row: readonly AnyCell[] | undefined): number[] {
  const out: number[] = [];
  if (row) for (let c = 0; c < row.length; c++) if (cellText(row[c]) !== "") out.push(c);
  return out;
}

/** A cell's text with no space at all ("项 目" → 项目, "〃 "): how a form's spaced words are compared. */
export function spacelessText(v: AnyCell): string {
  return cellText(v).replace(/\s+/g, "");
}

/** A character cellText may trim: every JS whitespace (\\s) and U+200B–U+200F, U+2060 (a superset, so false is sure). */
function mayTrim(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200f) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * A number at the 15 significant digits Excel shows and stores from typing; the digits beyond are
 * float noise (0.1+0.2). Near the double's maximum rounding up would overflow, so keep x there.
 */
export function excelDigits(x: number): number {
  // An integer below 10^15 has at most 15 digits: nothing to round.
  if (Number.isInteger(x) && x < 1e15 && x > -1e15) return x;
  const r = Number(x.toPrecision(15));
  return Number.isFinite(r) ? r : x;
}

/** Shortest plain decimal of a number at 15 significant digits ("1e+21" is spelt out). */
export function numberText(x: number): string {
  // A whole number of at most 15 digits (a 序号, a count) is its shortest form: no look at its text.
  if (Number.isInteger(x) && x > -1e15 && x < 1e15) return x === 0 ? "0" : String(x);
  if (!Number.isFinite(x)) return String(x);
  // The shortest form already has at most 15 digits (ledger numbers nearly always): it is the text.
  const plain = String(x);
  if (plain.length - (x < 0 ? 1 : 0) - (plain.includes(".") ? 1 : 0) <= 15 && !plain.includes("e")) return x === 0 ? "0" : plain;
  const r = excelDigits(x);
  if (r === 0) return "0";
  const s = String(r);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const digits = m[2] + (m[3] ?? "");
  const exp = Number(m[4]);
  if (exp >= 0) {
    const intLen = exp + 1;
    return m[1] + (digits.length <= intLen ? digits.padEnd(intLen, "0") : `${digits.slice(0, intLen)}.${digits.slice(intLen)}`);
  }
  return `${m[1]}0.${"0".repeat(-exp - 1)}${digits}`;
}

/** Cut a long cell text for a reason message so diagnostics stay one line. */
export function quote(s: string, max = 30): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/** Excel's error texts, which arrive as strings from CSV or copied values. */
export function isErrorText(s: string): boolean {
  return /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i.test(s.trim());
}

/**
 * A key for matching header and label wordings by meaning: half-width, lower-case latin, no
 * whitespace or line breaks, brackets/colons/quotes/dashes unified, trailing colon dropped.
 * "镇（街道）\n名称：" and "镇(街道)名称" give the same key.
 */
/**
 * A label written in English and Chinese ("Resident population 常住人口（万人）", "Item 项目"): the
 * Chinese is what the rubric's words are compared with.
 */
export function chinesePart(t: string): string {
  if (!/[\u4e00-\u9fff]/.test(t) || !/[A-Za-z]{3}/.test(t)) return t;
  return t.replace(/(?:^|(?<=[\s）)]))[A-Za-z][A-Za-z\s/&'.,-]*[A-Za-z.](?=\s|[\u4e00-\u9fff（(]|$)/g, "").trim();
}

/**
 * Only Han characters and digits: a text every normaliser below leaves as it is (nothing to trim,
 * fold, lower-case or take out). Names, ID numbers and most village and town names are such texts.
 */
export function isPlainText(s: string): boolean {
  if (s === "") return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

export function normalizeLabel(s: AnyCell): string {
  if (typeof s === "string" && isPlainText(s)) return s;
  return compact(chinesePart(cellText(s)))
    .toLowerCase()
    .replace(/[﹙〔〖]/g, "(")
    .replace(/[﹚〕〗]/g, ")")
    .replace(/【/g, "[")
    .replace(/】/g, "]")
    .replace(/﹕/g, ":")
    .replace(/[“”„‟]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[‐‑‒–—―−]/g, "-")
    .replace(/:+$/, "");
}

/**
 * Splits a unit in brackets off a header: "拨付金额（元）" → { label: "拨付金额", unit: "元" };
 * "金额(单位：万元)" → 万元. Brackets holding anything else ("镇（街道）") stay in the label.
 * The label keeps its own spelling (trimmed); pass it to normalizeLabel to compare.
 */
export function splitUnit(header: AnyCell): { label: string; unit?: Unit } {
  const text = cellText(header);
  const re = /[（(﹙]([^（()）﹙﹚]*)[)）﹚]/g;
  let found: { index: number; length: number; unit: Unit } | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const inner = compact(m[1]).replace(/^(?:计量)?单位[:：]?/, "");
    if (UNITS.includes(inner)) found = { index: m.index, length: m[0].length, unit: inner as Unit };
  }
  if (!found) {
    const named = definedNameUnit(text);
    return named && UNITS.includes(named.unit) ? { label: named.name, unit: named.unit as Unit } : { label: text };
  }
  const label = (text.slice(0, found.index) + text.slice(found.index + found.length)).trim();
  return { label, unit: found.unit };
}

/**
 * An Excel defined name carrying its unit after an underscore (常住人口_万人, 农村网零2019_亿元：), as
 * names cannot hold brackets: the name and the unit as written. Each caller keeps the units it knows.
 */
export function definedNameUnit(text: string): { name: string; unit: string } | undefined {
  const m = /^(.*\S)\s*[_＿]\s*([^_＿\s:：]+)\s*[:：]?\s*$/.exec(text);
  return m ? { name: m[1], unit: m[2] } : undefined;
}

/** A title line "单位：万元" / "金额单位：元" above a table → its unit; undefined otherwise. */
export function parseUnitLine(s: AnyCell): Unit | undefined {
  const m = /^(?:金额|计量)?单位[:：](.+?)[。.]?$/.exec(compact(cellText(s)));
  return m && UNITS.includes(m[1]) ? (m[1] as Unit) : undefined;
}

/*
 * Note lines under a table. Words that are also ordinary column headers (备注, 说明, 负责人,
 * 联系电话, 填报日期…) count only with a colon after them, so a header cell "备注" is not a note.
 */
const NOTE_WITH_COLON =
  /^[*※]?(?:注\d*|附注|备注|说明|填表说明|数据来源|资料来源|负责人|单位负责人|签到负责人|培训负责人|带队人|分管领导|主要领导|联系人|联系电话|电话|填报单位|填报日期|填表日期|制表日期|报送日期|制表|审核|日期|会计|出纳|记账|复核|财务负责人|主管会计)[:]/;
const NOTE_ALWAYS = /^(?:填表人|填报人|审核人|审批人|制表人|统计人|经办人|复核人|记录人|登记人|记账人|注\d+[.、)]|注[:])/;

export function isNoteText(s: AnyCell): boolean {
  const t = compact(cellText(s)).replace(/﹕/g, ":");
  return t !== "" && (NOTE_ALWAYS.test(t) || NOTE_WITH_COLON.test(t));
}

/**
 * A total row's label: 合计 / 小计 / 总计 / 累计 / 共计, with spaces inside ("合 计"), a short
 * scope before it ("全县合计", "本页小计", a year's "2020年小计" in an account book, a floor's "1F小计"), a unit, a
 * bracketed count or a colon after it ("合计（元）", "合计（次）", "合计：195").
 * Meant for the label cells of a data row, not for headers such as "金额合计".
 */
// (Its bracket may give the period it adds up: 合计（2019年12月—2021年9月）; or the day it adds up to
// before it: 截至2021年8月31日合计, 截至8月31日小计.)
// (…a month's own, "2020年4月小计", a ledger kept by month; or a term's, "2021年1—6月小计".)
const TOTAL_LABEL =
  /^(?:(?:19|20)\d{2}年度?(?:\d{1,2}(?:[—–\-－~～至到]\d{1,2})?月份?)?|\d{1,2}月份?|\d{1,2}\s*[FfLl楼层]|截[至止]到?(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?止?)?[^\d]{0,6}?(?:合计|小计|总计|累计|共计)(?:[(（][^()（）]{0,20}[)）])?(?:[:：].*)?$/;

/** An account book's page carried over, "过次页" at a page's foot and "承前页" at the next one's head: the totals so far. */
const PAGE_CARRIED = /^(?:过次页|承前页|转次页|承上页|转下页|接上页)$/;

export function isTotalText(s: AnyCell): boolean {
  const raw = cellText(s);
  // Every total word ends in 计, or speaks of a page; most cells have neither, and this runs on every data row.
  if (!raw.includes("计")) return raw.includes("页") && PAGE_CARRIED.test(compact(raw));
  const t = splitUnit(compact(raw)).label;
  return TOTAL_LABEL.test(t);
}

/** A ditto mark: the cell says "as the row above" (〃, 同上; explained in a note under many lists). */
const DITTO = new Set(["〃", "″", '"', "”", "同上", "同上。", "仝上"]);
export function isDitto(t: string): boolean {
  if (t.length > 3) return false;
  // Their first characters (〃 ″ " ” 同 仝, or a space before one): a look before the set, as this runs
  // on every short cell of every row.
  const ch = t.charCodeAt(0);
  if (ch !== 0x3003 && ch !== 0x2033 && ch !== 34 && ch !== 0x201d && ch !== 0x540c && ch !== 0x4edd && ch !== 32) return false;
  return DITTO.has(t.trim());
}
