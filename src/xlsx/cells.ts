/**
 * Values of a worksheet part as a grid (src/ledger/grid.ts), for the few sheets the writer must
 * read back: the tool's own earlier output sheets (reviewer input, own-sheet check) and the settings
 * sheet. Not a general reader: values only, no formats, no merges.
 */
import type { CellValue, Sheet } from "../core/grid";
import { parseAddress } from "../core/grid";
import { attrs, unescapeXml } from "./xml";

/** Text of a shared-string item or an inline string: its runs, without phonetic guides. */
function itemText(xml: string): string {
  let out = "";
  for (const m of xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, "").matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g))
    out += unescapeXml(m[1] ?? "");
  return out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
}

/** The shared strings up to index `upTo` (all when undefined). */
export function sharedStrings(xml: string, upTo = Infinity): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) {
    out.push(itemText(m[1] ?? ""));
    if (out.length > upTo) break;
  }
  return out;
}

/** The shared-string indexes a worksheet uses (to read only that far into a large table). */
export function maxSharedIndex(xml: string): number {
  let max = -1;
  for (const m of xml.matchAll(/<(?:\w+:)?c\b[^>]*?\bt="s"[^>]*>\s*<(?:\w+:)?v>(\d+)</g)) max = Math.max(max, Number(m[1]));
  return max;
}

export function sheetGrid(name: string, xml: string, strings: string[]): Sheet {
  const rows: CellValue[][] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
    const body = m[2];
    if (!body) continue;
    const a = attrs(m[1]);
    const at = parseAddress(a.get("r") ?? "");
    if (!at) continue;
    const t = a.get("t") ?? "n";
    const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
    let value: CellValue = null;
    if (t === "inlineStr") {
      const is = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body)?.[1];
      value = is === undefined ? null : itemText(is);
    } else if (v !== undefined) {
      const raw = unescapeXml(v);
      if (t === "s") value = strings[Number(raw)] ?? "";
      else if (t === "str") value = raw;
      else if (t === "b") value = raw.trim() === "1" || raw.trim() === "true";
      else if (t === "e") value = { error: raw };
      else value = Number(raw);
    }
    if (value === null || value === "") continue;
    const row = (rows[at.row] ??= []);
    row[at.col] = value;
  }
  for (let r = 0; r < rows.length; r++) {
    const row = (rows[r] ??= []);
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  }
  return { name, rows };
}
