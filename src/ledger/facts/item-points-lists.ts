/**
 * A claims table whose judged items' points are listed beside each indicator in one cell, under a
 * header such as "其中：主观评分项": "网销调研 2；促销活动 2；交易标准与冷链溯源 1". A reviewer reads
 * each item with its points; so does the reader: the cell becomes "网销调研：2分；促销活动：2分；…",
 * pairs it reads one by one.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { spacelessText } from "../normalize/text";
import { withTablesRewritten } from "./table-end";

// (…the kind of item in brackets after 其中: 其中（主观评分项）.)
const HEADER =
  /^(?:其中[:：]?)?[（(]?(?:主观评分项|主观评分|主观项|评分项得分|分项得分|分项自评|主观评分项自评|主观项自评|主观项细分|主观分细分|分项细分|细项说明|细项)[)）]?$/;
const ITEM = /^([\u4e00-\u9fff、（）()]{2,20}?)\s*[:：]?\s*(\d+(?:\.\d+)?)\s*分?$/;

/** "网销调研 2；促销活动 2" → "网销调研：2分；促销活动：2分"; undefined when the cell is not such a list. */
function asPairs(v: CellValue | undefined): string | undefined {
  if (typeof v !== "string") return undefined;
  const parts = v
    .split(/[；;，,、\n]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const items = parts.map((p) => ITEM.exec(p));
  if (items.length === 0 || items.some((m) => !m)) return undefined;
  return pointPairs(items as RegExpExecArray[]);
}

/** Items matched as [_, name, points] written as the pairs the reader reads: "网销调研：2分；促销活动：2分". */
function pointPairs(items: RegExpExecArray[]): string {
  return items.map((m) => `${m[1].trim()}：${m[2]}分`).join("；");
}

export function withItemPointsLists(sheet: Sheet): Sheet {
  return withTablesRewritten(
    sheet,
    (row) => {
      const col = row.findIndex((v) => HEADER.test(spacelessText(v ?? null)));
      return col < 0 ? undefined : col;
    },
    (cells, col) => {
      const pairs = asPairs(cells[col]);
      return pairs ? cells.map((v, c) => (c === col ? pairs : v)) : [...cells];
    },
  );
}

/** A claims table's column of the clerk's account of each line (自评说明, 怎么算的/依据), beside its points. */
const ACCOUNT = /说明|依据|怎么算|计算/;
const CLAIM = /^(?:自评|自评分|自评得分|得分|自评分数)$/;
/** "调研2" or "增速2（农产品网零增33.4%）": an item's short name and its points, an aside after. */
const BARE_ITEM = /^([\u4e00-\u9fff]{2,10})(\d(?:\.\d)?)(?:[（(][^（()）]*[)）])?$/;

/**
 * The items of a claim line's account listed with bare points ("调研2、促销2、第三方1、快递1"): each
 * point written as points ("调研2分、促销2分…"), so the account is read as the line's items' points.
 * Only a cell that is such a list and nothing else, of three items at least, in an account column
 * beside a 自评 column.
 */
export function withBarePointsNamed(sheet: Sheet): Sheet {
  return withTablesRewritten(
    sheet,
    (row) => {
      // (Array.from: a row with holes has no undefined keys.)
      const keys = Array.from(row, (v) => spacelessText(v ?? null));
      const col = keys.findIndex((k) => k.length <= 10 && ACCOUNT.test(k));
      return col >= 0 && keys.some((k) => CLAIM.test(k)) ? col : undefined;
    },
    (cells, col) => {
      const v = cells[col];
      const parts = typeof v === "string" ? v.split(/[、；;，,]/).map((p) => p.trim()) : [];
      if (parts.length < 3 || !parts.every((p) => BARE_ITEM.test(p))) return [...cells];
      const named = parts.map((p) => p.replace(BARE_ITEM, (all, name: string, n: string) => all.replace(`${name}${n}`, `${name}${n}分`))).join("、");
      return cells.map((x, c) => (c === col ? named : x));
    },
  );
}

/** "①调研2分": a circled number, the item's short name, its points (an aside in brackets after them). */
const CIRCLED_ITEM = /^([^①-⑳：:；;]{2,20}?)\s*[:：]?\s*(\d+(?:\.\d+)?)\s*分\s*(?:[（(][^（()）]*[)）])?\s*$/;

/**
 * The items of a line checked against the standard, each after a circled number with its points
 * ("①调研2分 ②促销2分 ③第三方运营1分 … ⑥农产品网零增速≥30%：2分", a PDCA's C column): the cell as
 * its items' points ("调研：2分；促销：2分；…"), read as the line's items as any such list is. Only a
 * cell that is such a list and nothing else, of three items at least.
 */
export function withCircledItemPoints(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  sheet.rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (typeof v !== "string" || !v.startsWith("①")) return;
      const parts = v
        .split(/[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/)
        .slice(1)
        .map((p) => p.trim().replace(/[，,；;。]$/, ""));
      const items = parts.map((p) => CIRCLED_ITEM.exec(p));
      if (items.length < 3 || items.some((m) => !m)) return;
      rows ??= sheet.rows.map((x) => [...x]);
      rows[r][c] = pointPairs(items as RegExpExecArray[]);
    });
  });
  return rows ? { ...sheet, rows } : sheet;
}

/** A cell this made: items with their points ("网销调研：2分；促销活动：2分"). */
export function isItemPointsList(v: CellValue | undefined): boolean {
  return typeof v === "string" && /^[^：；]{2,20}：\d+(?:\.\d+)?分(?:；[^：；]{2,20}：\d+(?:\.\d+)?分)*$/.test(v);
}
