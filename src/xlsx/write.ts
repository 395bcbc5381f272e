/**
 * The package writer (pure: Node and the browser): the bureau's .xlsx/.xlsm bytes plus table models
 * → a new package that is the original plus new parts. Every entry is copied as it is stored (the
 * same compressed bytes) except the workbook part, its relationships, the content types, the app
 * properties and the styles (appended to, never renumbered); each model becomes a new worksheet
 * part. So charts, notes, pivots, images, macros, x14 validations, defined names and every value of
 * the bureau's sheets survive exactly, and .xlsm stays .xlsm (the workbook's content type is kept).
 *
 * A sheet of the tool's own (an earlier output, the settings sheet) is replaced in place: same tab
 * position, same part, same relationship; its old relationships part is dropped (a reviewer's notes
 * on the old table do not attach to the new one). New sheets are appended after the last sheet.
 */
import type { SheetModel } from "../table/model";
import { CONTENT_TYPE, REL_TYPE, relsPathOf, text, type PackageInfo, type WorkbookSheet } from "./package";
import { sheetXml, type SheetDefinedName } from "./sheet-xml";
import { DEFAULT_FONT, EMPTY_STYLESHEET, StylesAppender } from "./styles";
import { writeZip, type OutEntry } from "./zip";
import { attrs, escapeXml, prefixForNamespace, prefixOf, unescapeXml } from "./xml";

export interface Placement {
  model: SheetModel;
  /** The existing sheet (the tool's own) whose place and part the model takes; absent: appended. */
  replaces?: WorkbookSheet;
}

export interface RewriteOptions {
  /** Font of the written sheets; "等线" (Excel's default for Chinese) when absent. */
  fontName?: string;
}

