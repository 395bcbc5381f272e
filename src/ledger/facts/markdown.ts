/**
 * A note kept in Markdown and pasted into column A (翁源: "## 一、基本情况", "- 常住人口：**33.61万人**",
 * "- [x] 工作方案已印发", "| 指标 | 2019年 | 2020年 |", "~~户籍42.1万~~"). A reviewer reads it as the
 * rendered page; so does the reader: headings and list marks dropped, bold kept as text, struck-out
 * words gone, a checked box ☑ and an empty one ☐ (a list item's own box as ✔ / ✘ before what it says),
 * a pipe table spread over columns (its |---| line a row of dashes), and quoted lines (asides: "> 最后更新：2021-09-02") and rules left
 * out. Each line stays on its row, so every value is found where it was written.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

// (Numbered lines, "1. …", are every clerk's, not Markdown's: they neither count nor change.)
const MARKDOWN_LINE = /^\s*(?:#{1,6}\s|[-*+]\s|>\s?|\|.*\|)/;

/** A row with text in its first cell only. */
function onlyFirst(row: readonly CellValue[] | undefined): string | undefined {
  const cells = row ?? [];
  if (cells.slice(1).some((v) => cellText(v ?? null).trim() !== "")) return undefined;
  const t = cellText(cells[0] ?? null);
  return t.trim() === "" ? undefined : t;
}

/** Inline marks: struck-out words gone, bold and italics and code as their text. */
function inline(t: string): string {
  return (
    t
      .replace(/~~[^~]*~~/g, "")
      .replace(/\*\*([^*]+)\*\*/g, "$1")
      .replace(/__([^_]+)__/g, "$1")
      .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, "$1$2")
      .replace(/`([^`]*)`/g, "$1")
      .replace(/\[([xX])\]\s*/g, "☑")
      .replace(/\[\s\]\s*/g, "☐")
      .replace(/\s{2,}/g, " ")
      // The space a note puts between words and figures ("行政村 155 个") is typography, not a separator.
      .replace(/([\u4e00-\u9fff，。；：、！？])\s+(?=[\d\u4e00-\u9fff])/g, "$1")
      .replace(/(\d%?)\s+(?=[\u4e00-\u9fff])/g, "$1")
      .trim()
  );
}

export function withMarkdownRendered(sheet: Sheet): Sheet {
  const lines = sheet.rows.map(onlyFirst);
  const filled = lines.filter((t) => t !== undefined).length;
  const marked = lines.filter((t) => t !== undefined && MARKDOWN_LINE.test(t)).length;
  if (marked < 5 || marked < filled * 0.5) return sheet;
  const rows: CellValue[][] = sheet.rows.map((row, r) => {
    const t = lines[r];
    if (t === undefined) return row;
    const s = t.trim();
    // Quoted asides and rules.
    if (/^>/.test(s) || /^(?:-{3,}|\*{3,}|_{3,})$/.test(s)) return [];
    // A table row spread over columns; its |---|---| line is no row.
    if (/^\|.*\|$/.test(s)) {
      const cells = s
        .slice(1, -1)
        .split("|")
        .map((c) => inline(c));
      // (Its |---| line stays a row of dashes: a blank row would end the table there.)
      return cells.every((c) => /^:?-{2,}:?$/.test(c) || c === "") ? cells.map(() => "—") : cells;
    }
    // A list item's own box: done or not, before what it says.
    // (What follows the thing itself, "：代办注册…" or " —— 按件收费", is a remark on it, left out.)
    const box = /^[-*+]\s+\[([ xX])\]\s*(.*)$/.exec(s);
    if (box) return [`${box[1] === " " ? "✘" : "✔"} ${inline(box[2]).split(/\s*(?:[:：]|——|--)\s*/)[0]}`];
    const line = inline(s.replace(/^#{1,6}\s+/, "").replace(/^[-*+]\s+/, ""));
    // "专栏：☑创建方案 ☑项目基本信息 ☐监督举报窗口": the field, then its boxes beside it.
    const boxes = /^([^☑☐]{2,20}?)[:：]\s*([☑☐].*)$/.exec(line);
    return boxes ? [boxes[1], boxes[2].replace(/\s*([☑☐])/g, "  $1").trim()] : [line];
  });
  return { ...sheet, rows };
}

/**
 * The rendered note cut into its tables and its lines: each pipe table a part of its own (its header
 * read as the table's), the lines around them one part (labelled lines, read each alone). Undefined
 * for a sheet that is no Markdown note or has no table.
 */
export function markdownParts(sheet: Sheet): Sheet[] | undefined {
  const rendered = withMarkdownRendered(sheet);
  if (rendered === sheet) return undefined;
  // (A table's |---| line is one of its rows, though it renders as none.)
  const wide = (r: number) => /^\s*\|.*\|\s*$/.test(onlyFirst(sheet.rows[r]) ?? "");
  const tables: [number, number][] = [];
  for (let r = 0; r < rendered.rows.length; r++) {
    if (!wide(r)) continue;
    const top = r;
    while (r < rendered.rows.length && wide(r)) r++;
    tables.push([top, r]);
  }
  if (tables.length === 0) return undefined;
  const only = (keep: (r: number) => boolean): Sheet => ({ ...rendered, rows: rendered.rows.map((row, r) => (keep(r) ? row : [])), merges: [] });
  const inTable = (r: number) => tables.some(([a, b]) => r >= a && r < b);
  return [only((r) => !inTable(r)), ...tables.map(([a, b]) => only((r) => r >= a && r < b))];
}
