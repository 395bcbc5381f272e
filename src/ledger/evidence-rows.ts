/**
 * Rows as evidence, gathered a record at a time: a pass over a ledger's 300,000 records that also
 * counts and sums them need not walk them again (or make the list of their sources) for the rows.
 */
import type { Evidence } from "../scoring/facts";
import { ascendingDistinct } from "../core/grid";
import type { Source } from "./records";

export class EvidenceRows {
  private readonly bySheet = new Map<string, number[]>();
  // Sources come sheet after sheet (a ledger's rows from one): the list changes only with the sheet.
  private sheet: string | undefined;
  private list: number[] = [];

  add(s: Source): void {
    if (s.sheet !== this.sheet) {
      this.sheet = s.sheet;
      const had = this.bySheet.get(s.sheet);
      if (had) this.list = had;
      else this.bySheet.set(s.sheet, (this.list = []));
    }
    this.list.push(s.row);
  }

  /** Each sheet's rows, ascending and each once; with no rows, the sheets that were searched (a zero must link somewhere too). */
  evidence(searched: readonly string[] = []): Evidence[] {
    if (this.bySheet.size === 0) return searched.map((sheet) => ({ sheet }));
    return [...this.bySheet].map(([sheet, rows]) => ({ sheet, rows: ascendingDistinct(rows) }));
  }
}
