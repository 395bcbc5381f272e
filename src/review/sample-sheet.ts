/**
 * The inspection sample as a sheet model (抽查清单): one row per drawn station with its ledger
 * details, the 视频 / 现场 marks, a link to its ledger row, and the reviewer's columns (核查结果 with
 * a 符合 / 不符合 drop-down, 说明). The seed and the rule are written above the table, so the list
 * can be drawn again by anyone. Plain values only: any writer writes it.
 */
import { cellAddress, type Sheet } from "../core/grid";
import { SAMPLE_SHEET, emptyCell, numberCell, textCell, type CellModel, type SheetModel } from "../table/model";
import { sampleSummary, type SampleDraw } from "./sample";

export const SAMPLE_COLUMNS = [
  { header: "序号", width: 6 },
  { header: "站点名称", width: 22 },
  { header: "所在村", width: 14 },
  { header: "镇（街道）", width: 12 },
  { header: "省定贫困村", width: 10 },
  { header: "地址", width: 26 },
  { header: "联系人", width: 10 },
  { header: "联系电话", width: 14 },
  { header: "视频抽查", width: 8 },
  { header: "现场检查", width: 8 },
  { header: "台账位置", width: 20 },
  { header: "核查结果", width: 10 },
  { header: "说明", width: 30 },
] as const;

const HEADER_ROW = 2;
export const SAMPLE_FINDINGS = ["符合", "不符合"];

function ruleText(d: SampleDraw): string {
  const r = d.rule;
  return `规则：随机视频抽查 ${Math.round(r.videoShare * 100)}% 的站点（向上取整，其中至少 ${Math.round(r.videoPoorShare * 100)}% 的省定贫困村站点），另现场检查 ${r.onSite} 个站点（其中贫困村 ${r.onSitePoor} 个）；同一种子重抽结果相同（ecom-score sample <工作簿> --seed ${d.seed}）`;
}

function headerOnly(): CellModel[][] {
  const width = SAMPLE_COLUMNS.length;
  const blank = () => Array.from({ length: width }, () => emptyCell());
  return [blank(), blank(), SAMPLE_COLUMNS.map((c) => textCell(c.header, "header"))];
}

export function sampleSheet(d: SampleDraw): SheetModel {
  const width = SAMPLE_COLUMNS.length;
  const rows = headerOnly();
  rows[0][0] = textCell(sampleSummary(d), "title");
  rows[1][0] = textCell(ruleText(d), "note");
  const mark = (b: boolean) => textCell(b ? "√" : "", "center");
  d.drawn.forEach((s, i) => {
    rows.push([
      numberCell(i + 1, "center"),
      textCell(s.name ?? ""),
      textCell(s.village),
      textCell(s.town ?? ""),
      textCell(s.poor === null ? "未知" : s.poor ? "是" : "否", "center"),
      textCell(s.address ?? ""),
      textCell(s.contact ?? ""),
      textCell(s.phone ?? ""),
      mark(s.video),
      mark(s.onSite),
      textCell(`${s.sheet} 第 ${s.row} 行`, "link", { link: { sheet: s.sheet, cell: cellAddress(s.row - 1, 0) } }),
      emptyCell("reviewer"),
      emptyCell("reviewer"),
    ]);
  });
  const last = rows.length;
  for (const note of d.shortfalls) {
    const r = Array.from({ length: width }, () => emptyCell());
    r[0] = textCell(`注：${note}`, "note");
    rows.push(r);
  }
  const merges = [
    { top: 0, left: 0, bottom: 0, right: width - 1 },
    { top: 1, left: 0, bottom: 1, right: width - 1 },
    ...d.shortfalls.map((_, i) => ({ top: last + i, left: 0, bottom: last + i, right: width - 1 })),
  ];
  const findings = `${cellAddress(HEADER_ROW + 1, 11)}:${cellAddress(Math.max(HEADER_ROW + 1, last - 1), 11)}`;
  return {
    name: SAMPLE_SHEET,
    columns: SAMPLE_COLUMNS.map((c) => ({ header: c.header, width: c.width })),
    rows,
    headerRow: HEADER_ROW,
    merges,
    freeze: { rows: HEADER_ROW + 1, cols: 0 },
    print: {
      paper: "A4",
      landscape: true,
      fitToWidth: true,
      repeatRows: [HEADER_ROW + 1, HEADER_ROW + 1],
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      footer: "第 &P 页，共 &N 页",
    },
    rowHeights: [30, 45],
    validations: d.drawn.length ? [{ range: findings, kind: "list", options: SAMPLE_FINDINGS, prompt: "符合 / 不符合" }] : [],
    reviewerColumns: [11, 12],
  };
}

/** The header row alone: how the tool recognises its own sample sheet. */
export function sampleTemplate(): SheetModel {
  return {
    ...sampleSheet({
      seed: "",
      rule: { videoShare: 0, videoPoorShare: 0, onSite: 0, onSitePoor: 0 },
      stations: 0,
      poorStations: 0,
      videoRequired: 0,
      videoPoorRequired: 0,
      onSiteRequired: 0,
      onSitePoorRequired: 0,
      drawn: [],
      shortfalls: [],
    }),
    rows: headerOnly(),
  };
}

/** Has a reviewer typed anything in the 核查结果 / 说明 columns of a sample sheet (read back)? */
export function hasFindings(sheet: Sheet): boolean {
  const header = sheet.rows.findIndex((r) => (r ?? []).some((v) => v === "核查结果"));
  if (header < 0) return false;
  const cols = ["核查结果", "说明"].map((h) => sheet.rows[header].indexOf(h)).filter((c) => c >= 0);
  return sheet.rows.slice(header + 1).some((r) => cols.some((c) => r?.[c] !== null && r?.[c] !== undefined && String(r[c]).trim() !== ""));
}
