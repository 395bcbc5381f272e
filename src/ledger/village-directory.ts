/**
 * A printed directory of the county's committees (民政局's 村（居）民委员会名录): no header, each town a
 * line of its own ("一、犁市镇（村委会12个，社区居委会1个）"), then rows of names several to a row, the first
 * cell saying what they are (村委会 | 黄排村 | 小寨村 | …, 社区居委会 | 犁市社区, a row going on under a blank
 * first cell), and the poor villages named only in a note under it ("省定贫困村（7个）：犁市镇凤坝村、和坪村；
 * 花坪镇长背村…"). A reviewer reads it as the list it is; so does the reader: laid out as a table of one
 * committee a row (村（居）委会名称 | 镇（街道） | 类别 | 省定贫困村), each cell named back to where it stands.
 */
import type { CellValue, Sheet } from "../core/grid";
import { laidOut, type LaidOut } from "./laid-out";
import { cellText, compact } from "./normalize/text";
import { villageKey } from "./normalize/village";

export interface VillageDirectory {
  /** The first line of the directory (a town's line or a names row): the laid-out header stands for it. */
  top: number;
  /** Each committee: where its name stands, its town's line and its row's kind cell. */
  names: { r: number; c: number; town: string; townRow: number; kindRow: number }[];
  /** The note naming the poor villages, when there is one: its row and the villages' keys. */
  poor?: { row: number; keys: Set<string> };
}

/** What a names row's first cell says its names are. */
const KIND = /^(?:村委会|村民委员会|行政村|建制村|社区居委会|居委会|居民委员会|社区|村（居）委会)$/;
/** A town's line: "一、犁市镇（村委会12个，社区居委会1个）", "犁市镇", "(二)东河街道". */
const TOWN_LINE =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])?\s*([\u4e00-\u9fff]{1,8}(?:镇|乡|街道|街道办事处|管委会|农场))(?:[（(][^（()）]*[)）])?$/;
/** A committee's name. */
const NAME = /^[\u4e00-\u9fff]{1,10}(?:村|社区|村委会|居委会|村民委员会|居民委员会)$/;
/** The note's list of poor villages: after 省定（相对）贫困村…：. */
const POOR_NOTE = /省定(?:相对)?贫困村[^：:]{0,12}[：:](.+)$/;
/** Names before the directory is read so. */
const MIN_NAMES = 8;

const textAt = (sheet: Sheet, r: number, c: number) => compact(cellText(sheet.rows[r]?.[c] ?? null));

export function findVillageDirectory(sheet: Sheet): VillageDirectory | undefined {
  // (A ledger with a header row never opens on a kind's word followed by names: one look at the first cells.)
  // (…or on a town's line over a row of names alone, the kind in each name: "大墩村 | ★蓬墩村委会 | … | 龙景社区".)
  const head = sheet.rows.slice(0, 12);
  const opens = (row: CellValue[] | undefined, r: number) =>
    KIND.test(compact(cellText(row?.[0] ?? null))) || (TOWN_LINE.test(compact(cellText(row?.[0] ?? null))) && bareNames(sheet.rows[r + 1] ?? []));
  if (!head.some(opens)) return undefined;
  const names: VillageDirectory["names"] = [];
  let town = "";
  let townRow = -1;
  let kindRow = -1;
  let top = -1;
  let kindRows = 0;
  let bareRows = 0;
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const texts = row.map((v) => compact(cellText(v ?? null)));
    const filled = texts.filter((t) => t !== "");
    if (filled.length === 0) continue;
    const townLine = filled.length === 1 ? TOWN_LINE.exec(filled[0]) : null;
    if (townLine) {
      town = townLine[1];
      townRow = r;
      if (top < 0) top = r;
      kindRow = -1;
      continue;
    }
    const kind = KIND.test(texts[0]);
    // A town's row of names alone, each saying its own kind (…村, …社区).
    if (!kind && townRow >= 0 && bareNames(row)) {
      bareRows++;
      kindRow = -1;
      texts.forEach((t, c) => {
        if (t !== "") names.push({ r, c, town, townRow, kindRow: -1 });
      });
      continue;
    }
    if (!kind && !(texts[0] === "" && kindRow >= 0)) {
      // (Lines under the directory, its total and its notes, end a town's rows.)
      kindRow = -1;
      continue;
    }
    const rowNames = texts.slice(1).filter((t) => t !== "");
    if (rowNames.length === 0 || !rowNames.every((t) => NAME.test(t))) return undefined;
    if (kind) {
      kindRow = r;
      kindRows++;
      if (top < 0) top = r;
    }
    texts.forEach((t, c) => {
      if (c > 0 && t !== "") names.push({ r, c, town, townRow, kindRow });
    });
  }
  if (names.length < MIN_NAMES || kindRows + bareRows < 2) return undefined;
  const poor = poorNote(sheet, names[names.length - 1].r + 1);
  return { top, names, ...(poor ? { poor } : {}) };
}

/** A row of names only, a poor village's ★ before or after its name: "大墩村 | ★蓬墩村委会 | … | 龙景社区". */
function bareNames(row: readonly CellValue[]): boolean {
  const filled = row.map((v) => compact(cellText(v ?? null))).filter((t) => t !== "");
  return filled.length >= 1 && filled.every((t) => NAME.test(t.replace(POOR_MARKS, "")));
}
const POOR_MARKS = /^[★☆▲△]|[★☆▲△]$/g;

/** The note under the names listing the poor villages ("犁市镇凤坝村、和坪村；花坪镇长背村…"): their keys. */
function poorNote(sheet: Sheet, from: number): VillageDirectory["poor"] {
  for (let r = from; r < sheet.rows.length; r++) {
    const said = POOR_NOTE.exec((sheet.rows[r] ?? []).map((v) => compact(cellText(v ?? null))).join(""));
    if (!said) continue;
    const keys = said[1]
      .split(/[；;、，,。]/)
      .map((p) => p.replace(/^[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道)/, "").trim())
      .filter((p) => p !== "")
      .map(villageKey);
    return keys.length > 0 ? { row: r, keys: new Set(keys) } : undefined;
  }
  return undefined;
}

/** The directory as a table of one committee a row, every cell named back to where it stands on the sheet. */
export function layOutVillageDirectory(sheet: Sheet, d: VillageDirectory): LaidOut {
  const rows: CellValue[][] = sheet.rows.slice(0, d.top).map((row) => [...row]);
  // (The name first: a laid-out row is named back by its first cell, the name's own.)
  const header = ["村（居）委会名称", "镇（街道）", "类别", ...(d.poor ? ["是否省定贫困村"] : [])];
  rows.push(header);
  for (const n of d.names) {
    const name = sheet.rows[n.r]?.[n.c] ?? null;
    const poor = d.poor ? [d.poor.keys.has(villageKey(cellText(name))) ? "是" : "否"] : [];
    rows.push([name, n.town || null, n.kindRow >= 0 ? textAt(sheet, n.kindRow, 0) : null, ...poor]);
  }
  return laidOut(sheet, rows, (r, c) => {
    if (r < d.top) return { r, c };
    const n = d.names[r - d.top - 1];
    if (!n) return { r: d.top, c: 0 };
    if (c === 0) return { r: n.r, c: n.c };
    if (c === 1) return { r: Math.max(n.townRow, 0), c: 0 };
    if (c === 2) return n.kindRow >= 0 ? { r: n.kindRow, c: 0 } : { r: n.r, c: n.c };
    return { r: d.poor?.row ?? n.r, c: 0 };
  });
}
