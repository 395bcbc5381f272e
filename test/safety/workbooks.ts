/**
 * Small workbooks with the features an exceljs rewrite used to lose (the package writer now keeps
 * them), made by patching the package XML of an exceljs-written workbook (what Excel itself would
 * have written there).
 */
import ExcelJS from "exceljs";
import { listZip, readText, rewriteZip } from "../support/zip";
import { makeLedgerWorkbook } from "../node/ledger-workbook";

export async function ledgerBuffer(): Promise<Buffer> {
  return Buffer.from(await makeLedgerWorkbook().xlsx.writeBuffer());
}

/** A workbook of `n` small sheets S1…Sn (for concurrent maps of different sheets). */
export async function sheetsBuffer(n: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (let i = 1; i <= n; i++) wb.addWorksheet(`S${i}`).getCell("A1").value = `表 ${i}`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Edits parts of a package: part → (old XML → new XML); a part that is absent starts empty. */
export function patchPackage(buf: Buffer, edits: Record<string, (xml: string) => string>): Buffer {
  const entries = listZip(buf);
  const replace = new Map<string, Buffer | null>();
  for (const [part, edit] of Object.entries(edits)) replace.set(part, Buffer.from(edit(readText(buf, entries, part) ?? ""), "utf8"));
  return rewriteZip(buf, replace);
}

const SHEET1 = "xl/worksheets/sheet1.xml";
const WORKBOOK = "xl/workbook.xml";

const beforeMargins = (xml: string, insert: string) => xml.replace(/<pageMargins\b/, `${insert}<pageMargins`);
const beforeEnd = (xml: string, insert: string) => xml.replace("</worksheet>", `${insert}</worksheet>`);
const definedNames = (xml: string, names: string) => xml.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`);

/** Features an exceljs rewrite would lose, each a workbook and the part that holds it. */
export const REWRITE_FEATURES: { name: string; make: (b: Buffer) => Buffer; part: string; keeps?: string }[] = [
  {
    name: "a drop-down list that refers to another sheet (x14 data validation)",
    part: SHEET1,
    make: (b) =>
      patchPackage(b, {
        [SHEET1]: (x) =>
          beforeEnd(
            x,
            '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>参数!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>C5:C7</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>',
          ),
      }),
  },
  {
    name: "a sheet-level name",
    part: WORKBOOK,
    keeps: '<definedName name="站点" localSheetId="0">站点台账!$B$5:$B$7</definedName>',
    make: (b) => patchPackage(b, { [WORKBOOK]: (x) => definedNames(x, '<definedName name="站点" localSheetId="0">站点台账!$B$5:$B$7</definedName>') }),
  },
  {
    name: "a filter range (Excel's own sheet-level name)",
    part: WORKBOOK,
    keeps: '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">站点台账!$A$4:$E$7</definedName>',
    make: (b) =>
      patchPackage(b, { [WORKBOOK]: (x) => definedNames(x, '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">站点台账!$A$4:$E$7</definedName>') }),
  },
  {
    name: "a name holding a constant",
    part: WORKBOOK,
    keeps: '<definedName name="税率">0.05</definedName>',
    make: (b) => patchPackage(b, { [WORKBOOK]: (x) => definedNames(x, '<definedName name="税率">0.05</definedName>') }),
  },
  {
    name: "a validation over two ranges that the rewrite would make overlap",
    part: SHEET1,
    make: (b) =>
      patchPackage(b, {
        [SHEET1]: (x) =>
          beforeMargins(
            x,
            '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="B6:B7 C5:C7"><formula1>"是,否"</formula1></dataValidation></dataValidations>',
          ),
      }),
  },
  {
    name: "a chart",
    part: "xl/charts/chart1.xml",
    make: (b) =>
      patchPackage(b, {
        "xl/charts/chart1.xml": () =>
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
      }),
  },
];

/** Print titles of a bureau sheet: a sheet-level name. */
export function withPrintTitles(b: Buffer): Buffer {
  return patchPackage(b, { [WORKBOOK]: (x) => definedNames(x, '<definedName name="_xlnm.Print_Titles" localSheetId="0">站点台账!$3:$4</definedName>') });
}
