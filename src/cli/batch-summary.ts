/**
 * The batch summary as a sheet model (汇总): one row per county, ranked by total, with bonus, veto,
 * the points of every indicator as a matrix, diagnostics counts and a link-free 说明; a county whose
 * file could not be read stands at the bottom with its error. A data bar over the totals shows the
 * ranking at a glance. Pure data; the batch command renders it into a fresh workbook.
 */
import type { Rubric } from "../scoring/rubric";
import { emptyCell, numberCell, textCell, type CellModel, type SheetModel } from "../table/model";
import { cellAddress } from "../core/grid";
import type { CountyResult } from "./batch-score";

export const SUMMARY_SHEET = "汇总";

/** Competition ranking (1, 2, 2, 4) by total, highest first; files not scored have no rank. */
export function rankCounties(results: CountyResult[]): { result: CountyResult; rank: number | null }[] {
  const scored = results.filter((r) => !r.error).sort((a, b) => (b.total ?? 0) - (a.total ?? 0) || a.county.localeCompare(b.county, "zh"));
  const out = scored.map((result, i) => ({ result, rank: i + 1 }));
  for (let i = 1; i < out.length; i++) if (out[i].result.total === out[i - 1].result.total) out[i].rank = out[i - 1].rank;
  return [...out, ...results.filter((r) => r.error).map((result) => ({ result, rank: null }))];
}

function note(r: CountyResult): string {
  if (r.error) return `未能评分：${r.error}`;
  const d = r.diagnostics ?? { error: 0, warning: 0, info: 0 };
  const parts = [r.vetoed ? `一票否决：${(r.vetoReasons ?? []).join("；") || "见该县评分副本"}` : ""];
  if (d.error || d.warning) parts.push(`有 ${d.error} 条错误、${d.warning} 条警告，请在该县评分副本的“诊断信息”中核对`);
  else parts.push("台账读取无错误或警告");
  return parts.filter(Boolean).join("；");
}

export function summarySheet(results: CountyResult[], rubric: Rubric, title: string): SheetModel {
  const indicators = rubric.indicators.filter((i) => i.section !== "veto");
  const fixed = ["排名", "县（市、区）", "合计得分", "加分", "一票否决"];
  const tail = ["错误", "警告", "提示", "说明", "文件"];
  const headers = [...fixed, ...indicators.map((i) => `${i.name}（${i.weight}）`), ...tail];
  const rows: CellModel[][] = [];
  const width = headers.length;
  const titleRow: CellModel[] = Array.from({ length: width }, () => emptyCell());
  titleRow[0] = textCell(title, "title");
  rows.push(
    titleRow,
    headers.map((h) => textCell(h, "header")),
  );
  for (const { result: r, rank } of rankCounties(results)) {
    const row: CellModel[] = [
      rank === null ? textCell("—", "center") : numberCell(rank, "center"),
      textCell(r.county, "center"),
      r.error ? textCell("未评分", "error") : numberCell(r.total ?? 0, r.vetoed ? "totalVetoed" : "total"),
      r.error ? emptyCell() : numberCell(r.bonus ?? 0, "points"),
      r.error ? emptyCell() : textCell(r.vetoed ? "否决" : "未触发", r.vetoed ? "vetoed" : "notVetoed"),
      ...indicators.map((i) => (r.error || r.points?.[i.id] === undefined ? emptyCell() : numberCell(r.points[i.id], "points"))),
      r.error ? emptyCell() : numberCell(r.diagnostics?.error ?? 0, "center"),
      r.error ? emptyCell() : numberCell(r.diagnostics?.warning ?? 0, "center"),
      r.error ? emptyCell() : numberCell(r.diagnostics?.info ?? 0, "center"),
      textCell(note(r), r.error ? "error" : "text"),
      textCell(r.file),
    ];
    rows.push(row);
  }
  const first = 2;
  const last = Math.max(first, rows.length - 1);
  const max = rubric.indicators.reduce((s, i) => s + Number(i.weight), 0);
  return {
    name: SUMMARY_SHEET,
    columns: headers.map((h, c) => ({ header: h, width: c === 1 ? 14 : c === width - 2 ? 40 : c === width - 1 ? 30 : c < fixed.length ? 9 : 10 })),
    rows,
    headerRow: 1,
    merges: [{ top: 0, left: 0, bottom: 0, right: width - 1 }],
    freeze: { rows: 2, cols: 2 },
    print: {
      paper: "A4",
      landscape: true,
      fitToWidth: true,
      repeatRows: [2, 2],
      margins: { left: 0.3, right: 0.3, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      footer: "第 &P 页，共 &N 页",
    },
    rowHeights: [28, 60],
    dataBar: { range: `${cellAddress(first, 2)}:${cellAddress(last, 2)}`, color: "5B9BD5", min: 0, max: Number.isFinite(max) && max > 0 ? max : 104 },
    autoFilter: `A2:${cellAddress(last, width - 1)}`,
  };
}