const BUILTIN_PER_SHEET = new Set(["_xlnm.Print_Area", "_xlnm.Print_Titles", "_xlnm._FilterDatabase"]);
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The package with the placements written; see the file comment. */
export function rewritePackage(pkg: PackageInfo, placements: Placement[], options: RewriteOptions = {}): Uint8Array {
  const changed = new Map<string, string>();
  const dropped = new Set<string>();
  const added: OutEntry[] = [];
  const wbDir = pkg.workbookPart.slice(0, pkg.workbookPart.lastIndexOf("/") + 1);
  const relsP = prefixOf(pkg.relsXml, "Relationship");
  let relsXml =
    pkg.relsXml ||
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  let contentTypes = text(pkg, "[Content_Types].xml") ?? "";
  const ctP = prefixOf(contentTypes, "Types");
  const usedIds = new Set(pkg.rels.map((r) => r.id));
  let nextRel = 1;
  const newRelId = () => {
    while (usedIds.has(`rId${nextRel}`)) nextRel++;
    usedIds.add(`rId${nextRel}`);
    return `rId${nextRel}`;
  };
  const addRel = (type: string, target: string) => {
    const id = newRelId();
    const end = relsXml.lastIndexOf(`</${relsP}Relationships>`);
    relsXml = `${relsXml.slice(0, end)}<${relsP}Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>${relsXml.slice(end)}`;
    return id;
  };
  const addOverride = (part: string, type: string) => {
    const end = contentTypes.lastIndexOf(`</${ctP}Types>`);
    contentTypes = `${contentTypes.slice(0, end)}<${ctP}Override PartName="/${escapeXml(part)}" ContentType="${type}"/>${contentTypes.slice(end)}`;
  };

  // Styles: appended to, or a fresh part when the package has none.
  let stylesPart = pkg.rels.find((r) => r.type === REL_TYPE.styles)?.part;
  const stylesXml = stylesPart ? text(pkg, stylesPart) : undefined;
  if (!stylesPart || stylesXml === undefined) {
    stylesPart = `${wbDir}styles.xml`;
    for (let n = 2; pkg.byName.has(stylesPart); n++) stylesPart = `${wbDir}styles${n}.xml`;
    addRel(REL_TYPE.styles, stylesPart.slice(wbDir.length));
    addOverride(stylesPart, CONTENT_TYPE.styles);
  }
  const styles = new StylesAppender(stylesXml ?? EMPTY_STYLESHEET, options.fontName ?? DEFAULT_FONT);

  // The sheet list after the write: existing sheets (replaced ones renamed), then new ones.
  const wbXml = pkg.workbookXml;
  const sp = prefixOf(wbXml, "sheets");
  let relPrefix = prefixForNamespace(wbXml, REL_NS);
  let rootNs = "";
  if (relPrefix === undefined || relPrefix === "") {
    relPrefix = "r";
    if (prefixForNamespace(wbXml, REL_NS) !== "r") rootNs = ` xmlns:r="${REL_NS}"`;
  }
  const elements = pkg.sheets.map((s) => s.element);
  const names = pkg.sheets.map((s) => s.name);
  const replacedIndex = new Set<number>();
  let nextSheetId = Math.max(0, ...pkg.sheets.map((s) => (Number.isFinite(s.sheetId) ? s.sheetId : 0))) + 1;
  const usedParts = new Set(pkg.entries.map((e) => e.name));
  let nextPart = 1;
  const sheetElement = (name: string, sheetId: number, rid: string, hidden: boolean, rest = "") =>
    `<${sp}sheet name="${escapeXml(name)}" sheetId="${sheetId}"${hidden ? ' state="hidden"' : ""}${rest} ${relPrefix}:id="${rid}"/>`;
  const jobs: { model: SheetModel; index: number; part: string }[] = [];
  for (const pl of placements) {
    const old = pl.replaces;
    const at = old ? pkg.sheets.indexOf(old) : -1;
    if (old && at >= 0 && old.part && !replacedIndex.has(at)) {
      replacedIndex.add(at);
      // Same id and relationship; the name and state follow the model; other attributes are kept.
      const a = attrs(old.element.replace(/^<[\w:.-]+\s*|\/?>$/g, ""));
      const rest = [...a]
        .filter(([k]) => !["name", "sheetId", "state"].includes(k) && !k.endsWith(":id"))
        .map(([k, v]) => ` ${k}="${v}"`)
        .join("");
      elements[at] = sheetElement(pl.model.name, old.sheetId, old.rid, !!pl.model.hidden, rest);
      names[at] = pl.model.name;
      jobs.push({ model: pl.model, index: at, part: old.part });
      dropped.add(relsPathOf(old.part));
      continue;
    }
    let part: string;
    do part = `${wbDir}worksheets/sheet${nextPart++}.xml`;
    while (usedParts.has(part));
    usedParts.add(part);
    const rid = addRel(REL_TYPE.worksheet, part.slice(wbDir.length));
    addOverride(part, CONTENT_TYPE.worksheet);
    elements.push(sheetElement(pl.model.name, nextSheetId++, rid, !!pl.model.hidden));
    names.push(pl.model.name);
    jobs.push({ model: pl.model, index: elements.length - 1, part });
  }

  const linkable = new Set(names);
  const newNames: { name: string; sheet: number; def: SheetDefinedName }[] = [];
  for (const job of jobs) {
    const out = sheetXml(job.model, styles, linkable, job.index);
    for (const def of out.definedNames) newNames.push({ name: def.name, sheet: job.index, def });
    if (pkg.byName.has(job.part)) changed.set(job.part, out.xml);
    else added.push({ name: job.part, content: out.xml });
  }

  // workbook.xml: the sheet list and the per-sheet names of the written sheets.
  let wb = wbXml;
  const sheetsOpen = new RegExp(`<${sp}sheets\\b[^>]*?(/?)>`).exec(wb);
  if (!sheetsOpen) throw new Error("workbook part without a sheet list");
  const sheetsEnd = sheetsOpen[1] === "/" ? sheetsOpen.index + sheetsOpen[0].length : wb.indexOf(`</${sp}sheets>`, sheetsOpen.index) + `</${sp}sheets>`.length;
  const openTag = sheetsOpen[1] === "/" ? sheetsOpen[0].replace(/\s*\/>$/, ">") : sheetsOpen[0];
  wb = `${wb.slice(0, sheetsOpen.index)}${openTag}${elements.join("")}</${sp}sheets>${wb.slice(sheetsEnd)}`;
  wb = rewriteDefinedNames(wb, sp, replacedIndex, newNames);
  if (rootNs) wb = wb.replace(new RegExp(`<(${sp}workbook)\\b`), `<$1${rootNs}`);
  changed.set(pkg.workbookPart, wb);
  changed.set(pkg.relsPart, relsXml);
  changed.set("[Content_Types].xml", contentTypes);
  const sheetNamesOnly = names.filter((_, i) => i >= pkg.sheets.length || pkg.sheets[i].part);
  const appXml = text(pkg, "docProps/app.xml");
  if (appXml !== undefined) {
    const app = updateAppXml(appXml, pkg.sheets.filter((s) => s.part).length, sheetNamesOnly);
    if (app !== appXml) changed.set("docProps/app.xml", app);
  }
  const stylesOut = styles.result();
  if (pkg.byName.has(stylesPart)) changed.set(stylesPart, stylesOut);
  else added.unshift({ name: stylesPart, content: stylesOut });

  const out: OutEntry[] = [];
  for (const e of pkg.entries) {
    if (dropped.has(e.name)) continue;
    const c = changed.get(e.name);
    out.push(c !== undefined ? { name: e.name, content: c, dated: e } : { name: e.name, copyOf: e });
  }
  if (!pkg.byName.has(pkg.relsPart)) out.push({ name: pkg.relsPart, content: relsXml });
  out.push(...added);
  return writeZip(pkg.bytes, out);
}

