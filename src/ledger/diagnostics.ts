/** A problem found while reading or scoring, located so a clerk can go and fix it. */
export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  severity: Severity;
  /** The sheet the problem is in; absent only for workbook-wide problems (e.g. a missing ledger). */
  sheet?: string;
  /** A1 address of the cell, or a row range like "5:9" when the whole row is meant. */
  cell?: string;
  message: string;
}

/** Collects diagnostics; one instance per read/score run. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];
  add(severity: Severity, message: string, sheet?: string, cell?: string): void {
    const d: Diagnostic = { severity, message };
    if (sheet !== undefined) d.sheet = sheet;
    if (cell !== undefined) d.cell = cell;
    this.list.push(d);
  }
  error(message: string, sheet?: string, cell?: string): void {
    this.add("error", message, sheet, cell);
  }
  warn(message: string, sheet?: string, cell?: string): void {
    this.add("warning", message, sheet, cell);
  }
  info(message: string, sheet?: string, cell?: string): void {
    this.add("info", message, sheet, cell);
  }
}
