/**
 * Walking the data rows of a recognised sheet: skips what is not data (blank rows, 合计 rows, notes
 * under the table, header rows repeated where sheets were pasted together) and gives each row a
 * small context for reading fields with located diagnostics.
 */
import type { Diagnostics } from "./diagnostics";
import { cellAddress, isCellError, type CellValue, type Sheet } from "./grid";
import { parseDate } from "./normalize/date";
import { parseNumber } from "./normalize/number";
import { cellText, isNoteText, isTotalText, normalizeLabel } from "./normalize/text";
import { parseYesNo } from "./normalize/yesno";
import type { Recognition } from "./recognize";
import type { LDate } from "../scoring/dates";
import type { Q } from "../scoring/rational";

export class RowCtx {
  constructor(
    readonly sheet: Sheet,
    readonly rec: Recognition,
    readonly r: number,
    readonly diags: Diagnostics,
  ) {}

  /** One-based Excel row number. */
  get excelRow(): number {
    return this.r + 1;
  }

  has(field: string): boolean {
    return field in this.rec.columns;
  }

  raw(field: string): CellValue {
    const c = this.rec.columns[field];
    if (c === undefined) return null;
    return this.sheet.rows[this.r]?.[c] ?? null;
  }

  addr(field: string): string {
    return cellAddress(this.r, this.rec.columns[field] ?? 0);
  }

  /** Trimmed text, or undefined when blank. Error values are reported. */
  text(field: string): string | undefined {
    const v = this.raw(field);
    if (isCellError(v)) {
      this.diags.error(`${this.rec.headers[field] ?? field}为错误值 ${v.error}，该格未采用`, this.sheet.name, this.addr(field));
      return undefined;
    }
    const t = cellText(v);
    return t === "" ? undefined : t;
  }

  /** A date; blank → null silently; unreadable → null with a warning naming the cell. */
  date(field: string): LDate | null {
    const v = this.raw(field);
    if (v === null || cellText(v) === "") return null;
    const p = parseDate(v);
    if (p.ok) return p.value;
    this.diags.warn(`${this.rec.headers[field] ?? field}：${p.reason}，按无日期处理`, this.sheet.name, this.addr(field));
    return null;
  }

  /** Yes/no; blank → null ("no answer"); not understood → null with a warning. */
  yesNo(field: string, parse: (v: CellValue) => boolean | null | undefined = parseYesNo): boolean | null {
    const v = this.raw(field);
    if (isCellError(v)) {
      this.diags.error(`${this.rec.headers[field] ?? field}为错误值 ${v.error}，按未填处理`, this.sheet.name, this.addr(field));
      return null;
    }
    const b = parse(v);
    if (b === undefined) {
      this.diags.warn(`${this.rec.headers[field] ?? field}“${cellText(v)}”不是“是/否”，按未填处理`, this.sheet.name, this.addr(field));
      return null;
    }
    return b;
  }

  /** A number (money converted to 元 when unit is 万元); undefined with a diagnostic when unusable. */
  number(field: string, unit?: "元" | "万元"): Q | undefined {
    const v = this.raw(field);
    if (v === null || cellText(v) === "") return undefined;
    const p = parseNumber(v, unit ? { unit } : {});
    if (p.ok) {
      if (p.lostDigits) this.diags.warn(`${this.rec.headers[field] ?? field}的数字位数过长，可能已丢失精度`, this.sheet.name, this.addr(field));
      return p.value;
    }
    this.diags.error(`${this.rec.headers[field] ?? field}：${p.reason}，该行未计入`, this.sheet.name, this.addr(field));
    return undefined;
  }
}

function isBlankRow(row: CellValue[] | undefined): boolean {
  return !row || row.every((v) => v === null || cellText(v) === "");
}

/** A header row repeated inside the data (ledgers pasted together from several files). */
function isRepeatedHeader(row: CellValue[], rec: Recognition): boolean {
  const cols = Object.entries(rec.columns);
  if (cols.length === 0) return false;
  let same = 0;
  for (const [field, c] of cols) {
    const h = rec.headers[field];
    if (h && normalizeLabel(cellText(row[c] ?? null)) === normalizeLabel(h)) same++;
  }
  return same >= Math.max(2, Math.ceil(cols.length / 2));
}

/** The data rows of a recognised sheet, each as a RowCtx; skipped rows are noted where useful. */
export function* dataRows(sheet: Sheet, rec: Recognition, diags: Diagnostics): Generator<RowCtx> {
  const mappedCols = Object.values(rec.columns);
  for (let r = rec.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (isBlankRow(row)) continue;
    const texts = row.map((v) => cellText(v));
    const firstText = texts.find((t) => t !== "") ?? "";
    if (isNoteText(firstText)) continue;
    // Total rows carry their label in one of the first cells (序号 / 名称 columns).
    if (texts.slice(0, 4).some((t) => isTotalText(t))) {
      diags.info(`第 ${r + 1} 行是合计行，未计入`, sheet.name, `${r + 1}:${r + 1}`);
      continue;
    }
    if (isRepeatedHeader(row, rec)) {
      diags.info(`第 ${r + 1} 行是重复的表头，已跳过`, sheet.name, `${r + 1}:${r + 1}`);
      continue;
    }
    // A row with text only outside the mapped columns (a stray remark) is not a record.
    if (mappedCols.every((c) => cellText(row[c] ?? null) === "")) continue;
    yield new RowCtx(sheet, rec, r, diags);
  }
}
