/**
 * The hidden settings sheet (_ecom_settings) that travels with the workbook: manual sheet mappings
 * and options (rubric, cut-off date, county). The CLI, the task pane and a reviewer's copy all read
 * the same sheet, so a correction made once is used everywhere.
 *
 * Layout (one row each, after a header row):
 *   option  | asOf        | 2021-08-31
 *   mapping | 站点台账     | stations | 3 | village=D;opened=H
 */
import { Diagnostics } from "./diagnostics";
import { cellAddress, type CellValue, type Sheet } from "./grid";
import { NO_COLUMN, type SheetMapping } from "./mapping";
import { cellText } from "./normalize/text";
import { LEDGER_KINDS, type LedgerKind } from "./records";
import { SETTINGS_SHEET } from "./read";

export interface WorkbookSettings {
  mappings: SheetMapping[];
  options: Record<string, string>;
}

export const SETTINGS_HEADER = ["类别", "名称", "值 / 台账类型", "表头行", "列映射（字段=列）"];

export function emptySettings(): WorkbookSettings {
  return { mappings: [], options: {} };
}

export function parseSettingsSheet(sheet: Sheet | undefined, diags = new Diagnostics()): WorkbookSettings {
  const s = emptySettings();
  if (!sheet) return s;
  sheet.rows.forEach((row, r) => {
    if (r === 0) return;
    const [what, name, value, header, cols] = [0, 1, 2, 3, 4].map((c) => cellText(row[c] ?? null));
    if (!what) return;
    const where = cellAddress(r, 0);
    if (what === "option") {
      if (name) s.options[name] = value;
      return;
    }
    if (what !== "mapping" || !name) {
      diags.warn(`设置表第 ${r + 1} 行无法识别，已忽略`, SETTINGS_SHEET, where);
      return;
    }
    if (value !== "ignore" && !LEDGER_KINDS.includes(value as LedgerKind)) {
      diags.warn(`设置表第 ${r + 1} 行的台账类型“${value}”无效，已忽略`, SETTINGS_SHEET, cellAddress(r, 2));
      return;
    }
    const m: SheetMapping = { sheet: name, kind: value as SheetMapping["kind"] };
    if (header) {
      const n = Number(header);
      if (Number.isInteger(n) && n >= 1) m.headerRow = n;
      else diags.warn(`设置表第 ${r + 1} 行的表头行“${header}”不是正整数，已忽略`, SETTINGS_SHEET, cellAddress(r, 3));
    }
    if (cols) {
      m.columns = {};
      for (const part of cols.split(/[;；,，\s]+/).filter(Boolean)) {
        const [field, letter] = part.split("=").map((x) => x.trim());
        if (field && letter && (/^[A-Za-z]{1,3}$/.test(letter) || letter === NO_COLUMN)) m.columns[field] = letter.toUpperCase();
        else diags.warn(`设置表第 ${r + 1} 行的列映射“${part}”应写成 字段=列，如 village=D`, SETTINGS_SHEET, cellAddress(r, 4));
      }
    }
    s.mappings.push(m);
  });
  return s;
}

export function settingsSheetRows(s: WorkbookSettings): CellValue[][] {
  const rows: CellValue[][] = [SETTINGS_HEADER];
  for (const [k, v] of Object.entries(s.options)) rows.push(["option", k, v, null, null]);
  for (const m of s.mappings) {
    const cols = Object.entries(m.columns ?? {}).map(([f, c]) => `${f}=${c}`).join(";");
    rows.push(["mapping", m.sheet, m.kind, m.headerRow ?? null, cols || null]);
  }
  return rows;
}

/** Replace (or add) the mapping of one sheet. */
export function withMapping(s: WorkbookSettings, m: SheetMapping): WorkbookSettings {
  return { ...s, mappings: [...s.mappings.filter((x) => x.sheet !== m.sheet), m] };
}
