/**
 * What rewriting a workbook with exceljs would silently break, found by comparing the package read
 * with the package exceljs wrote (in memory, before anything is saved). `map` refuses to write over
 * a workbook when this finds anything; each entry is "中文 / English".
 */
import { attrs, unescapeXml, worksheetParts } from "./package-xml";
import { listZip, readEntry, readText, type ZipEntry } from "./zip";

/** Names exceljs rebuilds itself, per sheet, from the page setup. */
const KEPT_BUILTIN_NAMES = new Set(["_xlnm.Print_Area", "_xlnm.Print_Titles"]);

interface DefinedName {
  name: string;
  sheetId?: string;
  text: string;
}

function definedNames(buf: Buffer, entries: ZipEntry[]): DefinedName[] {
  const xml = readText(buf, entries, "xl/workbook.xml") ?? "";
  return [...xml.matchAll(/<definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g)].map((m) => {
    const a = attrs(m[1]);
    return { name: unescapeXml(a.get("name") ?? ""), sheetId: a.get("localSheetId"), text: unescapeXml(m[2] ?? "") };
  });
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** "A1", "A1:C9", "A:A", "3:5" → a rectangle (1-based, inclusive). */
function rect(ref: string): Rect | undefined {
  const [a, b = a] = ref.replace(/\$/g, "").split(":");
  const part = (s: string): { col?: number; row?: number } | undefined => {
    const m = /^([A-Za-z]{0,3})(\d*)$/.exec(s);
    if (!m || (!m[1] && !m[2])) return undefined;
    return { col: m[1] ? colNumber(m[1]) : undefined, row: m[2] ? Number(m[2]) : undefined };
  };
  const p = part(a);
  const q = part(b);
  if (!p || !q) return undefined;
  return { top: p.row ?? 1, left: p.col ?? 1, bottom: q.row ?? 1048576, right: q.col ?? 16384 };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Does any cell fall under two data validations of one sheet? */
function overlappingValidations(xml: string): boolean {
  const rects: Rect[] = [];
  for (const m of xml.matchAll(/<dataValidation\b([^>]*)>/g)) {
    for (const ref of (attrs(m[1]).get("sqref") ?? "").split(/\s+/).filter(Boolean)) {
      const r = rect(ref);
      if (r) rects.push(r);
    }
  }
  rects.sort((a, b) => a.top - b.top);
  // Sweep by top row: only rectangles still open can overlap the next one.
  const open: Rect[] = [];
  for (const r of rects) {
    for (let i = open.length - 1; i >= 0; i--) if (open[i].bottom < r.top) open.splice(i, 1);
    if (open.some((o) => overlaps(o, r))) return true;
    open.push(r);
  }
  return false;
}

/** What the rewrite `after` of the package `before` loses or corrupts, "中文 / English" each. */
export function rewriteLosses(before: Buffer, after: Buffer): string[] {
  const eb = listZip(before);
  const ea = listZip(after);
  const lost: string[] = [];

  const beforeParts = worksheetParts(before, eb);
  const afterParts = worksheetParts(after, ea);
  const sheetXml = (buf: Buffer, entries: ZipEntry[], part: string | undefined) => {
    const e = part ? entries.find((x) => x.name === part) : undefined;
    return e ? readEntry(buf, e).toString("utf8") : "";
  };
  let x14 = false;
  let duplicated = false;
  for (const [name, part] of beforeParts) {
    const xml = sheetXml(before, eb, part);
    if (/<x14:dataValidations?\b/.test(xml)) x14 = true;
    if (!duplicated && /<dataValidation\b/.test(xml) && !overlappingValidations(xml)) {
      duplicated = overlappingValidations(sheetXml(after, ea, afterParts.get(name)));
    }
  }
  if (x14) lost.push("引用其他工作表的下拉列表（x14 数据验证）/ drop-down lists that refer to another sheet (x14 data validations)");
  if (duplicated) lost.push("数据验证（重写后区域会重叠）/ data validations (their ranges would overlap after the rewrite)");

  const namesBefore = definedNames(before, eb);
  const namesAfter = new Set(definedNames(after, ea).map((n) => n.name));
  if (namesBefore.some((n) => n.sheetId !== undefined && !KEPT_BUILTIN_NAMES.has(n.name))) {
    lost.push("工作表级名称（含筛选区域）/ sheet-level names (including filter ranges)");
  }
  const dropped = namesBefore.filter((n) => !namesAfter.has(n.name) && !KEPT_BUILTIN_NAMES.has(n.name));
  if (dropped.length) {
    const few = dropped.slice(0, 3).map((n) => n.name);
    lost.push(`名称 ${few.join("、")}${dropped.length > 3 ? " 等" : ""} / defined names ${few.join(", ")}${dropped.length > 3 ? ", …" : ""}`);
  }
  return lost;
}
