/** Writes the hidden settings sheet (_ecom_settings) into an exceljs workbook, replacing an old one. */
import type ExcelJS from "exceljs";
import { SETTINGS_SHEET } from "../ledger/read";
import { settingsSheetRows, type WorkbookSettings } from "../ledger/settings";

export function putSettingsSheet(workbook: ExcelJS.Workbook, settings: WorkbookSettings): void {
  const old = workbook.getWorksheet(SETTINGS_SHEET);
  if (old) workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(SETTINGS_SHEET, { state: "hidden" });
  // Values only, as text: a sheet name such as "=台账" must never turn into a formula.
  settingsSheetRows(settings).forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = typeof v === "number" ? v : String(v);
    }),
  );
}
