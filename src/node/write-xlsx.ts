/**
 * Node adapter, writing: the table models (src/table) rendered into the user's workbook with
 * exceljs, saved as a new file. Values and formats only — never a formula.
 *
 *  - Earlier add-in sheets of the same names are removed after their reviewer input (考评得分,
 *    考评意见) is taken over into the new models, matched by 指标编号.
 *  - The new sheets are appended after the user's sheets (whose order and content are left as they
 *    are; only their "selected tab" flag is cleared so that the indicator table opens active and
 *    Excel does not open with grouped sheets).
 *  - exceljs writes internal hyperlinks wrongly (an external relationship plus a location), so the
 *    saved package is patched: links of our sheets become plain `location` links.
 */
import ExcelJS from "exceljs";
import { cellAddress, sheetRef } from "../core/grid";
import {
  BODY_FONT_SIZE,
  INDICATOR_SHEET,
  STYLES,
  carryOverReviewerInput,
  type CellModel,
  type SheetModel,
  type StyleName,
} from "../table";
import type { Sheet } from "../core/grid";
import { outputBase, outputNames, ownSheetNames, renameModels } from "./own-sheets";
import { sheetFromWorksheet } from "./read-xlsx";
import { writeFileAtomic } from "./files";
import { attrs, worksheetParts } from "./package-xml";
import { listZip, readText, rewriteZip } from "./zip";

export { carryOverReviewerInput } from "../table";
export { worksheetParts } from "./package-xml";

export interface WriteOptions {
  /** Called with each warning (reviewer input that could not be placed, …). */
  onWarning?: (message: string) => void;
  /** Font of the written sheets; "等线" (Excel's default for Chinese) when absent. */
  fontName?: string;
  /** Sheet aliases the report was made with (see gridsForScoring): alias → real name. */
  aliases?: Map<string, string>;
}

export const DEFAULT_FONT = "等线";
const BORDER_COLOR = "FF808080";

/**
 * The re-scoring step on an exceljs workbook: the tool's own earlier output sheets (see
 * ownSheetNames: a bureau's sheet of the same name is not one), and reviewer input from them
 * carried into the new models, matched by base name (see carryOverReviewerInput).
 */
export function takeReviewerInput(workbook: ExcelJS.Workbook, models: SheetModel[]): { models: SheetModel[]; warnings: string[]; own: Set<string> } {
  const candidates = workbook.worksheets.filter((ws) => outputBase(ws.name)).map((ws) => sheetFromWorksheet(ws));
  const own = ownSheetNames({ sheets: candidates }, models);
  const previous = models
    .map((m) => {
      const base = outputBase(m.name);
      const old = candidates.find((s) => own.has(s.name) && s.name === base) ?? candidates.find((s) => own.has(s.name) && outputBase(s.name) === base);
      return old ? { ...old, name: m.name } : undefined;
    })
    .filter((s): s is Sheet => !!s);
  const out = carryOverReviewerInput(previous, models);
  return { models: out.models, warnings: out.warnings, own };
}

