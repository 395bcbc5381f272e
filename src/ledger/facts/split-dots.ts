/**
 * A numbered list pasted from Word and split with Excel's 数据—分列 on "." to part the numbers from
 * the lines: every other full stop of a figure or a day was cut too — "全县常住人口：33" | "58万人（七普）",
 * "投入运营时间：2020" | 11 | 18, the bare pieces turned into numbers. A reviewer reads the pieces
 * joined again; so does the reader: a line's cell ending in a digit and the next cell starting with
 * one are one text with a "." between, kept in the first cell.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

/** A line's words cut after a digit, words before it (全县常住人口：33, 同比增长33); not a legend's 否=0. */
const CUT_AFTER = /[\u4e00-\u9fff][：:（(，,]?[0-9]+$/u;
/** The piece after: words starting with a digit ("58万人（七普）"), or a bare number only where a day
 * goes on (2020 | 11 | 18: a year, then its month). */
const cutBefore = (v: CellValue | undefined, sofar: string): boolean =>
  typeof v === "string"
    ? (/^[0-9]+[^0-9.:：]/.test(v.trim()) || /^[0-9]+$/.test(v.trim())) && !/^(?:19|20)\d{2}\s*年/.test(v.trim())
    : typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 31 && /(?:19|20)\d{2}(?:\.\d{1,2})?$/.test(sofar);
/** Lines cut so, fewer than this, are a table's neighbouring figures, not a split list. */
const MIN_CUT_LINES = 3;

function joined(row: CellValue[]): CellValue[] | undefined {
  let out: CellValue[] | undefined;
  for (let c = 0; c < row.length; c++) {
    const here = (out ?? row)[c];
    // (A line's words, with a colon or long: "戊1", "发言人1" are a line's number and a speaker.)
    if (typeof here !== "string" || !CUT_AFTER.test(here.trim()) || !(/[：:]/.test(here) || here.trim().length >= 8)) continue;
    let text = here.trim();
    let next = c + 1;
    while (next < row.length && cutBefore(row[next], text)) {
      text = `${text}.${cellText(row[next] ?? null).trim()}`;
      next++;
      if (!/[0-9]$/.test(text)) break;
    }
    if (next === c + 1) continue;
    out ??= [...row];
    out[c] = text;
    for (let k = c + 1; k < next; k++) out[k] = null;
    c = next - 1;
  }
  return out;
}

export function withSplitDotsJoined(sheet: Sheet): Sheet {
  const rewritten = sheet.rows.map((row) => (row ? joined(Array.from(row, (v) => v ?? null)) : undefined));
  if (rewritten.filter(Boolean).length < MIN_CUT_LINES) return sheet;
  return { ...sheet, rows: sheet.rows.map((row, r) => rewritten[r] ?? row) };
}
