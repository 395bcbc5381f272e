/**
 * Walking the data rows of a recognised sheet: skips what is not data (blank rows, 合计 rows, notes
 * under the table, header rows repeated where sheets were pasted together) and gives each row a
 * small context for reading fields with located diagnostics.
 */
import { tickedOption } from "./normalize/checkbox";
import { AnswersByText } from "./answers-by-text";
import { dateFromParts, type DateParts } from "./date-parts";
import type { Diagnostics } from "../core/diagnostics";
import { cellAddress, isCellError, type CellValue, type Sheet } from "../core/grid";
import { dateInUrl, dayInMonth, findDateInText, isSerialText, monthDayIn, parseRangeEnd } from "./normalize/date";
import { rowMonthYear } from "./several-days";
import { formatDate, isValidDate } from "../scoring/dates";
import { parseNumber } from "./normalize/number";
import { BREADCRUMB, PAGER } from "./web-list";
import { cellText, compact, isDitto, isErrorText, isNoteText, isPlainText, isTotalText, normalizeLabel, parseUnitLine, quote, splitUnit } from "./normalize/text";
import { parseYesNo } from "./normalize/yesno";
import { FORM_DATE_LINE, timeMonthIn, unitRow, type Recognition } from "./recognize";
import { KIND_SPECS, kindSpec } from "./schema";
import { passingRowTexts, rowTexts } from "./sheet-text";
import { countSum } from "./normalize/count-sum";
import type { LDate } from "../scoring/dates";
import { Q } from "../scoring/rational";

/** The error of a cell: an Excel error value, or its text typed or pasted as a string ("#N/A"). */
export function cellError(v: CellValue | undefined): string | undefined {
  if (isCellError(v)) return v.error.trim().toUpperCase();
  // Every error text starts with #: most cells are answered without the pattern.
  if (typeof v === "string" && v.includes("#") && isErrorText(v)) return v.trim().toUpperCase();
  return undefined;
}

export interface NumberOpts {
  /** Money unit of the column (万元 values are converted to 元). */
  unit?: "元" | "万元";
  /** A count (人次, 人数): a percentage or a negative number is not one. */
  count?: boolean;
}

/** A cell saying "as the column on my left" (实际日期 同左 beside 计划日期). */
const SAME_AS_LEFT = "同左";

