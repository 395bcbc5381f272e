/**
 * A self-check sheet's ditto marks: "〃" (or 同上) under 是, under 个, under 亿元 — "as the line above".
 * A reviewer reads each as what it repeats; so does the reader: a ditto cell takes the value of the
 * nearest cell above it that is not one, within its table (a blank row ends a table).
 * A 终期 column beside a 中期 one says 同左 ("as the column to the left"), perhaps with what changed
 * after it ("同左，另增区乡村振兴局"): the value on its left, with those words.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

const DITTO = /^(?:〃|″|"|同上|仝上)$/;

const SAME_AS_LEFT = /^(?:同左|同前|与左同|与左栏相同)(?:\s*[，,；;]\s*(.+))?$/s;
/** …or the other way: a 考评口径 column beside the 验收口径 one says 同右 where the two are the same. */
const SAME_AS_RIGHT = /^(?:同右|与右同|与右栏相同)$/;

export function withDittoResolved(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  sheet.rows.forEach((row, r) => {
    (row ?? []).forEach((v, c) => {
      const left = typeof v === "string" ? SAME_AS_LEFT.exec(v.trim()) : null;
      if (left) {
        const said = nearestFilled((rows ?? sheet.rows)[r] ?? [], c, -1);
        if (said === undefined || said === null) return;
        rows ??= sheet.rows.map((x) => [...x]);
        rows[r][c] = left[1] && typeof said === "string" ? `${said}，${left[1]}` : said;
        return;
      }
      if (typeof v === "string" && SAME_AS_RIGHT.test(v.trim())) {
        const said = nearestFilled(sheet.rows[r] ?? [], c, 1);
        // (Not a cell saying 同左 back: the two say nothing then.)
        if (said === undefined || said === null || (typeof said === "string" && SAME_AS_LEFT.test(said.trim()))) return;
        rows ??= sheet.rows.map((x) => [...x]);
        rows[r][c] = said;
        return;
      }
      if (typeof v !== "string" || !DITTO.test(v.trim())) return;
      for (let u = r - 1; u >= 0; u--) {
        const above = (rows ?? sheet.rows)[u]?.[c];
        if (cellText(above ?? null) === "" && !(sheet.rows[u] ?? []).some((x) => cellText(x ?? null) !== "")) break;
        if (typeof above === "string" && DITTO.test(above.trim())) continue;
        if (above === null || above === undefined) continue;
        rows ??= sheet.rows.map((x) => [...x]);
        rows[r][c] = above;
        return;
      }
    });
  });
  return rows ? { ...sheet, rows } : sheet;
}

/** The nearest filled cell of a line from column c, leftwards (step -1) or rightwards (1); undefined past its end. */
function nearestFilled(line: readonly CellValue[], c: number, step: 1 | -1): CellValue | undefined {
  for (let at = c + step; at >= 0 && at < line.length; at += step) if (cellText(line[at] ?? null) !== "") return line[at];
  return undefined;
}
