/**
 * ecom-score verify <scored.xlsx>: do the points in a scored copy still follow from the ledgers in
 * it? Reads the hidden fingerprint, re-reads the ledgers, re-scores with the stored rubric and
 * cut-off, and lists the sheets changed since scoring (which rows), the indicators whose points no
 * longer follow, and the points typed over by hand in the indicator table.
 * Exit 0 all holds, 3 something differs, 2 unusable input (not a scored copy, no fingerprint…).
 */
import { parseIsoDate } from "../scoring/dates";
import { readWorkbook } from "../node/read-xlsx";
import { outputBase } from "../node/own-sheets";
import { FINGERPRINT_SHEET, INDICATOR_SHEET } from "../table";
import { computeFingerprint, parseFingerprintSheet } from "../review/fingerprint";
import { verifyFingerprint, type VerifyResult } from "../review/verify";
import type { SheetMapping } from "../ledger/mapping";
import { rubricById, scoreRead } from "./score-run";
import { VERSION } from "./version";
import { loadRubric } from "./rubric-option";
import type { Io } from "./io";
import { InputError } from "./errors";

/** Exit code when something differs. */
export const DIFFERS = 3;

export function verifyText(r: VerifyResult): string {
  const lines = [r.summary];
  for (const s of r.sheets) lines.push(`- ${s.message}`);
  for (const p of r.points) lines.push(`- ${p.message}`);
  for (const t of r.typedOver) lines.push(`- ${t.message}`);
  for (const n of r.notes) lines.push(`注：${n}`);
  return `${lines.join("\n")}\n`;
}

export interface VerifyOptions {
  /** A file name, or "-" for stdout. */
  json?: string;
  /** A rubric's JSON file, for a copy scored with one (bundled rubrics are found by the stored id). */
  rubric?: string;
}

export async function verifyCommand(file: string, options: VerifyOptions, io: Io): Promise<number> {
  const { grids } = await readWorkbook(file);
  // The fingerprint sheet by name (a bureau's sheet of that name would carry another header).
  const parsed = parseFingerprintSheet(grids.sheets.find((s) => outputBase(s.name) === FINGERPRINT_SHEET));
  if (!parsed.ok) throw new InputError(`${file}：${parsed.problem}`);
  const stored = parsed.fingerprint;
  const rubric = options.rubric ? await loadRubric(options.rubric) : rubricById(stored.rubric);
  if (!rubric)
    throw new InputError(
      `${file}：评分时使用的指标体系“${stored.rubric}”本版本没有，无法核对（由指标体系文件评分的，请用 --rubric <文件> 给出）/ rubric ${stored.rubric} unknown: give its file with --rubric`,
    );
  if (rubric.id !== stored.rubric)
    throw new InputError(
      `--rubric 给出的指标体系是“${rubric.id}”，而该副本按“${stored.rubric}”评分，无法核对 / the copy was scored with ${stored.rubric}, not ${rubric.id}`,
    );
  const asOf = parseIsoDate(stored.asOf);
  let extra: { mappings?: SheetMapping[]; facts?: Record<string, string> } = {};
  if (stored.options) {
    try {
      extra = JSON.parse(stored.options) as typeof extra;
    } catch {
      throw new InputError(`${file}：指纹表中的映射记录已损坏，无法核对 / the fingerprint's mapping record is damaged`);
    }
  }
  const run = scoreRead(grids, {
    rubric,
    ...(asOf ? { asOf } : {}),
    ...(extra.mappings ? { mappings: extra.mappings } : {}),
    ...(extra.facts ? { facts: extra.facts } : {}),
  });
  const now = computeFingerprint(run.sheets, run.recognitions, run.report, { program: VERSION });
  // The indicator table the tool wrote (its own, by header); a renamed copy is not it.
  const table = grids.sheets.find((s) => run.own.has(s.name) && outputBase(s.name) === INDICATOR_SHEET);
  const names = new Map(rubric.indicators.map((i) => [i.id, i.name]));
  const result = verifyFingerprint(stored, now, table, names);
  if (options.json === "-") io.out(`${JSON.stringify(result, null, 2)}\n`);
  else {
    if (typeof options.json === "string") {
      const { writeFileAtomic } = await import("../node/files");
      await writeFileAtomic(options.json, `${JSON.stringify(result, null, 2)}\n`);
    }
    io.out(verifyText(result));
  }
  return result.ok ? 0 : DIFFERS;
}
