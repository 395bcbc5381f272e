/**
 * The civil-affairs system's export of the county's committees as a tree (惠东: 名称 | 备注, the county,
 * then each town indented under it, then each 村委会 / 居委会 indented under its town, "（社区9个、村5个）"
 * after a town's name). A reviewer reads the innermost names as the list of villages, each under its town;
 * so does the reader: the sheet is read as the table it stands for, each committee in its own row and
 * cell, its town in a column added after the sheet's last, and the county's and towns' rows left out.
 */
import type { CellValue, Sheet } from "../core/grid";
import { cellText } from "./normalize/text";

/** The tree's one column's header. */
const HEADER = /^(?:名称|单位名称|机构名称|组织名称|区划名称|行政区划名称|村[(（]居[)）]名称)$/;
/** A committee's name, a legend's mark after it (★ a poor village). */
const COMMITTEE = /(?:村民委员会|居民委员会|村委会|居委会|社区|村)\s*[★☆*＊※▲△]*\s*$/;
/** Committees under their towns before a sheet is read so. */
const MIN_LEAVES = 5;
/** How far a row is indented: its leading spaces (a full-width one counts as two). */
const depthOf = (t: string) => {
  const lead = /^[\s\u3000]*/.exec(t)?.[0] ?? "";
  return [...lead].reduce((d, ch) => d + (ch === "\u3000" ? 2 : 1), 0);
};

export function withVillageTree(sheet: Sheet): Sheet {
  const head = sheet.rows.slice(0, 10).findIndex((row) => row.some((v) => HEADER.test(cellText(v ?? null).trim())));
  if (head < 0) return sheet;
  const col = (sheet.rows[head] ?? []).findIndex((v) => HEADER.test(cellText(v ?? null).trim()));
  // (Only the tree and a remark beside it: a table with 编号 | 名称 | 类别 columns, its names indented, is read as the table it is.)
  const others = (sheet.rows[head] ?? []).filter((v, c) => c !== col && cellText(v ?? null).trim() !== "");
  if (others.some((v) => !/^(?:备注|说明)$/.test(cellText(v ?? null).trim()))) return sheet;
  const nameAt = (r: number) => {
    const v = sheet.rows[r]?.[col] ?? null;
    return typeof v === "string" ? v : "";
  };
  // (Looked at in the rows under the header only while they are the tree: a sheet of another kind stops early.)
  const leaves: number[] = [];
  let deepest = 0;
  for (let r = head + 1; r < sheet.rows.length; r++) {
    const t = nameAt(r);
    if (t.trim() === "") continue;
    const d = depthOf(t);
    if (d === 0 && r > head + 1) break;
    if (d > deepest) deepest = d;
    if (d > 0 && COMMITTEE.test(t)) leaves.push(r);
  }
  const inner = leaves.filter((r) => depthOf(nameAt(r)) === deepest);
  if (deepest < 2 || inner.length < MIN_LEAVES) return sheet;
  // (Without spreading the rows into one call: a ledger's sheet may hold 300,000 of them.)
  const width = sheet.rows.reduce((w, row) => Math.max(w, row.length), 0);
  const rows: CellValue[][] = sheet.rows.map((row) => row);
  rows[head] = [...(sheet.rows[head] ?? [])];
  rows[head][col] = "村（居）委会名称";
  rows[head][width] = "镇（街道）";
  let town = "";
  // (The committees were found top down: the last is the tree's last.)
  const end = inner[inner.length - 1] + 1;
  for (let r = head + 1; r < end; r++) {
    const t = nameAt(r);
    if (t.trim() === "") continue;
    const d = depthOf(t);
    if (d === deepest) {
      const row = [...(sheet.rows[r] ?? [])];
      row[col] = t.trim();
      row[width] = town;
      rows[r] = row;
    } else {
      // A town's row (the nearest above the committees): its name without the counts after it.
      if (d > 0) town = t.trim().replace(/[（(][^（()）]*[)）]\s*$/, "");
      rows[r] = [];
    }
  }
  return { ...sheet, rows };
}
