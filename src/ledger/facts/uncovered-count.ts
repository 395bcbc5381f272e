/**
 * Coverage answered by counting what it misses: "快递未通达行政村（个） | 3" says the express does not
 * reach every village (行政村物流快递覆盖率100% is 否), "… | 0" that it does. The line is read as that
 * answer, its count kept in the label for the reviewer.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";
import { parseNumber } from "../normalize/number";

const UNCOVERED =
  /^(?:[^，,。；;]{0,6}?)(?:快递|物流)[^，,。；;]{0,6}?(?:未通达|未覆盖|未通|不通|未实现覆盖)[^，,。；;]{0,3}?行政村(?:数|个数)?(?:[（(][^（()）]*[)）])?$|^(?:未通达?|未覆盖)(?:快递|物流)[^，,。；;]{0,4}?的?行政村(?:数|个数)?(?:[（(][^（()）]*[)）])?$/;

export function withUncoveredCountsAnswered(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  sheet.rows.forEach((row, r) => {
    const c = row.findIndex((v) => typeof v === "string" && UNCOVERED.test(v.replace(/\s+/g, "")));
    if (c < 0) return;
    const after = row.map((v, i) => (i > c && cellText(v ?? null).trim() !== "" ? i : -1)).filter((i) => i >= 0);
    // (Only a line whose one answer is the count: 3, 3个.)
    if (after.length === 0) return;
    const count = parseNumber(row[after[0]]);
    const n = count.ok ? count.value.toNumber() : -1;
    if (!count.ok || !Number.isInteger(n) || n < 0 || (count.unit !== undefined && count.unit !== "个")) return;
    rows ??= sheet.rows.map((x) => [...x]);
    rows[r][c] = `行政村物流快递覆盖率100%（${cellText(row[c]).trim()}：${n}）`;
    rows[r][after[0]] = n === 0 ? "是" : "否";
  });
  return rows ? { ...sheet, rows } : sheet;
}
