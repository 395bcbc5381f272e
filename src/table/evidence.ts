/** Evidence (sheet + rows/cell) → the text of a 数据来源 cell and the link to its first range. */
import type { Evidence } from "../scoring/facts";
import { ascendingDistinct, parseAddress } from "../core/grid";
import type { LinkTarget } from "./model";

/** Rows → inclusive runs of the distinct ones ([5,6,7,10] → [[5,7],[10,10]]); what is not a row number is left out. */
export function rowRuns(rows: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const r of ascendingDistinct(rows)) {
    if (!Number.isInteger(r) || r < 1) continue;
    const last = runs[runs.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs;
}

const MAX_RUNS = 6;

function runsText(runs: [number, number][]): string {
  const shown = runs.slice(0, MAX_RUNS).map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`));
  const count = runs.reduce((n, [a, b]) => n + b - a + 1, 0);
  if (runs.length > MAX_RUNS) return `第 ${shown.join("、")} 等行（共 ${count} 行）`;
  if (runs.length === 1) return `第 ${shown[0]} 行`;
  return `第 ${shown.join("、")} 行（共 ${count} 行）`;
}

interface SheetEvidence {
  sheet: string;
  rows: number[];
  cells: string[];
  whole: boolean;
}

function bySheet(evidence: Evidence[]): SheetEvidence[] {
  const out: SheetEvidence[] = [];
  for (const e of evidence) {
    if (!e || !e.sheet) continue;
    let s = out.find((x) => x.sheet === e.sheet);
    if (!s) {
      s = { sheet: e.sheet, rows: [], cells: [], whole: false };
      out.push(s);
    }
    // A loop, not push(...rows): a 200,000-row ledger would overflow the call stack.
    if (e.rows) for (const r of e.rows) s.rows.push(r);
    if (e.cell) {
      if (!s.cells.includes(e.cell)) s.cells.push(e.cell);
    }
    if (!e.cell && (!e.rows || e.rows.length === 0)) s.whole = true;
  }
  return out;
}

/** The link target of one evidence entry: its first row run (column A), its cell, or A1. */
export function evidenceTarget(e: Evidence): LinkTarget {
  if (e.rows && e.rows.length) {
    const [a, b] = rowRuns(e.rows)[0] ?? [1, 1];
    return { sheet: e.sheet, cell: a === b ? `A${a}` : `A${a}:A${b}` };
  }
  if (e.cell && parseAddress(e.cell)) return { sheet: e.sheet, cell: e.cell.toUpperCase() };
  return { sheet: e.sheet, cell: "A1" };
}

/**
 * One 数据来源 entry per source sheet, each with the link to the place its text names first (its
 * first cell, else its first row run, else A1): what a reviewer clicks, one link per source.
 */
export function describeSources(evidence: Evidence[]): { text: string; link: LinkTarget }[] {
  return bySheet(evidence).map((s) => {
    const text = describeEvidence(evidence.filter((e) => e && e.sheet === s.sheet)).text;
    const cell = s.cells.find((c) => parseAddress(c));
    const runs = rowRuns(s.rows);
    // The text names the cells first, then the rows (see describeEvidence).
    let target = "A1";
    if (cell) target = cell.toUpperCase();
    else if (runs.length) target = runs[0][0] === runs[0][1] ? `A${runs[0][0]}` : `A${runs[0][0]}:A${runs[0][1]}`;
    return { text, link: { sheet: s.sheet, cell: target } };
  });
}

/**
 * "站点台账 第 5–141 行\n基本情况 C5" and a link to the first range of the first evidence.
 * No evidence → empty text and no link.
 */
export function describeEvidence(evidence: Evidence[]): { text: string; link?: LinkTarget } {
  const sheets = bySheet(evidence);
  if (sheets.length === 0) return { text: "" };
  const lines = sheets.map((s) => {
    const parts: string[] = [];
    // Rows already named by a cell ("B6") are not repeated as rows.
    const cellRows = new Set(
      s.cells
        .map((c) => parseAddress(c)?.row)
        .filter((r): r is number => r !== undefined)
        .map((r) => r + 1),
    );
    const rows = cellRows.size ? s.rows.filter((r) => !cellRows.has(r)) : s.rows;
    if (s.cells.length) parts.push(s.cells.slice(0, MAX_RUNS).join("、") + (s.cells.length > MAX_RUNS ? " 等" : ""));
    if (rows.length) parts.push(runsText(rowRuns(rows)));
    if (parts.length === 0) return `${s.sheet}（整表）`;
    return `${s.sheet} ${parts.join("，")}`;
  });
  const first = evidence.find((e) => e && e.sheet);
  return { text: lines.join("\n"), link: first ? evidenceTarget(first) : undefined };
}

/** A diagnostic's cell ("C17", "5:9", "7", "B2:D4") → a link target cell; undefined when unusable. */
export function diagnosticTarget(cell: string | undefined): string {
  if (!cell) return "A1";
  const t = cell.trim().toUpperCase().replace(/\$/g, "");
  if (parseAddress(t)) return t;
  let m = /^(\d+):(\d+)$/.exec(t);
  if (m) return m[1] === m[2] ? `A${m[1]}` : `A${m[1]}:A${m[2]}`;
  m = /^(\d+)$/.exec(t);
  if (m) return `A${m[1]}`;
  m = /^([A-Z]{1,3}\d+):([A-Z]{1,3}\d+)$/.exec(t);
  if (m) return t;
  return "A1";
}
