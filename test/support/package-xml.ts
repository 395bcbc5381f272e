/**
 * Reading an xlsx package's XML directly, for the tests: which part holds which sheet, and the value
 * of every cell as the file stores it, to check that a written copy kept every value.
 */
import { attrs, unescapeXml } from "../../src/xlsx/xml";
import { listEntries, readEntryText, type ZipEntry } from "../../src/xlsx/zip";

const listZip = listEntries;
function readText(buf: Uint8Array, entries: ZipEntry[], name: string): string | undefined {
  const e = entries.find((x) => x.name === name);
  return e ? readEntryText(buf, e) : undefined;
}

/** Worksheet name → package part path ("xl/worksheets/sheet4.xml"), in tab order. */
export function worksheetParts(buf: Uint8Array, entries: ZipEntry[] = listZip(buf)): Map<string, string> {
  const wb = readText(buf, entries, "xl/workbook.xml") ?? "";
  const rels = readText(buf, entries, "xl/_rels/workbook.xml.rels") ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const a = attrs(m[1]);
    const id = a.get("Id");
    const target = a.get("Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`);
  }
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const a = attrs(m[1]);
    const name = a.get("name");
    const part = targets.get(a.get("r:id") ?? "");
    if (name !== undefined && part) out.set(unescapeXml(name), part);
  }
  return out;
}

/** The value a cell stores: its type letter as in the file ("n", "s" resolved to "str", "b", "e"). */
export interface RawCell {
  /** "n" number, "str" text (shared, inline or a formula's text result), "b" boolean, "e" error. */
  type: "n" | "str" | "b" | "e";
  value: number | string | boolean;
  /** The formula text, when the cell holds one with text (a shared formula's other cells have none). */
  formula?: string;
}

/** Text of a shared-string item or an inline string: its runs, without phonetic guides. */
function stringItemText(xml: string): string {
  const noPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let out = "";
  for (const m of noPhonetic.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) out += unescapeXml(m[1] ?? "");
  return out;
}

export function sharedStrings(buf: Uint8Array, entries: ZipEntry[]): string[] {
  const xml = readText(buf, entries, "xl/sharedStrings.xml");
  if (!xml) return [];
  return [...xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((m) => stringItemText(m[1] ?? ""));
}

/**
 * The cells of one worksheet's XML that hold a value, by A1 address. `only`: just these addresses
 * (faster when a few are wanted). Cells with a style and no value are left out.
 */
export function sheetCells(xml: string, strings: string[], only?: Set<string>): Map<string, RawCell> {
  const out = new Map<string, RawCell>();
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const body = m[2];
    if (!body) continue;
    if (only && !only.has(/\br="([^"]*)"/.exec(m[1])?.[1] ?? "")) continue;
    const a = attrs(m[1]);
    const ref = a.get("r");
    if (!ref) continue;
    const t = a.get("t") ?? "n";
    const v = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const f = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(body)?.[1];
    const formula = f !== undefined ? unescapeXml(f) : undefined;
    let cell: RawCell | undefined;
    if (t === "inlineStr") {
      const is = /<is\b[^>]*>([\s\S]*?)<\/is>/.exec(body)?.[1];
      if (is !== undefined) cell = { type: "str", value: stringItemText(is) };
    } else if (v !== undefined) {
      const text = unescapeXml(v);
      if (t === "s") cell = { type: "str", value: strings[Number(text)] ?? "" };
      else if (t === "str") cell = { type: "str", value: text };
      else if (t === "b") cell = { type: "b", value: text.trim() === "1" || text.trim() === "true" };
      else if (t === "e") cell = { type: "e", value: text };
      else cell = { type: "n", value: Number(text) };
    }
    if (!cell && formula === undefined) continue;
    cell ??= { type: "str", value: "" };
    if (formula !== undefined && formula !== "") cell.formula = formula;
    out.set(ref, cell);
  }
  return out;
}

/** Every valued cell of every worksheet: sheet name → address → value. */
export function workbookCells(buf: Uint8Array, sheets?: string[]): Map<string, Map<string, RawCell>> {
  const entries = listZip(buf);
  const strings = sharedStrings(buf, entries);
  const out = new Map<string, Map<string, RawCell>>();
  for (const [name, part] of worksheetParts(buf, entries)) {
    if (sheets && !sheets.includes(name)) continue;
    const e = entries.find((x) => x.name === part);
    out.set(name, e ? sheetCells(readEntryText(buf, e), strings) : new Map());
  }
  return out;
}
