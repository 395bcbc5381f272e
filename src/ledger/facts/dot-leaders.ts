/**
 * A booklet's or a contents page's lines, each label joined to its value by dot leaders in one cell
 * ("常住人口………………14.3万人", "监督举报窗口……未设"). A reviewer reads the dots as the gap between
 * them; so does the reader: the leaders become a 标签：值 pair's colon (the cell keeps its place).
 */
import type { Sheet } from "../../core/grid";

/** A label, a run of leaders (two ellipses … ⋯ at least, or six dots · .), and a value. */
const LEADERS = /^\s*([^…⋯·.]*?[^\s…⋯·.])\s*(?:[…⋯]{2,}|[·.]{6,})[…⋯·.\s]*([^…⋯·.\s].*?)\s*$/;

export function withDotLeadersAsColons(sheet: Sheet): Sheet {
  let changed = false;
  const rows = sheet.rows.map((row) =>
    Array.from(row ?? [], (v) => {
      if (typeof v !== "string" || (!v.includes("…") && !v.includes("⋯") && !/[·.]{6}/.test(v))) return v ?? null;
      const m = LEADERS.exec(v);
      if (!m) return v;
      changed = true;
      return `${m[1]}：${m[2]}`;
    }),
  );
  return changed ? { ...sheet, rows } : sheet;
}
