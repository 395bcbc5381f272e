/**
 * A self-check sheet's ditto marks: "〃" (or 同上) under 是, under 个, under 亿元 — "as the line above".
 * A reviewer reads each as what it repeats; so does the reader: a ditto cell takes the value of the
 * nearest cell above it that is not one, within its table (a blank row ends a table).
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

const DITTO = /^(?:〃|″|"|同上|仝上)$/;

export function withDittoResolved(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  sheet.rows.forEach((row, r) => {
    (row ?? []).forEach((v, c) => {
      if (typeof v !== "string" || !DITTO.test(v.trim())) return;
      for (let u = r - 1; u >= 0; u--) {
        const above = (rows ?? sheet.rows)[u]?.[c];
        if (cellText(above ?? null) === "" && !(sheet.rows[u] ?? []).some((x) => cellText(x ?? null) !== "")) break;
        if (typeof above === "string" && DITTO.test(above.trim())) continue;
        if (above === null || above === undefined) continue;
        rows ??= sheet.rows.map((x) => [...x]);
        rows[r][c] = above;
        return;
      }
    });
  });
  return rows ? { ...sheet, rows } : sheet;
}
