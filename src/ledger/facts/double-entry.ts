/**
 * A 双录比对表 (电白): every figure typed twice by two clerks from the originals — 一录 | 二录 | 比对 |
 * 核定值 — the two agreeing taken as typed, a 核定值 written where they differ ("以核定值为准"). A
 * reviewer reads the 核定值 where there is one and the first entry elsewhere; so does the reader: the
 * first entry's cell answers unless the line has a 核定值, which then does; the second entry and the
 * 比对 verdict are left out (each value keeps its own cell, where the reviewer looks).
 */
import type { CellValue, Sheet } from "../../core/grid";
import { spacelessText } from "../normalize/text";
import { withTablesRewritten } from "./table-end";

const FIRST = /^(?:一录|第一录|首录|录入一|初录|一次录入|录入员一|录入1)(?:[(（].*[)）])?$/;
const SECOND = /^(?:二录|第二录|复录|录入二|二次录入|录入员二|录入2)(?:[(（].*[)）])?$/;
const COMPARED = /^(?:比对|比对结果|对比|核对结果|是否一致)$/;
const SETTLED = /^(?:核定值|核定数|核定数据|审定值|最终值|采用值|核定)$/;

interface Cols {
  first: number;
  second: number;
  compared: number;
  settled: number;
}

function columnsOf(row: readonly CellValue[]): Cols | undefined {
  const keys = row.map((v) => spacelessText(v ?? null));
  const find = (re: RegExp) => keys.findIndex((k) => re.test(k));
  const cols = { first: find(FIRST), second: find(SECOND), compared: find(COMPARED), settled: find(SETTLED) };
  return cols.first >= 0 && cols.second >= 0 && cols.settled >= 0 ? cols : undefined;
}

export function withSettledEntries(sheet: Sheet): Sheet {
  return withTablesRewritten(
    sheet,
    (row) => columnsOf(row),
    (row, c) => {
      const cells = [...row];
      if (spacelessText(cells[c.settled] ?? null) !== "") cells[c.first] = null;
      cells[c.second] = null;
      if (c.compared >= 0) cells[c.compared] = null;
      return cells;
    },
    (row, c) => row.map((v, i) => (i === c.first || i === c.settled ? "填报值" : i === c.second || i === c.compared ? null : v)),
  );
}
