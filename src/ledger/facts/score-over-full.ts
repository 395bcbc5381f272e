/**
 * Points written over the full mark: a column headed 得分/满分 holding "1/2", "9/15", "18／20". A
 * reviewer reads the points before the slash; so does the reader: the header reads 得分 and each cell
 * its points (the full mark is the rubric's own).
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, spacelessText } from "../normalize/text";
import { tableEnd } from "./table-end";

const HEADER = /^(自评得分|自评分|得分|评分)[/／](?:满分|分值|总分)$/;
const OVER_FULL = /^(\d+(?:\.\d+)?)\s*[/／]\s*\d+(?:\.\d+)?$/;

export function withScoreOverFull(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  sheet.rows.forEach((row, h) => {
    (row ?? []).forEach((v, c) => {
      const head = HEADER.exec(spacelessText(v ?? null));
      if (!head) return;
      rows ??= sheet.rows.map((x) => [...x]);
      rows[h][c] = head[1];
      for (let r = h + 1, end = tableEnd(sheet, h); r < end; r++) {
        const points = OVER_FULL.exec(cellText(sheet.rows[r]?.[c] ?? null).trim());
        if (points) rows[r][c] = Number(points[1]);
      }
    });
  });
  return rows ? { ...sheet, rows } : sheet;
}
