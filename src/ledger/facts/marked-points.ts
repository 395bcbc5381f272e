/**
 * Judged items scored by a mark under a column per point value (评分项 | 分值范围 | 5分 | 4分 | 3分 |
 * 2分 | 1分, a ● under 2分, ／ where the value is out of the item's range). A reviewer reads the
 * points the marked column names; so does the reader: the mark becomes those points in its own cell
 * (the evidence is the ●, where the reviewer looks), the other marks and ／ are left out, and every
 * point column is headed 自评分 — one value per line under them.
 */
import type { Sheet } from "../../core/grid";
import { spacelessText } from "../normalize/text";
import { withTablesRewritten } from "./table-end";

const POINT_HEADER = /^(\d{1,2})分$/;
const MARK = /^[●√✓✔☑■◆★▲◎]$/;

export function withMarkedPoints(sheet: Sheet): Sheet {
  return withTablesRewritten(
    sheet,
    (row) => {
      const cols = row.flatMap((v, c) => {
        const m = POINT_HEADER.exec(spacelessText(v ?? null));
        return m ? [{ c, points: Number(m[1]) }] : [];
      });
      // Three point columns side by side at least, a scale (5分 | 4分 | 3分 or 1分 | 2分 | 3分): not a
      // row of values that happen to be points ("2分 | 1分 | 1分" under their items).
      const step = cols.length >= 3 ? cols[1].points - cols[0].points : 0;
      const scale = Math.abs(step) === 1 && cols.every((p, i) => i === 0 || (p.c === cols[i - 1].c + 1 && p.points - cols[i - 1].points === step));
      return scale ? cols : undefined;
    },
    (cells, cols) => {
      const marked = cols.filter((p) => MARK.test(spacelessText(cells[p.c] ?? null)));
      if (marked.length !== 1) return [...cells];
      return cells.map((v, c) => (c === marked[0].c ? marked[0].points : cols.some((p) => p.c === c) ? null : v));
    },
    (row, cols) => row.map((v, c) => (cols.some((p) => p.c === c) ? "自评分" : v)),
  );
}
