/**
 * A village list kept by town, one town to a row: all its 村委会 in one cell joined by 、 (a poor one
 * marked （贫）, a long list going on in the next row: （续下行）), its communities in another cell, and
 * a column naming only the villages that delivery does not reach ("无": none). Each name is a record.
 * So is a town's row with one name a cell, across the columns under one merged header
 * (村（居）委会名称 over 1 | 2 | … | 20): the civil-affairs bureau's list of committees.
 */
import { mergeAt, type Sheet } from "../core/grid";
import type { Recognition } from "./recognize";
import { cellText } from "./normalize/text";
import { oncePerRecognition } from "./per-recognition";

const POOR_MARK = /[（(]\s*贫(?:困村)?\s*[)）]/;
const CONTINUED = /[（(]\s*(?:续下行|接下行|下转|转下行)\s*[)）]/g;
const NONE = /^(?:[—–\-－/]+|无|没有|均已通达|全部通达)$/;

/** The names a cell lists ("坝街村、长和村、寨内村（贫）、（续下行）"); none for 无 or a dash. */
export function listedNames(text: string): string[] {
  return text
    .replace(CONTINUED, "")
    .split(/[、，,；;\n]/)
    .map((t) => t.trim())
    .filter((t) => t !== "" && !NONE.test(t));
}

export function isMarkedPoor(name: string): boolean {
  return POOR_MARK.test(name);
}

export function withoutPoorMark(name: string): string {
  return name.replace(POOR_MARK, "").trim();
}

export function saysNone(text: string): boolean {
  return NONE.test(text.replace(/\s+/g, ""));
}

/** Whether the list marks its poor villages （贫） anywhere: then an unmarked one is not poor. */
export const marksPoor = oncePerRecognition((sheet: Sheet, rec: Recognition) => {
  const col = rec.columns.name;
  return col !== undefined && sheet.rows.some((row, r) => r > rec.headerRow && POOR_MARK.test(cellText(row?.[col] ?? null)));
});

/**
 * The columns under the name's header when it is merged across three or more (one name a cell);
 * undefined for a name column of its own.
 */
export const nameSpan = oncePerRecognition((sheet: Sheet, rec: Recognition): number[] | undefined => {
  const col = rec.columns.name;
  if (col === undefined) return undefined;
  // (Merged in the header row itself: a group header above 名称 | 类型 | 贫困村 spans fields, not names.)
  const m = mergeAt(sheet.merges, rec.headerRow, col);
  if (!m || m.left !== col || m.right - m.left < 2 || m.bottom > rec.headerRow) return undefined;
  const others = new Set(Object.values(rec.columns));
  for (let c = m.left + 1; c <= m.right; c++) if (others.has(c)) return undefined;
  return Array.from({ length: m.right - m.left + 1 }, (_, i) => m.left + i);
});

/** The names in a row's cells under a merged name header; numbers (the header's 1 | 2 | … row) are none. */
export function namesAcross(sheet: Sheet, r: number, cols: number[]): string[] {
  const row = sheet.rows[r] ?? [];
  return cols.map((c) => cellText(row[c] ?? null)).filter((t) => t !== "" && !/^\d+$/.test(t));
}
