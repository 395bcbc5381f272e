/**
 * A 目标任务完成情况表: each indicator on two lines, 目标 then 完成, its name merged down over both
 * ("电商培训人次 | 目标 | 3726 | 人次" over "| 完成 | 4108 | 人次"). The target is the plan, not a fact: a
 * reviewer reads the 完成 line under the name. The reader does the same: the name moves down to
 * the 完成 line and the 目标 line is left blank (rows keep their places, so evidence still points
 * at the cells the values are in).
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

const TARGET = /^(?:目标|计划|目标值|计划数|目标任务|任务目标)$/;
const DONE = /^(?:完成|实际|完成值|实际完成|完成情况)$/;

/** The column saying which line is the target and which the result: three of each at least. */
function kindColumn(sheet: Sheet): number | undefined {
  const width = sheet.rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (let c = 0; c < width; c++) {
    let targets = 0;
    let done = 0;
    for (const row of sheet.rows) {
      const t = cellText(row[c] ?? null).replace(/\s+/g, "");
      if (TARGET.test(t)) targets++;
      else if (DONE.test(t)) done++;
    }
    if (targets >= 3 && done >= 3) return c;
  }
  return undefined;
}

/** The sheet with each 目标 line blank and its name on the 完成 line below; the same sheet when it has no such lines. */
export function withoutTargetRows(sheet: Sheet): Sheet {
  const k = kindColumn(sheet);
  if (k === undefined) return sheet;
  const rows: CellValue[][] = sheet.rows.map((r) => [...r]);
  const moved = new Set<number>();
  rows.forEach((row, r) => {
    if (!TARGET.test(cellText(row[k] ?? null).replace(/\s+/g, ""))) return;
    const next = rows[r + 1];
    const named = next && DONE.test(cellText(next[k] ?? null).replace(/\s+/g, "")) && next.slice(0, k).every((v) => cellText(v ?? null) === "");
    if (named) {
      for (let c = 0; c < k; c++) next[c] = row[c] ?? null;
      // (The line's 实际 / 完成 then says nothing more: the name is the line's label.)
      next[k] = null;
      moved.add(r);
    }
    // (A cell merged down over both lines is both lines': a Gantt chart's 完成情况 beside its 计划 and 实际 bars.)
    if (next)
      for (const m of sheet.merges ?? [])
        if (m.top === r && m.bottom >= r + 1 && m.left > k) for (let c = m.left; c <= m.right; c++) if (cellText(next[c] ?? null) === "") next[c] = row[c] ?? null;
    rows[r] = row.map(() => null);
  });
  // A name merged down over both lines now stands on the second alone (and so does any cell merged over both).
  const merges = (sheet.merges ?? []).filter((m) => !(moved.has(m.top) && m.bottom === m.top + 1 && m.left !== k));
  return { ...sheet, rows, merges };
}
