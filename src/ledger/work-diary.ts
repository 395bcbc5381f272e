/**
 * The desk's work diary (工作日志: 日期 | 星期 | 工作内容 | 记录人) kept as the report log (榕城): each day's
 * entries, numbered or one to a line, say what was done — "报送揭阳市商务局8月份…月报（附电商扶贫统计表）",
 * "向区政府报送创建工作进展情况". An entry sending a monthly report to the city bureau is a report that
 * day; one to the district government or its finance bureau is none; the rest of the diary is work.
 * Whether the poverty statistics went with it, its own words say (附扶贫统计 / 未附扶贫统计表).
 */
import { cellAddress, type Sheet } from "../core/grid";
import type { Diagnostics } from "../core/diagnostics";
import { monthDayIn, parseRangeEnd } from "./normalize/date";
import { cellText, compact, isDitto } from "./normalize/text";
import type { DisclosureRecord, MaterialRecord, ReportRecord } from "./records";
import type { LDate } from "../scoring/dates";
import { povertyInWords } from "./read-kinds";

export interface WorkDiary {
  headerRow: number;
  date: number;
  content: number;
}

// (…or a desk's weekly log, 周工作台账: 周次 | 起止日期 | 本周完成工作 | 下周工作计划, the plans never done.)
// (…or the office's duty log, 值班记录: 日期 | 值班领导 | 值班事项（来电、来文、报送）, the calls and letters received no reports sent.)
const DIARY_NAME = /工作日志|工作日记|工作记录|工作台历|日志|周工作台账|工作周报|周工作记录|值班记录|值班登记/;
const DATE_HEADER = /^(?:日期|时间|工作日期|起止日期|起止时间)$/;
const CONTENT_HEADER =
  /^(?:工作内容|内容|工作事项|事项|记事|工作记录|主要工作|本周完成工作|本周工作|本周完成情况|本周工作完成情况|值班事项|值班情况)(?:[（(][^（()）]*[)）])?$/;
/** An entry sending a report: 报 / 报送 / 上报 … 月报 / 进展 / 工作情况. */
// (…or the report named first, "2月份月报报市商务局".)
const SENDS_REPORT = /(?:报送|上报|报)[^。；;]{0,24}?(?:月报|月份?(?:工作)?进展|工作进展|进展情况|工作情况)|月报(?:报送|上报|报)/;
/** …to the city's bureau (市局, 市商务局, 揭阳市商务局). */
const TO_CITY = /市(?:商务)?局|市商务主管部门/;
/** …not to the county's own offices. */
const TO_COUNTY = /(?:区|县)(?:政府|人民政府|委|财政局|府办)/;
/** An entry posting on the programme's column: "在市政府门户网站“电子商务进农村综合示范”专栏发布项目建设进度". */
const POSTS_ON_COLUMN = /专栏[^。；;，,]{0,4}(?:发布|更新|公示|公开|挂出)|(?:发布|更新|公示|公开)[^。；;]{0,6}(?:至|到|在)[^。；;]{0,24}专栏/;
/** An entry of what came in: a letter received, a call, a reminder (收到…, 接到…, 市商务局电话…, 催报). */
const RECEIVED = /^(?:收到|接到|接市|市[\u4e00-\u9fff]{0,6}(?:电话|来电|来文|通知))|催报/;
/** An entry sending the city its experience: "向茂名市商务局报送经验材料《…》". */
const SENDS_MATERIAL = /(?:报送|上报|报)[^。；;]{0,24}?(?:经验材料|典型案例|经验做法|典型经验)/;
/** The day an entry names in its own words ("9月4日向…报送"), the year from the week's days around it. */
const ENTRY_DAY = /^(\d{1,2})月(\d{1,2})[日号]/;

/** An entry posting on the programme's column. */
export function postsOnColumn(entry: string): boolean {
  return POSTS_ON_COLUMN.test(entry);
}

/** An entry sending an experience material, to whomever. */
export function sendsMaterial(entry: string): boolean {
  return SENDS_MATERIAL.test(entry);
}

/** An entry sending the city's bureau an experience material. */
export function sendsMaterialToCity(entry: string): boolean {
  return sendsMaterial(entry) && TO_CITY.test(entry) && !TO_COUNTY.test(entry);
}

/** An entry sending a monthly report: to the city's bureau, or elsewhere (no report of the rubric's). */
export function sentReport(entry: string): "city" | "elsewhere" | undefined {
  if (!SENDS_REPORT.test(entry) || RECEIVED.test(entry)) return undefined;
  return TO_COUNTY.test(entry) || !TO_CITY.test(entry) ? "elsewhere" : "city";
}

/** The diary's header: a date column and a content column, under a name or title saying 日志. */
export function findWorkDiary(sheet: Sheet): WorkDiary | undefined {
  const title = `${sheet.name} ${cellText(sheet.rows[0]?.[0] ?? null)}`;
  if (!DIARY_NAME.test(title)) return undefined;
  for (let r = 0; r < Math.min(sheet.rows.length, 6); r++) {
    const heads = (sheet.rows[r] ?? []).map((v) => compact(cellText(v ?? null)));
    const date = heads.findIndex((h) => DATE_HEADER.test(h));
    const content = heads.findIndex((h) => CONTENT_HEADER.test(h));
    if (date >= 0 && content >= 0) return { headerRow: r, date, content };
  }
  return undefined;
}

