/**
 * Points written over the full mark: a column headed 得分/满分 holding "1/2", "9/15", "18／20". A
 * reviewer reads the points before the slash; so does the reader: the header reads 得分 and each cell
 * its points (the full mark is the rubric's own).
 *
 * So are counts written over their base: a column headed 完成数/基数 holding "168/238", "5,216/5,000",
 * "412.6/500" — what was done over what it is measured against (a whole, or the standard's figure).
 * The figure before the slash is the line's own; a coverage line's whole after it is ("行政村站点覆盖率
 * | 168/238": 238 行政村, the covered ones being counted from the station list).
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, spacelessText } from "../normalize/text";
import { tableEnd } from "./table-end";

const HEADER = /^(自评得分|自评分|得分|评分)[/／](?:满分|分值|总分)$/;
const OVER_FULL = /^(\d+(?:\.\d+)?)\s*[/／]\s*\d+(?:\.\d+)?$/;

/**
 * The sheet with each column headed "a/b" rewritten: its header as `head` names it (undefined: no
 * such column), each cell under it down to the table's end as `cell` reads it (undefined: as it is).
 */
function withSlashColumns(
  sheet: Sheet,
  head: (header: string) => string | undefined,
  cell: (text: string, row: readonly CellValue[], c: number) => CellValue | undefined,
): Sheet {
  let rows: CellValue[][] | undefined;
  sheet.rows.forEach((row, h) => {
    (row ?? []).forEach((v, c) => {
      const name = head(spacelessText(v ?? null));
      if (name === undefined) return;
      rows ??= sheet.rows.map((x) => [...x]);
      rows[h][c] = name;
      for (let r = h + 1, end = tableEnd(sheet, h); r < end; r++) {
        const read = cell(cellText(sheet.rows[r]?.[c] ?? null).trim(), sheet.rows[r] ?? [], c);
        if (read !== undefined) rows[r][c] = read;
      }
    });
  });
  return rows ? { ...sheet, rows } : sheet;
}

export function withScoreOverFull(sheet: Sheet): Sheet {
  return withSlashColumns(
    sheet,
    (t) => HEADER.exec(t)?.[1],
    (t) => {
      const points = OVER_FULL.exec(t);
      return points ? Number(points[1]) : undefined;
    },
  );
}

const DONE_HEADER = /^(完成数|完成值|实际数|实际值|实际完成数?)[/／](?:基数|目标|目标值|标准|考核标准|标准值|计划数?|应完成数?)$/;
const OVER_BASE = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*[/／]\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/;
/** A line measuring a whole's coverage: its base is the whole (行政村站点覆盖率, 贫困村覆盖率). */
const COVERAGE = /覆盖率$/;

export function withCountsOverBase(sheet: Sheet): Sheet {
  return withSlashColumns(
    sheet,
    (t) => DONE_HEADER.exec(t)?.[1],
    (t, row, c) => {
      const parts = OVER_BASE.exec(t);
      if (!parts) return undefined;
      const coverage = row.some((x, i) => i < c && COVERAGE.test(spacelessText(x ?? null)));
      return coverage ? parts[2] : parts[1];
    },
  );
}
