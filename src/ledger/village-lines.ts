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

// (…or the whole status in the bracket: 上美村民委员会（省定贫困村）, （省定相对贫困村）.)
const POOR_MARK = /[（(]\s*(?:省定)?(?:相对)?贫(?:困村)?\s*[)）]/;
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

/** A name marked poor: （贫）, or the mark the sheet's legend gives poor villages (★ in "★为省定相对贫困村"), before or after it. */
export function isMarkedPoor(name: string, legendMark: string | null = null): boolean {
  return POOR_MARK.test(name) || (legendMark !== null && name.includes(legendMark));
}

export function withoutPoorMark(name: string, legendMark: string | null = null): string {
  const plain = name.replace(POOR_MARK, "");
  return (legendMark === null ? plain : plain.split(legendMark).join("")).trim();
}

/**
 * Delivery as a town's row says it of its villages (快递进村情况): "全部通达" (every one), or "未通达：南岩村、云岗村；
 * 其余已通达" (all but those, named), "无" for none; undefined when the cell says neither.
 */
export function undeliveredSaid(text: string): string | undefined {
  const t = text.replace(/\s+/g, "");
  if (/^(?:全部|均已?|全已?)通达$|^全覆盖$|^(?:全部|均)已?通快递$/.test(t)) return "无";
  const m = /^(?:未通达|未通快递|快递未通达)[:：]([^；;。]+)[；;。，,]?(?:其余|其他)(?:均)?已?(?:通达|通快递)$/.exec(t);
  return m ? m[1] : undefined;
}

export function saysNone(text: string): boolean {
  return NONE.test(text.replace(/\s+/g, ""));
}

/** Whether the list marks its poor villages （贫） anywhere: then an unmarked one is not poor. */
export const marksPoor = oncePerRecognition((sheet: Sheet, rec: Recognition) => {
  const col = rec.columns.name;
  const legend = legendPoorMark(sheet);
  return col !== undefined && sheet.rows.some((row, r) => r > rec.headerRow && isMarkedPoor(cellText(row?.[col] ?? null), legend));
});

/** The mark a list's legend says means 省定贫困村 ("★为省定贫困村", "注：标▲的为贫困村"), per sheet. */
const poorMarks = new WeakMap<object, string | null>();
export function legendPoorMark(sheet: Sheet): string | null {
  let mark = poorMarks.get(sheet);
  if (mark === undefined) {
    mark = null;
    // (…under the list, or in a note above it: "注：名称前加“★”的为省定相对贫困村".)
    for (const row of [...sheet.rows.slice(0, 5), ...sheet.rows.slice(-15)])
      for (const v of row) {
        const m = typeof v === "string" ? /([★☆▲△●◆※*＊])[”"」』]?\s*(?:为|表示|代表|是|的为|的是)[^，,；;。]{0,4}贫困村/.exec(v) : null;
        if (m) mark = m[1];
      }
    poorMarks.set(sheet, mark);
  }
  return mark;
}

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
