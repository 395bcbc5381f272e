/**
 * Rows as evidence, gathered a record at a time: a pass over a ledger's 300,000 records that also
 * counts and sums them need not walk them again (or make the list of their sources) for the rows.
 */
import type { Evidence } from "../scoring/facts";
import { ascendingDistinct } from "../core/grid";
import type { Source } from "./records";

export class EvidenceRows {
  private readonly bySheet = new Map<string, RowRuns>();
  // Sources come sheet after sheet (a ledger's rows from one): the runs change only with the sheet.
  private sheet: string | undefined;
  private runs: RowRuns | undefined;

  add(s: Source): void {
    if (s.sheet !== this.sheet || !this.runs) {
      this.sheet = s.sheet;
      const had = this.bySheet.get(s.sheet);
      if (had) this.runs = had;
      else this.bySheet.set(s.sheet, (this.runs = new RowRuns()));
    }
    this.runs.add(s.row);
  }

  /** Each sheet's rows, ascending and each once; with no rows, the sheets that were searched (a zero must link somewhere too). */
  evidence(searched: readonly string[] = []): Evidence[] {
    if (this.bySheet.size === 0) return searched.map((sheet) => ({ sheet }));
    return [...this.bySheet].map(([sheet, runs]) => ({ sheet, rows: runs.ascendingDistinct() }));
  }
}

/**
 * One sheet's rows in the order they came, kept as runs of consecutive rows (12, 13, 14 is one run):
 * a ledger's rows are mostly one run, and its list of 300,000 rows is then made once, at its size,
 * not grown a push at a time (growing it cost more than the pass that gathers the rows).
 */
export class RowRuns {
  /** Each run's first and last row. */
  private readonly firsts: number[] = [];
  private readonly lasts: number[] = [];
  private count = 0;

  add(row: number): void {
    const n = this.lasts.length;
    if (n > 0 && row === this.lasts[n - 1] + 1) this.lasts[n - 1] = row;
    else {
      this.firsts.push(row);
      this.lasts.push(row);
    }
    this.count++;
  }

  /** The rows as they came. */
  all(): number[] {
    const out = new Array<number>(this.count);
    let i = 0;
    for (let k = 0; k < this.firsts.length; k++) for (let r = this.firsts[k]; r <= this.lasts[k]; r++) out[i++] = r;
    return out;
  }

  /** The rows ascending, each once (as core/grid's ascendingDistinct makes them). */
  ascendingDistinct(): number[] {
    // Runs each after the one before are the rows ascending already.
    for (let k = 1; k < this.firsts.length; k++) if (this.firsts[k] <= this.lasts[k - 1]) return ascendingDistinct(this.all());
    return this.all();
  }
}
