/**
 * Press reports kept in columns by the outlet's level (国家级媒体 | 省级媒体 | 市级媒体 | 区（县）级媒体), a
 * report a cell: "2021.7.12 广东广播电视台《广东新闻联播》（电视）：【电商扶贫典型案例】罗旁村…". A
 * reviewer reads each cell as one report: its day first, the outlet up to the colon with its form in
 * brackets, the title after the colon; the level is its column's. The count row under them (1篇 | 2篇)
 * holds no report.
 */
import type { Diagnostics } from "../core/diagnostics";
import { cellAddress, type Sheet } from "../core/grid";
import { findDateInText } from "./normalize/date";
import { cellText, compact, quote, toHalfWidth } from "./normalize/text";
import { isValidDate } from "../scoring/dates";
import { mediaLevel, televised } from "./read-kinds";
import type { MediaLevel, MediaRecord } from "./records";

export interface LevelColumns {
  /** The header row, zero-based. */
  headerRow: number;
  /** Column → the level its header names. */
  levels: Map<number, MediaLevel>;
}

/** A header naming a level of media and nothing else ("省级媒体", "区（县）级"). */
const LEVEL_HEADER = /^(?:国家级|中央级|中央|全国|省级|省|市级|地市级|县级|区级|区[（(]县[)）]级|县[（(](?:市、?)?区[)）]级)(?:媒体|媒体报道|报道)?$/;
/** Fewest level columns that make such a table. */
const MIN_LEVELS = 3;
const SCAN = 15;
/** The day a cell begins with. */
const LEADING_DAY = /^\s*((?:19|20)\d{2})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*[日号]?/;
/** What a report's form in brackets may be. */
const FORM = /[（(]\s*(电视|广播|报纸|网络|网站|新媒体|客户端|公众号|视频|杂志)\s*[)）]/;

export function findLevelColumns(sheet: Sheet): LevelColumns | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, SCAN); r++) {
    const levels = new Map<number, MediaLevel>();
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const t = compact(cellText(row[c] ?? null));
      const level = LEVEL_HEADER.test(t) ? mediaLevel(t) : null;
      if (level) levels.set(c, level);
    }
    if (levels.size < MIN_LEVELS) continue;
    // A list with its own day column names the level in the column the outlet is written in: not this table.
    if (row.some((v) => /日期|时间/.test(cellText(v ?? null)))) return undefined;
    return { headerRow: r, levels };
  }
  return undefined;
}

export function readLevelColumns(sheet: Sheet, table: LevelColumns, diags: Diagnostics): MediaRecord[] {
  const out: MediaRecord[] = [];
  for (let r = table.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    for (const [c, level] of table.levels) {
      const text = cellText(row[c] ?? null).trim();
      if (text === "") continue;
      // (Its day leads the cell, 2021.7.12 or 2021年7月12日; written elsewhere in it, the day is still read.)
      const lead = LEADING_DAY.exec(toHalfWidth(text));
      const date =
        lead && isValidDate(Number(lead[1]), Number(lead[2]), Number(lead[3])) ? { y: Number(lead[1]), m: Number(lead[2]), d: Number(lead[3]) } : findDateInText(text);
      if (!date) {
        // (The count under each column, 1篇, is no report; a text that is no report is said.)
        if (!/^\d+\s*(?:篇|条|次)$/.test(text)) diags.info(`“${quote(text)}”没有报道日期，未计入宣传报道`, sheet.name, cellAddress(r, c));
        continue;
      }
      const rest = lead ? text.slice(lead[0].length).trim() : text;
      const colon = rest.search(/[:：]/);
      const head = colon >= 0 ? rest.slice(0, colon) : rest;
      const form = FORM.exec(head)?.[1];
      const outlet = head.replace(FORM, "").trim() || undefined;
      const title = colon >= 0 ? rest.slice(colon + 1).trim() || undefined : undefined;
      out.push({
        source: { sheet: sheet.name, row: r + 1 },
        date,
        outlet,
        level,
        form,
        tv: televised(form, outlet),
        title,
        povertyCase: /电商扶贫|扶贫(?:典型)?案例/.test(text) ? true : null,
      });
    }
  }
  return out;
}