/** Whether the diary records reports at all (else it is no ledger of the rubric's). */
export function diaryHasReports(sheet: Sheet, d: WorkDiary): boolean {
  let n = 0;
  for (let r = d.headerRow + 1; r < sheet.rows.length; r++) if (entriesOf(cellText(sheet.rows[r]?.[d.content] ?? null)).some((e) => SENDS_REPORT.test(e))) n++;
  return n >= 3;
}

function entriesOf(text: string): string[] {
  return text
    .split(/\n|(?:^|[；;])\s*\d{1,2}\s*[.、．]/)
    .map((t) => t.replace(/^\s*\d{1,2}\s*[.、．]\s*/, "").trim())
    .filter(Boolean);
}

/** A line of the year alone ("2020年"), or of a month ("【2020年9月】"): the year of the days under it written without one. */
const YEAR_LINE = /^[【〔[]?((?:19|20)\d{2})\s*年?(?:\s*\d{1,2}\s*月份?)?[】〕\]]?$/;

/** An entry's own day ("9月4日…"), in the year of the row's day (a week's end, its start's year for a later month). */
function entryDay(entry: string, rowDay: LDate | null): LDate | null {
  const m = ENTRY_DAY.exec(entry.trim());
  if (!m || !rowDay) return rowDay;
  const month = Number(m[1]);
  const found = monthDayIn(month > rowDay.m ? rowDay.y - 1 : rowDay.y, `${month}月${m[2]}日`);
  return found?.ok ? found.value : rowDay;
}

export interface DiaryRecords {
  reports: ReportRecord[];
  disclosures: DisclosureRecord[];
  materials: MaterialRecord[];
}

export function readWorkDiary(sheet: Sheet, d: WorkDiary, diags: Diagnostics): DiaryRecords {
  const out: ReportRecord[] = [];
  const disclosures: DisclosureRecord[] = [];
  const materials: MaterialRecord[] = [];
  // (The clerk writes the year once on a line of its own, and "〃" for a second entry on the same day.)
  let year: number | undefined;
  let last: LDate | null = null;
  for (let r = d.headerRow + 1; r < sheet.rows.length; r++) {
    const said = cellText(sheet.rows[r]?.[d.date] ?? null).trim();
    const yearLine = YEAR_LINE.exec(said);
    if (yearLine && cellText(sheet.rows[r]?.[d.content] ?? null).trim() === "") {
      year = Number(yearLine[1]);
      continue;
    }
    // (A week's days, "2020.8.31—9.6", at their end.)
    const parsed = parseRangeEnd(sheet.rows[r]?.[d.date] ?? null);
    // (A day written without its year, "9月7日", "10.9", is in the year of the line above it.)
    const md = year !== undefined ? monthDayIn(year, compact(said)) : undefined;
    const day: LDate | null = parsed.ok ? parsed.value : isDitto(said) ? last : md?.ok ? md.value : null;
    if (said !== "") last = day;
    const entries = entriesOf(cellText(sheet.rows[r]?.[d.content] ?? null));
    const source = { sheet: sheet.name, row: r + 1 };
    for (const entry of entries) {
      if (postsOnColumn(entry)) disclosures.push({ source, date: entryDay(entry, day), title: entry, column: "专栏" });
      else if (sendsMaterialToCity(entry)) materials.push({ source, date: entryDay(entry, day), title: /《([^》]+)》/.exec(entry)?.[1] ?? entry });
    }
    // (A duty log's letters and calls from the city, "收到市商务局《关于做好…月报报送工作的通知》", "市商务局电话催报：…",
    // ask for a report: none sent.)
    const sent = entries.filter((e) => sentReport(e) !== undefined);
    if (sent.length === 0) continue;
    for (const entry of sent) {
      if (sentReport(entry) === "elsewhere") {
        diags.info(`工作日志第 ${r + 1} 行“${entry}”不是报送市商务主管部门的月报，未计入数据上报`, sheet.name, cellAddress(r, d.content));
        continue;
      }
      out.push({ source, date: entryDay(entry, day), content: entry, poverty: povertyInWords(entry) });
    }
  }
  const also = [
    disclosures.length > 0 ? `专栏发布 ${disclosures.length} 条记为信息公开记录` : "",
    materials.length > 0 ? `报送经验材料 ${materials.length} 条记为材料报送记录` : "",
  ].filter(Boolean);
  diags.info(
    `工作表“${sheet.name}”是工作日志：其中报送市商务局月报的 ${out.length} 条记为报送记录${also.length > 0 ? `，${also.join("，")}` : ""}`,
    sheet.name,
    `${d.headerRow + 1}:${d.headerRow + 1}`,
  );
  return { reports: out, disclosures, materials };
}
