/**
 * A report copied out of a PDF (or converted from one): one printed line to a row in one column, its
 * sentences broken wherever the page's width ran out ("…常住人口 81.6 万人。全县有省定相对贫" | "困村 39 个…"),
 * the converter's spaces around every figure ("2021 年 9 月"), and the page numbers ("— 1 —", "- 2 -")
 * between the pages. A reviewer reads the paragraphs the lines were cut from; so does the reader: the
 * lines of a paragraph are joined into its first row's cell (the others left empty, so every row keeps
 * its place), a page number is no line, and the spaces a figure stands between are taken out.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

/** A page's number printed under it: "— 1 —", "- 2 -", "第 3 页", "3 / 12". */
const PAGE_NUMBER = /^(?:[—–\-－]+\s*\d{1,3}\s*[—–\-－]+|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*[/／]\s*\d{1,3})$/;
/** A heading standing on its line: 一、基本情况, （一）公共服务体系建设, 1．组织领导, 第一章. */
const HEADING = /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}\s*[．.、](?!\d)|第[一二三四五六七八九十\d]+[章节部分])/;
/** The end of a sentence or of a line that leads into a list. */
const CLOSED = /[。！？!?：:；;]$|[。！？]["”’」』）)]$/;
/** Spaces a converter puts around figures and Latin words beside Chinese: "2021 年", "的 15.86", "1% 计". */
const CONVERTER_SPACE = /(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])[ \u00a0]+|[ \u00a0]+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])/g;

/** Lines of one column, fewest to make a report. */
const MIN_LINES = 12;

/** Display width: a Chinese character is two columns, a digit or a Latin letter one. */
function widthOf(t: string): number {
  let w = 0;
  for (const ch of t) w += /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

/**
 * The one column the sheet's lines stand in, when each filled row holds one cell there, and the row
 * they end at: a page's number may stand apart ("— 2 —" under the page's right side), and a table
 * pasted after the report (附：评判项自评明细, rows of several cells) ends the lines.
 */
function lineColumn(sheet: Sheet): { col: number; end: number } | undefined {
  let col: number | undefined;
  let lines = 0;
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    const filled = (row ?? []).flatMap((v, c) => (cellText(v ?? null) !== "" ? [c] : []));
    if (filled.length === 0) continue;
    if (filled.length === 1 && PAGE_NUMBER.test(cellText(row?.[filled[0]] ?? null).trim())) continue;
    if (filled.length > 1 && col !== undefined && lines >= MIN_LINES) return { col, end: r };
    if (filled.length > 1 || (col !== undefined && filled[0] !== col)) return undefined;
    col = filled[0];
    lines++;
  }
  return col === undefined ? undefined : { col, end: sheet.rows.length };
}

export function withPdfLinesJoined(sheet: Sheet): Sheet {
  const found = lineColumn(sheet);
  if (found === undefined) return sheet;
  const { col, end } = found;
  /** Each row's line: a page's number standing in another column read as one in the lines' column. */
  const lines = sheet.rows.map((row, r) => {
    if (r >= end) return "";
    const v = row?.[col];
    if (typeof v === "string") return v;
    const apart = (row ?? []).map((x) => cellText(x ?? null).trim()).find((t) => t !== "");
    return apart !== undefined && PAGE_NUMBER.test(apart) ? apart : "";
  });
  const body = lines.map((t) => t.trim()).filter((t) => t !== "" && !PAGE_NUMBER.test(t) && !HEADING.test(t));
  if (body.length < MIN_LINES) return sheet;
  // (Not a table printed in columns lined up by spaces, "1     县（市、区）名称      普宁市": ./fixed-width reads it.)
  if (body.filter((t) => /\S[ \u3000]{2,}\S/.test(t)).length >= body.length * 0.3) return sheet;
  // (Prose: most lines hold a comma or a stop. A booklet's "常住人口…………14.3万人" lines are labels and values.)
  if (body.filter((t) => /[，。、；,;]/.test(t)).length < body.length * 0.5) return sheet;
  // Printed lines: most of them broken in mid-sentence, and as wide as the page, give or take a figure.
  const widths = body.map(widthOf).sort((a, b) => a - b);
  const full = widths[Math.floor(widths.length * 0.75)];
  const broken = body.filter((t) => !CLOSED.test(t) && widthOf(t) >= full * 0.8).length;
  const pages = lines.some((t) => PAGE_NUMBER.test(t.trim()));
  if (full < 30 || broken < body.length * 0.4 || (!pages && broken < body.length * 0.6)) return sheet;
  const rows: CellValue[][] = sheet.rows.map((row) => [...(row ?? [])]);
  // The running head printed again at each page's top: a line said more than once, never closing a sentence.
  const said = new Map<string, number>();
  for (const t of body) said.set(t, (said.get(t) ?? 0) + 1);
  /** By row: whether the blank rows from there on lead to a page's number (the page's break, no paragraph's end). */
  const beforePageNumber: boolean[] = [];
  for (let r = end - 1, page = false; r >= 0; r--) {
    const t = lines[r].trim();
    if (t !== "") page = PAGE_NUMBER.test(t);
    beforePageNumber[r] = page;
  }
  let open: number | undefined;
  /** Within a page's break: from its number to the first line of the next page's text. */
  let breaking = false;
  lines.forEach((raw, r) => {
    if (r >= end) return;
    const t = raw.trim();
    if (t === "") {
      // (A blank row ends a paragraph; a page's number, and the blank rows around it, do not.)
      if (!breaking && !beforePageNumber[r]) open = undefined;
      return;
    }
    if (PAGE_NUMBER.test(t)) {
      for (let c = 0; c < rows[r].length; c++) rows[r][c] = null;
      breaking = true;
      return;
    }
    if (breaking && (said.get(t) ?? 0) >= 2 && !CLOSED.test(t)) {
      rows[r][col] = null;
      return;
    }
    breaking = false;
    const text = t.replace(CONVERTER_SPACE, "");
    // (An indented line, a heading, or a line after one that closed its sentence or stopped far short of the page starts
    // anew; a line a little short, "…位于紫城镇，于", is the PDF's own break.)
    const starts = open === undefined || /^[\u3000 ]{2,}|^\u3000/.test(raw) || HEADING.test(t);
    if (starts) {
      rows[r][col] = text;
      open = r;
    } else {
      rows[open as number][col] = `${cellText(rows[open as number][col] ?? null)}${text}`;
      rows[r][col] = null;
    }
    // (A heading opening a paragraph that fills the line, "（一）加强组织领导。成立了以…为", runs on like any other.)
    // (Nor does a line leading into its list, "…合计101分。其中：": the list is the sentence's.)
    const leadsOn = /其中\s*[:：]$/.test(t);
    if ((HEADING.test(t) && widthOf(t) < full * 0.8) || (CLOSED.test(t) && !leadsOn) || (widthOf(t) < full * 0.5 && !leadsOn)) open = undefined;
  });
  return { ...sheet, rows };
}