function excelStyle(name: StyleName, fontName: string): Partial<ExcelJS.Style> {
  const s = STYLES[name];
  const font: Partial<ExcelJS.Font> = { name: fontName, size: s.size ?? BODY_FONT_SIZE };
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.underline) font.underline = true;
  if (s.color) font.color = { argb: `FF${s.color}` };
  const style: Partial<ExcelJS.Style> = {
    font,
    alignment: { horizontal: s.hAlign, vertical: s.vAlign, wrapText: s.wrap },
  };
  if (s.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${s.fill}` } };
  if (s.border) {
    const side: Partial<ExcelJS.Border> = { style: "thin", color: { argb: BORDER_COLOR } };
    style.border = { top: side, left: side, bottom: side, right: side };
  }
  return style;
}

/** Excel's limit on the text of one cell; a longer one makes the file fail to open. */
export const MAX_CELL_TEXT = 32767;

/** The value exceljs is given: literal numbers and strings only (never `{ formula }`), text cut to Excel's limit. */
function literal(cell: CellModel): string | number | null {
  if (cell.value === null || cell.value === undefined) return null;
  if (typeof cell.value === "number") return Number.isFinite(cell.value) ? cell.value : null;
  const text = String(cell.value);
  if (text.length <= MAX_CELL_TEXT) return text;
  // Cut on a code point (no half surrogate pair), leaving room for the ellipsis.
  let cut = MAX_CELL_TEXT - 1;
  if (/[\uD800-\uDBFF]/.test(text[cut - 1])) cut--;
  return `${text.slice(0, cut)}…`;
}

/** Adds one model as a new worksheet. `sheetNames`: sheets a link may point to. */
export function renderSheet(
  workbook: ExcelJS.Workbook,
  model: SheetModel,
  sheetNames: Set<string>,
  fontName = DEFAULT_FONT,
): ExcelJS.Worksheet {
  const { freeze } = model;
  const ws = workbook.addWorksheet(model.name, {
    properties: { tabColor: { argb: "FF4472C4" } },
    views: [
      freeze.rows > 0 || freeze.cols > 0
        ? {
            state: "frozen",
            xSplit: freeze.cols,
            ySplit: freeze.rows,
            topLeftCell: cellAddress(freeze.rows, freeze.cols),
            activeCell: cellAddress(freeze.rows, freeze.cols),
          }
        : { state: "normal" },
    ],
  });
  const p = model.print;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: p.landscape ? "landscape" : "portrait",
    fitToPage: p.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: p.margins,
    ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows[0]}:${p.repeatRows[1]}` } : {}),
  };
  if (p.footer) ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${p.footer}` };

  model.columns.forEach((col, c) => {
    const column = ws.getColumn(c + 1);
    column.width = col.width;
    if (col.hidden) column.hidden = true;
  });

  const styles = new Map<StyleName, Partial<ExcelJS.Style>>();
  const styleOf = (name: StyleName) => {
    let s = styles.get(name);
    if (!s) styles.set(name, (s = excelStyle(name, fontName)));
    return s;
  };

  model.rows.forEach((row, r) => {
    const xr = ws.getRow(r + 1);
    const h = model.rowHeights[r];
    if (h !== undefined) xr.height = h;
    row.forEach((cell, c) => {
      const xc = xr.getCell(c + 1);
      const value = literal(cell);
      const linked = !!cell.link && value !== null && sheetNames.has(cell.link.sheet);
      if (linked) {
        xc.value = { text: String(value), hyperlink: `#${sheetRef(cell.link!.sheet, cell.link!.cell)}` };
      } else if (value !== null) {
        xc.value = value;
      }
      // A link to a sheet the workbook does not have is written as plain text.
      const styleName = cell.style === "link" && !linked ? "text" : (cell.style ?? "text");
      // A fresh style object per cell: exceljs mutates cell.style when numFmt is set.
      const style: Partial<ExcelJS.Style> = { ...styleOf(styleName) };
      const numFmt = cell.forceText ? "@" : cell.numFmt;
      if (numFmt) style.numFmt = numFmt;
      xc.style = style;
    });
  });

  for (const m of model.merges) {
    ws.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }

  if (model.dataBar) {
    const db = model.dataBar;
    // No `gradient`: exceljs then writes the x14 extension Excel expects without a repair prompt.
    const rule = {
      type: "dataBar",
      priority: 1,
      cfvo: [
        { type: "num", value: db.min },
        { type: "num", value: db.max },
      ],
      color: { argb: `FF${db.color}` },
    } as unknown as ExcelJS.ConditionalFormattingRule;
    ws.addConditionalFormatting({ ref: db.range, rules: [rule] });
  }

  // exceljs has sheet-level validations (one entry per range) but does not declare them.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of model.validations ?? []) {
    const common = {
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: "warning" as const,
      showInputMessage: !!v.prompt,
      ...(v.prompt ? { prompt: v.prompt } : {}),
    };
    if (v.kind === "decimal") {
      validations.add(v.range, {
        ...common,
        type: "decimal",
        operator: "between",
        formulae: [v.min, v.max],
        error: `请输入 ${v.min} 到 ${v.max} 之间的分数`,
      });
    } else {
      validations.add(v.range, {
        ...common,
        type: "list",
        formulae: [`"${v.options.join(",")}"`],
        error: `请选择：${v.options.join("、")}`,
      });
    }
  }

  if (model.autoFilter) ws.autoFilter = model.autoFilter;
  return ws;
}

