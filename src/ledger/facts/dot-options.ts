/**
 * A line's options typed out a cell each, the chosen one marked ● and the rest ○ ("● 达到（2分）" | "○ 未达到（0分）",
 * "○ 1分" | "● 2分"), as a self-assessment grid types its tiers. A reviewer reads the ● as the box ticked; so does
 * the reader: such a line's marks are written as the boxes they stand for (● ☑, ○ ☐), read as any ticked form's.
 * Only a line of two options or more with exactly one chosen: a ● alone is a bullet, two are a list.
 */
import type { CellValue, Sheet } from "../../core/grid";

const OPTION = /^\s*([●○])\s*(\S.*)$/;

export function withDotOptionsAsBoxes(sheet: Sheet): Sheet {
  let changed = false;
  const rows = sheet.rows.map((row) => {
    if (!row || !row.some((v) => typeof v === "string" && v.includes("●"))) return row;
    const options = row.flatMap((v, c) => {
      const m = typeof v === "string" ? OPTION.exec(v) : null;
      return m ? [{ c, chosen: m[1] === "●", text: m[2] }] : [];
    });
    if (options.length < 2 || options.filter((o) => o.chosen).length !== 1) return row;
    changed = true;
    const out: CellValue[] = [...row];
    for (const o of options) out[o.c] = `${o.chosen ? "☑" : "☐"}${o.text}`;
    return out;
  });
  return changed ? { ...sheet, rows } : sheet;
}
