/**
 * Press reports kept in columns by the outlet's level (国家级媒体 | 省级媒体 | 市级媒体 | 区（县）级媒体), a
 * report a cell: "2021.7.12 广东广播电视台《广东新闻联播》（电视）：【电商扶贫典型案例】罗旁村…". A
 * reviewer reads each cell as one report: its day first, the outlet up to the colon with its form in
 * brackets, the title after the colon; the level is its column's. The count row under them (1篇 | 2篇)
 * holds no report.
 *
 * …or crossed, a level a row and a form a column (级别 | 报纸 | 电视 | 网络（新媒体）), the reports of each in its
 * cell, numbered: "1.《江城农货搭上电商快车》（南方日报，2021.9.6）". Each is a report of its row's level and its
 * column's form, its outlet and day in the bracket after its title.
 *
 * …or in sections by level, a report a caption line (a screenshot collection: "一、中央媒体" over "图1 2021年4月21日，
 * 中央广播电视总台农业农村频道（CCTV-17）《乡村振兴资讯》播出《…》", the screenshots between): the day, the outlet
 * up to what it did (播出 / 刊发 / 推送), the title in the last 《》; the level is its section's.
 */
import type { Diagnostics } from "../core/diagnostics";
import { cellAddress, type Sheet } from "../core/grid";
import { findDateInText } from "./normalize/date";
import { cellText, compact, quote, toHalfWidth } from "./normalize/text";
import { isValidDate, type LDate } from "../scoring/dates";
import { LEVEL_HEADER, mediaLevel, televised } from "./read-kinds";
import type { MediaLevel, MediaRecord } from "./records";

export interface LevelColumns {
  /** The header row, zero-based (for sections, the first section's line). */
  headerRow: number;
  /** Column → the level its header names. */
  levels: Map<number, MediaLevel>;
  /** Kept in sections instead: each section line's row → the level it names. */
  sections?: Map<number, MediaLevel>;
  /** Crossed instead, a level a row: each row → its level, each column → the form it holds. */
  crossed?: { levels: Map<number, MediaLevel>; forms: Map<number, string> };
}

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

/** A report read from a cell or line that says it: on television by its form or outlet, a poverty case when the words say so. */
function reportOf(
  sheet: Sheet,
  r: number,
  said: string,
  d: { date: LDate; outlet: string | undefined; level: MediaLevel; form?: string; title: string | undefined },
): MediaRecord {
  return {
    source: { sheet: sheet.name, row: r + 1 },
    date: d.date,
    outlet: d.outlet,
    level: d.level,
    ...(d.form !== undefined ? { form: d.form } : {}),
    tv: televised(d.form, d.outlet),
    title: d.title,
    povertyCase: /电商扶贫|扶贫(?:典型)?案例/.test(said) ? true : null,
  };
}

/** A column of one medium in a level × form table: 报纸, 电视, 网络（新媒体）. */
const FORM_HEADER = /^(报纸|电视|广播|网络|网站|新媒体|网络媒体|网络及新媒体|客户端|杂志)(?:[（(][^（()）]*[)）])?(?:媒体)?$/;
/** The level column's header: 级别, 媒体级别. */
const LEVEL_COLUMN = /^(?:媒体)?级别$/;

/** A level a row and a form a column: the header's 级别 cell, two forms beside it, and three rows naming levels under it. */
export function findLevelRows(sheet: Sheet): LevelColumns | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, SCAN); r++) {
    const row = sheet.rows[r] ?? [];
    const at = row.findIndex((v) => LEVEL_COLUMN.test(compact(cellText(v ?? null))));
    if (at < 0) continue;
    // (A list a report a row, its form ticked under 电视 | 广播 | 报纸 beside its own day and 级别, is no such table:
    // a crossed table's cells hold the reports' titles.)
    if (row.some((v) => /日期|时间/.test(cellText(v ?? null)))) return undefined;
    const forms = new Map<number, string>();
    row.forEach((v, c) => {
      const form = FORM_HEADER.exec(compact(cellText(v ?? null)))?.[1];
      if (form) forms.set(c, form);
    });
    // (Only then the rows under it: a media list's 级别 column is asked of nothing more.)
    if (forms.size < 2) continue;
    const levels = new Map<number, MediaLevel>();
    for (let x = r + 1; x < sheet.rows.length; x++) {
      const said = compact(cellText(sheet.rows[x]?.[at] ?? null));
      const level = LEVEL_HEADER.test(said) ? mediaLevel(said.replace(/(?:媒体|报道)$/, "")) : null;
      if (level) levels.set(x, level);
    }
    const titled = [...levels.keys()].some((x) => [...forms.keys()].some((c) => cellText(sheet.rows[x]?.[c] ?? null).includes("《")));
    if (levels.size >= MIN_LEVELS && titled) return { headerRow: r, levels: new Map(), crossed: { levels, forms } };
  }
  return undefined;
}

