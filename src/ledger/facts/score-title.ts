/**
 * A score table headed only 分 (指标 | 分 | 备注) under a title that names its points as the county's
 * own (【反面】自评分（满分100＋加分4）): that 分 is the 自评分, and is read as such. A bare 分 under
 * any other title (分值, a weight) says nothing of whose points they are, and stays as it is.
 */
import type { Sheet } from "../../core/grid";
import { mergeAt } from "../../core/grid";
import { cellText } from "../normalize/text";

const OWN_POINTS_TITLE = /自评(?:得)?分|自评情况|自我评分/;
const NAMES_HEADER = /^(?:指标|评价指标|考评指标|指标名称|项目|考评项目|事项)$/;

export function withOwnPointsTitled(sheet: Sheet): Sheet {
  let rows: Sheet["rows"] | undefined;
  sheet.rows.forEach((row, r) =>
    (row ?? []).forEach((v, c) => {
      if (r === 0 || cellText(v ?? null).replace(/\s+/g, "") !== "分") return;
      // (A header row: its line names its column of indicators, 指标 | 分 | 备注; not a unit 分 beside a value.)
      if (!(row ?? []).some((x) => NAMES_HEADER.test(cellText(x ?? null).replace(/\s+/g, "")))) return;
      // The title right above the header, over this column (merged across the table, or in its cell).
      for (let up = r - 1; up >= Math.max(0, r - 2); up--) {
        const m = mergeAt(sheet.merges, up, c);
        const title = cellText(sheet.rows[m ? m.top : up]?.[m ? m.left : c] ?? null);
        if (title === "") continue;
        if (OWN_POINTS_TITLE.test(title)) {
          rows ??= sheet.rows.map((x) => [...(x ?? [])]);
          rows[r][c] = "自评分";
        }
        return;
      }
    }),
  );
  return rows ? { ...sheet, rows } : sheet;
}
