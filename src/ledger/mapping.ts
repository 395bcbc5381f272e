/**
 * Manual mappings: when recognition is wrong, the user states a sheet's kind (and optionally its
 * header row and columns); the mapping is stored in the workbook so every reader uses it.
 */
import type { Diagnostics } from "./diagnostics";
import { parseAddress, type Sheet } from "./grid";
import { LEDGER_KINDS, type LedgerKind } from "./records";
import { recognizeAs, type Recognition } from "./recognize";
import { kindSpec } from "./schema";

export interface SheetMapping {
  sheet: string;
  /** "ignore" excludes the sheet. */
  kind: LedgerKind | "ignore";
  /** One-based header row (the last header row for two-row headers). */
  headerRow?: number;
  /** field → column letter ("C"). */
  columns?: Record<string, string>;
}

export function applyMapping(sheet: Sheet, auto: Recognition, mappings: SheetMapping[], diags: Diagnostics): Recognition {
  const m = mappings.find((x) => x.sheet === sheet.name);
  if (!m) return auto;
  if (m.kind === "ignore") return { ...auto, kind: null, confidence: 1, mapped: true, columns: {}, headers: {} };
  if (!LEDGER_KINDS.includes(m.kind)) {
    diags.warn(`映射中的台账类型“${m.kind}”无效，已按自动识别处理`, sheet.name);
    return auto;
  }
  if (m.kind === "facts") return { ...auto, kind: "facts", confidence: 1, mapped: true };
  const base: Recognition =
    recognizeAs(sheet, m.kind) ??
    { sheet: sheet.name, kind: m.kind, confidence: 1, headerRow: 0, headerRows: 1, columns: {}, headers: {}, fieldUnits: {}, mapped: true, alternatives: [] };
  const rec: Recognition = { ...base, kind: m.kind, mapped: true, confidence: 1, columns: { ...base.columns }, headers: { ...base.headers } };
  if (m.headerRow !== undefined) {
    if (!Number.isInteger(m.headerRow) || m.headerRow < 1 || m.headerRow > sheet.rows.length) {
      diags.warn(`映射中的表头行 ${m.headerRow} 超出表格范围，已忽略`, sheet.name);
    } else {
      rec.headerRow = m.headerRow - 1;
    }
  }
  const spec = kindSpec(m.kind);
  for (const [field, letters] of Object.entries(m.columns ?? {})) {
    const a = parseAddress(`${letters}1`);
    if (!a || !spec?.fields.some((f) => f.field === field)) {
      diags.warn(`映射中的列“${field} → ${letters}”无效，已忽略`, sheet.name);
      continue;
    }
    // A column can hold one field only: drop any field the automatic match put there.
    for (const [f, c] of Object.entries(rec.columns)) if (c === a.col && f !== field) delete rec.columns[f];
    rec.columns[field] = a.col;
    rec.headers[field] = String(sheet.rows[rec.headerRow]?.[a.col] ?? field);
  }
  const missing = spec?.fields.filter((f) => f.required && !(f.field in rec.columns)).map((f) => f.field) ?? [];
  if (missing.length) diags.warn(`按映射读取“${sheet.name}”时缺少必需的列：${missing.join("、")}`, sheet.name);
  return rec;
}