/** Renders the models into the workbook (in memory): replaces earlier scored sheets, keeps reviewer input. */
export function applyScoredSheets(workbook: ExcelJS.Workbook, sheets: SheetModel[], options: WriteOptions = {}): SheetModel[] {
  const taken = takeReviewerInput(workbook, sheets);
  taken.warnings.forEach((w) => options.onWarning?.(w));
  // Only the tool's own earlier outputs are replaced; the new ones are named around a bureau's.
  for (const name of taken.own) {
    const old = outputBase(name) ? workbook.getWorksheet(name) : undefined;
    if (old) workbook.removeWorksheet(old.id);
  }
  const finalNames = outputNames(
    workbook.worksheets.map((ws) => ws.name),
    new Set(),
    taken.models.map((m) => m.name),
  );
  const models = renameModels(taken.models, finalNames, options.aliases ?? new Map());
  const names = new Set<string>([...workbook.worksheets.map((ws) => ws.name), ...models.map((m) => m.name)]);
  const added = models.map((m) => renderSheet(workbook, m, names, options.fontName ?? DEFAULT_FONT));

  // The indicator table opens active; no other tab stays selected.
  const active = added.find((ws) => ws.name === finalNames.get(INDICATOR_SHEET)) ?? added[0];
  if (active) {
    for (const ws of workbook.worksheets) {
      type View = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };
      const views = (ws.views ?? []) as View[];
      if (views.length) ws.views = views.map((v) => ({ ...v, tabSelected: ws === active })) as ExcelJS.WorksheetView[];
      else if (ws === active) ws.views = [{ tabSelected: true } as View as ExcelJS.WorksheetView];
    }
    const index = workbook.worksheets.indexOf(active);
    const view = (workbook.views && workbook.views[0]) || { x: 0, y: 0, width: 28800, height: 17000, visibility: "visible" };
    workbook.views = [{ ...view, firstSheet: 0, activeTab: index } as ExcelJS.WorkbookView];
  }
  return models;
}

/** Serialises the workbook (with internal hyperlinks of `linkSheets` fixed). */
export async function workbookBuffer(workbook: ExcelJS.Workbook, linkSheets: string[]): Promise<Buffer> {
  const raw = Buffer.from(await workbook.xlsx.writeBuffer());
  return fixInternalHyperlinks(raw, linkSheets);
}

/**
 * Adds the scored sheets to the workbook and saves it to `outPath` atomically (see
 * writeFileAtomic). The workbook object is modified in memory; the source file is not touched.
 */
export async function writeScoredWorkbook(
  workbook: ExcelJS.Workbook,
  sheets: SheetModel[],
  outPath: string,
  options: WriteOptions = {},
): Promise<void> {
  const models = applyScoredSheets(workbook, sheets, options);
  const buf = await workbookBuffer(workbook, models.map((m) => m.name));
  await writeFileAtomic(outPath, buf);
}

// ---------------------------------------------------------------------------------------------
// Package patch: internal hyperlinks

/**
 * exceljs writes a link to "#'Sheet'!A1" as an external relationship (and sometimes a location as
 * well), which Excel resolves as a file name. Rewrite such links on the given sheets as
 * `<hyperlink ref location>` with no relationship — what Excel itself writes.
 */
export function fixInternalHyperlinks(buf: Buffer, sheetNames: string[]): Buffer {
  const entries = listZip(buf);
  const parts = worksheetParts(buf);
  const replace = new Map<string, Buffer | null>();
  for (const name of sheetNames) {
    const part = parts.get(name);
    if (!part) continue;
    const relsPath = part.replace(/([^/]+)$/, "_rels/$1.rels");
    const xml = readText(buf, entries, part);
    const rels = readText(buf, entries, relsPath);
    if (!xml || !rels || !xml.includes("<hyperlink")) continue;
    const relById = new Map<string, Map<string, string>>();
    for (const m of rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
      const a = attrs(m[1]);
      if (a.get("Id")) relById.set(a.get("Id")!, a);
    }
    const drop = new Set<string>();
    const fixed = xml.replace(/<hyperlink\b([^>]*?)\/>/g, (whole, inner: string) => {
      const a = attrs(inner);
      const rid = a.get("r:id");
      const rel = rid ? relById.get(rid) : undefined;
      const target = rel?.get("Target");
      if (!rid || !rel || !/\/hyperlink$/.test(rel.get("Type") ?? "") || !target || !target.startsWith("#")) return whole;
      drop.add(rid);
      const tooltip = a.get("tooltip");
      return `<hyperlink ref="${a.get("ref")}" location="${target.slice(1)}"${tooltip ? ` tooltip="${tooltip}"` : ""}/>`;
    });
    if (drop.size === 0) continue;
    const keptRels = rels.replace(/<Relationship\b([^>]*?)\/>/g, (whole, inner: string) => (drop.has(attrs(inner).get("Id") ?? "") ? "" : whole));
    replace.set(part, Buffer.from(fixed, "utf8"));
    // A rels part left without relationships is dropped.
    replace.set(relsPath, /<Relationship\b/.test(keptRels) ? Buffer.from(keptRels, "utf8") : null);
  }
  return replace.size ? rewriteZip(buf, replace) : buf;
}
