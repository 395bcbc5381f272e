/**
 * Several workbooks for one county: the same record in two files (a sheet copied into both) is
 * one record. Within one file nothing is dropped here (two identical rows of one sheet may be two
 * real sessions; the kinds that must be distinct already say so in derive.ts).
 */
import type { Diagnostics } from "../core/diagnostics";
import type { Ledgers, Source } from "./records";

/** The record kinds whose rows are compared across files (facts and claims are cells, not records). */
const RECORD_KINDS = ["villages", "poorVillages", "stations", "training", "poorPersons", "enterprises", "funds", "reports", "disclosures", "media", "materials"] as const;

/** A record's content without where it came from; bigints (exact amounts) as text. */
function recordKey(record: { source: Source }): string {
  const { source: _source, ...rest } = record;
  return JSON.stringify(rest, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

/** "3–20、25" for sorted rows. */
function runsText(rows: number[]): string {
  const runs: [number, number][] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else runs.push([r, r]);
  }
  const shown = runs.slice(0, 6).map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`));
  return runs.length > 6 ? `${shown.join("、")} 等` : shown.join("、");
}

/**
 * Drops every record whose content equals a record of an earlier file, with one warning per pair
 * of sheets (the rows dropped, the sheet they repeat). `fileOf`: sheet → the file it came from.
 */
export function dropCrossFileDuplicates(ledgers: Ledgers, fileOf: (sheet: string) => string | undefined, diags: Diagnostics): void {
  for (const kind of RECORD_KINDS) {
    const list = ledgers[kind] as { source: Source }[];
    if (list.length === 0) continue;
    const first = new Map<string, Source>();
    const dropped = new Map<string, { sheet: string; other: string; rows: number[] }>();
    const kept = list.filter((rec) => {
      const key = recordKey(rec);
      const seen = first.get(key);
      if (!seen) {
        first.set(key, rec.source);
        return true;
      }
      const a = fileOf(seen.sheet);
      const b = fileOf(rec.source.sheet);
      if (a === undefined || b === undefined || a === b) return true;
      const pair = `${rec.source.sheet}\u0000${seen.sheet}`;
      const d = dropped.get(pair) ?? { sheet: rec.source.sheet, other: seen.sheet, rows: [] };
      d.rows.push(rec.source.row);
      dropped.set(pair, d);
      return false;
    });
    if (kept.length === list.length) continue;
    list.length = 0;
    for (const r of kept) list.push(r);
    for (const d of dropped.values()) {
      const rows = [...d.rows].sort((x, y) => x - y);
      diags.warn(
        `工作表“${d.sheet}”第 ${runsText(rows)} 行（${rows.length} 条）与另一文件的工作表“${d.other}”中的记录完全相同，视为重复记录，只计一次`,
        d.sheet,
        `${rows[0]}:${rows[0]}`,
      );
    }
  }
}
