/**
 * A claims table whose judged items' points are listed beside each indicator in one cell, under a
 * header such as "其中：主观评分项": "网销调研 2；促销活动 2；交易标准与冷链溯源 1". A reviewer reads
 * each item with its points; so does the reader: the cell becomes "网销调研：2分；促销活动：2分；…",
 * pairs it reads one by one.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { spacelessText } from "../normalize/text";
import { withTablesRewritten } from "./table-end";

const HEADER = /^(?:其中[:：]?)?(?:主观评分项|主观项|评分项得分|分项得分|分项自评)$/;
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
  return items.map((m) => `${(m as RegExpExecArray)[1]}：${(m as RegExpExecArray)[2]}分`).join("；");
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

/** A cell this made: items with their points ("网销调研：2分；促销活动：2分"). */
export function isItemPointsList(v: CellValue | undefined): boolean {
  return typeof v === "string" && /^[^：；]{2,20}：\d+(?:\.\d+)?分(?:；[^：；]{2,20}：\d+(?:\.\d+)?分)*$/.test(v);
}
