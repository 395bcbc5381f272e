/**
 * One table model (src/table) → the XML of a new worksheet part: inline strings (the package's
 * shared strings are left alone), styles appended through StylesAppender, internal hyperlinks as
 * `location` links (no relationship part), merges, widths, heights, frozen panes, validations, a
 * data bar, protection without a password and the print setup.
 */
import { cellAddress, columnLetters, sheetRef } from "../core/grid";
import type { CellModel, SheetModel } from "../table/model";
import { TAB_COLOR, VALIDATION_TITLE, validationMessage } from "../table/look";
import type { StylesAppender } from "./styles";
import { escapeCellText, escapeXml } from "./xml";

/** Excel's limit on the text of one cell; a longer one makes the file fail to open. */
export const MAX_CELL_TEXT = 32767;

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const X14_NS = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM_NS = "http://schemas.microsoft.com/office/excel/2006/main";
const X14_CF_URI = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";
const X14_ID_URI = "{B025F937-C7B1-47D3-B67F-A62EFF666E3E}";

/** A workbook-level name the sheet needs (print area, print titles, filter range). */
export interface SheetDefinedName {
  name: "_xlnm.Print_Area" | "_xlnm.Print_Titles" | "_xlnm._FilterDatabase";
  value: string;
  hidden?: boolean;
}

export interface SheetXml {
  xml: string;
  definedNames: SheetDefinedName[];
}

/** Text cut to Excel's limit on a code point (no half surrogate pair), with an ellipsis. */
function fitText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  let cut = MAX_CELL_TEXT - 1;
  if (/[\uD800-\uDBFF]/.test(text[cut - 1])) cut--;
  return `${text.slice(0, cut)}…`;
}

const num = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15))));

