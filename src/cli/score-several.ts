/**
 * `ecom-score score a.xlsx b.xlsx c.xlsx`: several workbooks of one county scored as one. Every
 * file's sheets are read (named `file › sheet` in diagnostics and links), each file's own settings
 * sheet gives that file's mappings, and the output is one new workbook: the scored sheets and a
 * copy of every sheet an evidence link points to. Nothing is written before every file is read.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { LDate } from "../scoring/dates";
import { parseIsoDate } from "../scoring/dates";
import type { Rubric } from "../scoring/rubric";
import type { ScoreReport } from "../scoring/report";
import { qualifiedSheetName, scoreWorkbooks, type WorkbookInput } from "../pipeline";
import { Diagnostics } from "../core/diagnostics";
import { SETTINGS_SHEET } from "../ledger/read";
import type { SheetMapping } from "../ledger/mapping";
import { parseSettingsSheet, withFact } from "../ledger/settings";
import { buildScoredSheets, type SheetModel } from "../table";
import { withLinkedCopies } from "../table/copies";
import { ownSheetNames } from "../xlsx/own-sheets";
import { readWorkbook, type ReadResult } from "../node/read-xlsx";
import { writeNewWorkbook } from "../node/new-workbook";

export interface SeveralOptions {
  rubric: Rubric;
  templates: SheetModel[];
  asOf?: LDate;
  /** A --mapping file's content: a plain sheet name applies to every file that has the sheet. */
  extra?: { mappings: SheetMapping[]; facts: Record<string, string> };
  warn: (message: string) => void;
  progress: (message: string) => void;
}

/** The name the output defaults to for several inputs, beside the first. */
export const COMBINED_NAME = "合并评分.xlsx";

/** The label of each file in sheet names: its file name, or the path when two share one. */
function labels(files: string[]): string[] {
  const base = files.map((f) => path.basename(f));
  return base.map((b, i) => (base.filter((x) => x === b).length > 1 ? files[i] : b));
}

export async function scoreSeveral(files: string[], opts: SeveralOptions): Promise<{ report: ScoreReport; models: SheetModel[] }> {
  // A missing file is said before any other is read (readWorkbook's one line names it).
  for (const f of files)
    if (
      !(await fs.stat(f).then(
        (s) => s.isFile(),
        () => false,
      ))
    )
      await readWorkbook(f);
  const names = labels(files);
  const inputs: WorkbookInput[] = [];
  const extraDiags: ScoreReport["diagnostics"] = [];
  let asOf = opts.asOf;
  for (let i = 0; i < files.length; i++) {
    opts.progress(`读取 ${files[i]} …`);
    const read: ReadResult = await readWorkbook(files[i]);
    for (const w of read.warnings) {
      opts.warn(`${names[i]}：${w}`);
      extraDiags.push({ severity: "warning", message: `${names[i]}：${w}` });
    }
    const grids = read.grids;
    const own = ownSheetNames(grids, opts.templates);
    const settingsDiags = new Diagnostics();
    const settings = parseSettingsSheet(
      grids.sheets.find((s) => s.name === SETTINGS_SHEET && own.has(s.name)),
      settingsDiags,
      opts.rubric,
    );
    for (const d of settingsDiags.list) extraDiags.push(d.sheet ? { ...d, sheet: qualifiedSheetName(names[i], d.sheet) } : d);
    const sheetNames = new Set(grids.sheets.map((s) => s.name));
    let mappings = settings.mappings;
    let facts = settings;
    for (const m of opts.extra?.mappings ?? []) {
      if (!sheetNames.has(m.sheet)) continue;
      mappings = [...mappings.filter((x) => x.sheet !== m.sheet), m];
    }
    for (const [label, key] of Object.entries(opts.extra?.facts ?? {})) facts = withFact(facts, label, key);
    if (!asOf && settings.options.asOf) asOf = parseIsoDate(settings.options.asOf);
    inputs.push({ file: names[i], grids: { sheets: grids.sheets.filter((s) => !own.has(s.name)) }, mappings, factMappings: facts.facts ?? {} });
  }
  const unplaced = (opts.extra?.mappings ?? []).filter((m) => !inputs.some((inp) => inp.grids.sheets.some((s) => s.name === m.sheet)));
  for (const m of unplaced) extraDiags.push({ severity: "warning", message: `映射文件指向工作表“${m.sheet}”，但各工作簿中都没有这张表；该映射未使用` });
  opts.progress(`识别台账并评分（${files.length} 个工作簿，${inputs.reduce((n, x) => n + x.grids.sheets.length, 0)} 张工作表）…`);
  const { report, merged } = scoreWorkbooks(inputs, { rubric: opts.rubric, ...(asOf ? { asOf } : {}) });
  report.diagnostics.push(...extraDiags);
  const models = withLinkedCopies(buildScoredSheets(report, opts.rubric), merged.grids.sheets, (s) => merged.origin.get(s));
  return { report, models };
}

/** Writes the combined workbook, carrying reviewer input over from an earlier one at `outFile`. */
export async function writeCombined(models: SheetModel[], outFile: string, warn: (m: string) => void): Promise<void> {
  await writeNewWorkbook(models, outFile, { onWarning: warn });
}
