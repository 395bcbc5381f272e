/**
 * A list kept as cards, several to a row ("一站一档"信息卡, three to a page): each card a title line
 * (S001\u3000遂城镇) over the same label | value lines (站点名称 | …, 所在村（居） | …, 挂牌运营 | …), a blank
 * column between cards, a blank row between bands. A reviewer reads each card as one record; so does
 * this, by laying the cards out as a table — the labels its header, a card a row, its title first —
 * and naming every row and cell read back where it is on the real sheet.
 */
import type { CellValue, Sheet } from "../core/grid";
import { laidOut, type LaidOut } from "./laid-out";
import { spacelessText } from "./normalize/text";

export interface RecordCards {
  /** The cards' labels, top to bottom. */
  labels: string[];
  /**
   * Each card: its title's row (or its first line's, untitled), its column, and its lines' rows, zero-based;
   * with two label | value pairs a line, each value's cell (`slots`, in the labels' order).
   */
  cards: { titleRow: number; col: number; rows: number[]; slots?: { r: number; c: number }[] }[];
  /** Where the cards begin (the lines above are the sheet's title and notes). */
  top: number;
  /** One under another in one column, not several to a row. */
  down?: true;
}

const text = (v: CellValue | undefined) => spacelessText(v ?? null);

/** Fewest cards and lines that make such a list. */
const MIN_CARDS = 3;
const MIN_LINES = 3;
const SCAN = 30;
const MAX_CARD_LINES = 20;

/** The columns where a row repeats one label at a constant step of 2 or more (two cards or more). */
function labelsAt(row: readonly CellValue[] | undefined): { label: string; cols: number[] } | undefined {
  const at = new Map<string, number[]>();
  (row ?? []).forEach((v, c) => {
    const t = text(v);
    if (t.length >= 2 && t.length <= 12 && !/^\d/.test(t)) at.set(t, [...(at.get(t) ?? []), c]);
  });
  for (const [label, cols] of at) {
    if (cols.length < 2) continue;
    const step = cols[1] - cols[0];
    if (step >= 2 && cols.every((c, i) => i === 0 || c - cols[i - 1] === step)) return { label, cols };
  }
  return undefined;
}

/**
 * Cards one under another in one column ("报道（一）" over 标题 | … , 刊发媒体 | …, 刊发日期 | …, a blank row, "报道（二）"
 * …): the same labels at the same column again and again.
 */
function cardsDown(sheet: Sheet): RecordCards | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, SCAN); r++) {
    const row = sheet.rows[r] ?? [];
    const col = row.findIndex((v) => text(v) !== "");
    const first = text(row[col]);
    if (col < 0 || first.length < 2 || first.length > 12 || /^\d/.test(first) || text(row[col + 1]) === "") continue;
    // The card's lines: label | value rows from here down to a blank row.
    const linesFrom = (k: number) => {
      const out: number[] = [];
      for (; k < sheet.rows.length && text(sheet.rows[k]?.[col]) !== "" && text(sheet.rows[k]?.[col + 2]) === ""; k++) out.push(k);
      return out;
    };
    const lines = linesFrom(r);
    if (lines.length < MIN_LINES) continue;
    const labels = lines.map((k) => text(sheet.rows[k]?.[col]));
    const cards: RecordCards["cards"] = [];
    for (let k = r; k < sheet.rows.length; k++) {
      if (text(sheet.rows[k]?.[col]) !== labels[0]) continue;
      const rows = linesFrom(k);
      if (rows.map((x) => text(sheet.rows[x]?.[col])).join("|") !== labels.join("|")) return undefined;
      const titled = k > 0 && text(sheet.rows[k - 1]?.[col]) !== "" && text(sheet.rows[k - 1]?.[col + 1]) === "";
      cards.push({ titleRow: titled ? k - 1 : k, col, rows });
      k = rows[rows.length - 1];
    }
    if (cards.length < MIN_CARDS) return undefined;
    return { labels, cards, top: cards[0].titleRow, down: true };
  }
  return undefined;
}

export function findRecordCards(sheet: Sheet): RecordCards | undefined {
  return cardsAcross(sheet) ?? cardsDown(sheet) ?? pairCardsDown(sheet);
}

/**
 * Cards one under another with two label | value pairs a line (站点名称 | … | 所属乡镇 | …, 所在村（社区） | … |
 * 建成时间 | …), a line of one pair among them (服务内容 | …), each card under its title line (站点编号：YS-ZD-001).
 */
