/**
 * A builder's construction bar chart kept as the station list (麻章's 施工进度横道图): one row a station,
 * a column a month under its year (2020年 over 7月 … 12月), the months' cells drawn with the legend's
 * marks — ━ works, ▲ acceptance, ★ opened with the day after it (━★26 in 8月 is the 26th of August;
 * ★2021.1.15 a whole date; a bare ★ the month only). A reviewer reads each station's opening from its
 * first opening mark, never from the works or the acceptance. So does the reader: the months become
 * one 挂牌日期 column (in the first month's place), each row's day in it, the other marks gone.
 */
import type { CellValue, Merge, Sheet } from "../core/grid";
import { mergeAt } from "../core/grid";
import { cellText, halfWidthDigits as half } from "./normalize/text";

const MONTH = /^(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月$/;
const YEAR = /((?:19|20)\d{2})\s*年/;
/** A legend's entry: a mark and what it means, up to the next mark or a wide space. */
const LEGEND_ENTRY = /([★☆●◆■◎✓√△▲])\s*([^\s\u3000★☆●◆■◎✓√△▲━─]{2,12})/g;
const OPENING = /挂牌|投入运营|开业|启用|建成运营|运营/;
/** Months across that make a bar chart; rows marked opened that make it a station chart. */
const MIN_MONTHS = 6;
const MIN_MARKED = 3;
const HEAD_ROWS = 12;

const text = (v: CellValue | undefined) => cellText(v ?? null).trim();

/** The opening mark the sheet's legend names (★ 挂牌运营), if any. */
function openingMark(sheet: Sheet, upTo: number): string | undefined {
  for (const row of sheet.rows.slice(0, upTo))
    for (const v of row ?? []) {
      const t = text(v);
      if (!/图例|说明|注/.test(t)) continue;
      for (const m of t.matchAll(LEGEND_ENTRY)) if (OPENING.test(m[2]) && !/验收/.test(m[2])) return m[1];
    }
  return undefined;
}

/** The month columns of the header row r, each with its year (its own, or the group's merged above it). */
function monthColumns(sheet: Sheet, r: number): Map<number, { year: number; month: number }> | undefined {
  const out = new Map<number, { year: number; month: number }>();
  (sheet.rows[r] ?? []).forEach((v, c) => {
    const m = MONTH.exec(text(v));
    if (!m) return;
    const group = r > 0 ? (mergeAt(sheet.merges, r - 1, c) ?? { top: r - 1, left: c }) : undefined;
    const year = m[1] ?? (group ? YEAR.exec(text(sheet.rows[group.top]?.[group.left]))?.[1] : undefined);
    if (year) out.set(c, { year: Number(year), month: Number(m[2]) });
  });
  return out.size >= MIN_MONTHS ? out : undefined;
}

/** The day a month's cell says its station opened, or undefined when it holds no opening mark. */
function dayIn(cell: string, mark: string, at: { year: number; month: number }): string | undefined {
  const i = cell.indexOf(mark);
  if (i < 0) return undefined;
  const after = half(cell.slice(i + mark.length));
  const whole = /^\s*((?:19|20)\d{2})[.\-/．](\d{1,2})[.\-/．](\d{1,2})/.exec(after);
  if (whole) return `${whole[1]}年${Number(whole[2])}月${Number(whole[3])}日`;
  const day = /^\s*(\d{1,2})(?![\d.．])/.exec(after);
  return day ? `${at.year}年${at.month}月${Number(day[1])}日` : `${at.year}年${at.month}月`;
}

export function withBarChartDays(sheet: Sheet): Sheet {
  for (let r = 1; r < Math.min(sheet.rows.length, HEAD_ROWS); r++) {
    const months = monthColumns(sheet, r);
    if (!months) continue;
    const mark = openingMark(sheet, r);
    if (!mark) return sheet;
    const cols = [...months.keys()].sort((a, b) => a - b);
    const days = sheet.rows.map((row, i) => {
      if (i <= r) return undefined;
      for (const c of cols) {
        const d = dayIn(text(row?.[c]), mark, months.get(c) as { year: number; month: number });
        if (d) return d;
      }
      return undefined;
    });
    if (days.filter(Boolean).length < MIN_MARKED) return sheet;
    const [first, last] = [cols[0], cols[cols.length - 1]];
    const inGrid = (c: number) => c >= first && c <= last;
    // The header: the months' group row (2020年 over the months) when there is one, else the months' row.
    const grouped = mergeAt(sheet.merges, r - 1, first) !== undefined || YEAR.test(text(sheet.rows[r - 1]?.[first]));
    const head = grouped ? r - 1 : r;
    const rows = sheet.rows.map((row, i) =>
      i < head ? row : (row ?? []).map((v, c): CellValue => (!inGrid(c) ? v : c !== first ? null : i === head ? "挂牌日期" : i <= r ? null : (days[i] ?? null))),
    );
    // (The groups merged over the months go with them.)
    const merges: Merge[] = (sheet.merges ?? []).filter((m) => !(m.top >= head && m.top <= r && inGrid(m.left)));
    return { ...sheet, rows, merges };
  }
  return sheet;
}
