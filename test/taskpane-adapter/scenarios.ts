/**
 * Workbooks and table models for the adapter tests and the benchmark (scripts/bench-office.ts):
 * the Lechang sample as exceljs reads it, ledgers of any number of rows, the real scored sheets.
 */
import * as path from "path";
import { readWorkbook } from "../../src/node/read-xlsx";
import type { CellValue, Sheet, WorkbookGrids } from "../../src/core/grid";
import { scoreGrids } from "../../src/pipeline";
import type { ScoreReport } from "../../src/scoring/report";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { buildScoredSheets, type SheetModel } from "../../src/table";
import type { ExcelRun } from "../../src/taskpane/office/excel-host";
import { ExcelHost, type ExcelHostOptions } from "../../src/taskpane/office/excel-host";
import { FakeExcel } from "../fakes/fake-excel";

export const SAMPLE = path.resolve(__dirname, "../../assets/samples/lechang.xlsx");

let lechang: Promise<WorkbookGrids> | undefined;

/** The Lechang sample's grids as the CLI reads them (exceljs: Dates, number formats). */
export function lechangGrids(): Promise<WorkbookGrids> {
  return (lechang ??= readWorkbook(SAMPLE).then((r) => r.grids));
}

export async function lechangReport(): Promise<ScoreReport> {
  return scoreGrids(await lechangGrids()).report;
}

/** The three scored sheets of the Lechang sample (the real 89-point table). */
export async function lechangModels(): Promise<SheetModel[]> {
  return buildScoredSheets(await lechangReport(), GD_2019);
}

/** The ExcelHost over a fake, Chinese unless told otherwise. */
export function hostFor(fake: FakeExcel, options: ExcelHostOptions = {}): ExcelHost {
  return new ExcelHost({ run: fake.run as unknown as ExcelRun, displayLanguage: () => "zh-CN", ...options });
}

const SURNAMES = ["罗", "孙", "林", "黄", "曾", "陈", "李", "张", "王", "刘"];
const GIVEN = ["兰", "建文", "红", "芳", "丽小", "燕英", "志强", "海燕", "国华", "秀英"];
const TOPICS = ["电子商务基础知识", "网络营销与直播带货", "农产品上行与品牌建设", "网店运营实务"];

/** An 18-digit ID number with a valid check digit. */
function idNumber(i: number): string {
  const body = `440281${1960 + (i % 40)}${String(1 + (i % 12)).padStart(2, "0")}${String(1 + (i % 28)).padStart(2, "0")}${String(i % 1000).padStart(3, "0")}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((n, ch, k) => n + Number(ch) * w[k], 0);
  return body + "10X98765432"[sum % 11];
}

/** A training ledger (培训台账) of n data rows under a title and a header, like the sample's. */
export function trainingLedger(n: number, name = "培训台账"): Sheet {
  const rows: CellValue[][] = [["乐昌市电子商务培训签到台账"], ["序号", "姓名", "身份证号", "培训日期", "培训主题", "是否建档立卡贫困户"]];
  const day0 = Date.UTC(2020, 0, 5);
  for (let i = 0; i < n; i++) {
    rows.push([i + 1, SURNAMES[i % 10] + GIVEN[(i * 7) % 10], idNumber(i), new Date(day0 + (i % 500) * 86400000), TOPICS[i % 4], i % 3 === 0 ? "是" : "否"]);
  }
  return { name, rows, merges: [{ top: 0, left: 0, bottom: 0, right: 5 }], formats: rows.map((_, r) => (r >= 2 ? [undefined, undefined, "@", "yyyy-mm-dd"] : [])) };
}

/** A workbook holding one ledger sheet of n rows. */
export function ledgerWorkbook(n: number): WorkbookGrids {
  return { sheets: [trainingLedger(n)] };
}

/**
 * The scored sheets for a ledger of n rows with one diagnostic per row: the Lechang table and
 * breakdown, and a 诊断信息 sheet of n + 8 rows, each linked to its ledger cell. (Scoring a
 * 200,000-row ledger itself takes seconds and its evidence overflows buildScoredSheets today, so
 * the diagnostics are made here.)
 */
export async function modelsWithDiagnostics(n: number, sheet = "培训台账"): Promise<SheetModel[]> {
  const report = await lechangReport();
  const diagnostics = [...report.diagnostics];
  for (let i = 0; i < n; i++) {
    diagnostics.push({
      severity: i % 3 === 0 ? "warning" : "info",
      sheet,
      cell: `C${i + 3}`,
      message: `第 ${i + 3} 行身份证号“44028119621010${String(i % 100).padStart(2, "0")}”位数不对（应为 18 位），该行按无效记录计`,
    });
  }
  return buildScoredSheets({ ...report, diagnostics }, GD_2019);
}

/** Grids with Dates as Excel serials and without number formats: what Office.js `values` give. */
export function asOfficeSees(grids: WorkbookGrids): WorkbookGrids {
  return {
    sheets: grids.sheets.map((s) => {
      const rows = s.rows.map((row) => row.map((v) => (v instanceof Date ? v.getTime() / 86400000 + 25569 : v)));
      const out: Sheet = { name: s.name, rows };
      if (s.merges?.length) out.merges = s.merges;
      if (s.hidden) out.hidden = true;
      return out;
    }),
  };
}