/** One report of a crossed table's cell: "1.《title》（outlet，2021.9.6，note）". */
const CROSSED_ITEM = /《([^》]+)》\s*[（(]([^（()）]*)[)）]/;

function readCrossed(sheet: Sheet, crossed: NonNullable<LevelColumns["crossed"]>, diags: Diagnostics): MediaRecord[] {
  const out: MediaRecord[] = [];
  for (const [r, level] of crossed.levels)
    for (const [c, form] of crossed.forms) {
      const text = cellText(sheet.rows[r]?.[c] ?? null).trim();
      if (text === "" || /^[—–\-－/无]+$/.test(text)) continue;
      // (Numbered within the cell, a line each or run together: "1.《…》（…）2.《…》（…）".)
      for (const item of text
        .split(/\n|(?=\d{1,2}\s*[.．、]\s*《)/)
        .map((t) => t.trim())
        .filter(Boolean)) {
        const m = CROSSED_ITEM.exec(item);
        const date = m ? findDateInText(m[2]) : undefined;
        if (!m || !date) {
          diags.info(`“${quote(item)}”没有写明媒体和报道日期，未计入宣传报道`, sheet.name, cellAddress(r, c));
          continue;
        }
        const outlet = m[2].split(/[，,]/)[0].trim() || undefined;
        out.push(reportOf(sheet, r, item, { date, outlet, level, form, title: m[1] }));
      }
    }
  return out;
}

/** A section's line naming a level: "一、中央媒体", "三、市级媒体报道". */
const LEVEL_SECTION = /^[一二三四五六七八九十]+\s*[、.．]\s*(国家级|中央级|中央|省级|市级|地市级|县级|区级|县[（(]区[)）]级)(?:媒体|主流媒体)(?:报道)?$/;
/** What an outlet did with the report, between the outlet and the title. */
// (Right before the title: "“徐闻发布”微信公众号推送《…》" names the outlet 徐闻发布, which is no verb there.)
const RAN = /(?:播出|刊发|刊登|刊载|推送|发布|报道|转载)(?=\s*《)/;

/** Sections by level, three at least, each a line of its own: a screenshot collection's captions. */
export function findLevelSections(sheet: Sheet): LevelColumns | undefined {
  const sections = new Map<number, MediaLevel>();
  sheet.rows.forEach((row, r) => {
    const filled = (row ?? []).filter((v) => cellText(v ?? null) !== "");
    const m = filled.length === 1 ? LEVEL_SECTION.exec(compact(cellText(filled[0] ?? null))) : null;
    const level = m ? mediaLevel(m[1]) : null;
    if (level) sections.set(r, level);
  });
  if (sections.size < MIN_LEVELS) return undefined;
  return { headerRow: Math.min(...sections.keys()), levels: new Map(), sections };
}

/** Each caption line with a day under a section: one report of the section's level. */
function readLevelSections(sheet: Sheet, sections: Map<number, MediaLevel>, diags: Diagnostics): MediaRecord[] {
  const out: MediaRecord[] = [];
  let level: MediaLevel | undefined;
  sheet.rows.forEach((row, r) => {
    if (sections.has(r)) {
      level = sections.get(r);
      return;
    }
    const text = (row ?? []).map((v) => cellText(v ?? null)).find((t) => t.trim() !== "") ?? "";
    const date = level && text ? findDateInText(text) : undefined;
    if (!level || !date) return;
    // "图1 2021年4月21日，<outlet>《栏目》播出《title》": the outlet after the day, up to what it did.
    const afterDay = text.replace(/^[^，,]*?\d{1,2}\s*[日号]\s*[，,]?\s*/, "");
    const ran = afterDay.search(RAN);
    if (ran < 0) {
      diags.info(`“${quote(text)}”看不出是哪家媒体刊播的报道，未计入宣传报道`, sheet.name, cellAddress(r, 0));
      return;
    }
    const outlet =
      afterDay
        .slice(0, ran)
        .replace(/《[^》]*》\s*$/, "")
        .trim() || undefined;
    const titles = [...afterDay.slice(ran).matchAll(/《([^》]+)》/g)];
    out.push(reportOf(sheet, r, text, { date, outlet, level, title: titles.length > 0 ? titles[titles.length - 1][1] : undefined }));
  });
  return out;
}

export function readLevelColumns(sheet: Sheet, table: LevelColumns, diags: Diagnostics): MediaRecord[] {
  if (table.sections) return readLevelSections(sheet, table.sections, diags);
  if (table.crossed) return readCrossed(sheet, table.crossed, diags);
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
      out.push(reportOf(sheet, r, text, { date, outlet, level, form, title }));
    }
  }
  return out;
}
