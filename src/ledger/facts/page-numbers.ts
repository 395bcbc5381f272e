/**
 * A report's table of contents pasted in (标题 | 页码): each line's title, its points inside it ("1．组织领导（2分）——
 * 自评2分"), and the page it starts on. The page says where the part is, never what it says: the column is left out.
 */
import type { Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

const PAGE_HEADER = /^(?:页码|页次|所在页码|起始页码|页)$/;

export function withoutPageNumbers(sheet: Sheet): Sheet {
  for (let h = 0; h < Math.min(sheet.rows.length, 12); h++) {
    const row = sheet.rows[h] ?? [];
    const col = row.findIndex((v) => PAGE_HEADER.test(cellText(v ?? null).replace(/\s+/g, "")));
    if (col < 0) continue;
    // (Its cells below are page numbers: whole numbers, or nothing.)
    const below = sheet.rows.slice(h + 1).map((r) => cellText(r?.[col] ?? null).trim());
    if (!below.every((t) => t === "" || /^\d{1,4}$/.test(t))) continue;
    return { ...sheet, rows: sheet.rows.map((r, i) => (i < h ? r : r.map((v, c) => (c === col ? null : v)))) };
  }
  return sheet;
}
