/** A small ledger workbook built with exceljs: title rows, a two-row merged header, dates, money. */
import ExcelJS from "exceljs";

export const LEDGER = "站点台账";

export function utcDate(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

export function makeLedgerWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(LEDGER, { views: [{ state: "normal", zoomScale: 85, tabSelected: true } as unknown as ExcelJS.WorksheetView] });
  ws.getCell("A1").value = "乐昌市村级电商服务站点清单";
  ws.mergeCells("A1:E1");
  ws.getCell("A2").value = "填报单位：乐昌市商务局";
  ws.getCell("D2").value = "单位：元";
  // Two-row header with merged group cells.
  ws.getCell("A3").value = "序号";
  ws.mergeCells("A3:A4");
  ws.getCell("B3").value = "站点";
  ws.mergeCells("B3:C3");
  ws.getCell("B4").value = "站点名称";
  ws.getCell("C4").value = "所在村";
  ws.getCell("D3").value = "建成日期";
  ws.mergeCells("D3:D4");
  ws.getCell("E3").value = "投入金额";
  ws.mergeCells("E3:E4");
  const rows: [number, string, string, Date, number][] = [
    [1, "长来镇电商服务站", "长来村", utcDate(2020, 3, 15), 12500.5],
    [2, "北乡镇电商服务站", "北乡村", utcDate(2021, 8, 31), 4167785],
    [3, "=SUM(不是公式)", "-坪石村", utcDate(2019, 12, 1), 0.25],
  ];
  rows.forEach((r, i) => {
    const row = ws.getRow(5 + i);
    r.forEach((v, c) => (row.getCell(c + 1).value = v));
    row.getCell(4).numFmt = "yyyy-mm-dd";
    row.getCell(5).numFmt = "#,##0.00";
  });
  ws.getCell("A8").value = "合计";
  ws.getCell("E8").value = { formula: "SUM(E5:E7)", result: 4180285.75 } as ExcelJS.CellFormulaValue;
  ws.getCell("E8").numFmt = "#,##0.00";
  ws.getCell("A9").value = { richText: [{ text: "注：" }, { font: { bold: true }, text: "数据截至 2021-08-31" }] };
  ws.getCell("B10").value = { text: "政府网站", hyperlink: "https://www.lechang.gov.cn/" };
  ws.getCell("C10").value = true;
  ws.getCell("D10").value = { formula: "1/0", result: { error: "#DIV/0!" } } as unknown as ExcelJS.CellFormulaValue;
  ws.getColumn(2).width = 24;

  const hidden = wb.addWorksheet("参数");
  hidden.state = "hidden";
  hidden.getCell("A1").value = "考评截止日期";
  hidden.getCell("B1").value = utcDate(2021, 8, 31);
  hidden.getCell("B1").numFmt = 'yyyy"年"m"月"d"日"';
  return wb;
}
