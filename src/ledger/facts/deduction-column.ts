/**
 * A self-assessment kept by deductions (蕉岭's 自评扣分表: "每项只填“扣分”，不扣分填0，得分＝分值－扣分；加分项只填“加分”"):
 * 分值 | 扣分 | 加分 | 原因及完成情况, no column of points. A reviewer reads each line's points as its 分值 less
 * its 扣分, a bonus line's as its 加分; so does the reader: the 扣分 column becomes the points (自评分)
 * down to the table's end, the 加分 column's figures moved into it.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { parseNumber } from "../normalize/number";
import { spacelessText } from "../normalize/text";
import { withTablesRewritten } from "./table-end";

const WEIGHT = /^(?:分值|满分|标准分|标准分值)(?:[(（]分[)）])?$/;
const DEDUCTED = /^(?:扣分|扣分值|扣分数|扣减分|扣减分值)(?:[(（]分[)）])?$/;
const BONUS = /^加分(?:[(（]分[)）])?$/;
/** The lines' account: why points were lost and what was done. */
const ACCOUNT = /^扣分(?:[(（]加分[)）])?(?:原因|理由|说明)?(?:及|和|、)?(?:完成|落实|工作)情况$/;
/** A column of points already there: the deductions are then the account of them, not the points. */
const POINTS = /自评|得分|评分$/;

interface Columns {
  weight: number;
  deducted: number;
  bonus?: number;
}

function columnsOf(row: readonly CellValue[]): Columns | undefined {
  const keys = row.map((v) => spacelessText(v ?? null));
  const weight = keys.findIndex((k) => WEIGHT.test(k));
  const deducted = keys.findIndex((k) => DEDUCTED.test(k));
  if (weight < 0 || deducted < 0 || keys.some((k) => POINTS.test(k) && !DEDUCTED.test(k))) return undefined;
  const bonus = keys.findIndex((k) => BONUS.test(k));
  return { weight, deducted, bonus: bonus >= 0 ? bonus : undefined };
}

const figure = (v: CellValue | undefined): number | undefined => {
  if (typeof v === "number") return v;
  const n = parseNumber(v ?? null);
  return n.ok ? n.value.toNumber() : undefined;
};

export function withPointsFromDeductions(sheet: Sheet): Sheet {
  return withTablesRewritten(
    sheet,
    columnsOf,
    (row, at) => {
      const cells = [...row];
      const weight = figure(cells[at.weight]);
      const lost = figure(cells[at.deducted]);
      const bonus = at.bonus === undefined ? undefined : figure(cells[at.bonus]);
      if (weight !== undefined && lost !== undefined) cells[at.deducted] = Math.max(0, weight - lost);
      else if (bonus !== undefined) cells[at.deducted] = bonus;
      if (at.bonus !== undefined && at.bonus < cells.length) cells[at.bonus] = null;
      return cells;
    },
    // (…and its account, 扣分（加分）原因及完成情况, what the county did: its answers.)
    (row, at) => row.map((v, c) => (c === at.deducted ? "自评分" : c === at.bonus ? null : ACCOUNT.test(spacelessText(v ?? null)) ? "完成情况" : v)),
  );
}
