/**
 * A summary page typed from slides: each figure in a cell with its caption in the cell under it
 * ("68.9万" over "常住人口"), cards side by side with an empty column between them. A reviewer reads
 * each caption with the figure above it. The reader does the same: each caption moves into the
 * empty cell left of its figure, so the figure row reads as 标签 | 值 pairs; the figures stay in
 * their cells (evidence points at them).
 */
import { mergeAt, type CellValue, type Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

/** A card's figure: a number, or a short text with a digit in it (68.9万, 2020.12.26), not a 标签：值 of its own. */
function isFigure(v: CellValue | undefined): boolean {
  if (typeof v === "number" || v instanceof Date) return true;
  const t = cellText(v ?? null);
  // (A block's heading is none, its digits only in its points or its number: "② 县级电商公共服务中心及产业园（15分）".)
  const own = t.replace(/[（(][^（()）]*[)）]/g, "").replace(/^[①-⑳]/, "");
  return t !== "" && t.length <= 30 && /\d/.test(own) && !/[:：]/.test(t);
}

/** A short answer on a card (县长) beside figures: a figure when its row's other cards are. */
function isShortWord(v: CellValue | undefined): boolean {
  const t = cellText(v ?? null);
  return t.length >= 1 && t.length <= 4 && !/[:：]/.test(t);
}

/** A card's caption: words (a year may lead them, "2020年农村网络零售额"), not a figure of its own. */
function isCaption(v: CellValue | undefined): boolean {
  if (typeof v !== "string") return false;
  const t = cellText(v);
  return (
    !/[:：]/.test(t) &&
    /[\u4e00-\u9fff]{2}/.test(t.replace(/^(?:19|20)\d{2}年(?:\d{1,2}[-—~至]\d{1,2}月)?/, "")) &&
    !/^[+\-−]?[\d.,]+\s*(?:万|亿)?(?:元|人次|人|个|家|%)?$/.test(t)
  );
}

/** The columns of row r that are cards' figures over captions, with an empty column left of each. */
function cardColumns(sheet: Sheet, r: number): number[] {
  const row = sheet.rows[r] ?? [];
  const below = sheet.rows[r + 1] ?? [];
  // (A cell under a merge is the merged cell's: the right half of 领导小组组长 merged over A:B is no
  // gap, and 县长 in C:D is that label's value, not a card — 五华's 基本情况, two pairs to a row.)
  const empty = (rr: number, c: number) => {
    if (cellText(sheet.rows[rr]?.[c] ?? null) !== "") return false;
    const m = mergeAt(sheet.merges, rr, c);
    return !m || cellText(sheet.rows[m.top]?.[m.left] ?? null) === "";
  };
  const card = (c: number, figure: (v: CellValue | undefined) => boolean) => figure(row[c]) && isCaption(below[c]) && empty(r, c - 1) && empty(r + 1, c - 1);
  const out: number[] = [];
  for (let c = 1; c < row.length; c++) if (card(c, isFigure)) out.push(c);
  // A word on a card (领导小组组长: 县长) only among figures' cards.
  if (out.length >= 2) for (let c = 1; c < row.length; c++) if (!out.includes(c) && card(c, isShortWord)) out.push(c);
  return out.sort((a, b) => a - b);
}

/** The sheet with each card's caption beside its figure; the same sheet when it has no cards. */
export function withCardsAsPairs(sheet: Sheet): Sheet {
  const pairs: { r: number; cols: number[] }[] = [];
  for (let r = 0; r + 1 < sheet.rows.length; r++) {
    const cols = cardColumns(sheet, r);
    if (cols.length < 2) continue;
    pairs.push({ r, cols });
    // The captions' row is no row of figures ("2020年农村网络零售额" over the next cards' figures).
    r++;
  }
  // A page of cards, not a table whose row happens to sit over a row of words.
  if (pairs.length < 2) return sheet;
  const rows = sheet.rows.map((row) => [...row]);
  for (const { r, cols } of pairs)
    for (const c of cols) {
      rows[r][c - 1] = rows[r + 1][c];
      rows[r + 1][c] = null;
    }
  return { ...sheet, rows };
}