/**
 * Drops the print area / titles / filter names of the replaced sheets and adds the new sheets'
 * ones; every other name (sheet-level ones included) is kept as written.
 */
function rewriteDefinedNames(wb: string, p: string, replaced: Set<number>, added: { sheet: number; def: SheetDefinedName }[]): string {
  const re = new RegExp(`<${p}definedName\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}definedName>)`, "g");
  const kept: string[] = [];
  let found = false;
  for (const m of wb.matchAll(re)) {
    found = true;
    const a = attrs(m[1]);
    const local = a.get("localSheetId");
    if (local !== undefined && replaced.has(Number(local)) && BUILTIN_PER_SHEET.has(unescapeXml(a.get("name") ?? ""))) continue;
    kept.push(m[0]);
  }
  for (const { sheet, def } of added) {
    kept.push(`<${p}definedName name="${def.name}" localSheetId="${sheet}"${def.hidden ? ' hidden="1"' : ""}>${escapeXml(def.value)}</${p}definedName>`);
  }
  if (!found && added.length === 0) return wb;
  const block = kept.length ? `<${p}definedNames>${kept.join("")}</${p}definedNames>` : "";
  const existing = new RegExp(`<${p}definedNames\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}definedNames>)`).exec(wb);
  if (existing) return wb.slice(0, existing.index) + block + wb.slice(existing.index + existing[0].length);
  // After the sheet list and the elements CT_Workbook puts before the names.
  let at = wb.indexOf(`</${p}sheets>`) + `</${p}sheets>`.length;
  for (const el of ["functionGroups", "externalReferences"]) {
    const m = new RegExp(`<${p}${el}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${el}>)`).exec(wb);
    if (m) at = Math.max(at, m.index + m[0].length);
  }
  return wb.slice(0, at) + block + wb.slice(at);
}

/**
 * docProps/app.xml lists the worksheets (TitlesOfParts, counted in HeadingPairs): the list is
 * brought up to date; a layout it does not recognise is left as it is (the part is informative).
 */
export function updateAppXml(xml: string, oldCount: number, sheetNames: string[]): string {
  const heading = /<HeadingPairs>\s*<vt:vector\b[^>]*>([\s\S]*?)<\/vt:vector>\s*<\/HeadingPairs>/.exec(xml);
  const titles = /<TitlesOfParts>\s*<vt:vector\b([^>]*)>([\s\S]*?)<\/vt:vector>\s*<\/TitlesOfParts>/.exec(xml);
  if (!heading || !titles) return xml;
  const pairs = [...heading[1].matchAll(/<vt:variant>\s*<vt:lpstr>([^<]*)<\/vt:lpstr>\s*<\/vt:variant>\s*<vt:variant>\s*<vt:i4>(\d+)<\/vt:i4>\s*<\/vt:variant>/g)];
  let offset = 0;
  const pair = pairs.find((m) => {
    if (/^(Worksheets|工作表)$/.test(m[1])) return true;
    offset += Number(m[2]);
    return false;
  });
  if (!pair || Number(pair[2]) !== oldCount) return xml;
  const items = [...titles[2].matchAll(/<vt:lpstr>[^<]*<\/vt:lpstr>|<vt:lpstr\/>/g)].map((m) => m[0]);
  if (items.length < offset + oldCount) return xml;
  const next = [...items.slice(0, offset), ...sheetNames.map((n) => `<vt:lpstr>${escapeXml(n)}</vt:lpstr>`), ...items.slice(offset + oldCount)];
  const pairXml = pair[0].replace(/<vt:i4>\d+<\/vt:i4>/, `<vt:i4>${sheetNames.length}</vt:i4>`);
  const newHeading = heading[0].replace(pair[0], pairXml);
  const titleAttrs = titles[1].replace(/size="\d+"/, `size="${next.length}"`);
  const newTitles = `<TitlesOfParts><vt:vector${titleAttrs}>${next.join("")}</vt:vector></TitlesOfParts>`;
  return xml.replace(heading[0], newHeading).replace(titles[0], newTitles);
}
