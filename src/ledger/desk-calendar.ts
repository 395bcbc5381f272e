/**
 * The desk calendar copied out (台历记事誊录): a block a month under its title (2020年9月), a row of the
 * week's days (一 … 日), and in a day's cell the day's number, then on the lines under it what was done
 * that day — "7\n报送8月工作月报（湛江市商务局）", "15\n专栏更新：8月建设进度（县政府网站）",
 * "26\n湛江日报（市级）刊发《…》". A reviewer reads each line as the work diary's entries are read
 * (./work-diary: reports and materials sent to the city, posts on the column), and a line naming an
 * outlet and its level as a press report, each on its block's month and its cell's day. A schedule of
 * classes kept the same way, or with a row of the days over the row of classes, is training: each class
 * whose cell says who came ("农村电商基础班（第1期）" over "实到 63 人次") on its day, a plan or a holiday none.
 */
import type { Diagnostics } from "../core/diagnostics";
import { cellAddress, type Sheet } from "../core/grid";
import { isValidDate, type LDate } from "../scoring/dates";
import { parseDate } from "./normalize/date";
import { cellText } from "./normalize/text";
import { mediaLevel, povertyInWords, televised } from "./read-kinds";
import { Q } from "../scoring/rational";
import type { DisclosureRecord, MaterialRecord, MediaRecord, ReportRecord, TrainingRecord } from "./records";
import { CAME } from "./session-calendar";
import { postsOnColumn, sendsMaterialToCity, sentReport } from "./work-diary";

export interface DeskCalendar {
  /** Zero-based row of each block's week-day row → the block's month. */
  blocks: Map<number, LDate>;
  /** A schedule of classes (its cells say who came) or the desk's calendar of what went out. */
  kind: "training" | "reports";
}

/** Fewest months that make a calendar, and rows looked through for its first. */
const MIN_BLOCKS = 3;
const FIRST_SCAN = 30;

const WEEKDAY = /^(?:周|星期)?[一二三四五六日天]$/;
/** A day's cell: its number, then what was done on the lines under it. */
const DAY_CELL = /^\s*(\d{1,2})\s*[日号]?\s*\n([\s\S]*\S[\s\S]*)$/;
/** A class's days in brackets: "（4月15日—16日）", "（4月30日—5月1日）". */
const SPAN = /[（(]\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*[—\-－~～至]+\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日?\s*[)）]/;
/** A press line: the outlet, its level in brackets, what it ran ("湛江日报（市级）刊发《…》"). */
const PRESS = /^(.{2,30}?)\s*[（(]\s*(中央级|国家级|央级|省级|市级|县级|区级)\s*[)）]\s*(?:《([^》]{1,30})》)?\s*(?:刊发|刊登|刊载|报道|播出|播发|转载|发布|专访)/;

/** The month a row's only filled cell states ("2020年9月", "2020年11月\u3000电商培训排期"), if it does. */
function titleMonth(row: readonly unknown[] | undefined): LDate | undefined {
  const filled = (row ?? []).filter((v) => cellText((v ?? null) as never).trim() !== "");
  if (filled.length !== 1 || typeof filled[0] === "number") return undefined;
  const d = parseDate(filled[0] as string | Date);
  if (d.ok && d.precision === "month") return d.value;
  const lead = typeof filled[0] === "string" ? MONTH_TITLE.exec(filled[0]) : null;
  return lead && isValidDate(Number(lead[1]), Number(lead[2])) ? { y: Number(lead[1]), m: Number(lead[2]) } : undefined;
}

/** A block's title opening with its month, what the block holds after it. */
const MONTH_TITLE = /^\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/;

/** A row of the days alone (7 | 8 | 9 …), what was done in the row under it: column → day. */
function dayRow(row: readonly unknown[] | undefined): Map<number, number> | undefined {
  const days = new Map<number, number>();
  for (const [c, v] of (row ?? []).entries()) {
    const t = cellText((v ?? null) as never).trim();
    if (t === "") continue;
    if (!/^\d{1,2}$/.test(t)) return undefined;
    days.set(c, Number(t));
  }
  return days.size > 0 ? days : undefined;
}

function isWeekRow(row: readonly unknown[] | undefined): boolean {
  return (row ?? []).filter((v) => WEEKDAY.test(cellText((v ?? null) as never).trim())).length >= 5;
}

export function findDeskCalendar(sheet: Sheet): DeskCalendar | undefined {
  const blocks = new Map<number, LDate>();
  for (let r = 0; r + 1 < sheet.rows.length; r++) {
    // (A calendar shows itself in its first rows: a longer sheet without a block there is no calendar.)
    if (blocks.size === 0 && r > FIRST_SCAN) return undefined;
    const month = titleMonth(sheet.rows[r]);
    if (!month) continue;
    const week = isWeekRow(sheet.rows[r + 1]) ? r + 1 : isWeekRow(sheet.rows[r + 2]) ? r + 2 : -1;
    if (week >= 0) blocks.set(week, month);
  }
  if (blocks.size < MIN_BLOCKS) return undefined;
  const classes = sheet.rows.some((row) => row.some((v) => typeof v === "string" && CAME.test(v)));
  return { blocks, kind: classes ? "training" : "reports" };
}