/** A line explaining a mark: "★为省定贫困村", "▲表示已通快递". */
// (…its mark quoted, 标“△”的为省定贫困村.)
const LEGEND_MARK = /([▲△★☆●○◆◇■※])[”"’」]?\s*(?:的|者)?\s*(?:为|表示|代表|标注为|是)/;

/** Rows at a sheet's foot looked at for a note explaining a mark. */
const LEGEND_ROWS_BELOW = 4;

/** A header naming the mark its column is ticked with: "（▲）", "（打√）", "(★为是)". */
const HEADER_MARK = /[（(]\s*(?:打|标|以|标注)?\s*([▲△★☆●○◆◇■√✓✔※])\s*(?:表示|为是|标注|标记)?\s*[)）]$/;

/** A day written with its year: 2021年6月, 2020.11.6, 2021年2月9日. */
const DAY = String.raw`(?:19|20)\d{2}\s*[年.．/-]\s*\d{1,2}\s*(?:月|(?=[.．/-]))?(?:\s*[.．/-]?\s*\d{1,2}\s*[日号]?)?`;

/** A day, then the move it dates: "2021年6月迁出", "2020.11.6入驻", "2021年3月退园" (…or a station's "2021年8月31日挂牌"). */
const DAY_THEN_MOVE = new RegExp(`^(${DAY})\\s*(?:迁出|退出|退园|搬离|出园|退租|入驻|入园|迁入|挂牌|授牌|开业|建成|投入运营|运营|上线|开通)$`);

/** A day sent late, said so around it: "逾期，2021年2月9日补报", "2021.2.9（逾期补报）". */
const DAY_SENT_LATE = new RegExp(`^(?:逾期|超期|延期|迟报)?[，,、\\s]*(${DAY})\\s*[（(]?(?:逾期|超期|延期)?(?:补报|补交|补送|报送)?[)）]?$`);

/**
 * One data row as the kind readers see it. dataRows moves a single context from row to row (one
 * object per sheet, not one per row of 300,000): a reader reads what it needs and keeps nothing of it.
 */
export class RowCtx {
  constructor(
    readonly sheet: Sheet,
    readonly rec: Recognition,
    private row: number,
    readonly diags: Diagnostics,
    /** Values of vertically merged data cells, by row then column (see mergedDown). */
    readonly merged?: Map<number, Map<number, CellValue>>,
    /** The day a title line above this row states, for a sheet without a date column. */
    private section?: LDate,
    /** The row's cell texts (./sheet-text), made once for every check of the row. */
    private texts: readonly string[] = rowTexts(sheet, row),
    /** The year a line of its own above this row states ("2020年"), for days written without one. */
    private year?: number,
  ) {}

  /** Zero-based row number. */
  get r(): number {
    return this.row;
  }

  get sectionDate(): LDate | undefined {
    return this.section;
  }

  /** What the section line above this row names, for a list kept by section ("二、销售型电商企业（11家）"). */
  sectionTitle?: string;

  /** The month a line of its own above this row states ("2019年12月（共3期）"), for days written as 4日. */
  sectionMonth?: number;

  /**
   * Where an issue's period above this row runs into the next year ("第53期（2020.12.28—2021.1.3）"): its
   * first month; a day written without its year in a month before it is the next year's (1月2日 is 2021's).
   */
  yearTurn?: number;

  /** The context of another row of the same sheet. */
  moveTo(r: number, sectionDate: LDate | undefined, texts: readonly string[], sectionYear: number | undefined): this {
    this.row = r;
    this.section = sectionDate;
    this.texts = texts;
    this.year = sectionYear;
    return this;
  }

  /** Every text of the row, mapped or not (a 备注 the recognition did not map). */
  rowText(): string {
    return this.texts.join(" ");
  }

  /** Whether any text of the row, mapped or not, passes `test` (the row's text not joined). */
  anyText(test: (t: string) => boolean): boolean {
    for (const t of this.texts) if (test(t)) return true;
    return false;
  }

  /** The text of the row's cell in column c, mapped or not ("" when blank). */
  textIn(c: number): string {
    return this.texts[c] ?? "";
  }

  /** One-based Excel row number. */
  get excelRow(): number {
    return this.row + 1;
  }

  has(field: string): boolean {
    return this.cols.has(field);
  }

  raw(field: string): CellValue {
    const c = this.colOf(field);
    if (c === undefined) return null;
    const v = this.sheet.rows[this.row]?.[c];
    if ((v === null || v === undefined) && this.merged) return this.merged.get(this.row)?.get(c) ?? null;
    if (typeof v === "string" && isDitto(v)) return this.above(c);
    if (typeof v === "string" && v.trim() === SAME_AS_LEFT) return this.left(c);
    return v ?? null;
  }

  /** Whether the field's own cell is blank under a cell merged down over it (raw() reads the merged value). */
  isMergedCopy(field: string): boolean {
    const c = this.colOf(field);
    if (c === undefined || !this.merged) return false;
    const v = this.sheet.rows[this.row]?.[c];
    return (v === null || v === undefined) && this.merged.get(this.row)?.has(c) === true;
  }

  /** Whether the field's own cell is a ditto mark (〃, 同上), before raw() reads what it repeats. */
  isDitto(field: string): boolean {
    const c = this.colOf(field);
    const v = c === undefined ? undefined : this.sheet.rows[this.row]?.[c];
    return typeof v === "string" && isDitto(v);
  }

  /** The cell on the left of column c in this row, which a 同左 repeats (in a before / after table, its before twin). */
  private left(c: number): CellValue {
    return this.sheet.rows[this.row]?.[this.rec.sameAsLeftFrom?.[c] ?? c - 1] ?? null;
  }

  /**
   * What a ditto mark ("〃", "同上") at column c repeats: the nearest cell above that is not one
   * (nothing, when the rows above are blank there — a 小计 line ends what it can repeat).
   */
  private above(c: number): CellValue {
    for (let r = this.row - 1; r > this.rec.headerRow; r--) {
      const v = this.sheet.rows[r]?.[c];
      if (typeof v === "string" && isDitto(v)) continue;
      return v ?? null;
    }
    return null;
  }

  /** The recognition's columns by field, looked up for every field of every row (a Map: the field names vary at each call). */
  private readonly cols = new Map(Object.entries(this.rec.columns));

  /** While one part of a count kept in parts is read (./count-parts): that part's column. */
  private partCol: number | undefined;

  private colOf(field: string): number | undefined {
    return this.partCol ?? this.cols.get(field);
  }

  /** The field's cell as trimmed text ("" when blank): cellText(raw(field)), without formatting it again. */
  textOf(field: string): string {
    const parts = this.partCol === undefined ? this.rec.countParts?.[field] : undefined;
    // A count kept in parts reads as its filled parts ("85+312"): blank only when every part is.
    if (parts)
      return this.eachPart(parts, () => this.textOf(field))
        .filter((t) => t !== "")
        .join("+");
    const c = this.colOf(field);
    if (c === undefined) return "";
    const v = this.sheet.rows[this.row]?.[c];
    if ((v === null || v === undefined) && this.merged) {
      const m = this.merged.get(this.row)?.get(c);
      return m === undefined ? "" : cellText(m);
    }
    const t = this.texts[c] ?? "";
    if (t.length > 3) return t;
    if (isDitto(t)) return cellText(this.above(c));
    // (A timetable's 实际日期 "同左": the day planned, in the column on its left.)
    return t === SAME_AS_LEFT ? cellText(this.left(c)) : t;
  }

  addr(field: string): string {
    return cellAddress(this.row, this.colOf(field) ?? 0);
  }

  /** The mark a column's header names in brackets ("（▲）", "（打√）"), once per field. */
  private headerMark(field: string): string | undefined {
    if (!this.marks.has(field)) this.marks.set(field, HEADER_MARK.exec(compact(this.header(field)))?.[1]);
    return this.marks.get(field);
  }
  private readonly marks = new Map<string, string | undefined>();

  /** The mark a line above the table explains ("来源：…；★为省定贫困村"), once per sheet. */
  private legendMark(): string | undefined {
    if (this.legend === undefined) {
      this.legend = null;
      // (…or a note under the table, 注：标“△”的为省定贫困村: its last few rows.)
      const above = Array.from({ length: Math.max(0, this.rec.headerRow - this.rec.headerRows + 1) }, (_, r) => r);
      const below = Array.from({ length: Math.min(LEGEND_ROWS_BELOW, this.sheet.rows.length) }, (_, i) => this.sheet.rows.length - 1 - i);
      for (const r of [...above, ...below.filter((r) => r > this.rec.headerRow)]) {
        if (this.legend !== null) break;
        for (const v of this.sheet.rows[r] ?? []) {
          const m = typeof v === "string" ? LEGEND_MARK.exec(v) : null;
          if (m) this.legend = m[1];
        }
      }
    }
    return this.legend ?? undefined;
  }
  private legend: string | null | undefined;

  /** The field's column header as recognised, spaces out (the field's name without one). */
  header(field: string): string {
    return (this.rec.headers[field] ?? field).replace(/\s+/g, "");
  }

  /** The cell holds an error value (already reported by the accessor that met it). */
  isError(field: string): boolean {
    return this.errorOf(field) !== undefined;
  }

  /**
   * cellError(raw(field)). Every accessor asks it of every field of every row, and most cells are a
   * number or a text that is no ditto mark, which raw() hands back as they are: those are answered
   * here without it.
   */
  private errorOf(field: string): string | undefined {
    const c = this.colOf(field);
    if (c === undefined) return undefined;
    const v = this.sheet.rows[this.row]?.[c];
    // (A date or a yes / no value is its own raw value too, and no error.)
    if (typeof v === "number" || typeof v === "boolean" || v instanceof Date) return undefined;
    if (typeof v === "string" && !isDitto(v)) return cellError(v);
    return cellError(this.raw(field));
  }

  /** Reports an error value; true when there was one (the caller then leaves the cell out). */
  private reportError(field: string, done: string): boolean {
    const e = this.errorOf(field);
    if (e === undefined) return false;
    const h = this.header(field);
    this.diags.repeated("error", `${h}为错误值 ${e}，${done}`, `${h}为错误值，${done}`, e, this.sheet.name, this.addr(field));
    return true;
  }

  /** Trimmed text, or undefined when blank. Error values are reported. */
  text(field: string): string | undefined {
    // Most cells (a number, a text with no # that is no ditto mark, in a field not kept in parts)
    // hold no error and are their own text: answered with one look at the cell.
    const c = this.partCol === undefined && this.rec.countParts?.[field] === undefined ? this.cols.get(field) : undefined;
    if (c !== undefined) {
      const v = this.sheet.rows[this.row]?.[c];
      if (typeof v === "number" || (typeof v === "string" && !v.includes("#") && !isDitto(v))) {
        const t = this.texts[c] ?? "";
        if (t === "") return undefined;
        if (!(t.length <= 3 && (isDitto(t) || t === SAME_AS_LEFT))) return t;
      }
    }
    if (this.reportError(field, "该格未采用")) return undefined;
    const t = this.textOf(field);
    return t === "" ? undefined : t;
  }

  /**
   * The session a form's answer or a sign-up names ("第2期 2020年12月3日"), else when it was sent. (A session
   * named by its month and day alone, "第1期（11月26日）", is the first such day on or after it was sent.)
   */
  private sessionAnswered(): LDate | undefined {
    const topic = this.has("topic") ? this.textOf("topic") : "";
    const named = findDateInText(topic);
    if (named) return named;
    const sent = this.date("submitted") ?? undefined;
    const monthDay = /(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/.exec(topic);
    if (!sent || !monthDay) return sent;
    const on = (y: number) => monthDayIn(y, `${monthDay[1]}月${monthDay[2]}日`);
    const same = on(sent.y);
    if (same?.ok && (same.value.m > sent.m || (same.value.m === sent.m && (same.value.d ?? 0) >= (sent.d ?? 0)))) return same.value;
    const next = on(sent.y + 1);
    return next?.ok ? next.value : sent;
  }

  /** A numbered list's line dated by its month alone, in its brackets: "（2021年5月报送市商务局）". */
  private monthInBrackets(): LDate | undefined {
    if (!this.rec.bracketDates) return undefined;
    const m = /[（(][^（）()]*?((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/.exec(this.textOf("title"));
    const month = m ? Number(m[2]) : 0;
    return m && month >= 1 && month <= 12 ? { y: Number(m[1]), m: month } : undefined;
  }

  /** The field's date as if its column were c: a later time of a register keeping several side by side (./repeated-times). */
  dateIn(field: string, c: number): LDate | null {
    return this.eachPart([c], () => this.date(field))[0];
  }

  /** A date; blank → null silently; unreadable → null with a warning naming the cell. */
  date(field: string): LDate | null {
    if (field === "date" && !this.has(field)) {
      if (this.has("month")) return this.bookDate();
      // A log copied from the website: the day is in the title ("【2021-03-05】…进度公示", "…发布时间：2021-06-04").
      const inTitle = this.has("title") ? (findDateInText(this.textOf("title")) ?? this.monthInBrackets()) : undefined;
      // …or only in its address (…/202106/t20210604_1300981.html).
      const inLink = inTitle ?? (this.has("link") ? dateInUrl(this.textOf("link")) : undefined);
      // A form's or quiz's answers: the session each names ("第2期 2020年12月3日（东洲街道）"), else when it was sent.
      const answered = inLink ?? (this.has("submitted") ? this.sessionAnswered() : undefined);
      return answered ?? this.section ?? this.rec.titleDate ?? null;
    }
    if (this.rec.dateParts && field === this.rec.dateParts.field) return this.partsDate(this.rec.dateParts);
    const v = this.raw(field);
    if (v === null || this.textOf(field) === "") return null;
    if (this.reportError(field, "按无日期处理")) return null;
    // A date cell's day, met before in this sheet (a ledger's 300,000 rows hold a few hundred days),
    // as it was read then: a date cell is read the same under any section line.
    const known = v instanceof Date ? this.days.get(v.getTime()) : undefined;
    if (known !== undefined) return known;
    // Under a "2020年" line, days are written without their year: 8.26, 9月18日, or 11.26 typed as a
    // number; so are periods (5月12-13日) and months (6月), read as if the year were written first.
    let yearless: string | undefined;
    if (this.year !== undefined) {
      const t = compact(this.textOf(field));
      const dayOnly = this.sectionMonth !== undefined ? dayInMonth(this.year, this.sectionMonth, t) : undefined;
      if (dayOnly?.ok) return dayOnly.value;
      const month = this.yearTurn === undefined ? undefined : Number(/^(\d{1,2})(?:月|[.．])/.exec(t)?.[1]);
      const year = month !== undefined && month < (this.yearTurn as number) ? this.year + 1 : this.year;
      const day = monthDayIn(year, t);
      if (day?.ok) return day.value;
      if (/^\d{1,2}月/.test(t)) yearless = `${year}年${t}`;
    }
    const p = parseRangeEnd(yearless ?? v);
    if (p.ok && typeof v === "string" && isSerialText(v)) {
      const h = this.header(field);
      this.diags.repeated(
        "info",
        `${h}“${v.trim()}”是Excel日期序号（该列设成了文本），按 ${formatDate(p.value)} 计`,
        `${h}是Excel日期序号（该列设成了文本），已按日期读取`,
        v.trim(),
        this.sheet.name,
        this.addr(field),
      );
    }
    if (p.ok && v instanceof Date && !p.range && this.days.size < 10000) this.days.set(v.getTime(), p.value);
    if (p.ok) {
      if (p.range) {
        const h = this.header(field);
        const t = this.textOf(field);
        this.diags.repeated("info", `${h}“${t}”是一段时间，按结束日期 ${formatDate(p.value)} 计`, `${h}是一段时间，按结束日期计`, t, this.sheet.name, this.addr(field));
      }
      return p.value;
    }
    const h = this.header(field);
    // A day without its year on a log's row of a month (2020年9月 | … | 10.16): in that month's year.
    const rowYear = this.year === undefined && typeof v === "string" ? rowMonthYear(this.sheet.rows[this.row]) : undefined;
    const inRowYear = rowYear !== undefined ? monthDayIn(rowYear, compact(v as string)) : undefined;
    if (inRowYear?.ok) return inRowYear.value;
    // A day with the move it dates after it, "2021年6月迁出": the day.
    // (…or a day sent late, said so around it: "逾期，2021年2月9日补报".)
    const written = this.textOf(field).trim();
    const said = DAY_THEN_MOVE.exec(written) ?? (/逾期|超期|延期|迟报|补报|补交|补送/.test(written) ? DAY_SENT_LATE.exec(written) : null);
    const day = said ? parseRangeEnd(said[1]) : undefined;
    if (day?.ok) return day.value;
    this.diags.repeated("warning", `${h}：${p.reason}，按无日期处理`, `${h}不是可读的日期，按无日期处理`, this.textOf(field), this.sheet.name, this.addr(field));
    return null;
  }

  /** An account book's month last written (./account-book): the month of a later entry that leaves it blank. */
  private bookMonth: string | undefined;

  /** The month a line not read (上年结转) wrote: the month of the entries under it that leave theirs blank. */
  monthWritten(month: string): void {
    this.bookMonth = compact(month);
  }

  /** The days of date cells read so far, by their time (a cell read as no day is not kept). */
  private readonly days = new Map<number, LDate>();

  /** A day kept as 年 | 月 | 日 columns (./date-parts); blank → null, no day → null with a warning. */
  private partsDate(parts: DateParts): LDate | null {
    const d = dateFromParts(this.sheet.rows[this.row], parts);
    if (d !== "invalid") return d;
    const shown = [parts.year, parts.month, parts.day].map((c) => (c === undefined ? "" : (this.texts[c] ?? ""))).join("-");
    const h = this.header(parts.field);
    this.diags.repeated("warning", `${h}“${shown}”不是有效日期，按无日期处理`, `${h}不是有效日期，按无日期处理`, shown, this.sheet.name, this.addr(parts.field));
    return null;
  }

  /** An account book's day: the book's year, this row's 月 and 日 (./account-book); blank → null. */
  private bookDate(): LDate | null {
    const dt = this.has("day") ? compact(this.textOf("day")) : "";
    // (The month written once for its entries, left blank on the next ones of the same month.)
    const mt = compact(this.textOf("month")) || (dt !== "" && this.bookMonth !== undefined ? this.bookMonth : "");
    if (mt === "" && dt === "") return null;
    this.bookMonth = mt;
    // A book of several years repeats its header with each year's heading (2020年, then 2021年).
    const y = this.year ?? this.rec.bookYear;
    const m = Number(mt);
    const d = dt === "" ? undefined : Number(dt);
    const h = `${this.header("month")}${this.has("day") ? `/${this.header("day")}` : ""}`;
    if (y === undefined) {
      this.diags.repeated("warning", `${h}：账页未写年份，按无日期处理`, `${h}：账页未写年份，按无日期处理`, mt, this.sheet.name, this.addr("month"));
      return null;
    }
    if (!isValidDate(y, m, d)) {
      const shown = `${y}年${mt}月${dt === "" ? "" : `${dt}日`}`;
      this.diags.repeated("warning", `${h}“${shown}”不是有效日期，按无日期处理`, `${h}不是有效日期，按无日期处理`, shown, this.sheet.name, this.addr("month"));
      return null;
    }
    return d === undefined ? { y, m } : { y, m, d };
  }

  /** Yes/no; blank → null ("no answer"); not understood → null with a warning. */
  yesNo(field: string, parse: (v: CellValue) => boolean | null | undefined = parseYesNo): boolean | null {
    const parts = this.partCol === undefined ? this.rec.countParts?.[field] : undefined;
    // Signed in on 11月17日 | 11月18日 | 11月19日: yes when any day is; a day left blank is a day not signed.
    if (parts) return this.eachPart(parts, () => this.yesNo(field, parse)).some((b) => b === true);
    const cell = this.raw(field);
    if (this.reportError(field, "按未填处理")) return null;
    // A text met before in this column (是, 否, √ on 300,000 rows): its answer as it was.
    const known = typeof cell === "string" ? this.answers.get(field, parse, cell) : undefined;
    if (known !== undefined) return known;
    const v = typeof cell === "string" ? (tickedOption(cell) ?? cell) : cell;
    // A column headed with its mark ("省定相对贫困村（▲）"), or a mark a line above the table explains
    // ("★为省定贫困村"): the mark is a yes.
    const mark = parse === parseYesNo ? (this.headerMark(field) ?? this.legendMark()) : undefined;
    // A filled mark alone (★, ▲, ◆) in a yes / no column is a yes, as a √ or a ● is (parseYesNo), legend or none.
    const marked = parse === parseYesNo && typeof v === "string" && /^[★▲◆]$/u.test(compact(v));
    const b = marked || (mark !== undefined && typeof v === "string" && compact(v) === mark) ? true : parse(v);
    if (b === undefined) {
      const h = this.header(field);
      const t = this.textOf(field);
      this.diags.repeated("warning", `${h}“${t}”不是“是/否”，按未填处理`, `${h}不是“是/否”，按未填处理`, t, this.sheet.name, this.addr(field));
      return null;
    }
    // (An answer only: a text that is none is said again on each row it stands in.)
    if (typeof cell === "string") this.answers.set(field, parse, cell, b);
    return b;
  }
  /** The yes / no answers of this sheet's texts, by field (./answers-by-text). */
  private readonly answers = new AnswersByText<boolean | null>();

  /** A number (money converted to 元 when unit is 万元); undefined with a diagnostic when unusable. */
  number(field: string, opts: NumberOpts = {}): Q | undefined {
    const parts = this.partCol === undefined ? this.rec.countParts?.[field] : undefined;
    if (parts) {
      // 线下 | 线上: the parts' sum; a blank part adds nothing, all blank is no number.
      const each = this.eachPart(parts, () => this.number(field, opts));
      return each.some((n) => n !== undefined) ? each.reduce<Q>((sum, n) => (n === undefined ? sum : sum.add(n)), Q.ZERO) : undefined;
    }
    const v = this.raw(field);
    if (v === null || this.textOf(field) === "") return undefined;
    if (this.reportError(field, "该行未计入")) return undefined;
    const p = parseNumber(v, opts.unit ? { unit: opts.unit } : {});
    if (p.ok) {
      if (opts.count && (p.unit === "%" || p.unit === "‰")) {
        const h = this.header(field);
        const t = this.textOf(field);
        this.diags.repeated("error", `${h}“${t}”是百分数，不是人数或人次，该行未计入`, `${h}是百分数，不是人数或人次，该行未计入`, t, this.sheet.name, this.addr(field));
        return undefined;
      }
      if (opts.count && p.value.lt(Q.ZERO)) {
        const h = this.header(field);
        const t = this.textOf(field);
        this.diags.repeated("error", `${h}“${t}”是负数，该行未计入`, `${h}是负数，该行未计入`, t, this.sheet.name, this.addr(field));
        return undefined;
      }
      if (p.lostDigits) this.diags.warn(`${this.header(field)}的数字位数过长，可能已丢失精度`, this.sheet.name, this.addr(field));
      return p.value;
    }
    const h = this.header(field);
    // A head count after the word for where it was counted ("在线516", "现场86人"): that figure.
    const where = opts.count && typeof v === "string" ? COUNTED_WHERE.exec(compact(v)) : null;
    const counted = where ? parseNumber(where[1]) : undefined;
    if (counted?.ok) {
      const t = this.textOf(field);
      this.diags.repeated("info", `${h}“${t}”按 ${counted.value.toString()} 计`, `${h}写明统计方式的人数按其中的数字计`, t, this.sheet.name, this.addr(field));
      return counted.value;
    }
    // A head count written as its parts (38+45, 男27 女36, 线下52＋线上118): their sum.
    const sum = opts.count && typeof v === "string" ? countSum(v) : undefined;
    if (sum !== undefined) {
      const t = this.textOf(field);
      this.diags.repeated("info", `${h}“${t}”按各部分相加计 ${sum.toString()}`, `${h}分列的人数按相加计`, t, this.sheet.name, this.addr(field));
      return sum;
    }
    this.diags.repeated("error", `${h}：${p.reason}，该行未计入`, `${h}不是可读的数字，该行未计入`, this.textOf(field), this.sheet.name, this.addr(field));
    return undefined;
  }

  /** `read` of each part's column in turn. */
  private eachPart<T>(parts: number[], read: () => T): T[] {
    return parts.map((c) => {
      this.partCol = c;
      try {
        return read();
      } finally {
        this.partCol = undefined;
      }
    });
  }
}

/** A count after the word for where or how it was counted: 在线516, 线上666人次, 现场86人, 实到63. */
const COUNTED_WHERE = /^(?:在线|线上|线下|现场|实到|到场|签到)(\d[\d,]*)(?:人次|人)?$/;

/** A row of database field codes (AAR002, AAB004…): three or more, and nothing else. */
function isFieldCodeRow(texts: readonly string[]): boolean {
  let codes = 0;
  for (const t of texts) {
    if (t === "") continue;
    if (!/^[A-Z]{2,5}\d{2,5}$/.test(t)) return false;
    codes++;
  }
  return codes >= 3;
}

/** A header's English line under its Chinese one (No. | Name | ID No. | Village | Labour capacity): words only, no figure. */
function isTranslationRow(texts: readonly string[]): boolean {
  let words = 0;
  for (const t of texts) {
    if (t === "") continue;
    if (!/^[A-Za-z][A-Za-z .,&/'()–-]*$/.test(t.trim())) return false;
    words++;
  }
  return words >= 3;
}

function isBlankRow(texts: readonly string[]): boolean {
  for (const t of texts) if (t !== "") return false;
  return true;
}

/** The row's first filled text ("" when none): a loop, not texts.find with a callback made for each of 300,000 rows. */
function firstFilled(texts: readonly string[]): string {
  for (const t of texts) if (t !== "") return t;
  return "";
}

/** Header keys for comparing a row with the header: no unit brackets, spaces or line breaks. */
function headerKey(v: CellValue | undefined): string {
  // Headers are text; numbers, dates and booleans in data rows never repeat a header. Every data
  // cell passes through here, so normalised forms are memoised (values repeat down a column).
  if (typeof v !== "string") return "";
  // A name or an ID number is its own key (and most cells are one): no memo needed.
  if (isPlainText(v)) return v;
  let k = keyCache.get(v);
  if (k === undefined) {
    if (keyCache.size > 100000) keyCache.clear();
    k = normalizeLabel(splitUnit(v).label);
    keyCache.set(v, k);
  }
  return k;
}
const keyCache = new Map<string, string>();

/** A title line's key: its numbers left out, so "…签到表（2021年9月15日）" repeats "…签到表（2021年3月1日）". */
function titleKey(texts: string[]): string {
  return texts.map((t) => t.replace(/\d+/g, "#")).join("|");
}

/** What a header row repeated inside the data looks like, computed once per sheet. */
class HeaderShape {
  /** Column → header texts of that column (each header row, merged group cells filled in). */
  private readonly byCol = new Map<number, Set<string>>();
  /** Title lines above the header (repeated when files were pasted together). */
  readonly titles = new Set<string>();
  /** The first text of each title line, keyed as titleKey keys a line. */
  private readonly titleStarts = new Set<string>();
  /** Per distinct cell text: null when its key is empty (it is no text of a line), else whether a title line can begin with it. */
  private readonly starts = new Map<string, boolean | null>();
  /** The length of the shortest of those first texts. */
  private shortestStart = Infinity;
  private titleStart(text: string): boolean | undefined {
    if (isPlainText(text)) {
      // A name shorter than every title's first text begins none (its key is no longer than it is):
      // most rows' first text is such a name, answered without a key made or looked up.
      if (text.length < this.shortestStart) return false;
      return this.titleStarts.has(/\d/.test(text) ? titleKey([text]) : text);
    }
    let start = this.starts.get(text);
    if (start === undefined) {
      const k = headerKey(text);
      start = k === "" ? null : this.titleStarts.has(titleKey([k]));
      if (this.starts.size > 100000) this.starts.clear();
      this.starts.set(text, start);
    }
    return start ?? undefined;
  }

  constructor(sheet: Sheet, rec: Recognition) {
    const top = rec.headerRow - rec.headerRows + 1;
    for (let r = Math.max(0, top); r <= rec.headerRow; r++) {
      (sheet.rows[r] ?? []).forEach((v, c) => this.add(c, headerKey(v)));
      for (const m of sheet.merges ?? []) {
        if (m.top <= r && m.bottom >= r) {
          const k = headerKey(sheet.rows[m.top]?.[m.left]);
          for (let c = m.left; c <= m.right; c++) this.add(c, k);
        }
      }
    }
    // Other wordings count only in the column of their own field: a header with the same words in
    // another order is a different table, not this one pasted again.
    const spec = rec.kind ? kindSpec(rec.kind) : undefined;
    for (const [field, c] of Object.entries(rec.columns)) {
      this.add(c, headerKey(rec.headers[field]));
      for (const h of spec?.fields.find((f) => f.field === field)?.headers ?? []) this.add(c, headerKey(h));
    }
    for (let r = 0; r < top; r++) {
      const texts = (sheet.rows[r] ?? []).map((v) => headerKey(v)).filter((t) => t !== "");
      if (texts.length > 0 && texts.length <= 3) {
        this.titles.add(titleKey(texts));
        const start = titleKey(texts.slice(0, 1));
        this.titleStarts.add(start);
        this.shortestStart = Math.min(this.shortestStart, start.length);
      }
    }
  }

  private add(c: number, k: string): void {
    if (!k) return;
    const set = this.byCol.get(c) ?? new Set<string>();
    set.add(k);
    this.byCol.set(c, set);
  }

  /** The mapped columns, each once (asked for every data row). */
  private cols: number[] | undefined;

  /** A header row repeated inside the data (ledgers pasted together), in this wording or another. */
  isRepeatedHeader(row: CellValue[], rec: Recognition): boolean {
    const cols = (this.cols ??= [...new Set(Object.values(rec.columns))]);
    // A header is text: a number, date or yes/no value in a mapped column makes the row data.
    for (const c of cols) {
      const t = typeof row[c];
      if (t === "number" || t === "boolean" || row[c] instanceof Date) return false;
    }
    let filled = 0;
    let same = 0;
    for (const c of cols) {
      const k = headerKey(row[c]);
      if (!k) continue;
      filled++;
      if (this.byCol.get(c)?.has(k)) same++;
    }
    return filled > 0 && same >= Math.max(filled === 1 && cols.length === 1 ? 1 : 2, Math.ceil(filled / 2));
  }

  /** A title line above the header, repeated where a second file was pasted below the first. */
  isRepeatedTitle(row: CellValue[]): boolean {
    if (this.titles.size === 0) return false;
    // Titles have one to three texts: a row with more is none (most rows stop here), and a row
    // whose first text begins no title is none either (one key made per row, not four). The list
    // of texts is made only once a text begins a title (most rows end before: no list each).
    let texts: string[] | undefined;
    for (const v of row) {
      if (texts === undefined) {
        // Until the first text: one lookup per distinct cell text says all that is needed.
        if (typeof v !== "string") continue;
        const start = this.titleStart(v);
        if (start === undefined) continue;
        if (!start) return false;
        texts = [headerKey(v)];
        continue;
      }
      const k = headerKey(v);
      if (k === "") continue;
      if (texts.push(k) > 3) return false;
    }
    return texts !== undefined && this.titles.has(titleKey(texts));
  }
}

/** Fields whose cells are labels (names), where a 合计 row puts its word when 序号 is blank. */
const LABEL_FIELDS = ["name", "village", "town", "project", "category", "topic", "outlet", "unit"];

/**
 * A line whose every cell states "什么：什么" (培训时间：2021年9月15日 | 填报日期：…): the title lines
 * of a block pasted below the first, not a record.
 */
function isStatementLine(texts: readonly string[]): boolean {
  let filled = 0;
  for (const t of texts) {
    if (t === "") continue;
    // Every statement has a colon: a data row's first text has none (one look, no pattern).
    if (!t.includes(":") && !t.includes("：")) return false;
    if (!/^[^:：]{2,12}[:：]\s*\S/.test(t.replace(/[（(][^（()）]*[)）]/g, ""))) return false;
    filled++;
  }
  return filled > 0;
}

/** The first characters of a day's label (培训 开班 举办 活动 日期 时间): a row's first text (its 序号) is looked at before the pattern. */
const DAY_LABEL_START = new Set([..."培开举活日时"].map((ch) => ch.charCodeAt(0)));

/**
 * "培训日期 | 2021-01-14 | 培训地点 | …": a block's title line giving its day as a label and a value
 * in cells of their own (sign-in sheets stacked on one sheet), not a record.
 */
function isDayLine(texts: readonly string[]): boolean {
  let i = 0;
  while (i < texts.length && texts[i] === "") i++;
  const label = texts[i] ?? "";
  if (label.length > 7 || !DAY_LABEL_START.has(label.charCodeAt(0)) || !/^(?:培训|开班|举办|活动)?(?:日期|时间)[:：]?$/.test(label)) return false;
  let j = i + 1;
  while (j < texts.length && texts[j] === "") j++;
  return j < texts.length && findDateInText(texts[j]) !== undefined;
}

/** A 合计 label in one of the first four cells or in a label column. */
function hasTotalLabel(row: readonly CellValue[], texts: readonly string[], labelCols: Set<number>): boolean {
  // Every total word ends in 计: a look at the text before the full test (this runs on every row).
  let firstFilled = true;
  for (let c = 0; c < texts.length; c++) {
    // Only a text cell can say it: the text of a number, a day or a yes / no value never does (a
    // ledger's 序号 and dates are passed over without a look).
    const v = row[c];
    const first = firstFilled;
    if (texts[c] !== "") firstFilled = false;
    if (typeof v === "number" || typeof v === "boolean" || v instanceof Date || v === null || v === undefined) continue;
    const t = texts[c];
    // (…or the row's first words wherever they stand: a system's "支付成功合计" under its 收款人账号 column.)
    if (!(c < 4 || labelCols.has(c) || (first && t !== ""))) continue;
    // (…or an account book's page carried over, 过次页 / 承前页.)
    if ((t.includes("计") || t.includes("页")) && isTotalText(t)) return true;
    // A pivot table pasted as values: each group's "广东某公司 汇总" and its total (its last character looked at first).
    if (t.charCodeAt(t.length - 1) === 0x603b && t.endsWith("汇总") && PIVOT_TOTAL.test(t)) return true;
  }
  return false;
}

/** A pivot table's group total ("海丰县邮政分公司 汇总", "(空白) 汇总"): the item, a space, 汇总. */
const PIVOT_TOTAL = /^(?:\S.{0,40}\s)?汇总$/;

/**
 * A header of a table like the one read, under it (序号 | 镇 | 社区名称 | … under 序号 | 镇 | 村委会名称 | …): its
 * first words the header's own, its name column headed 名称 too, no figure in it.
 */
function isNamedAgainHeader(texts: readonly string[], rec: Recognition): boolean {
  const name = rec.columns.name;
  // (序号 first: it fails at once on nearly every row.)
  const first = texts.find((t) => t !== "");
  if (name === undefined || (first !== "序号" && first !== "编号")) return false;
  // (…or a village list's communities under their own kind's word, 村委会 above, 社区居委会 here.)
  const named = /名称$/.test(texts[name] ?? "") || (rec.kind === "villages" && /(?:居委会|居民委员会)(?:名单)?$/.test(texts[name] ?? ""));
  if (!named) return false;
  // (Not a table of changes, 原村（居）名称 | 合并后名称 | 调整时间: names from before and after, no more rows of the list.)
  if (texts.some((t) => /^(?:原|调整前|调整后|合并前|合并后|变更前|变更后)/.test(t))) return false;
  return texts.every((t) => t === "" || !/\d/.test(t.replace(/[（(][^（()）]*[)）]/g, "")));
}

/**
 * Whether the row under an appendix's line is a header of its own: 序号 first, neither the list's own header again
 * nor its columns named for the appendix's rows (附：社区居委会 over 序号 | 镇 | … | 社区居委会名称: the list goes on).
 */
function ownTableUnder(sheet: Sheet, r: number, rec: Recognition): boolean {
  const next = (sheet.rows[r + 1] ?? []).map((v) => cellText(v ?? null));
  const own = (sheet.rows[rec.headerRow] ?? []).map((v) => cellText(v ?? null));
  const first = next.find((t) => t !== "") ?? "";
  if (!/^(?:序号|编号|序)$/.test(compact(first)) || next.filter((t) => t !== "").length < 3) return false;
  return next.join("|") !== own.join("|") && !isNamedAgainHeader(next, rec);
}

/** The row holds one text (a title, a section's or a month's line). */
function oneText(texts: readonly string[]): boolean {
  let filled = 0;
  for (const t of texts) if (t !== "" && ++filled > 1) return false;
  return filled === 1;
}

function startsWithDigit(t: string): boolean {
  const c = t.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** Every one of `cols` is blank in this row. */
function allBlank(texts: readonly string[], cols: number[]): boolean {
  for (const c of cols) if ((texts[c] ?? "") !== "") return false;
  return true;
}

/** "2020年", "2021年度": a line stating a year and nothing else. */
/** "2020年" alone on a row, merged across or not: the year of the days below it. */
function isYearLine(texts: readonly string[]): boolean {
  return oneText(texts) && lineYear(firstFilled(texts)) !== undefined;
}

function lineYear(text: string): number | undefined {
  // "2020年", "2021年度：", "——2021年——"
  // (…or the year with what was done in it, 2020年报送 over a report log's 9月8日.)
  const m = /^[—\-－=\s]*((?:19|20)\d{2})\s*年度?(?:报送|上报|发布|更新|培训|拨付|支付|挂牌|建成|入驻|开展)?[:：]?[—\-－=\s]*$/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * A report's period within one year on a line of its own, as a fax machine prints it atop each page
 * ("统计时段：2020/09/01 00:00 — 2020/12/31 23:59"): the year of the days below it, written "09-07 16:12".
 */
function periodYear(text: string): number | undefined {
  const m =
    /^(?:统计时段|统计期间|统计时间|时段|期间)\s*[:：]\s*((?:19|20)\d{2})\s*[/.\-年]\s*\d{1,2}\s*[/.\-月][^—–~～至到]*[—–~～至到]+\s*((?:19|20)\d{2})\s*[/.\-年]/.exec(
      text,
    );
  return m && m[1] === m[2] ? Number(m[1]) : undefined;
}

/**
 * The year a period line above the table gives (see periodYear), looked for in its last few rows; else
 * the one year its title lines name ("《清远商务工作简报》2021年1—9月…", "收稿日期（2021年）") — not the
 * programme's own year (2019年省级电子商务进农村综合示范), and none when they name two.
 */
function yearAbove(sheet: Sheet, top: number, period = periodAbove(sheet, top)): number | undefined {
  if (period !== undefined) return period.year;
  const years = new Set<number>();
  for (let r = 0; r < top; r++) for (const v of sheet.rows[r] ?? []) if (typeof v === "string") for (const m of v.matchAll(TITLE_YEAR)) years.add(Number(m[1]));
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * The period a line in the last few rows above the table gives: a report's 统计时段 (periodYear), or the first issue's
 * of a register kept by issue (issuePeriod) — its year, and the month it turns into the next year in.
 */
function periodAbove(sheet: Sheet, top: number): { year: number; turn?: number } | undefined {
  for (let r = top - 1; r >= Math.max(0, top - 4); r--) {
    const t = (sheet.rows[r] ?? []).find((v) => typeof v === "string" && v.trim() !== "");
    if (typeof t !== "string") continue;
    const year = periodYear(t.trim());
    const period = year !== undefined ? { year } : issuePeriod(t.trim());
    if (period !== undefined) return period;
  }
  return undefined;
}

/** A year named in a title line, not as the programme's batch (2019年省级…示范, 2020年度中央…). */
const TITLE_YEAR = /((?:19|20)\d{2})\s*年(?!度?\s*(?:省级|国家级|中央|广东省|电子商务进农村|电商进农村|综合示范|示范))/g;

/** The year a line of its own gives the days under it: a year's line, a term's, or a numbered section's of one year. */
function yearOfLine(text: string): number | undefined {
  return lineYear(text) ?? termYear(text) ?? sectionYearOf(text);
}

/**
 * An issue's line giving the period it covers: "第46期（2020.11.9—11.15）", "第53期（2020.12.28—2021.1.3）" — the
 * year of the days under it, and where the period runs into the next year, the month it starts in.
 */
function issuePeriod(text: string): { year: number; turn?: number } | undefined {
  const m = ISSUE_PERIOD.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  return m[3] !== undefined && Number(m[3]) > year ? { year, turn: Number(m[2]) } : { year };
}
const ISSUE_PERIOD =
  /^[^（(]{0,12}[（(]\s*((?:19|20)\d{2})[.．/-](\d{1,2})[.．/-]\d{1,2}\s*[—\-－~～至]+\s*(?:((?:19|20)\d{2})[.．/-])?\d{1,2}[.．/-]\d{1,2}\s*[)）]\s*$/;

/** A term's line: "2020年秋季学期（9月—12月）", "2021年暑期", "2021年上半年" — the year of its days. */
function termYear(text: string): number | undefined {
  const m = /^[—\-－=\s]*((?:19|20)\d{2})\s*年\s*(?:春季|秋季|夏季|冬季|暑期|暑假|寒假|上半年|下半年|第[一二三四1-4]季度)/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * A numbered section's line of one year: "二、2021年新建（12个，时间均为2021年）" over stations dated 1月8日 —
 * the year of its days. (Not a line naming two years: "三、2020年12月至2021年3月建成".)
 */
function sectionYearOf(text: string): number | undefined {
  const m = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])\s*((?:19|20)\d{2})\s*年度?(?!\s*\d)/.exec(text);
  if (!m) return undefined;
  const years = new Set(text.match(/(?:19|20)\d{2}(?=\s*年)/g));
  return years.size === 1 ? Number(m[1]) : undefined;
}

/** A numbered section line: "二、销售型电商企业（11家）", "（三）物流快递企业" — its name without the count. */
const SECTION = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])\s*(.+?)\s*(?:[（(]\s*(?:共\s*)?\d+\s*家\s*[)）])?$/;
/** A media list's section of one level: "二、江门市级媒体（3篇）", "三、鹤山本地媒体（4篇）". */
const MEDIA_SECTION =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])\s*(.+?(?:媒体|媒介|报道))\s*(?:[（(]\s*(?:共\s*)?\d+\s*[篇条次个]\s*[)）])?$/;
/** An appendix's line under a list: "附：…", "附表2 …", "附件：…". */
// (…or a section given for reference, "二、参考（不是省定贫困村）".)
const APPENDIX = /^(?:附(?:[:：]|表|件|录)|(?:[一二三四五六七八九十]+\s*[、.．]\s*)?(?:供参考|参考))/;
/**
 * An appendix line saying its rows are not the list's members ("附：面上帮扶村（非省定相对贫困村）",
 * "附：区定相对贫困村（不属省定贫困村，…仅供参考）"): another list under a list of members.
 */
export const isExcludingAppendix = (text: string): boolean => APPENDIX.test(text) && /非|不是|不属|不计入|不含|以外|仅供参考/.test(text);
/** A line breaking the total above it down: "其中：截至8月31日", "其中贫困村". */
const BREAKDOWN = /^其中/;
/** A month's line of its own: 2019年12月, 2020年4月（共2期，149人次）. */
const MONTH_LINE = /^[—\-－=\s]*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:份)?(?:$|[（(\s—\-－:：])/;
/** A village list's kind on a line of its own, bracketed: 〔村民委员会〕, 【居民委员会（社区）】, ——社区——. */
const VILLAGE_KIND_LINE = /^\s*(?:[〔【[［]|[—\-－]{2,})\s*((?:村民委员会|村委会|居民委员会|居委会|社区)[^〕】\]］—\-－]*?)\s*(?:[〕】\]］]|[—\-－]{2,})\s*$/;
/** A batch's line in a station list: 第二批, 批次. */
const BATCH = /第\s*[一二三四五六七八九十\d]+\s*批|批次/;
/** A batch's line over its stations ("第二批（2021.3.18授牌）"), not a numbered row naming a batch. */
const isBatchLine = (first: string) => BATCH.test(first) && !startsWithDigit(first);

/** The day a batch's line gives its stations: planned (计划2021年10月挂牌) as well, which is no day before the cut-off. */
function batchDate(texts: readonly string[]): LDate | undefined {
  for (const t of texts) {
    if (!t || !BATCH.test(t) || /填报|填表|制表|打印/.test(t)) continue;
    const d = findDateInText(t);
    if (d) return d;
    // (Often a month only: 2020年12月建成.)
    const month = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月/.exec(t);
    if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return { y: Number(month[1]), m: Number(month[2]) };
  }
  return undefined;
}

/**
 * A voucher's head line over its entries, "日期：2020年10月16日 | 凭证号：记-004 | 附单据4张" (a stack of
 * 记账凭证 printed from the accounts): the day of the entries under it.
 */
function voucherDay(firstText: string, texts: readonly string[]): LDate | undefined {
  if (!/^(?:凭证|记账|制单)?日期\s*[:：]/.test(firstText) || !texts.some((t) => /凭证号|凭证字号|附单据/.test(t))) return undefined;
  return findDateInText(firstText);
}

/** The day a title line states (培训时间：2021年9月15日), not the day the form was filled in. */
function lineDate(texts: readonly string[]): LDate | undefined {
  for (const t of texts) {
    if (!t || FORM_DATE_LINE.test(t)) continue;
    const d = findDateInText(t);
    if (d) return d;
  }
  // (…or only its month, said as the session's time: "培训时间：2021年5月（共三个晚上）".)
  for (const t of texts) {
    const month = t ? timeMonthIn(t) : undefined;
    if (month) return month;
  }
  return undefined;
}

/**
 * The row under a header whose every text stands under a header cell merged across columns
 * ("服务内容" over 代购代销 | 快递收发 | 代缴费): that group's own headers, not a record.
 */
function isGroupSubHeader(sheet: Sheet, texts: readonly string[], headerRow: number): boolean {
  // (A sentence merged across the sheet heads no group: a web page's note above the list copied from it,
  // "（从网站专栏列表页复制，按网页顺序…）", is over the list's first line, no sub-header.)
  const groups = (sheet.merges ?? []).filter(
    (m) => m.top <= headerRow && m.bottom === headerRow && m.right > m.left && !/[，,；;。]/.test(cellText(sheet.rows[m.top]?.[m.left] ?? null)),
  );
  if (groups.length === 0) return false;
  let filled = 0;
  for (let c = 0; c < texts.length; c++) {
    if (texts[c] === "") continue;
    filled++;
    if (!groups.some((m) => m.left <= c && c <= m.right)) return false;
  }
  return filled > 0;
}

/** The only cell of a row, merged across several columns: a title or a remark, not a record. */
function isMergedLine(sheet: Sheet, texts: readonly string[], r: number): boolean {
  let c = -1;
  for (let i = 0; i < texts.length; i++) {
    if (texts[i] === "") continue;
    if (c >= 0) return false;
    c = i;
  }
  if (c < 0) return false;
  return (sheet.merges ?? []).some((m) => m.top <= r && m.bottom >= r && m.left <= c && m.right >= c && m.right - m.left >= 2);
}

/**
 * Data cells merged down several rows (one 培训日期 and 培训主题 for all trainees of a session, one
 * 镇 for all villages of a town) hold their value in the top cell only; it belongs to every row of
 * the merge. Only the merge's first column carries it: a merge across columns is one wide cell.
 */
function mergedDown(sheet: Sheet, headerRow: number): Map<number, Map<number, CellValue>> | undefined {
  let out: Map<number, Map<number, CellValue>> | undefined;
  for (const m of sheet.merges ?? []) {
    if (m.bottom <= m.top || m.top <= headerRow) continue;
    const v = sheet.rows[m.top]?.[m.left];
    if (v === null || v === undefined) continue;
    out ??= new Map();
    for (let r = m.top + 1; r <= Math.min(m.bottom, sheet.rows.length - 1); r++) {
      const row = out.get(r) ?? new Map<number, CellValue>();
      row.set(m.left, v);
      out.set(r, row);
    }
  }
  return out;
}

/** Every header wording of every ledger kind, normalised: what a header row is made of. */
let headerWords: Set<string> | undefined;
function isHeaderWord(k: string): boolean {
  if (!headerWords) headerWords = new Set(KIND_SPECS.flatMap((spec) => spec.fields.flatMap((f) => f.headers.map((h) => headerKey(h)))));
  return headerWords.has(k);
}

/**
 * A row that is a header of some ledger: text only (no numbers or dates), and at least three of
 * its cells are header wordings. Data rows never look like that: a 类型 cell may say 行政村, but
 * not three header words side by side.
 */
export function isOtherTableHeader(row: readonly (CellValue | undefined)[]): boolean {
  let words = 0;
  for (const v of row) {
    if (v === null || v === undefined || v === "") continue;
    if (typeof v !== "string") return false;
    if (isHeaderWord(headerKey(v))) words++;
  }
  return words >= 3;
}

/** Data rows under the header where a template's example row may stand. */
const EXAMPLE_ROWS = 3;

/** A field's data type as an export states it: 整数, 文本（12位）, 日期 yyyy-mm-dd, Y/N, 数值(2位小数). */
const DATA_TYPE =
  /^(?:整数|文本|数值|数字|小数|日期|时间|日期时间|字符串?|金额|货币|布尔|枚举|下拉|Y\/N|是\/否|int|integer|text|string|varchar|date|datetime|decimal|number|bool)/i;

/** A row most of whose cells (three or more) name a data type. */
function isTypeRow(texts: readonly string[]): boolean {
  const filled = texts.filter((t) => t !== "");
  return filled.length >= 3 && filled.filter((t) => DATA_TYPE.test(t.trim())).length >= filled.length * 0.6;
}

/** A template's example row: its first cell says 示例 / 例 / 样例, or a cell says it is the template's example. */
function isExampleRow(texts: readonly string[]): boolean {
  // Every example word holds 例: a look at each cell before the tests (this runs on every data row).
  let first = true;
  for (const t of texts) {
    if (t === "") continue;
    if (t.includes("例")) {
      if (first && (/^(?:示例|样例|举例|填写示例|填表示例|例)\s*[:：]?\s*\d*$/.test(t) || /^(?:例|示例)\s*[:：]/.test(t))) return true;
      if (/^[（(]?\s*(?:模板|填写|填表)?示例\s*[)）]?$/.test(t) || /[（(](?:模板|填写|填表)示例|示例行/.test(t)) return true;
    }
    first = false;
  }
  return false;
}

/**
 * Calls `each` with every data row of a recognised sheet (one RowCtx moved from row to row);
 * skipped rows are noted where useful. A callback, not a generator: a generator is resumed, and
 * hands back a result object, once per row (300,000 times for a long ledger), most of it before
 * the engine has compiled the walk.
 */
/**
 * A numbered section whose heading says its rows are left out of the list: 不列入站点清单, 不计入. (Not an
 * appendix, 附：: a village list's 附：城镇社区（…不纳入行政村统计） is read on, its rows saying their own type.)
 */
// (…or a line over the rows it leaves out: "以下为9月新开班次（不计入本次考评）".)
// (…or "二、镇级联建电站（不属于村）": rows of no village under a list of villages.)
// (…or an appendix of those not in yet, "附：意向入驻企业（已签意向书，尚未入驻）".)
const LEFT_OUT_SECTION =
  /^(?:[一二三四五六七八九十]+[、.．]|以下(?:为|是)?)[^。]*(?:不列入|不计入|不纳入|不属于)|^附[表件]?\s*\d*\s*[:：、][^。]*(?:尚未|未)(?:入驻|入园|挂牌|开业|运营|建成)/;

/** A numbered section's line: "二、计划建设站点", "（一）已建成站点". */
const SECTION_LINE = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])/;
/** …of what is still to be built: 计划建设, 拟建, 待建, 筹建, 在建. */
const PLANNED_SECTION = /计划建设|计划新建|拟建|待建|筹建|在建|未建成/;
const plannedSection = (line: string) => SECTION_LINE.test(line) && PLANNED_SECTION.test(line);

export function forEachDataRow(sheet: Sheet, rec: Recognition, diags: Diagnostics, each: (row: RowCtx) => void): void {
  const mappedCols = Object.values(rec.columns);
  const labelCols = new Set(LABEL_FIELDS.filter((f) => f in rec.columns).map((f) => rec.columns[f]));
  const shape = new HeaderShape(sheet, rec);
  const merged = mergedDown(sheet, rec.headerRow);
  const datedByTitle = rec.kind === "training" && !("date" in rec.columns);
  // A station list by batch, the day only on each batch's line ("第二批：2020年12月建成并投入运营（50个）").
  const datedByBatch = rec.kind === "stations" && !("opened" in rec.columns);
  // A stack of vouchers, the day only on each voucher's head line ("日期：2020年10月16日 | 凭证号：记-004").
  const datedByVoucher = rec.kind === "funds" && !("date" in rec.columns) && !("month" in rec.columns);
  // An enterprise list by type, the type only on each section's line ("二、销售型电商企业（11家）").
  const typedBySection = rec.kind === "enterprises" && !("type" in rec.columns);
  // A media list by level, the level only on each section's line ("二、江门市级媒体（3篇）", "三、鹤山本地媒体").
  const leveledBySection = rec.kind === "media" && !("level" in rec.columns);
  // A village list whose kinds stand on lines of their own (〔村民委员会〕, 〔居民委员会（社区）〕).
  const villageKinds = rec.kind === "villages" && !("type" in rec.columns);
  const membersOnly = rec.kind === "poorVillages" || rec.kind === "poorPersons";
  let sectionTitle: string | undefined;
  let sectionMonth: number | undefined;
  let sectionDate: LDate | undefined;
  // (A report's period above the header, the first page's "统计时段：2020/09/01 … — 2020/12/31 …": the year
  // of the days written without one until the next page says its own.)
  const top = rec.headerRow - rec.headerRows + 1;
  const above = periodAbove(sheet, top);
  let sectionYear: number | undefined = yearAbove(sheet, top, above);
  let sectionTurn: number | undefined = above?.turn;
  // (…and a batch's line over its own header, each batch a table of its own stacked on the sheet: "第一批（2020年8月20日
  // 授牌…）" over 序号 | 镇 | 村 …, read as a block.)
  for (let r = 0; datedByBatch && r < top; r++) {
    const texts = rowTexts(sheet, r);
    const first = firstFilled(texts);
    if (isBatchLine(first)) sectionDate = batchDate(texts) ?? sectionDate;
  }
  // (The first voucher's head line stands above the header its entries are under.)
  for (let r = 0; datedByVoucher && r < top; r++) {
    const texts = rowTexts(sheet, r);
    sectionDate = voucherDay(firstFilled(texts), texts) ?? sectionDate;
  }
  let ctx: RowCtx | undefined;
  const where = (r: number) => `${r + 1}:${r + 1}`;
  let afterTotal = false;
  let afterPager = false;
  // (…or its own table under such a title, stacked below the built ones' and read as a block of its own.)
  let planned =
    rec.kind === "stations" &&
    [top - 1, top - 2].some((r) => {
      const line = r >= 0 ? rowTexts(sheet, r) : [];
      return oneText(line) && plannedSection(firstFilled(line));
    });
  let carriedMonth: string | undefined;
  const textsOfRow = passingRowTexts(sheet);
  for (let r = rec.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    const texts = textsOfRow(r);
    if (isBlankRow(texts)) continue;
    const firstText = firstFilled(texts);
    // A batch's line: the day of the stations under it.
    if (datedByBatch && isBatchLine(firstText)) {
      sectionDate = batchDate(texts) ?? sectionDate;
      diags.info(`第 ${r + 1} 行是批次说明（“${quote(firstText, 20)}”），其下站点按该批次日期计`, sheet.name, where(r));
      continue;
    }
    const voucher = datedByVoucher && firstText.length > 3 ? voucherDay(firstText, texts) : undefined;
    if (voucher) {
      sectionDate = voucher;
      diags.info(`第 ${r + 1} 行是记账凭证的抬头（“${quote(firstText, 20)}”），其下分录按 ${formatDate(voucher)} 计`, sheet.name, where(r));
      continue;
    }
    // A page's period line ("统计时段：2021/01/01 00:00 — 2021/05/31 23:59"): the year of the days below it.
    // (The pattern first: anchored at its label, it fails at once on almost every row.)
    const period = periodYear(firstText);
    if (period !== undefined && oneText(texts)) {
      sectionYear = period;
      diags.info(`第 ${r + 1} 行是统计时段（“${quote(firstText, 30)}”），其下不写年份的日期按 ${period} 年计`, sheet.name, where(r));
      continue;
    }
    // An issue's line ("第53期（2020.12.28—2021.1.3）"): the year of the days below it, and where it runs into the next.
    const issue = issuePeriod(firstText);
    if (issue && oneText(texts)) {
      sectionYear = issue.year;
      sectionTurn = issue.turn;
      diags.info(`第 ${r + 1} 行是一期的标题（“${quote(firstText, 30)}”），其下只写月日的日期按该期的时段计年份`, sheet.name, where(r));
      continue;
    }
    // A month's line ("2019年12月（共3期，358人次）"): the year and month of the days below it (4日, 23号).
    // (The pattern first: it fails at once on almost every row, the count of texts would not.)
    const month = MONTH_LINE.exec(firstText);
    if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12 && oneText(texts)) {
      sectionYear = Number(month[1]);
      sectionMonth = Number(month[2]);
      diags.info(`第 ${r + 1} 行是月份行（“${quote(firstText, 20)}”），其下只写日的日期按 ${sectionYear}年${sectionMonth}月计`, sheet.name, where(r));
      continue;
    }
    const kindLine = villageKinds && oneText(texts) ? VILLAGE_KIND_LINE.exec(firstText) : null;
    if (kindLine) {
      sectionTitle = kindLine[1];
      diags.info(`第 ${r + 1} 行是分类标题（“${quote(firstText, 20)}”），其下各行按${kindLine[1]}计`, sheet.name, where(r));
      continue;
    }
    const levelLine = leveledBySection && oneText(texts) ? MEDIA_SECTION.exec(firstText) : null;
    if (levelLine) {
      sectionTitle = levelLine[1].trim();
      diags.info(`第 ${r + 1} 行是分类标题（“${quote(firstText, 20)}”），其下看不出级别的媒体按该类计级别`, sheet.name, where(r));
      continue;
    }
    // A station list's section of stations still planned ("二、计划建设站点（2021年第四季度前建成）"): no stations
    // until the next section's line.
    // (Another section's line ends it, and is read for what it says: "二、2021年新建（2个）" gives its days' year.)
    if (rec.kind === "stations" && SECTION_LINE.test(firstText) && oneText(texts)) {
      planned = plannedSection(firstText);
      if (planned) {
        diags.info(`第 ${r + 1} 行是计划建设站点的标题（“${quote(firstText, 20)}”），其下各行不是已建成的站点，未计入`, sheet.name, where(r));
        continue;
      }
    }
    if (planned) continue;
    // A section's line: the type of the enterprises under it.
    const section = typedBySection && oneText(texts) ? SECTION.exec(firstText) : null;
    if (section) {
      sectionTitle = section[1].trim();
      diags.info(`第 ${r + 1} 行是分类标题（“${quote(firstText, 20)}”），其下企业按“${quote(sectionTitle, 20)}”计类型`, sheet.name, where(r));
      continue;
    }
    // Notes and unit lines start with a word: a row numbered in its first cell (most) is neither.
    if (!startsWithDigit(firstText) && (isNoteText(firstText) || parseUnitLine(firstText))) {
      if (datedByTitle) sectionDate = lineDate(texts) ?? sectionDate;
      continue;
    }
    // A web page's pager between two pages copied one after the other ("共26条 第1/2页 首页 上一页…").
    if (PAGER.test(firstText) && oneText(texts)) {
      diags.info(`第 ${r + 1} 行是网页的翻页栏（“${quote(firstText, 20)}”），未计入`, sheet.name, where(r));
      afterPager = true;
      continue;
    }
    // (The next page under it opens on its own breadcrumb and column name again: no lines of the list.)
    if (afterPager && oneText(texts) && (BREADCRUMB.test(firstText) || (firstText.length <= 30 && !/\d/.test(firstText)))) {
      diags.info(`第 ${r + 1} 行是下一页网页的栏目标题（“${quote(firstText, 20)}”），未计入`, sheet.name, where(r));
      continue;
    }
    afterPager = false;
    // A row of units right under the header ("（万元）") is part of the header; recognition took its units.
    // So is a row of the exporting system's field codes under the header (AAB002 | AAB004 …).
    // (…and a bilingual header's English line under its Chinese one.)
    if (r === rec.headerRow + 1 && (unitRow(row) || isGroupSubHeader(sheet, texts, rec.headerRow) || isFieldCodeRow(texts) || isTranslationRow(texts))) {
      // (…a group's line right under the header may be the first term's, "2020年第四季度（10—12月）": its year.)
      if (oneText(texts)) sectionYear = yearOfLine(firstText) ?? sectionYear;
      continue;
    }
    // Total rows carry their label in one of the first cells (序号 / 名称 columns) or a name column.
    if (hasTotalLabel(row, texts, labelCols)) {
      diags.info(`第 ${r + 1} 行是合计行，未计入`, sheet.name, where(r));
      afterTotal = true;
      // (An account book's 上年结转 line opens the year's first month, 1 | 1: the entries under it leave it blank.)
      const written = rec.columns.month === undefined ? "" : (texts[rec.columns.month] ?? "").trim();
      if (written !== "") carriedMonth = written;
      continue;
    }
    // The lines breaking a total down under it ("其中：截至8月31日 | 35 | 4352") are part of it.
    if (afterTotal && BREAKDOWN.test(firstText)) {
      diags.info(`第 ${r + 1} 行是合计的分项（“${quote(firstText, 20)}”），未计入`, sheet.name, where(r));
      continue;
    }
    afterTotal = false;
    if (shape.isRepeatedHeader(row, rec)) {
      diags.info(`第 ${r + 1} 行是重复的表头，已跳过`, sheet.name, where(r));
      // An account book's header repeated for its next year: "2021年 | 凭证号数 | 摘要 …".
      sectionYear = lineYear(firstText) ?? sectionYear;
      continue;
    }
    // A second table's header with the same columns named for its own rows (村委会名称 above, 社区名称 here,
    // 序号 | 镇 | … as before): its rows are read on under the same columns.
    if (isNamedAgainHeader(texts, rec)) {
      diags.info(`第 ${r + 1} 行是下一张同列表格的表头（“${quote(texts.filter(Boolean).join(" "), 30)}”），已跳过`, sheet.name, where(r));
      continue;
    }
    // A header of another table below this one (a summary by 镇 under a station list): what
    // follows is not this ledger, so reading stops here and says so.
    if (isOtherTableHeader(row)) {
      diags.info(
        `第 ${r + 1} 行起是另一张表（表头“${quote(texts.filter(Boolean).join(" ").replace(/\s+/g, " "), 30)}”），未读取；如需计入，请把它放到单独的工作表`,
        sheet.name,
        where(r),
      );
      return;
    }
    // Under a list whose every row is a member (poor villages, poor persons), an appendix saying its
    // rows are not ("附：面上帮扶村（非省定相对贫困村）"): another list, so reading stops here. (An
    // appendix that continues the list is read on; so is one of a village list, whose rows say
    // their own type: "附：镇区社区（非建制村）".)
    if (membersOnly && oneText(texts) && isExcludingAppendix(firstText)) {
      diags.info(`第 ${r + 1} 行起是附表（“${quote(firstText, 30)}”），不属于本表，未读取`, sheet.name, where(r));
      return;
    }
    // (…or an appendix with a table of its own under it, 附：2020年村级建制调整对照表 over 序号 | 原村委会 | 调整后村委会:
    // another table, whatever list it hangs under.)
    if (oneText(texts) && APPENDIX.test(firstText) && ownTableUnder(sheet, r, rec)) {
      diags.info(`第 ${r + 1} 行起是附表（“${quote(firstText, 30)}”），有自己的表头，不属于本表，未读取`, sheet.name, where(r));
      return;
    }
    // A section of any list that says its rows are not in it ("二、在建站点（尚未挂牌运营，不列入站点清单）"): reading stops.
    // (The pattern first: anchored at a section's number, it fails at once on almost every row.)
    if (LEFT_OUT_SECTION.test(firstText) && oneText(texts)) {
      diags.info(`第 ${r + 1} 行起的一节注明不列入本表（“${quote(firstText, 30)}”），未读取`, sheet.name, where(r));
      return;
    }
    if (
      shape.isRepeatedTitle(row) ||
      isMergedLine(sheet, texts, r) ||
      isStatementLine(texts) ||
      isDayLine(texts) ||
      isYearLine(texts) ||
      // (…or a term's line of its own, "2021年第一季度（1—3月）", in the 序号 column no field reads.)
      (oneText(texts) && termYear(firstText) !== undefined)
    ) {
      diags.info(`第 ${r + 1} 行是标题或说明文字（“${quote(firstText, 20)}”），未计入`, sheet.name, where(r));
      // Sign-in sheets pasted together: each block's title states its own day.
      if (datedByTitle) sectionDate = lineDate(texts) ?? sectionDate;
      // A log split by year ("2020年" on a line of its own): the year of the days below it.
      // (…or by term, "2020年秋季学期（9月—12月）" over a timetable's 9月8日.)
      sectionYear = yearOfLine(firstText) ?? sectionYear;
      continue;
    }
    // A row with text only outside the mapped columns (a stray remark) is not a record.
    if (allBlank(texts, mappedCols)) continue;
    // The template's example row, never deleted ("示例 | 2020年×月×日 | … | 50", "例 | ××村"): no record.
    // (It stands right under the header: only the first rows are asked.)
    if (r <= rec.headerRow + EXAMPLE_ROWS && isExampleRow(texts)) {
      diags.info(`第 ${r + 1} 行是模板的示例行（“${quote(firstText, 20)}”），未计入`, sheet.name, where(r));
      continue;
    }
    // …or an export's row of each field's data type (整数 | 文本 | 日期 yyyy-mm-dd | Y/N) under its field names.
    if (r <= rec.headerRow + 2 && isTypeRow(texts)) {
      diags.info(`第 ${r + 1} 行是各列的数据类型说明（“${quote(texts.filter(Boolean).join(" | "), 24)}”），未计入`, sheet.name, where(r));
      continue;
    }
    ctx = ctx ? ctx.moveTo(r, sectionDate, texts, sectionYear) : new RowCtx(sheet, rec, r, diags, merged, sectionDate, texts, sectionYear);
    // (…as does any line writing its month, read as a record or not.)
    const written = rec.columns.month === undefined ? "" : (texts[rec.columns.month] ?? "").trim();
    if (written !== "" || carriedMonth !== undefined) ctx.monthWritten(written !== "" ? written : (carriedMonth as string));
    carriedMonth = undefined;
    ctx.sectionTitle = sectionTitle;
    ctx.sectionMonth = sectionMonth;
    ctx.yearTurn = sectionTurn;
    each(ctx);
  }
}
