/**
 * The parts of an xlsx/xlsm package the writer reads: where the workbook part is, its sheets (name,
 * id, relationship, part, state), its relationships, and the content types. Pure.
 */
import { listEntries, readEntryText, type ZipEntry } from "./zip";
import { attrs, prefixOf, unescapeXml } from "./xml";

export const REL_TYPE = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The target as a package path ("xl/worksheets/sheet1.xml"); undefined for external targets. */
  part?: string;
}

export interface WorkbookSheet {
  name: string;
  sheetId: number;
  rid: string;
  /** The `<sheet …/>` element as written. */
  element: string;
  hidden: boolean;
  /** Package path of the worksheet part (undefined for a chart sheet or a broken relationship). */
  part?: string;
}

export interface PackageInfo {
  bytes: Uint8Array;
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
  workbookPart: string;
  workbookXml: string;
  relsPart: string;
  relsXml: string;
  rels: Relationship[];
  sheets: WorkbookSheet[];
}

export class PackageError extends Error {
  override readonly name = "PackageError";
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of its source part. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = sourcePart.slice(0, sourcePart.lastIndexOf("/") + 1);
  const out: string[] = [];
  for (const seg of (base + target).split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

export function parseRels(xml: string, sourcePart: string): Relationship[] {
  const p = prefixOf(xml, "Relationship");
  const out: Relationship[] = [];
  for (const m of xml.matchAll(new RegExp(`<${p}Relationship\\b([^>]*?)/?>`, "g"))) {
    const a = attrs(m[1]);
    const id = a.get("Id");
    const target = unescapeXml(a.get("Target") ?? "");
    if (!id) continue;
    const external = a.get("TargetMode") === "External";
    out.push({ id, type: a.get("Type") ?? "", target, external, part: external ? undefined : resolveTarget(sourcePart, target) });
  }
  return out;
}

export function text(pkg: { bytes: Uint8Array; byName: Map<string, ZipEntry> }, name: string): string | undefined {
  const e = pkg.byName.get(name);
  return e ? readEntryText(pkg.bytes, e) : undefined;
}

/** Reads the package's directory and workbook part. Throws PackageError when it is no workbook. */
export function openPackage(bytes: Uint8Array): PackageInfo {
  const entries = listEntries(bytes);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const pkg = { bytes, byName };
  const rootRels = parseRels(text(pkg, "_rels/.rels") ?? "", "");
  const workbookPart = rootRels.find((r) => r.type === REL_TYPE.officeDocument)?.part ?? "xl/workbook.xml";
  const workbookXml = text(pkg, workbookPart);
  if (workbookXml === undefined) throw new PackageError(`no workbook part (${workbookPart})`);
  const relsPart = relsPathOf(workbookPart);
  const relsXml = text(pkg, relsPart) ?? "";
  const rels = parseRels(relsXml, workbookPart);
  const p = prefixOf(workbookXml, "sheet");
  const sheets: WorkbookSheet[] = [];
  for (const m of workbookXml.matchAll(new RegExp(`<${p}sheet\\b([^>]*?)/?>`, "g"))) {
    const a = attrs(m[1]);
    const rid = [...a].find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1] ?? "";
    const rel = rels.find((r) => r.id === rid);
    sheets.push({
      name: unescapeXml(a.get("name") ?? ""),
      sheetId: Number(a.get("sheetId")),
      rid,
      element: m[0],
      hidden: a.get("state") === "hidden" || a.get("state") === "veryHidden",
      part: rel && rel.type === REL_TYPE.worksheet ? rel.part : undefined,
    });
  }
  return { bytes, entries, byName, workbookPart, workbookXml, relsPart, relsXml, rels, sheets };
}

/** Does the package hold macros (its workbook part is of the macro-enabled type)? */
export function isMacroEnabled(pkg: PackageInfo): boolean {
  const types = text(pkg, "[Content_Types].xml") ?? "";
  const part = `/${pkg.workbookPart}`;
  for (const m of types.matchAll(/<(?:\w+:)?Override\b([^>]*?)\/?>/g)) {
    const a = attrs(m[1]);
    if (a.get("PartName") === part) return /macroEnabled/i.test(a.get("ContentType") ?? "");
  }
  return false;
}
