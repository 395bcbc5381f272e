/**
 * A correction sent after the paper it corrects, on the same sheet (a second telegram: "正文第五部分
 * “累计开展电商培训4,386人次”更正为“累计开展电商培训4,268人次”", "附件第5项“网销调研”自评分由1分更正为
 * 2分"). A reviewer reads the first paper as corrected; so does the reader: the quoted words are
 * replaced where the paper has them, an item's points where its line names it, and the correcting
 * line itself says nothing more (its figures are the paper's now, not a statement of their own).
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

/** “old”更正为“new”: the words as the paper had them and as they are now. */
const QUOTED = /[“"「]([^”"」]{2,80})[”"」]\s*(?:更正为|改为|修改为|应为|应更正为)\s*[“"「]([^”"」]{2,80})[”"」]/g;
/** “item”自评分由1分更正为2分: an item's points, named by its line. */
const ITEM_POINTS = /[“"「]([^”"」]{2,16})[”"」][^“”"「」]{0,8}?由\s*(\d+(?:\.\d+)?)\s*分\s*(?:更正|调整|修改|改)为\s*(\d+(?:\.\d+)?)\s*分/g;

export function withQuotedCorrections(sheet: Sheet): Sheet {
  const fixes: { r: number; c: number; old: string; now: string }[] = [];
  const points: { r: number; c: number; item: string; old: number; now: string }[] = [];
  sheet.rows.forEach((row, r) =>
    (row ?? []).forEach((v, c) => {
      if (typeof v !== "string" || !/更正|改为|应为/.test(v)) return;
      for (const m of v.matchAll(QUOTED)) if (m[1] !== m[2]) fixes.push({ r, c, old: m[1], now: m[2] });
      for (const m of v.matchAll(ITEM_POINTS)) points.push({ r, c, item: m[1], old: Number(m[2]), now: m[3] });
    }),
  );
  if (fixes.length === 0 && points.length === 0) return sheet;
  const correcting = new Set([...fixes, ...points].map((f) => `${f.r}:${f.c}`));
  let changed = false;
  const rows = sheet.rows.map((row, r) =>
    (row ?? []).map((v, c): CellValue => {
      if (correcting.has(`${r}:${c}`)) {
        changed = true;
        return null;
      }
      if (typeof v !== "string") return v;
      let t = v;
      for (const f of fixes) if (t.includes(f.old)) t = t.split(f.old).join(f.now);
      if (t !== v) changed = true;
      return t;
    }),
  );
  // An item's points on the line naming it, the old figure there.
  for (const p of points)
    rows.forEach((row, r) => {
      if (r === p.r || !row.some((v) => cellText(v ?? null).replace(/\s+/g, "") === p.item)) return;
      row.forEach((v, c) => {
        const n = typeof v === "number" ? v : /^\d+(?:\.\d+)?\s*分?$/.test(cellText(v ?? null).trim()) ? Number.parseFloat(cellText(v ?? null)) : Number.NaN;
        if (n !== p.old || c === 0) return;
        row[c] = typeof v === "number" ? Number(p.now) : `${p.now}分`;
        changed = true;
      });
    });
  return changed ? { ...sheet, rows } : sheet;
}
