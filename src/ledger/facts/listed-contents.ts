/**
 * A label naming what a column shows and its items listed beside it: "专栏公开内容 | 创建方案、项目基本信息、
 * 项目建设进度（每月）". A reviewer reads it as "专栏公开创建方案、项目基本信息…": each item shown. So does
 * the reader, the value said as that sentence. (…or an evidence binder's line, "区政府网站专栏截图：创建方案、项目
 * 基本信息、建设进度": the column shown with those things on it, "…专栏公示创建方案、…".)
 */
import type { CellValue, Sheet } from "../../core/grid";
import { spacelessText } from "../normalize/text";

/** The label: what is shown, then 内容 / 事项 ("专栏公开内容", "公示事项"). */
const CONTENTS_LABEL = /^([\u4e00-\u9fff]{0,8}?(?:公开|公示))(?:的)?(?:内容|事项)[:：]?$/;

/** A screenshot of the column and what it shows: "区政府网站专栏截图：创建方案、项目基本信息". */
const SCREENSHOT = /^([^:：。]{0,12}?(?:专栏|栏目))(?:页面)?截图\s*[:：]\s*([^:：]+、[^:：]+)$/;

/** The cell listing the items of a contents label at `c`: the next one, or the one past a blank (a label merged over two columns). */
function itemsCellOf(row: readonly CellValue[], c: number): number {
  return spacelessText(row[c + 1] ?? null) === "" && c + 2 < row.length ? c + 2 : c + 1;
}

/** Whether cell `c` is the one listing the items of a contents label ("专栏公开内容") left of it. */
export function isListedContentsCell(row: readonly CellValue[], c: number): boolean {
  return [c - 1, c - 2].some((at) => at >= 0 && CONTENTS_LABEL.test(spacelessText(row[at] ?? null)) && itemsCellOf(row, at) === c);
}

export function withListedContents(sheet: Sheet): Sheet {
  let changed = false;
  const rows = sheet.rows.map((row) => {
    if (!row) return row;
    let out: CellValue[] | undefined;
    row.forEach((v, c) => {
      const shot = typeof v === "string" ? SCREENSHOT.exec(v.trim()) : null;
      if (shot) {
        out ??= [...row];
        out[c] = `${shot[1]}公示${shot[2]}`;
        return;
      }
      const m = CONTENTS_LABEL.exec(spacelessText(v ?? null));
      if (!m) return;
      // (…the items in the next filled cell, a label merged over two columns leaving one blank between.)
      const at = itemsCellOf(row, c);
      const value = row[at];
      if (typeof value !== "string" || value.split(/[、，,]/).filter((p) => p.trim() !== "").length < 2) return;
      out ??= [...row];
      // (A thing the column has said after the list, "…建设进度，设监督举报窗口": one more item of it.)
      out[at] = `${m[1]}${value.trim().replace(/[，,]\s*(?:并|另|还)?(?:设|设立|设置|开设|公布)(?=[\u4e00-\u9fff])/g, "、")}`;
    });
    if (out) changed = true;
    return out ?? row;
  });
  return changed ? { ...sheet, rows } : sheet;
}
