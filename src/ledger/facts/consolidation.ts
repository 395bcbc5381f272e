/**
 * Excel's 数据 → 合并计算 with 创建指向源数据的链接 ticked: the result is an outline where each item
 * first lists one row per source workbook (the item's column empty, the source's name beside it —
 * "莲上镇上报" — and that source's figure), then the item's own row with its name and the total. A
 * reviewer reads it collapsed, as the outline's level 1: the totals only, never a town's figure.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

const filled = (v: CellValue | undefined) => cellText(v ?? null).trim() !== "";

/** A source's row: nothing in the item's column, the source named beside it, its figure after. */
function isSourceRow(row: readonly CellValue[] | undefined, at: number): boolean {
  if (!row || filled(row[at])) return false;
  const name = row[at + 1];
  return typeof name === "string" && name.trim() !== "" && row.slice(at + 2).some(filled);
}

export function withConsolidationCollapsed(sheet: Sheet): Sheet {
  const at = 0;
  // The runs of source rows each closed by its item's row (named in the item's column).
  const runs: { from: number; to: number; names: Set<string> }[] = [];
  for (let r = 0; r < sheet.rows.length;) {
    if (!isSourceRow(sheet.rows[r], at)) {
      r++;
      continue;
    }
    let end = r;
    while (isSourceRow(sheet.rows[end + 1], at)) end++;
    const total = sheet.rows[end + 1];
    if (end > r && total && typeof total[at] === "string" && filled(total[at]) && !filled(total[at + 1]))
      runs.push({ from: r, to: end, names: new Set(sheet.rows.slice(r, end + 1).map((row) => cellText(row[at + 1]).trim())) });
    r = end + 1;
  }
  // (Only where the same sources come back item after item: a consolidation, not a table's sub-rows.)
  const repeated = runs.filter((run, i) =>
    runs.some((o, j) => j !== i && [...run.names].filter((n) => o.names.has(n)).length >= Math.min(run.names.size, o.names.size) / 2),
  );
  if (repeated.length < 2) return sheet;
  const rows = sheet.rows.map((row) => [...row]);
  for (const run of repeated) for (let r = run.from; r <= run.to; r++) rows[r] = [];
  return { ...sheet, rows };
}
