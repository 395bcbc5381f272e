/**
 * One county of a batch: read a workbook, score it as `score` does, and keep only what the summary
 * needs. Runs inside a worker thread (batch-worker.ts) or in the calling thread (--jobs 1).
 */
import * as path from "path";
import { readWorkbook } from "../node/read-xlsx";
import { loadRubric } from "./rubric-option";
import { scoreRead } from "./score-run";

export interface CountyResult {
  file: string;
  county: string;
  total?: number;
  bonus?: number;
  vetoed?: boolean;
  vetoReasons?: string[];
  points?: Record<string, number>;
  /** Diagnostics by severity. */
  diagnostics?: { error: number; warning: number; info: number };
  /** Why the file could not be scored (one line). */
  error?: string;
}

/** A county named by its facts sheet, else by its file name (乐昌市台账.scored.xlsx → 乐昌市台账). */
export function countyFromFile(file: string): string {
  return path
    .basename(file)
    .replace(/\.xlsx$/i, "")
    .replace(/\.scored$/i, "");
}

/** `rubric`: the --rubric option (a bundled id or a rubric's JSON file); gd-2019 when absent. */
export async function scoreCounty(file: string, rubric?: string): Promise<CountyResult> {
  try {
    const { grids } = await readWorkbook(file);
    const { report } = scoreRead(grids, { rubric: await loadRubric(rubric) });
    const diagnostics = { error: 0, warning: 0, info: 0 };
    for (const d of report.diagnostics) if (d.severity in diagnostics) diagnostics[d.severity as keyof typeof diagnostics]++;
    return {
      file,
      county: report.county?.trim() || countyFromFile(file),
      total: report.total,
      bonus: report.bonus,
      vetoed: report.vetoed,
      vetoReasons: report.vetoReasons,
      points: Object.fromEntries(report.indicators.map((i) => [i.id, i.points])),
      diagnostics,
    };
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).split("\n")[0];
    return { file, county: countyFromFile(file), error: message };
  }
}
