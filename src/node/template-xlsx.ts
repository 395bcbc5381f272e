/** Renders template sheets (src/ledger/template.ts) into an exceljs workbook. */
import type ExcelJS from "exceljs";
import { cellAddress } from "../core/grid";
import type { TemplateSheet } from "../ledger/template";
import { TEMPLATE_DATE_MESSAGE, TEMPLATE_HEADER_FILL, TEMPLATE_LIST_MESSAGE, VALIDATION_TITLE } from "../table/look";

export function addTemplateSheets(workbook: ExcelJS.Workbook, sheets: TemplateSheet[]): void {
  for (const t of sheets) {
    const ws = workbook.addWorksheet(t.name);
    t.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v as ExcelJS.CellValue;
        if (r === t.headerRow) {
          cell.font = { bold: true };
          cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${TEMPLATE_HEADER_FILL}` } };
        }
        if (r === 0) cell.font = { bold: true, size: 13 };
      }),
    );
    t.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    ws.views = [{ state: "frozen", ySplit: t.headerRow + 1 }];
    for (const v of t.validations) {
      for (let r = v.fromRow; r <= v.toRow; r++) {
        const cell = ws.getCell(cellAddress(r, v.col));
        if (v.list) {
          cell.dataValidation = {
            type: "list",
            allowBlank: true,
            formulae: [`"${v.list.join(",")}"`],
            showErrorMessage: true,
            errorTitle: VALIDATION_TITLE,
            error: TEMPLATE_LIST_MESSAGE(v.list),
            ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
          };
        } else if (v.date) {
          cell.dataValidation = {
            type: "date",
            operator: "greaterThan",
            allowBlank: true,
            formulae: [new Date(Date.UTC(2000, 0, 1))],
            showErrorMessage: true,
            errorTitle: VALIDATION_TITLE,
            error: TEMPLATE_DATE_MESSAGE,
            ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
          };
          cell.numFmt = "yyyy-mm-dd";
        }
      }
    }
  }
}
