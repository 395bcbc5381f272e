/**
 * "区电商公共服务中心今年2月26日投入运营": a sheet written for the evaluation says 今年 of the year it was written in
 * (its title lines' "2021年9月3日", "考评截止 | 2021年8月31日"). A reviewer reads 今年2月26日 as that year's
 * 2月26日; so does the reader, when the lines above the first table say one year only. 今年 without a month
 * ("今年1至8月") is left as it is: it says a part of a year, not a day. 去年 and 前年 are whole years gone
 * (阳东's report to the 人大, written in 2021: 前年…12.6亿元，去年增至16.9亿元 are 2019's and 2020's).
 */
import type { CellValue, Sheet } from "../../core/grid";

/** How many lines from the top may say when the sheet was written. */
const TOP_LINES = 6;
const YEAR = /((?:19|20)\d{2})\s*[年.\-/／]\s*\d{1,2}\s*[月.\-/／]\s*\d{1,2}/g;
const THIS_YEAR_MONTH = /今年(?=\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号])|去年|前年/g;
/** How many years back each word says: 去年 the year before, 前年 the one before that (a whole year, with a day or not). */
const YEARS_BACK: Record<string, number> = { 今年: 0, 去年: 1, 前年: 2 };

function yearsIn(v: CellValue): string[] {
  if (v instanceof Date) return [String(v.getUTCFullYear())];
  return typeof v === "string" ? [...v.matchAll(YEAR)].map((m) => m[1]) : [];
}

export function withThisYearDated(sheet: Sheet): Sheet {
  // (search, unlike test, leaves the global pattern's lastIndex alone.)
  if (!sheet.rows.some((row) => row.some((v) => typeof v === "string" && v.search(THIS_YEAR_MONTH) >= 0))) return sheet;
  const years = new Set(sheet.rows.slice(0, TOP_LINES).flatMap((row) => row.flatMap(yearsIn)));
  if (years.size !== 1) return sheet;
  const [year] = years;
  return {
    ...sheet,
    rows: sheet.rows.map((row) => row.map((v) => (typeof v === "string" ? v.replace(THIS_YEAR_MONTH, (w) => `${Number(year) - YEARS_BACK[w]}年`) : v))),
  };
}

/**
 * "年鉴记述时限为2020年1月1日—12月31日，条目中只写月、日的均为2020年": a sheet saying which year its bare
 * days are of (a yearbook's entries write 9月28日 alone). Each day without a year before it is that year's.
 */
const STATED_YEAR =
  /(?:只写|仅写|只有|未写年份的?)[^。；;]{0,8}?(?:均|都|一律)?(?:为|是|指|系)\s*((?:19|20)\d{2})\s*年|记述时限为?\s*((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日\s*[—\-－至到~～]+\s*12\s*月\s*31\s*日/;
const BARE_DAY = /(?<![年\d])(\d{1,2})\s*月\s*(\d{1,2})\s*([日号])/g;

export function withStatedYearDated(sheet: Sheet): Sheet {
  const stated = sheet.rows
    .slice(0, TOP_LINES)
    .flat()
    .map((v) => (typeof v === "string" ? STATED_YEAR.exec(v) : null))
    .find((m) => m);
  const year = stated?.[1] ?? stated?.[2];
  if (!year) return sheet;
  return { ...sheet, rows: sheet.rows.map((row) => row.map((v) => (typeof v === "string" ? v.replace(BARE_DAY, `${year}年$1月$2$3`) : v))) };
}