/** Serialises `model`; `sheetNames`: the sheets a link may point to (others are written as text). */
export function sheetXml(model: SheetModel, styles: StylesAppender, sheetNames: Set<string>, index: number): SheetXml {
  const ncols = model.columns.length;
  const nrows = model.rows.length;
  const out: string[] = [];
  const links: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" xmlns:x14="${X14_NS}" xmlns:xm="${XM_NS}">`);
  out.push(`<sheetPr><tabColor rgb="${model.hidden ? "FF808080" : `FF${TAB_COLOR}`}"/><pageSetUpPr fitToPage="${model.print.fitToWidth ? 1 : 0}"/></sheetPr>`);
  out.push(`<dimension ref="A1:${cellAddress(Math.max(0, nrows - 1), Math.max(0, ncols - 1))}"/>`);
  const { rows: fr, cols: fc } = model.freeze;
  if (fr > 0 || fc > 0) {
    const tl = cellAddress(fr, fc);
    const pane = fr > 0 && fc > 0 ? "bottomRight" : fr > 0 ? "bottomLeft" : "topRight";
    out.push(
      `<sheetViews><sheetView workbookViewId="0"><pane${fc ? ` xSplit="${fc}"` : ""}${fr ? ` ySplit="${fr}"` : ""} topLeftCell="${tl}" activePane="${pane}" state="frozen"/>` +
        `<selection pane="${pane}" activeCell="${tl}" sqref="${tl}"/></sheetView></sheetViews>`,
    );
  } else {
    out.push(`<sheetViews><sheetView workbookViewId="0"/></sheetViews>`);
  }
  out.push(`<sheetFormatPr defaultRowHeight="15"/>`);
  if (ncols) {
    out.push("<cols>");
    model.columns.forEach((c, i) => out.push(`<col min="${i + 1}" max="${i + 1}" width="${num(c.width)}" customWidth="1"${c.hidden ? ' hidden="1"' : ""}/>`));
    out.push("</cols>");
  }
  out.push("<sheetData>");
  for (let r = 0; r < nrows; r++) {
    const h = model.rowHeights[r];
    out.push(`<row r="${r + 1}"${h !== undefined ? ` ht="${num(h)}" customHeight="1"` : ""}>`);
    const row = model.rows[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      const ref = cellAddress(r, c);
      const linked = !!cell.link && cell.value !== null && cell.value !== "" && sheetNames.has(cell.link.sheet);
      if (linked) links.push(`<hyperlink ref="${ref}" location="${escapeXml(sheetRef(cell.link!.sheet, cell.link!.cell))}"/>`);
      // A link to a sheet the workbook does not have is written as plain text.
      const style = cell.style === "link" && !linked ? "text" : (cell.style ?? "text");
      const s = styles.xfIndex({ style, numFmt: cell.forceText ? "@" : cell.numFmt, unlocked: cell.unlocked });
      out.push(cellXml(ref, s, cell));
    }
    out.push("</row>");
  }
  out.push("</sheetData>");
  if (model.protect) {
    // No password: protection against slips. Formatting rows/columns and filtering stay allowed.
    out.push(`<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" autoFilter="0"/>`);
  }
  const definedNames: SheetDefinedName[] = [];
  if (model.autoFilter) {
    out.push(`<autoFilter ref="${model.autoFilter}"/>`);
    definedNames.push({ name: "_xlnm._FilterDatabase", value: absolute(model.name, model.autoFilter), hidden: true });
  }
  if (model.merges.length) {
    out.push(`<mergeCells count="${model.merges.length}">`);
    for (const m of model.merges) out.push(`<mergeCell ref="${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}"/>`);
    out.push("</mergeCells>");
  }
  const barId = `{0E5C${String(index).padStart(4, "0")}-0000-4000-8000-00000000DA7A}`;
  if (model.dataBar) {
    const db = model.dataBar;
    out.push(
      `<conditionalFormatting sqref="${db.range}"><cfRule type="dataBar" priority="1"><dataBar>` +
        `<cfvo type="num" val="${num(db.min)}"/><cfvo type="num" val="${num(db.max)}"/><color rgb="FF${db.color}"/></dataBar>` +
        `<extLst><ext uri="${X14_ID_URI}"><x14:id>${barId}</x14:id></ext></extLst></cfRule></conditionalFormatting>`,
    );
  }
  const validations = model.validations ?? [];
  if (validations.length) {
    out.push(`<dataValidations count="${validations.length}">`);
    for (const v of validations) {
      const prompt = v.prompt ? ` showInputMessage="1" prompt="${escapeXml(v.prompt)}"` : "";
      const error = `${escapeXml(validationMessage(v))}" errorTitle="${escapeXml(VALIDATION_TITLE)}`;
      if (v.kind === "decimal") {
        out.push(
          `<dataValidation type="decimal" operator="between" errorStyle="warning" allowBlank="1" showErrorMessage="1" error="${error}"${prompt} sqref="${v.range}">` +
            `<formula1>${num(v.min)}</formula1><formula2>${num(v.max)}</formula2></dataValidation>`,
        );
      } else {
        out.push(
          `<dataValidation type="list" errorStyle="warning" allowBlank="1" showErrorMessage="1" error="${error}"${prompt} sqref="${v.range}">` +
            `<formula1>${escapeXml(`"${v.options.join(",")}"`)}</formula1></dataValidation>`,
        );
      }
    }
    out.push("</dataValidations>");
  }
  if (links.length) out.push(`<hyperlinks>${links.join("")}</hyperlinks>`);
  const p = model.print;
  out.push(`<printOptions horizontalCentered="1"/>`);
  const mg = p.margins;
  out.push(`<pageMargins left="${mg.left}" right="${mg.right}" top="${mg.top}" bottom="${mg.bottom}" header="${mg.header}" footer="${mg.footer}"/>`);
  out.push(`<pageSetup paperSize="9" orientation="${p.landscape ? "landscape" : "portrait"}"${p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`);
  if (p.footer) out.push(`<headerFooter><oddFooter>${escapeXml(`&C${p.footer}`)}</oddFooter></headerFooter>`);
  const breaks = (p.rowBreaks ?? []).filter((r) => r > 0 && r < nrows);
  if (breaks.length) {
    out.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`);
    for (const r of breaks) out.push(`<brk id="${r}" max="16383" man="1"/>`);
    out.push("</rowBreaks>");
  }
  if (model.dataBar) {
    const db = model.dataBar;
    // No `gradient` attribute: Excel repairs files that set it here.
    out.push(
      `<extLst><ext uri="${X14_CF_URI}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="${XM_NS}">` +
        `<x14:cfRule type="dataBar" id="${barId}"><x14:dataBar minLength="0" maxLength="100" border="1" negativeBarBorderColorSameAsPositive="0">` +
        `<x14:cfvo type="num"><xm:f>${num(db.min)}</xm:f></x14:cfvo><x14:cfvo type="num"><xm:f>${num(db.max)}</xm:f></x14:cfvo>` +
        `<x14:borderColor rgb="FF${db.color}"/><x14:negativeFillColor rgb="FFFF0000"/><x14:negativeBorderColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/>` +
        `</x14:dataBar></x14:cfRule><xm:sqref>${db.range}</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`,
    );
  }
  out.push("</worksheet>");

  if (p.repeatRows) definedNames.push({ name: "_xlnm.Print_Titles", value: `${quoted(model.name)}!$${p.repeatRows[0]}:$${p.repeatRows[1]}` });
  const printable = model.columns.map((c, i) => (c.noPrint ? -1 : i)).filter((i) => i >= 0);
  if (printable.length && printable.length < ncols && nrows) {
    // Contiguous runs of printable columns (a technical column in the middle splits the area).
    const runs: [number, number][] = [];
    for (const c of printable) {
      const last = runs[runs.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else runs.push([c, c]);
    }
    const areas = runs.map(([a, b]) => `${quoted(model.name)}!$${columnLetters(a)}$1:$${columnLetters(b)}$${nrows}`);
    definedNames.push({ name: "_xlnm.Print_Area", value: areas.join(",") });
  }
  return { xml: out.join(""), definedNames };
}

function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** "A2:D9" on sheet → "'sheet'!$A$2:$D$9". */
function absolute(sheet: string, range: string): string {
  return `${quoted(sheet)}!${range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
}

function cellXml(ref: string, s: number, cell: CellModel): string {
  const v = cell.value;
  if (cell.formula) {
    const f = `<f>${escapeXml(cell.formula)}</f>`;
    if (typeof v === "number" && Number.isFinite(v)) return `<c r="${ref}" s="${s}">${f}<v>${num(v)}</v></c>`;
    if (typeof v === "string") return `<c r="${ref}" s="${s}" t="str">${f}<v>${escapeCellText(fitText(v))}</v></c>`;
    return `<c r="${ref}" s="${s}">${f}</c>`;
  }
  if (v === null || v === undefined || (typeof v === "number" && !Number.isFinite(v))) return `<c r="${ref}" s="${s}"/>`;
  if (typeof v === "number") return `<c r="${ref}" s="${s}"><v>${num(v)}</v></c>`;
  const text = fitText(String(v));
  return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeCellText(text)}</t></is></c>`;
}
