/**
 * The desk calendar copied out (台历记事誊录): a block a month under its title (2020年9月), a row of the
 * week's days (一 … 日), and in a day's cell the day's number, then on the lines under it what was done
 * that day — "7\n报送8月工作月报（湛江市商务局）", "15\n专栏更新：8月建设进度（县政府网站）",
 * "26\n湛江日报（市级）刊发《…》". A reviewer reads each line as the work diary's entries are read
 * (./work-diary: reports and materials sent to the city, posts on the column), and a line naming an
 * outlet and its level as a press report, each on its block's month and its cell's day.
 */
import type { Diagnostics } from "../core/diagnostics";
import { cellAddress, type Sheet } from "../core/grid";
import { isValidDate, type LDate } from "../scoring/dates";
import { parseDate } from "./normalize/date";
import { cellText } from "./normalize/text";
import { mediaLevel, povertyInWords, televised } from "./read-kinds";
import type { DisclosureRecord, MaterialRecord, MediaRecord, ReportRecord } from "./records";
import { postsOnColumn, sendsMaterialToCity, sentReport } from "./work-diary";

export interface DeskCalendar {
  /** Zero-based row of each block's week-day row → the block's month. */
  blocks: Map<number, LDate>;
}

/** Fewest months that make a calendar, and rows looked through for its first. */
const MIN_BLOCKS = 3;
const FIRST_SCAN = 30;

const WEEKDAY = /^(?:周|星期)?[一二三四五六日天]$/;
/** A day's cell: its number, then what was done on the lines under it. */
const DAY_CELL = /^\s*(\d{1,2})\s*[日号]?\s*\n([\s\S]*\S[\s\S]*)$/;
/** A press line: the outlet, its level in brackets, what it ran ("湛江日报（市级）刊发《…》"). */
const PRESS = /^(.{2,30}?)\s*[（(]\s*(中央级|国家级|央级|省级|市级|县级|区级)\s*[)）]\s*(?:《([^》]{1,30})》)?\s*(?:刊发|刊登|刊载|报道|播出|播发|转载|发布|专访)/;

/** The month a row's only filled cell states ("2020年9月"), if it does. */
function titleMonth(row: readonly unknown[] | undefined): LDate | undefined {
  const filled = (row ?? []).filter((v) => cellText((v ?? null) as never).trim() !== "");
  if (filled.length !== 1 || typeof filled[0] === "number") return undefined;
  const d = parseDate(filled[0] as string | Date);
  return d.ok && d.precision === "month" ? d.value : undefined;
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
  return blocks.size >= MIN_BLOCKS ? { blocks } : undefined;
}

export interface DeskCalendarRecords {
  reports: ReportRecord[];
  disclosures: DisclosureRecord[];
  materials: MaterialRecord[];
  media: MediaRecord[];
}

export function readDeskCalendar(sheet: Sheet, cal: DeskCalendar, diags: Diagnostics): DeskCalendarRecords {
  const out: DeskCalendarRecords = { reports: [], disclosures: [], materials: [], media: [] };
  const weeks = [...cal.blocks.keys()].sort((a, b) => a - b);
  weeks.forEach((week, i) => {
    const month = cal.blocks.get(week) as LDate;
    // (The block runs to the next one's title, one or two rows above its week-day row.)
    const end = i + 1 < weeks.length ? weeks[i + 1] - 1 : sheet.rows.length;
    for (let r = week + 1; r < end; r++)
      (sheet.rows[r] ?? []).forEach((v, c) => {
        const m = DAY_CELL.exec(cellText(v ?? null));
        if (!m) return;
        const d = Number(m[1]);
        if (!isValidDate(month.y, month.m, d)) {
          diags.info(`“${cellText(v ?? null).split("\n")[0]}”不是${month.y}年${month.m}月的日子，该格未计入`, sheet.name, cellAddress(r, c));
          return;
        }
        const date = { y: month.y, m: month.m, d };
        const source = { sheet: sheet.name, row: r + 1 };
        for (const line of m[2]
          .split(/\n/)
          .map((t) => t.trim())
          .filter(Boolean))
          read(line, date, source, out);
      });
  });
  const counts = [
    `报送市商务局月报 ${out.reports.length} 条`,
    `专栏更新 ${out.disclosures.length} 条`,
    `经验材料 ${out.materials.length} 条`,
    `宣传报道 ${out.media.length} 条`,
  ];
  diags.info(`工作表“${sheet.name}”是按月排的工作台历：${counts.join("，")}，按所在月份和日期格记日`, sheet.name, "A1");
  return out;
}

function read(line: string, date: LDate, source: { sheet: string; row: number }, out: DeskCalendarRecords): void {
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
