/**
 * Calendar dates without time zones. Ledgers hold days ("2021-08-31") and sometimes only months
 * ("2021年8月" in a monthly report log), so a date may lack its day.
 */
export interface LDate {
  y: number;
  m: number; // 1..12
  d?: number; // 1..31; absent for a month-only date
}

export function isValidDate(y: number, m: number, d?: number): boolean {
  if (!Number.isInteger(y) || y < 1900 || y > 2200) return false;
  if (!Number.isInteger(m) || m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return Number.isInteger(d) && d >= 1 && d <= daysInMonth(y, m);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[m - 1];
}

/** "2021-08-31" or "2021-08" → LDate; undefined when malformed. */
export function parseIsoDate(s: string): LDate | undefined {
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(s.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = m[3] === undefined ? undefined : Number(m[3]);
  return isValidDate(y, mo, d) ? (d === undefined ? { y, m: mo } : { y, m: mo, d }) : undefined;
}

export function formatDate(x: LDate): string {
  const mm = String(x.m).padStart(2, "0");
  return x.d === undefined ? `${x.y}-${mm}` : `${x.y}-${mm}-${String(x.d).padStart(2, "0")}`;
}

/** Month index for window arithmetic (year*12 + month-1). */
export function monthIndex(x: LDate): number {
  return x.y * 12 + (x.m - 1);
}

/**
 * Is `x` on or before the cut-off? A month-only date counts when its month is not after the
 * cut-off's month (a report "2021年8月" was due within August).
 */
export function onOrBefore(x: LDate, cutoff: LDate): boolean {
  if (x.y !== cutoff.y) return x.y < cutoff.y;
  if (x.m !== cutoff.m) return x.m < cutoff.m;
  if (x.d === undefined || cutoff.d === undefined) return true;
  return x.d <= cutoff.d;
}

/** Strictly before: the opposite of "on or after". */
export function before(x: LDate, ref: LDate): boolean {
  return onOrBefore(x, ref) && !(x.y === ref.y && x.m === ref.m && (x.d ?? 1) === (ref.d ?? 1));
}

/**
 * The same day `months` earlier, clamped to the month's end: 2021-08-31 minus 6 months is
 * 2021-02-28, as docs/scoring-rules.md says.
 */
export function minusMonths(x: LDate, months: number): LDate {
  const idx = monthIndex(x) - months;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  if (x.d === undefined) return { y, m };
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

/** Excel's 1900 date system serial → LDate (serial 1 = 1900-01-01, with Excel's leap-year bug). */
export function fromExcelSerial(serial: number): LDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  const whole = Math.floor(serial);
  // Serials from 61 on are one too high because Excel counts 1900-02-29.
  const ms = Date.UTC(1899, 11, 31) + (whole >= 61 ? whole - 1 : whole) * 86400000;
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function toExcelSerial(x: LDate): number {
  const ms = Date.UTC(x.y, x.m - 1, x.d ?? 1);
  const days = Math.round((ms - Date.UTC(1899, 11, 31)) / 86400000);
  return days >= 60 ? days + 1 : days;
}

/**
 * A JS Date from a spreadsheet library → LDate. exceljs and Office give dates at UTC midnight
 * of the calendar day, so the UTC fields are the calendar fields.
 */
export function fromJsDate(dt: Date): LDate | undefined {
  if (Number.isNaN(dt.getTime())) return undefined;
  // Round to the nearest day so that 23:59:59.999 artefacts from float serials land right.
  const days = Math.round(dt.getTime() / 86400000);
  let c = byDay.get(days);
  if (c === undefined) {
    const civil = civilFromDays(days);
    if (!isValidDate(civil.y, civil.m, civil.d)) return undefined;
    // One frozen object per day: a ledger's 300,000 rows hold a few hundred distinct dates.
    c = Object.freeze(civil);
    if (byDay.size > 100000) byDay.clear();
    byDay.set(days, c);
  }
  return c;
}
const byDay = new Map<number, LDate>();

/**
 * Days since 1970-01-01 → the proleptic Gregorian day (H. Hinnant's days-to-civil), without making
 * a Date: ledgers hand over one date per row.
 */
function civilFromDays(days: number): { y: number; m: number; d: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}
