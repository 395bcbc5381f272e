/**
 * A table copied out of a PDF (a 填报回执 printed by a reporting module) lands in Excel one line to a
 * cell, its columns kept apart by runs of spaces and lined up as the PDF showed them: a Chinese
 * character two columns wide, a digit one. A reviewer reads it as the table it was; so does the
 * reader: each line is cut where the header line's columns start (by that display width), a line
 * continuing the one above (a wrapped label or member list, no 序号 of its own) is joined to it,
 * and the print's rulers, page footers and repeated headers are left out.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

/** Words a fixed-width header line is made of. */
const HEADER_WORD = /^(?:序号|编号|指标名称|指标|项目|名称|内容|单位|计量单位|填报值|数值|数据|本期|情况|完成情况|备注|说明|得分|自评分?)$/;
const RULER = /^[\s—\-=_─━－]+$/;
const PAGE_FOOTER = /^第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?$/;
/** A run of two or more spaces (or a tab) parts two columns. */
const GAP = /[ \u3000]{2,}|\t/;

const width = (ch: string) => (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f]/.test(ch) ? 2 : 1);

/** The texts of a line apart at its gaps, each with the display column it starts at. */
function pieces(line: string): { at: number; text: string }[] {
  const out: { at: number; text: string }[] = [];
  let at = 0;
  let start = -1;
  let startAt = 0;
  let spaces = 0;
  const chars = [...line];
  chars.forEach((ch, i) => {
    const blank = ch === " " || ch === "\u3000" || ch === "\t";
    if (blank) spaces++;
    else {
      if (start >= 0 && spaces >= 2) {
        out.push({ at: startAt, text: chars.slice(start, i - spaces).join("") });
        start = -1;
      }
      if (start < 0) {
        start = i;
        startAt = at;
      }
      spaces = 0;
    }
    at += ch === "\t" ? 8 - (at % 8) : width(ch);
  });
  if (start >= 0) out.push({ at: startAt, text: chars.slice(start, chars.length - spaces).join("") });
  return out;
}

/** The one text of a row that has exactly one, else undefined. */
export function onlyText(row: readonly CellValue[] | undefined): string | undefined {
  let found: string | undefined;
  for (const v of row ?? []) {
    if (cellText(v ?? null).trim() === "") continue;
    if (found !== undefined || typeof v !== "string") return undefined;
    // As typed, leading spaces and all: they say which column a line's text is in.
    found = v;
  }
  return found;
}

/** The header line: three or more pieces, every one a header word. */
function headerOf(sheet: Sheet): { row: number; starts: number[]; names: string[] } | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, 30); r++) {
    const line = onlyText(sheet.rows[r]);
    if (!line || !GAP.test(line)) continue;
    const p = pieces(line);
    if (p.length >= 3 && p.every((x) => HEADER_WORD.test(x.text.replace(/\s/g, "")))) return { row: r, starts: p.map((x) => x.at), names: p.map((x) => x.text) };
  }
  return undefined;
}

export function withFixedWidthLines(sheet: Sheet): Sheet {
  const header = headerOf(sheet);
  if (!header) return sheet;
  const { starts, names } = header;
  const columnOf = (at: number) => {
    let c = 0;
    for (let i = 0; i < starts.length; i++) if (starts[i] <= at + 1) c = i;
    return c;
  };
  const numbered = /^(?:序号|编号)$/.test(names[0]);
  const rows: CellValue[][] = [];
  let last: CellValue[] | undefined;
  sheet.rows.forEach((row, r) => {
    const line = onlyText(row);
    if (r < header.row || line === undefined) {
      rows.push(line === undefined && r >= header.row ? row.map(() => null) : [...row]);
      if (r >= header.row) last = undefined;
      return;
    }
    const bare = line.trim();
    // The print's rulers, page footers and the header printed again on the next page.
    if (RULER.test(bare) || PAGE_FOOTER.test(bare) || (r > header.row && bare.replace(/\s+/g, "") === names.join(""))) {
      rows.push([]);
      return;
    }
    const cells: CellValue[] = new Array<CellValue>(starts.length).fill(null);
    for (const p of pieces(line)) {
      const c = columnOf(p.at);
      cells[c] = cells[c] === null ? p.text : `${cellText(cells[c])} ${p.text}`;
    }
    // A line without a number of its own under a numbered line continues it (a wrapped label or list).
    if (numbered && r > header.row && cells[0] === null && last && last[0] !== null && /^\d+$/.test(cellText(last[0]))) {
      cells.forEach((v, c) => {
        if (v !== null) last![c] = last![c] === null ? v : `${cellText(last![c])}${cellText(v)}`;
      });
      rows.push([]);
      return;
    }
    rows.push(cells);
    last = cells;
  });
  return { ...sheet, rows, merges: [] };
}
