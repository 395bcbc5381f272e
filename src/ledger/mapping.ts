/**
 * Manual mappings: when recognition is wrong, the user states a sheet's kind (and optionally its
 * header row and columns); the mapping is stored in the workbook so every reader uses it.
 * Mappings also arrive from a JSON file the user wrote, so nothing here trusts their shape: a
 * malformed entry is a located diagnostic, never an exception.
 */
import type { Diagnostics } from "../core/diagnostics";
import { parseAddress, type Sheet } from "../core/grid";
import { cellText, splitUnit } from "./normalize/text";
import { LEDGER_KINDS, type LedgerKind } from "./records";
import { recognizeAs, recognizeAt, type Recognition } from "./recognize";
import { kindSpec } from "./schema";

/** A column letter meaning "this sheet has no such column" (for optional fields only). */
export const NO_COLUMN = "-";

export interface SheetMapping {
  sheet: string;
  /** "ignore" excludes the sheet. */
  kind: LedgerKind | "ignore";
  /** One-based header row (the last header row for two-row headers). */
  headerRow?: number;
  /** field → column letter ("C"), or NO_COLUMN ("-") for an optional field the sheet lacks. */
  columns?: Record<string, string>;
}

/** The mapping stated for a sheet (the first one naming it), ignoring entries that are not objects. */
export function mappingFor(sheetName: string, mappings: readonly unknown[]): SheetMapping | undefined {
  return mappings.find((x): x is SheetMapping => typeof x === "object" && x !== null && (x as SheetMapping).sheet === sheetName);
}

/** A stated header row as a one-based integer; undefined when none was stated, NaN when unusable. */
function statedHeaderRow(v: unknown): number | undefined {
  if (v === undefined || v === null || v === "") return undefined;
  const n = typeof v === "number" ? v : typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) ? n : NaN;
}

export function applyMapping(sheet: Sheet, auto: Recognition, mappings: readonly unknown[], diags: Diagnostics): Recognition {
  const m = mappingFor(sheet.name, mappings);
  if (!m) return auto;
  // Sheet-level problems point at the header row the reader uses, or A1.
  const headerCell = (rec: Recognition) => (rec.kind && rec.kind !== "facts" ? `${rec.headerRow + 1}:${rec.headerRow + 1}` : "A1");
  if (m.kind === "ignore") return { ...auto, kind: null, confidence: 1, mapped: true, columns: {}, headers: {} };
  if (typeof m.kind !== "string" || !LEDGER_KINDS.includes(m.kind)) {
    diags.warn(`映射中的台账类型“${cellText(String(m.kind))}”无效，已按自动识别处理`, sheet.name, headerCell(auto));
    return auto;
  }
  if (m.kind === "facts") return { ...auto, kind: "facts", confidence: 1, mapped: true };
  const fallback: Recognition = {
    sheet: sheet.name,
    kind: m.kind,
    confidence: 1,
    headerRow: 0,
    headerRows: 1,
    columns: {},
    headers: {},
    fieldUnits: {},
    mapped: true,
    alternatives: [],
  };
  const hr = statedHeaderRow(m.headerRow);
  let base: Recognition | undefined;
  if (hr !== undefined && (Number.isNaN(hr) || hr < 1 || hr > sheet.rows.length)) {
    diags.warn(`映射中的表头行“${cellText(String(m.headerRow))}”超出表格范围（1–${sheet.rows.length}），已按自动识别的表头读取`, sheet.name, "A1");
  } else if (hr !== undefined) {
    // The stated row decides where the header is; its columns are read from that row.
    base = recognizeAt(sheet, m.kind, hr - 1);
  }
  base ??= recognizeAs(sheet, m.kind) ?? fallback;
  const rec: Recognition = {
    ...base,
    kind: m.kind,
    mapped: true,
    confidence: 1,
    columns: { ...base.columns },
    headers: { ...base.headers },
    fieldUnits: { ...base.fieldUnits },
  };
  const spec = kindSpec(m.kind);
  const columns: unknown = m.columns;
  if (columns !== undefined && (typeof columns !== "object" || columns === null || Array.isArray(columns))) {
    diags.warn(`映射中的列应写成 字段=列（如 village=D），收到“${cellText(String(columns))}”，已忽略`, sheet.name, headerCell(rec));
  } else {
    for (const [field, letters] of Object.entries(columns ?? {})) {
      // "-" says the sheet has no such column: an automatic match that picked a wrong one is dropped.
      if (letters === NO_COLUMN && spec?.fields.some((f) => f.field === field && !f.required)) {
        delete rec.columns[field];
        delete rec.headers[field];
        delete rec.fieldUnits[field];
        continue;
      }
      const a = typeof letters === "string" && /^\s*[A-Za-z]{1,3}\s*$/.test(letters) ? parseAddress(`${letters.trim()}1`) : undefined;
      if (!a || !spec?.fields.some((f) => f.field === field)) {
        diags.warn(
          `映射中的列“${field} → ${cellText(String(letters))}”无效，已忽略（可用字段：${spec?.fields.map((f) => f.field).join("、")}）`,
          sheet.name,
          headerCell(rec),
        );
        continue;
      }
      // A column can hold one field only: drop any field the automatic match put there.
      for (const [f, c] of Object.entries(rec.columns)) if (c === a.col && f !== field) delete rec.columns[f];
      rec.columns[field] = a.col;
      rec.headers[field] = cellText(sheet.rows[rec.headerRow]?.[a.col] ?? null) || field;
      // A unit written in the stated column's header counts, not the one of the column it replaced.
      const replacedUnit = rec.fieldUnits[field];
      delete rec.fieldUnits[field];
      const u = splitUnit(rec.headers[field]).unit;
      if (u) rec.fieldUnits[field] = u;
      if (field === "amount" && (u || replacedUnit)) {
        if (u) rec.unit = u;
        else delete rec.unit;
      }
    }
  }
  const missing = missingColumns(m.kind, rec.columns);
  if (missing.length) diags.warn(`按映射读取“${sheet.name}”时缺少必需的列：${missing.join("、")}；该表未读取，请在映射中指定列`, sheet.name, headerCell(rec));
  return rec;
}

/** Fields a sheet of the kind cannot be read without ("a或b" when one of several will do). */
export function missingColumns(kind: LedgerKind, columns: Record<string, number>): string[] {
  const spec = kindSpec(kind);
  if (!spec) return [];
  const missing = spec.fields.filter((f) => f.required && !(f.field in columns)).map((f) => f.field);
  if (spec.anyOf && !spec.anyOf.some((set) => set.every((f) => f in columns))) missing.push(spec.anyOf.map((set) => set.join("+")).join("或"));
  return missing;
}
