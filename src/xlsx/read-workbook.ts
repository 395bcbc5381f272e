/**
 * An .xlsx package's bytes → the grids the ledger reader needs (src/core/grid.ts), without Node
 * and without a model of the workbook: the small parts (workbook, relationships, styles, shared
 * strings) are read first, then each worksheet is inflated and parsed as a stream, sheet by sheet.
 * The CLI (src/node/read-xlsx.ts) and the web page's worker both call `readXlsx`.
 */
import type { Sheet, WorkbookGrids } from "../core/grid";
import { XmlReadError, decodeExcelEscapes, parseXml } from "./read-xml";
import { fastXmlParser } from "./read-scan";
import { NO_STYLES, readStyles, type CellStyles } from "./read-styles";
import { sheetParser } from "./read-sheet";
import { ZipReadError, entryText, looksLikeZip, streamEntryText, zipDirectory, type ZipDirEntry } from "./read-zip";

export type XlsxProblem = "legacyXls" | "encrypted" | "notXlsx" | "corrupt" | "tooLarge";

/** The bytes are not a workbook this reader can read; `detail` is for developers. */
export class XlsxReadError extends Error {
  override readonly name = "XlsxReadError";
  constructor(
    readonly reason: XlsxProblem,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

/** Why a package cannot be read, "中文" and "English" (the caller adds the file's name). */
export const PROBLEM_TEXT: Record<Exclude<XlsxProblem, "tooLarge">, [string, string]> = {
  encrypted: ["工作簿设置了打开密码，请在 Excel 中取消密码后再试", "the workbook is password-protected; remove the password in Excel and try again"],
  legacyXls: ["这是旧版 .xls 格式，请在 Excel 中另存为 .xlsx 后再试", "this is a legacy .xls file; save it as .xlsx in Excel and try again"],
  notXlsx: ["这不是 Excel 工作簿（.xlsx）", "not an Excel workbook (.xlsx)"],
  corrupt: ["文件已损坏或格式不受支持", "the file is damaged or in an unsupported format"],
};

const ODS_TEXT: [string, string] = ["这是 OpenDocument（.ods）表格，请另存为 .xlsx 后再试", "this is an OpenDocument (.ods) spreadsheet; save it as .xlsx and try again"];
const BROKEN_ZIP_TEXT: [string, string] = ["文件已损坏（压缩包结构不完整）", "the file is damaged (broken zip structure)"];

function fail(reason: XlsxProblem, [zh, en]: [string, string], detail?: string): XlsxReadError {
  return new XlsxReadError(reason, `${zh} / ${en}`, detail);
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Does `bytes` contain `needle`? (a plain scan: only run on the small legacy-format files) */
function contains(bytes: Uint8Array, needle: number[]): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const ENCRYPTION_INFO = [..."EncryptionInfo"].flatMap((ch) => [ch.charCodeAt(0), 0]);

/**
 * The package's directory, once it is known to be a zip with a workbook part. Throws XlsxReadError
 * for a legacy or encrypted file (both are OLE compound files), a non-zip and a broken zip.
 */
export function xlsxDirectory(bytes: Uint8Array): ZipDirEntry[] {
  if (bytes.length >= 8 && CFB_MAGIC.every((b, i) => bytes[i] === b)) {
    if (contains(bytes, ENCRYPTION_INFO)) throw fail("encrypted", PROBLEM_TEXT.encrypted);
    throw fail("legacyXls", PROBLEM_TEXT.legacyXls);
  }
  if (!looksLikeZip(bytes)) throw fail("notXlsx", PROBLEM_TEXT.notXlsx);
  let entries: ZipDirEntry[];
  try {
    entries = zipDirectory(bytes);
  } catch (e) {
    throw fail("corrupt", BROKEN_ZIP_TEXT, String(e));
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has("xl/workbook.xml")) {
    if (names.has("content.xml") && names.has("mimetype")) throw fail("notXlsx", ODS_TEXT);
    throw fail("notXlsx", PROBLEM_TEXT.notXlsx);
  }
  return entries;
}

/** What reading the cells will hold at once: the uncompressed sheets and shared strings. */
export function sheetDataSize(entries: ZipDirEntry[]): number {
  return entries.filter((e) => /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(e.name)).reduce((n, e) => n + e.size, 0);
}

export interface XlsxReadOptions {
  /** Keep number formats in the grids (default true; the ledger reader does not need them). */
  formats?: boolean;
  /** Called after each sheet is read (progress; the sheet's XML is already gone). */
  onSheet?: (sheet: Sheet, index: number, count: number) => void;
}

export interface XlsxRead {
  grids: WorkbookGrids;
  /** Formula cells without a cached result, per sheet (read as blank). */
  noResult: { sheet: string; count: number }[];
  /** Some sheet draws sparklines / links to cells of this workbook. */
  sparklines: boolean;
  internalLinks: boolean;
  entries: ZipDirEntry[];
}

interface Rel {
  type: string;
  /** The part it points to, as a package path (the target as written when external). */
  target: string;
  /** The target as written. */
  raw: string;
  external: boolean;
}

/** `target` of a relationship of the part `from`, as a package path ("../media/a.png" from xl/x.xml → xl/media/a.png). */
function resolveTarget(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

function relsPath(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

function readRels(bytes: Uint8Array, byName: Map<string, ZipDirEntry>, part: string): Map<string, Rel> {
  const out = new Map<string, Rel>();
  const e = byName.get(relsPath(part));
  if (!e) return out;
  parseXml(e.name, entryText(bytes, e), {
    open(name, a) {
      if (name !== "Relationship" || a.Id === undefined || a.Target === undefined) return;
      const external = a.TargetMode === "External";
      out.set(a.Id, { type: a.Type ?? "", target: external ? a.Target : resolveTarget(part, a.Target), raw: a.Target, external });
    },
  });
  return out;
}

interface SheetEntry {
  name: string;
  hidden: boolean;
  part: string | undefined;
}

function readWorkbookPart(xml: string, rels: Map<string, Rel>): { sheets: SheetEntry[]; date1904: boolean } {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parseXml("xl/workbook.xml", xml, {
    open(name, a) {
      if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
      else if (name === "sheet") {
        const rel = rels.get(a["r:id"] ?? "");
        // Chart sheets and dialog sheets have no cells.
        const part = rel && !rel.external && /\/worksheet$/.test(rel.type) ? rel.target : undefined;
        sheets.push({ name: a.name ?? "", hidden: a.state === "hidden" || a.state === "veryHidden", part });
      }
    },
  });
  return { sheets, date1904 };
}

/** The shared strings, each item's text (its runs joined; phonetic guides left out). */
function readSharedStrings(bytes: Uint8Array, e: ZipDirEntry): string[] {
  const out: string[] = [];
  let direct: string | undefined;
  let runs: string | undefined;
  let depth = 0; // 1 inside <si>
  let inRun = false;
  let inPhonetic = false;
  let text: string | undefined;
  const p = fastXmlParser(e.name, {
    open(name) {
      switch (name) {
        case "si":
          depth = 1;
          direct = undefined;
          runs = undefined;
          return;
        case "r":
          inRun = true;
          return;
        case "rPh":
          inPhonetic = true;
          return;
        case "t":
          if (depth === 1 && !inPhonetic) text = "";
          return;
        default:
          return;
      }
    },
    text(t) {
      if (text !== undefined) text += t;
    },
    close(name) {
      switch (name) {
        case "t":
          if (text !== undefined) {
            const decoded = decodeExcelEscapes(text);
            if (inRun) runs = (runs ?? "") + decoded;
            else direct = decoded;
          }
          text = undefined;
          return;
        case "r":
          inRun = false;
          return;
        case "rPh":
          inPhonetic = false;
          return;
        case "si":
          // A plain <t> wins over runs, as Excel writes one or the other.
          out.push(direct ?? runs ?? "");
          depth = 0;
          return;
        default:
          return;
      }
    },
  });
  streamEntryText(bytes, e, (t) => p.write(t));
  p.end();
  return out;
}

function findPart(rels: Map<string, Rel>, type: string, fallback: string): string {
  for (const r of rels.values()) if (!r.external && r.type.endsWith(`/${type}`)) return r.target;
  return fallback;
}

/**
 * Reads every worksheet of the package into a grid, in tab order. Throws XlsxReadError
 * ("legacyXls", "encrypted", "notXlsx", "corrupt").
 */
export function readXlsx(bytes: Uint8Array, options: XlsxReadOptions = {}, entries: ZipDirEntry[] = xlsxDirectory(bytes)): XlsxRead {
  try {
    return readParts(bytes, entries, options);
  } catch (e) {
    if (e instanceof ZipReadError || e instanceof XmlReadError) throw fail("corrupt", PROBLEM_TEXT.corrupt, e.message);
    throw e;
  }
}

function readParts(bytes: Uint8Array, entries: ZipDirEntry[], options: XlsxReadOptions): XlsxRead {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const wbPart = "xl/workbook.xml";
  const wbRels = readRels(bytes, byName, wbPart);
  const { sheets, date1904 } = readWorkbookPart(entryText(bytes, byName.get(wbPart) as ZipDirEntry), wbRels);
  const stylesEntry = byName.get(findPart(wbRels, "styles", "xl/styles.xml"));
  const styles: CellStyles = stylesEntry ? readStyles(entryText(bytes, stylesEntry)) : NO_STYLES;
  const stringsEntry = byName.get(findPart(wbRels, "sharedStrings", "xl/sharedStrings.xml"));
  const strings = stringsEntry ? readSharedStrings(bytes, stringsEntry) : [];
  const out: Sheet[] = [];
  const noResult: { sheet: string; count: number }[] = [];
  let sparklines = false;
  let internalLinks = false;
  const readable = sheets.filter((s) => s.part !== undefined && byName.has(s.part));
  readable.forEach((s, index) => {
    const entry = byName.get(s.part as string) as ZipDirEntry;
    const links = new Map<string, string>();
    for (const [id, rel] of readRels(bytes, byName, entry.name)) if (rel.type.endsWith("/hyperlink")) links.set(id, rel.raw);
    const parser = sheetParser(entry.name, { name: s.name, hidden: s.hidden, strings, styles, date1904, links, formats: options.formats !== false });
    streamEntryText(bytes, entry, (t) => parser.write(t));
    const read = parser.end();
    out.push(read.sheet);
    if (read.noResult) noResult.push({ sheet: s.name, count: read.noResult });
    sparklines ||= read.sparklines;
    internalLinks ||= read.internalLinks;
    options.onSheet?.(read.sheet, index, readable.length);
  });
  return { grids: { sheets: out }, noResult, sparklines, internalLinks, entries };
}
