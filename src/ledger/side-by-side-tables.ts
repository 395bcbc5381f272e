/**
 * Two different tables side by side on one sheet, an empty column between them: 专栏更新记录 in A:C
 * and 报送记录 in E:H, each under its own merged title and header. Each is read as a sheet of its own
 * (the other columns blanked, so every cell keeps its address). A list in two halves of the same
 * kind is ./halves's; a single table with a spacer column is never split (the part right of it has
 * no header of its own, so it is not a second table).
 */
import type { Sheet } from "../core/grid";
import type { Block } from "./stacked";

/** Rows looked at to find a candidate gap before checking it over the whole sheet. */
const PROBE_ROWS = 50;

const filled = (v: unknown) => v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "");

/** The column blocks left and right of each column empty on every row; undefined when there is none. */
export function sideBySideBlocks(sheet: Sheet, underSheetLines = false): Block[] | undefined {
  const probe = sheet.rows.slice(0, PROBE_ROWS);
  const width = Math.max(0, ...probe.map((r) => r.length));
  const used = Array.from({ length: width }, (_, c) => probe.some((row) => filled(row[c])));
  // Only between the first and the last column in use (once each: a sheet may be 16,384 columns wide).
  const first = used.indexOf(true);
  const last = used.lastIndexOf(true);
  const gaps: number[] = [];
  for (let c = first + 1; c < last; c++) {
    if (used[c]) continue;
    // A gap next to another is the same gap.
    if (gaps.length > 0 && gaps[gaps.length - 1] === c - 1) {
      gaps[gaps.length - 1] = c;
      continue;
    }
    gaps.push(c);
  }
  // Empty on every row of the sheet, and no merge spans it (a title merged across both is one table's)…
  // …but, asked so for a grid of blocks, the sheet's own lines merged across all of it, its title over every table and
  // a note under them ("陆河县村（居）委会情况汇总（各镇报表原样汇拼）" over eight towns' blocks, four across).
  const across = underSheetLines ? (sheet.merges ?? []).filter((m) => m.top === m.bottom && m.left <= first && m.right >= last) : [];
  const sheetLine = (r: number) => across.some((m) => m.top === r);
  const real = gaps.filter(
    (c) => sheet.rows.every((row, r) => !filled(row[c]) || sheetLine(r)) && !(sheet.merges ?? []).some((m) => m.left < c && m.right > c && !across.includes(m)),
  );
  if (real.length === 0) return undefined;
  const edges = [-1, ...real, width];
  const blocks: Block[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const left = edges[i] + 1;
    const right = edges[i + 1] - 1;
    if (right >= left) blocks.push({ top: 0, bottom: sheet.rows.length, left, right });
  }
  return blocks.length >= 2 ? blocks : undefined;
}