export interface DeskCalendarRecords {
  training: TrainingRecord[];
  reports: ReportRecord[];
  disclosures: DisclosureRecord[];
  materials: MaterialRecord[];
  media: MediaRecord[];
}

export function readDeskCalendar(sheet: Sheet, cal: DeskCalendar, diags: Diagnostics): DeskCalendarRecords {
  const out: DeskCalendarRecords = { training: [], reports: [], disclosures: [], materials: [], media: [] };
  const weeks = [...cal.blocks.keys()].sort((a, b) => a - b);
  weeks.forEach((week, i) => {
    const month = cal.blocks.get(week) as LDate;
    // (The block runs to the next one's title, one or two rows above its week-day row.)
    const end = i + 1 < weeks.length ? weeks[i + 1] - 1 : sheet.rows.length;
    let above: Map<number, number> | undefined;
    for (let r = week + 1; r < end; r++) {
      const days = dayRow(sheet.rows[r]);
      const under = above;
      above = days;
      if (days) continue;
      (sheet.rows[r] ?? []).forEach((v, c) => {
        const text = cellText(v ?? null);
        // (The day in the cell's first line, or in the cell above: a row of days over a row of what was done.)
        const own = DAY_CELL.exec(text);
        const dayAbove = under?.get(c);
        const day = own ? Number(own[1]) : text.trim() !== "" ? dayAbove : undefined;
        if (day === undefined) return;
        if (!isValidDate(month.y, month.m, day)) {
          diags.info(`“${own ? text.split("\n")[0] : day}”不是${month.y}年${month.m}月的日子，该格未计入`, sheet.name, cellAddress(r, c));
          return;
        }
        const date = { y: month.y, m: month.m, d: day };
        const source = { sheet: sheet.name, row: r + 1 };
        // (A class's line, then who came on the next: "农村电商基础班（第1期）" over "实到 63 人次" — one entry.)
        const lines = (own ? own[2] : text)
          .split(/\n/)
          .map((t) => t.trim())
          .filter(Boolean)
          .reduce<string[]>(
            (all, t) => (/^实到/.test(t) && all.length > 0 && !CAME.test(all[all.length - 1]) ? [...all.slice(0, -1), `${all[all.length - 1]}${t}`] : [...all, t]),
            [],
          );
        for (const line of lines) read(line, date, source, out);
      });
    }
  });
  const counts = [
    ...(out.training.length > 0 ? [`培训 ${out.training.length} 期`] : []),
    `报送市商务局月报 ${out.reports.length} 条`,
    `专栏更新 ${out.disclosures.length} 条`,
    `经验材料 ${out.materials.length} 条`,
    `宣传报道 ${out.media.length} 条`,
  ];
  diags.info(`工作表“${sheet.name}”是按月排的工作台历：${counts.join("，")}，按所在月份和日期格记日`, sheet.name, "A1");
  return out;
}

function read(line: string, date: LDate, source: { sheet: string; row: number }, out: DeskCalendarRecords): void {
  // A class held, those who came said ("农村电商基础班（第1期）" over "实到 63 人次"; a plan or a holiday says none).
  const came = CAME.exec(line);
  if (came) {
    const topic = line
      .slice(0, came.index)
      .replace(/^(?:上午|下午|晚上)\s*[:：]?\s*/, "")
      .trim();
    // (A class of several days says them, "社群营销两天班（4月15日—16日）": it counts on its last.)
    const days = SPAN.exec(line);
    const last = days ? { y: date.y, m: Number(days[3] ?? days[1]), d: Number(days[4]) } : undefined;
    const on = last && isValidDate(last.y, last.m, last.d) ? last : date;
    out.training.push({ source, id: null, date: on, poor: null, personTimes: Q.of(Number(came[1])), ...(topic ? { topic } : {}) });
    return;
  }
  if (postsOnColumn(line)) out.disclosures.push({ source, date, title: line, column: "专栏" });
  else if (sendsMaterialToCity(line)) out.materials.push({ source, date, title: /《([^》]+)》/.exec(line)?.[1] ?? line });
  else if (sentReport(line) === "city") out.reports.push({ source, date, content: line, poverty: povertyInWords(line) });
  else {
    const press = PRESS.exec(line);
    if (!press) return;
    // (The programme it ran in, 《遂溪新闻》, is the outlet's.)
    const outlet = `${press[1].trim()}${press[3] ? `《${press[3]}》` : ""}`;
    out.media.push({
      source,
      date,
      outlet,
      level: mediaLevel(press[2]),
      tv: televised(undefined, outlet),
      title: /《([^》]+)》/.exec(line.slice(press[0].length))?.[1] ?? (line.slice(press[0].length).trim() || undefined),
      povertyCase: /电商扶贫|扶贫(?:典型)?案例/.test(line) ? true : null,
    });
  }
}