function pairCardsDown(sheet: Sheet): RecordCards | undefined {
  const paired = (k: number, col: number) => [0, 2].every((d) => text(sheet.rows[k]?.[col + d]) !== "" && text(sheet.rows[k]?.[col + d]).length <= 12);
  for (let r = 0; r < Math.min(sheet.rows.length, SCAN); r++) {
    const row = sheet.rows[r] ?? [];
    const col = row.findIndex((v) => text(v) !== "");
    if (col < 0 || !paired(r, col) || /^\d/.test(text(row[col]))) continue;
    /** A card's lines from row k down to a blank row, and each label's value cell. */
    const cardAt = (k: number) => {
      const slots: { r: number; c: number; label: string }[] = [];
      const rows: number[] = [];
      // (A card is a few lines: a long run of such rows is a table, given up at once.)
      for (const end = Math.min(sheet.rows.length, k + MAX_CARD_LINES); k < end && text(sheet.rows[k]?.[col]) !== "" && text(sheet.rows[k]?.[col + 1]) !== ""; k++) {
        rows.push(k);
        for (const d of [0, 2]) if (text(sheet.rows[k]?.[col + d]) !== "") slots.push({ r: k, c: col + d + 1, label: text(sheet.rows[k]?.[col + d]) });
      }
      return { rows, slots };
    };
    const first = cardAt(r);
    if (first.rows.length < 2 || first.rows.length >= MAX_CARD_LINES || first.slots.length < MIN_LINES) continue;
    const labels = first.slots.map((x) => x.label);
    const cards: RecordCards["cards"] = [];
    for (let k = r; k < sheet.rows.length; k++) {
      if (text(sheet.rows[k]?.[col]) !== labels[0]) continue;
      const card = cardAt(k);
      if (card.slots.map((x) => x.label).join("|") !== labels.join("|")) return undefined;
      const titled = k > 0 && text(sheet.rows[k - 1]?.[col]) !== "" && text(sheet.rows[k - 1]?.[col + 1]) === "";
      cards.push({ titleRow: titled ? k - 1 : k, col, rows: card.rows, slots: card.slots.map(({ r: sr, c }) => ({ r: sr, c })) });
      k = card.rows[card.rows.length - 1];
    }
    if (cards.length < MIN_CARDS) return undefined;
    return { labels, cards, top: cards[0].titleRow, down: true };
  }
  return undefined;
}

function cardsAcross(sheet: Sheet): RecordCards | undefined {
  let labels: string[] | undefined;
  let cols: number[] | undefined;
  let top = -1;
  const cards: RecordCards["cards"] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    // (Cards show themselves in a sheet's first rows: a long list without them there has none.)
    if (!labels && r > SCAN) return undefined;
    // (After the first band, a last band may hold one card: its labels at the first card's column.)
    const first =
      labelsAt(sheet.rows[r]) ??
      (cols && text(sheet.rows[r]?.[cols[0]]) === labels?.[0] ? { label: labels[0], cols: cols.filter((c) => text(sheet.rows[r]?.[c]) === labels?.[0]) } : undefined);
    if (!first) continue;
    // A band: its lines, each repeating a label at the same columns.
    const lines: string[] = [first.label];
    let end = r + 1;
    for (; end < sheet.rows.length; end++) {
      if (first.cols.length === 1 && labels && lines.length >= labels.length) break;
      const next = labelsAt(sheet.rows[end]) ?? (first.cols.length === 1 ? { label: text(sheet.rows[end]?.[first.cols[0]]), cols: first.cols } : undefined);
      if (!next || next.label === "" || next.cols.join() !== first.cols.join()) break;
      lines.push(next.label);
    }
    if (lines.length < MIN_LINES) {
      r = end - 1;
      continue;
    }
    // Every band repeats the first one's labels.
    if (labels && lines.join("|") !== labels.join("|")) return undefined;
    labels ??= lines;
    cols ??= first.cols;
    // (The title above each card, S001\u3000遂城镇, when there is one.)
    const titled = r > 0 && first.cols.every((c) => text(sheet.rows[r - 1]?.[c]) !== "");
    if (top < 0) top = titled ? r - 1 : r;
    const rows = lines.map((_, i) => r + i);
    for (const col of first.cols) {
      // (A last band with fewer cards: a card whose lines are all blank is none.)
      if (rows.every((x) => text(sheet.rows[x]?.[col + 1]) === "")) continue;
      cards.push({ titleRow: titled ? r - 1 : r, col, rows });
    }
    r = end - 1;
  }
  if (!labels || cards.length < MIN_CARDS) return undefined;
  return { labels, cards, top };
}

/** Where a cell of the laid-out table is on the real sheet (zero-based). */
function place(rc: RecordCards, r: number, c: number): { r: number; c: number } {
  // The table: the lines above the cards as they are, its header, then a card a row.
  if (r < rc.top) return { r, c };
  const card = rc.cards[r - rc.top - 1];
  if (!card) return { r: rc.top, c };
  if (c === 0) return { r: card.titleRow, c: card.col };
  if (card.slots) return card.slots[c - 1] ?? { r: card.titleRow, c: card.col };
  return { r: card.rows[c - 1] ?? card.titleRow, c: card.col + 1 };
}

/** The cards as one table: the lines above them, the labels as its header (after 卡片), a card a row. */
export function layOutCards(sheet: Sheet, rc: RecordCards): LaidOut {
  const rows: CellValue[][] = sheet.rows.slice(0, rc.top).map((row) => [...row]);
  rows.push(["卡片", ...rc.labels]);
  for (const card of rc.cards) {
    const title = card.titleRow === card.rows[0] ? null : (sheet.rows[card.titleRow]?.[card.col] ?? null);
    const values = card.slots ? card.slots.map(({ r, c }) => sheet.rows[r]?.[c] ?? null) : card.rows.map((r) => sheet.rows[r]?.[card.col + 1] ?? null);
    rows.push([title, ...values]);
  }
  return laidOut(sheet, rows, (r, c) => place(rc, r, c));
}
