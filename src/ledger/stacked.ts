/**
 * Several small tables stacked on one sheet, each under its own title line and header: 报送记录,
 * then 专栏更新, then 宣传报道 on a sheet "信息公开及宣传"; or a press list in blocks by level whose
 * last block adds a 级别 column. Each block is recognised and read as a sheet of its own (the other
 * rows blanked, so every cell keeps its address). A header repeated as it was (a second printed
 * page) starts no block: the walk over the rows skips it.
 */
import type { CellValue, Sheet } from "../core/grid";
import { cellText, compact } from "./normalize/text";
import { isOtherTableHeader } from "./rows";

export interface Block {
  /** First row (zero-based) of the block: its title lines, then its header. */
  top: number;
  /** Row after the block's last. */
  bottom: number;
  /** A table beside another (./side-by-side-tables): its first and last columns. */
  left?: number;
  right?: number;
  /** Columns outside left–right read with the block: the row's key beside groups of columns (./column-groups). */
  alsoCols?: number[];
  /** What the block's own group header calls it ("区政府网专栏更新"), recognised as its name. */
  title?: string;
  /** One kind's rows of a register of several (./category-register): below `after` (its header) only these rows. */
  onlyRows?: { after: number; rows: number[] };
}

const key = (row: readonly (CellValue | undefined)[]) =>
  row
    .map((v) => compact(cellText(v ?? null)))
    .filter(Boolean)
    .join("|");

/**
 * What a row above a header may be: "blank", a "title" line (one or two texts, none a number or a
 * date), or "other". Looked at for every row of every sheet, so without copying or formatting cells.
 */
export function lineShape(row: readonly (CellValue | undefined)[] | undefined): "blank" | "title" | "other" {
  let filled = 0;
  for (const v of row ?? []) {
    if (v === null || v === undefined || v === "") continue;
    if (typeof v !== "string") return "other";
    if (v.trim() === "") continue;
    if (++filled > 2) return "other";
  }
  return filled === 0 ? "blank" : "title";
}

const SUMMARY_TITLE = /汇总|统计表|小结/;
/** A table's note under its rows: 注：…, 说明：…, 备注：…. */
const FOOT_NOTE = /^(?:注|说明|备注)\d?[:：]/;
const COMPILED_LIST = /签到|名单|清单|名册|花名册/;

/**
 * The blocks of a sheet holding more than one table, each with a header of its own; undefined for
 * one table. `heads(sheet, r)`: row r heads a ledger (recognition's test, passed in).
 */
export function stackedBlocks(sheet: Sheet, heads: (sheet: Sheet, r: number) => boolean): Block[] | undefined {
  const starts: number[] = [];
  let current = "";
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    // A table's header is the sheet's first text or follows a title line or a blank row (one look
    // at the row above spares the header test on the rows of a long list).
    if (r > 0 && starts.length > 0 && lineShape(sheet.rows[r - 1]) === "other") continue;
    if (!isOtherTableHeader(row) && !heads(sheet, r)) continue;
    const k = key(row);
    if (k === current) continue; // the same header again: a page break, not a new table
    // A new header right under the last one is its second row, not a new table.
    if (starts.length > 0 && isOtherTableHeader(sheet.rows[r - 1] ?? [])) continue;
    // The block begins at the title lines (and blank rows) directly above its header.
    let top = r;
    while (top - 1 >= (starts.length ? starts[starts.length - 1] + 1 : 0) && lineShape(sheet.rows[top - 1]) !== "other") top--;
    // (…but not a note right under the last table's rows, no blank line between: that table's, "注：脱贫户专题培训另见
    // 第五部分，本部分不重复统计" under a session table's 合计 says nothing of the sign-ins below.)
    if (starts.length > 0 && top > 0 && lineShape(sheet.rows[top - 1]) === "other") while (top < r && FOOT_NOTE.test(key(sheet.rows[top] ?? []))) top++;
    // A table titled as a summary (各镇站点汇总) recounts the one above: no block of its own (the
    // walk over the first block stops at its header and says so).
    // (A 签到汇总 or 名单汇总 is a list compiled, not a summary.)
    if (starts.length > 0 && sheet.rows.slice(top, r).some((row) => SUMMARY_TITLE.test(key(row)) && !COMPILED_LIST.test(key(row)))) continue;
    current = k;
    starts.push(starts.length === 0 ? 0 : top);
  }
  if (starts.length < 2) return undefined;
  return starts.map((top, i) => ({ top, bottom: starts[i + 1] ?? sheet.rows.length }));
}

/** The sheet with every cell outside the block blank (addresses kept). */
/** The first row holding any text (0 when none): where a block, its rows above blanked, begins to say something. */
export function firstFilledRow(sheet: Sheet): number {
  return Math.max(
    0,
    sheet.rows.findIndex((row) => (row ?? []).some((v) => cellText(v ?? null) !== "")),
  );
}

export function blockSheet(sheet: Sheet, b: Block): Sheet {
  const { left, right } = b;
  const only = b.onlyRows;
  const kept = new Set(only?.rows);
  // (A register read kind by kind keeps its lines of one text, a page's "统计时段：…" giving the year of the
  // days under it: no record of any kind.)
  const oneLine = (r: number) => (sheet.rows[r] ?? []).filter((v) => cellText(v ?? null).trim() !== "").length === 1;
  const inBlock = (r: number) => r >= b.top && r < b.bottom && (!only || r <= only.after || kept.has(r) || oneLine(r));
  const also = new Set(b.alsoCols);
  const inCols = (c: number) => left === undefined || right === undefined || (c >= left && c <= right) || also.has(c);
  const inRow = left === undefined || right === undefined ? (row: CellValue[]) => row : (row: CellValue[]) => row.map((v, c) => (inCols(c) ? v : null));
  return {
    ...sheet,
    rows: sheet.rows.map((row, r) => (inBlock(r) ? inRow(row) : [])),
    merges: (sheet.merges ?? []).filter(
      (m) =>
        m.top >= b.top &&
        m.bottom < b.bottom &&
        (left === undefined || right === undefined || (m.left >= left && m.right <= right) || (m.left === m.right && also.has(m.left))),
    ),
  };
}
