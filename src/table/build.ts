/**
 * ScoreReport + Rubric → the three scored sheets as table models (see model.ts).
 */
import type { Severity } from "../core/diagnostics";
import type { Merge } from "../core/grid";
import { cellAddress } from "../core/grid";
import type { Evidence } from "../scoring/facts";
import type { IndicatorResult, ItemResult, ScoreReport, Status } from "../scoring/report";
import type { Rubric, RubricIndicator, Section } from "../scoring/rubric";
import { sortDiagnostics } from "../scoring/evaluate";
import { describeEvidence, describeSources, diagnosticTarget } from "./evidence";
import { keepTogetherBreaks, splitMergesAtBreaks, type KeepBlock } from "./paginate";
import { withReviewerTotal } from "./reviewer";
import { MAX_ROW_HEIGHT, layoutSheet, wrappedLines, type ColumnLimits } from "./layout";
import {
  BODY_FONT_SIZE,
  BREAKDOWN_SHEET,
  COL,
  DIAGNOSTICS_SHEET,
  INDICATOR_SHEET,
  TOTAL_ROW_ID,
  emptyCell,
  numberCell,
  textCell,
  type CellModel,
  type PrintModel,
  type SheetModel,
  type StyleName,
  type ValidationModel,
} from "./model";

/** A number without float noise (0.1+0.2 → 0.3), as text. */
export function fmtPoints(n: number): string {
  return String(roundPoints(n));
}

function roundPoints(n: number): number {
  return Number(n.toFixed(6));
}

export const STATUS_TEXT: Record<Status, string> = { computed: "已计算", judged: "自评", missing: "缺少数据" };
export const SEVERITY_TEXT: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
const SECTION_RANK: Record<Section, number> = { scored: 0, bonus: 1, veto: 2 };
export const MISSING_MARK = "（缺少数据）";

function printModel(headerRow: number): PrintModel {
  return {
    paper: "A4",
    landscape: true,
    fitToWidth: true,
    repeatRows: [headerRow + 1, headerRow + 1],
    margins: { left: 0.3, right: 0.3, top: 0.5, bottom: 0.5, header: 0.2, footer: 0.2 },
    footer: "第 &P 页，共 &N 页",
  };
}

/** One rubric indicator with its result (either may be absent when rubric and report disagree). */
interface Line {
  id: string;
  section: Section;
  groupId: string;
  groupName: string;
  rubric?: RubricIndicator;
  result?: IndicatorResult;
}

/** Rubric order (scored, then bonus, then veto); results the rubric does not know go last in their section. */
function lines(report: ScoreReport, rubric: Rubric): Line[] {
  const groupName = (id: string) => rubric.groups.find((g) => g.id === id)?.name ?? id;
  const out: Line[] = rubric.indicators.map((ri) => ({
    id: ri.id,
    section: ri.section,
    groupId: ri.group,
    groupName: groupName(ri.group),
    rubric: ri,
    result: report.indicators.find((x) => x.id === ri.id),
  }));
  for (const res of report.indicators) {
    if (!rubric.indicators.some((ri) => ri.id === res.id)) {
      out.push({ id: res.id, section: res.section, groupId: res.group, groupName: groupName(res.group), result: res });
    }
  }
  return out
    .map((l, i) => ({ l, i }))
    .sort((a, b) => SECTION_RANK[a.l.section] - SECTION_RANK[b.l.section] || a.i - b.i)
    .map((x) => x.l);
}

function lineName(l: Line): string {
  return l.rubric?.texts.name || l.rubric?.name || l.result?.name || l.id;
}

function itemLine(item: ItemResult): string {
  const basis = item.basis.trim();
  let s = basis ? `${item.label}：${basis}` : item.label;
  if (item.status === "missing" && !s.includes("缺少数据")) s += MISSING_MARK;
  return s;
}

/**
 * 计算依据: the indicator basis, then each item's basis on its own line; "（缺少数据）" up front when
 * missing. `compact`: only the items short of full points, and a line counting the others.
 */
export function basisText(res: IndicatorResult | undefined, compact = false): string {
  if (!res) return `${MISSING_MARK}评分结果中没有此指标`;
  const out: string[] = [];
  const head = res.basis.trim();
  if (res.status === "missing") out.push(head.startsWith(MISSING_MARK) ? head : MISSING_MARK + head);
  else if (head) out.push(head);
  let full = 0;
  for (const item of res.items) {
    if (res.items.length === 1 && item.basis.trim() === head && item.status === res.status) continue;
    if (compact && item.status !== "missing" && item.points >= item.max && item.max > 0) {
      full++;
      continue;
    }
    out.push(itemLine(item));
  }
  if (full > 0) out.push(`其余 ${full} 项得满分（逐项依据见“${BREAKDOWN_SHEET}”）`);
  return out.join("\n");
}

/** Excel cannot make a row taller than 409 pt: a basis that would need more is written compactly. */
function fittingBasis(res: IndicatorResult | undefined, width: number): string {
  const full = basisText(res);
  const tooTall = (t: string) => wrappedLines(t, width) * BODY_FONT_SIZE * 1.35 + 5 > MAX_ROW_HEIGHT - 20;
  return tooTall(full) ? basisText(res, true) : full;
}

function allEvidence(res: IndicatorResult | undefined): Evidence[] {
  return res ? res.items.flatMap((i) => i.evidence ?? []) : [];
}

/** One 数据来源 cell per source sheet, each linked to the place its text names (at least one cell). */
function sourceCells(evidence: Evidence[]): CellModel[] {
  const sources = describeSources(evidence);
  if (sources.length === 0) return [emptyCell()];
  return sources.map(({ text, link }) => textCell(text, "link", { link }));
}

/** A reviewer's cell: yellow, and left editable when the sheet is protected. */
function reviewerCell(): CellModel {
  return { value: null, style: "reviewer", unlocked: true };
}

function sourceCell(evidence: Evidence[]): CellModel {
  const { text, link } = describeEvidence(evidence);
  if (!text) return emptyCell();
  return textCell(text, link ? "link" : "text", link ? { link } : {});
}

// ---------------------------------------------------------------------------------------------
// 考评指标自评表

const IND_COLUMNS: ColumnSpec[] = [
  { header: COL.group, limits: { min: 10, max: 11 } },
  { header: COL.name, limits: { min: 8, max: 10 } },
  { header: COL.weight, limits: { min: 6, max: 6 } },
  { header: COL.explanation, limits: { min: 16, max: 28 } },
  { header: COL.criteria, limits: { min: 16, max: 26 } },
  { header: COL.evidence, limits: { min: 14, max: 22 } },
  { header: COL.selfScore, limits: { min: 7, max: 7 } },
  { header: COL.claimed, limits: { min: 7, max: 7 } },
  { header: COL.basis, limits: { min: 20, max: 40 } },
  { header: COL.source, limits: { min: 12, max: 24 } },
  { header: COL.reviewScore, limits: { min: 7, max: 7 } },
  { header: COL.reviewOpinion, limits: { min: 16, max: 16 } },
  { header: COL.id, limits: { min: 8, max: 12 }, noPrint: true },
];

export const IND = {
  group: 0,
  name: 1,
  weight: 2,
  explanation: 3,
  criteria: 4,
  evidence: 5,
  selfScore: 6,
  claimed: 7,
  basis: 8,
  source: 9,
  reviewScore: 10,
  reviewOpinion: 11,
  id: 12,
} as const;

/** The indicator table's header before 填报自评 was added: such a sheet is still the tool's. */
const FORMER_IND_HEADERS: string[][] = [IND_COLUMNS.filter((c) => c.header !== COL.claimed).map((c) => c.header)];

const samePoints = (a: number, b: number) => Math.abs(a - b) < 1e-6;

/** 填报自评: the county's claimed points, flagged when the ledgers support a different score. */
function claimedCell(claimed: number | undefined, computed: number | undefined): CellModel {
  if (claimed === undefined || !Number.isFinite(claimed)) return emptyCell("claimed");
  const differs = computed !== undefined && !samePoints(claimed, computed);
  return numberCell(roundPoints(claimed), differs ? "claimDiffers" : "claimed");
}

/** The 计算依据 line a reviewer reads beside a flagged 填报自评 (the fill does not print in black and white). */
function claimLine(claimed: number, computed: number): string {
  return `填报自评 ${fmtPoints(claimed)} 分，台账支持 ${fmtPoints(computed)} 分，请核实`;
}

function indicatorRow(l: Line): CellModel[] {
  const res = l.result;
  const texts = l.rubric?.texts;
  const weight = l.rubric ? Number(l.rubric.weight) : (res?.weight ?? null);
  let score: CellModel;
  if (l.section === "veto") {
    const vetoed = res?.vetoed === true;
    score = textCell(vetoed ? "否决" : "未触发", vetoed ? "vetoed" : "notVetoed");
  } else {
    const missing = !res || res.status === "missing";
    score = numberCell(res ? roundPoints(res.points) : 0, missing ? "pointsMissing" : "points");
  }
  const row: CellModel[] = [];
  row[IND.group] = textCell(l.groupName, "group");
  row[IND.name] = textCell(lineName(l), "center");
  row[IND.weight] = l.section === "veto" || weight === null || !Number.isFinite(weight) ? emptyCell("center") : numberCell(weight, "points");
  row[IND.explanation] = textCell(texts?.explanation ?? "");
  row[IND.criteria] = textCell(texts?.criteria ?? "");
  row[IND.evidence] = textCell(texts?.evidence ?? "");
  row[IND.selfScore] = score;
  // Veto rows carry no points, so no claim is shown there.
  const claimed = l.section === "veto" ? undefined : res?.claimed;
  const computed = res ? roundPoints(res.points) : undefined;
  row[IND.claimed] = claimedCell(claimed, computed);
  let basis = fittingBasis(res, IND_COLUMNS[IND.basis].limits.max);
  if (claimed !== undefined && computed !== undefined && !samePoints(claimed, computed))
    basis = basis ? `${basis}\n${claimLine(claimed, computed)}` : claimLine(claimed, computed);
  row[IND.basis] = textCell(basis);
  row[IND.source] = emptyCell();
  row[IND.reviewScore] = reviewerCell();
  row[IND.reviewOpinion] = reviewerCell();
  row[IND.id] = textCell(l.id, "id");
  return row;
}

/**
 * Rows whose indicator has several sources get one row per source (rows inserted below), every
 * other column merged over them, so that each source is a cell with its own link. `sources[r]`: the
 * source cells of row r. Returns the [top, bottom] rows of each original row, in order.
 */
function expandSources(rows: CellModel[][], merges: Merge[], first: number, end: number, sources: CellModel[][], col: number): [number, number][] {
  const spans: [number, number][] = [];
  for (let r = end - 1; r >= first; r--) {
    const cells = sources[r - first];
    rows[r][col] = cells[0];
    const extra = cells.length - 1;
    spans.unshift([r, r + extra]);
    if (extra === 0) continue;
    const added = cells.slice(1).map((src) => rows[r].map((c, k) => (k === col ? src : { value: null, style: c.style, ...(c.unlocked ? { unlocked: true } : {}) })));
    rows.splice(r + 1, 0, ...added);
    for (const m of merges) {
      if (m.top > r) {
        m.top += extra;
        m.bottom += extra;
      } else if (m.bottom >= r) m.bottom += extra;
    }
    for (let c = 0; c < rows[r].length; c++) {
      if (c === col || merges.some((m) => m.left <= c && c <= m.right && m.top <= r && r <= m.bottom)) continue;
      merges.push({ top: r, left: c, bottom: r + extra, right: c });
    }
  }
  // Spans were recorded before the rows above them grew: recount from the top.
  let at = first;
  return spans.map(([a, b]) => {
    const span: [number, number] = [at, at + (b - a)];
    at += b - a + 1;
    return span;
  });
}

/** Vertical merges of equal, non-empty consecutive values in column `col` over rows [from, to). */
function mergeRuns(
  rows: CellModel[][],
  col: number,
  from: number,
  to: number,
  key: (r: number) => string | null,
  merges: Merge[],
  onMerge?: (top: number, bottom: number) => void,
): void {
  let start = from;
  for (let r = from + 1; r <= to; r++) {
    const k = key(start);
    if (r < to && k !== null && key(r) === k) continue;
    if (r - 1 > start && k !== null) {
      merges.push({ top: start, left: col, bottom: r - 1, right: col });
      for (let x = start + 1; x <= r - 1; x++) rows[x][col] = { value: null, style: rows[start][col].style };
      onMerge?.(start, r - 1);
    }
    start = r;
  }
}

function totalRow(report: ScoreReport, rubric: Rubric, ncols: number): CellModel[] {
  const row: CellModel[] = Array.from({ length: ncols }, () => emptyCell("totalLabel"));
  const before = roundPoints(report.totalBeforeVeto);
  const bonus = roundPoints(report.bonus);
  const scored = roundPoints(before - bonus);
  row[IND.group] = textCell(report.vetoed ? "合计得分（一票否决）" : "合计得分", "totalLabel");
  const tw = Number(rubric.totalWeight);
  row[IND.weight] = Number.isFinite(tw) ? numberCell(tw, "totalLabel") : emptyCell("totalLabel");
  const state = report.vetoed
    ? `一票否决：${report.vetoReasons.length ? report.vetoReasons.join("；") : "已触发"}。否决前合计 ${fmtPoints(before)} 分，最终得分 ${fmtPoints(report.total)} 分。`
    : `未触发一票否决。指标得分 ${fmtPoints(scored)} 分 + 加分项 ${fmtPoints(bonus)} 分 = ${fmtPoints(report.total)} 分。`;
  row[IND.explanation] = textCell(state, report.vetoed ? "totalVetoed" : "totalLabel");
  row[IND.selfScore] = numberCell(roundPoints(report.total), report.vetoed ? "totalVetoed" : "total");
  // The claimed total only when every scored and bonus indicator states a claim: a partial sum would mislead.
  const pointed = report.indicators.filter((i) => i.section !== "veto");
  const claimedTotal = pointed.length > 0 && pointed.every((i) => i.claimed !== undefined) ? pointed.reduce((a, i) => a + (i.claimed as number), 0) : undefined;
  row[IND.claimed] =
    claimedTotal === undefined ? emptyCell("totalLabel") : numberCell(roundPoints(claimedTotal), samePoints(claimedTotal, report.total) ? "total" : "claimDiffers");
  const basis = [`指标得分合计 ${fmtPoints(scored)}`, `加分项 ${fmtPoints(bonus)}（上限 ${rubric.maxBonus}）`, `否决前合计 ${fmtPoints(before)}`];
  if (report.vetoed) basis.push(`一票否决 → ${fmtPoints(report.total)}`);
  else basis.push(`合计 ${fmtPoints(report.total)}`);
  if (claimedTotal !== undefined && !samePoints(claimedTotal, report.total)) basis.push(`填报自评合计 ${fmtPoints(claimedTotal)}`);
  row[IND.basis] = textCell(basis.join("\n"), "text");
  row[IND.source] = emptyCell("text");
  // The reviewer total is a formula (set by withReviewerTotal), not an input.
  row[IND.reviewScore] = emptyCell("total");
  row[IND.reviewOpinion] = reviewerCell();
  row[IND.id] = textCell(TOTAL_ROW_ID, "id");
  return row;
}

function titleText(report: ScoreReport, rubric: Rubric, suffix: string): string {
  const county = report.county?.trim() || "（未填写县名）";
  return `${county} ${rubric.title}${suffix}（考评截止日期：${report.asOf}）`;
}

/** Column spec of a written sheet: its header and the width range layout may choose from. */
type ColumnSpec = { header: string; limits: ColumnLimits; noPrint?: boolean };

/** The frame every scored sheet shares: a title row merged across, then the header row. */
function startSheet(columns: ColumnSpec[], title: string, headerText: (c: ColumnSpec) => string = (c) => c.header) {
  const titleRow: CellModel[] = Array.from({ length: columns.length }, () => emptyCell("title"));
  titleRow[0] = textCell(title, "title");
  const rows: CellModel[][] = [titleRow, columns.map((c) => textCell(headerText(c), "header"))];
  const merges: Merge[] = [{ top: 0, left: 0, bottom: 0, right: columns.length - 1 }];
  return { rows, merges, headerRow: 1 };
}

/** Frozen header, print setup and column widths laid out from the content. */
function finishSheet(
  name: string,
  columns: ColumnSpec[],
  frame: { rows: CellModel[][]; merges: Merge[]; headerRow: number },
  extra: Partial<SheetModel> = {},
): SheetModel {
  const sheet: SheetModel = {
    name,
    columns: columns.map((c) => ({ header: c.header, width: c.limits.min, ...(c.noPrint ? { noPrint: true } : {}) })),
    rows: frame.rows,
    headerRow: frame.headerRow,
    merges: frame.merges,
    freeze: { rows: frame.headerRow + 1, cols: 0 },
    print: printModel(frame.headerRow),
    rowHeights: [],
    ...extra,
  };
  return layoutSheet(
    sheet,
    columns.map((c) => c.limits),
  );
}

export function buildIndicatorSheet(report: ScoreReport, rubric: Rubric): SheetModel {
  const ncols = IND_COLUMNS.length;
  const validations: ValidationModel[] = [];
  // "权重（%）" breaks before the bracket in its narrow column (the column header stays "权重（%）").
  const frame = startSheet(IND_COLUMNS, titleText(report, rubric, " 自评表"), (c) => (c.header === COL.weight ? "权重\n（%）" : c.header));
  const { rows, merges } = frame;

  const ls = lines(report, rubric);
  const first = rows.length;
  for (const l of ls) rows.push(indicatorRow(l));
  const end = rows.length;
  const lineAt = (r: number) => ls[r - first];

  // 工作任务: one cell per group run.
  mergeRuns(rows, IND.group, first, end, (r) => `${lineAt(r).section}|${lineAt(r).groupId}`, merges);
  // 评价指标名称 + 权重: consecutive rows of one group printing the same name (服务体系建设 25).
  const nameKey = (r: number) => {
    const l = lineAt(r);
    const name = l.rubric?.texts.name;
    return name && l.section !== "veto" ? `${l.section}|${l.groupId}|${name}` : null;
  };
  mergeRuns(rows, IND.name, first, end, nameKey, merges, (top, bottom) => {
    let sum = 0;
    let ok = true;
    for (let r = top; r <= bottom; r++) {
      const w = lineAt(r).rubric ? Number(lineAt(r).rubric!.weight) : NaN;
      if (!Number.isFinite(w)) ok = false;
      sum += w;
    }
    rows[top][IND.weight] = ok ? numberCell(roundPoints(sum), "points") : rows[top][IND.weight];
    for (let r = top + 1; r <= bottom; r++) rows[r][IND.weight] = { value: null, style: "points" };
    merges.push({ top, left: IND.weight, bottom, right: IND.weight });
    // Official texts shared by the rows (when they are the same text) are merged too.
    for (const col of [IND.explanation, IND.criteria, IND.evidence]) {
      mergeRuns(rows, col, top, bottom + 1, (r) => (typeof rows[r][col].value === "string" && rows[r][col].value !== "" ? String(rows[r][col].value) : null), merges);
    }
  });

  const spans = expandSources(
    rows,
    merges,
    first,
    end,
    ls.map((l) => sourceCells(allEvidence(l.result))),
    IND.source,
  );
  merges.sort((a, b) => a.top - b.top || a.left - b.left);

  // Reviewer hints: a score within the indicator's range, or 否决/未触发 for vetoes.
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i];
    const a1 = cellAddress(spans[i][0], IND.reviewScore);
    if (l.section === "veto") {
      validations.push({ range: a1, kind: "list", options: ["否决", "未触发"], prompt: "填写“否决”或“未触发”" });
    } else if (l.rubric) {
      const max = Number(l.rubric.weight);
      const min = Math.min(0, Number(l.rubric.floor ?? "0"));
      if (Number.isFinite(max) && Number.isFinite(min)) {
        validations.push({ range: a1, kind: "decimal", min, max, prompt: `考评得分：${min}–${max} 分` });
      }
    }
  }

  rows.push(totalRow(report, rubric, ncols));
  const totalAt = rows.length - 1;
  const sectionRows = (section: Section): [number, number] | undefined => {
    const at = ls.map((l, i) => (l.section === section ? i : -1)).filter((i) => i >= 0);
    return at.length ? [spans[at[0]][0], spans[at[at.length - 1]][1]] : undefined;
  };
  const reviewerTotal = {
    row: totalAt,
    col: IND.reviewScore,
    scored: sectionRows("scored"),
    bonus: sectionRows("bonus"),
    bonusCap: Number.isFinite(Number(rubric.maxBonus)) ? Number(rubric.maxBonus) : 0,
    veto: sectionRows("veto"),
  };
  merges.push({ top: totalAt, left: IND.group, bottom: totalAt, right: IND.name });
  merges.push({ top: totalAt, left: IND.explanation, bottom: totalAt, right: IND.evidence });

  const note: CellModel[] = Array.from({ length: ncols }, () => emptyCell("note"));
  note[0] = textCell(
    "注：自评得分、计算依据和数据来源由 ecom-score 根据台账计算生成（点击数据来源可跳到台账行）；" +
      "填报自评为县里在自评表中填写的分数，与台账计算不一致的标红；" +
      "考评得分、考评意见两列供考评组填写，重新评分时按指标编号保留。",
    "note",
  );
  rows.push(note);
  merges.push({ top: rows.length - 1, left: 0, bottom: rows.length - 1, right: ncols - 1 });

  const sheet = finishSheet(INDICATOR_SHEET, IND_COLUMNS, frame, {
    validations,
    idColumn: IND.id,
    reviewerColumns: [IND.reviewScore, IND.reviewOpinion],
    formerHeaders: FORMER_IND_HEADERS,
    protect: true,
    reviewerTotal,
  });
  // A 工作任务 group (its merged cell, or a lone indicator) and the total with its note print on one page.
  // A group too tall for a page breaks between indicators (those sharing a 评价指标名称 together).
  const columnMerge = (col: number, top: number) => merges.find((m) => m.left === col && m.right === col && m.top === top);
  const blocks: KeepBlock[] = [];
  for (let i = 0; i < spans.length;) {
    const bottom = columnMerge(IND.group, spans[i][0])?.bottom ?? spans[i][1];
    const parts: [number, number][] = [];
    while (i < spans.length && spans[i][0] <= bottom) {
      const end = Math.max(spans[i][1], columnMerge(IND.name, spans[i][0])?.bottom ?? spans[i][1]);
      parts.push([spans[i][0], end]);
      while (i < spans.length && spans[i][0] <= end) i++;
    }
    blocks.push({ rows: [parts[0][0], bottom], parts });
  }
  blocks.push({ rows: [totalAt, rows.length - 1] });
  const rowBreaks = keepTogetherBreaks(sheet, blocks);
  const paged = splitMergesAtBreaks(sheet, rowBreaks, IND.group);
  return withReviewerTotal({ ...paged, print: { ...paged.print, rowBreaks } });
}

// ---------------------------------------------------------------------------------------------
// 评分明细

const BD_COLUMNS: ColumnSpec[] = [
  { header: "指标编号", limits: { min: 10, max: 18 } },
  { header: "指标", limits: { min: 12, max: 24 } },
  { header: "评分项", limits: { min: 12, max: 28 } },
  { header: "满分", limits: { min: 6, max: 8 } },
  { header: "得分", limits: { min: 6, max: 8 } },
  { header: "得分率", limits: { min: 9, max: 10 } },
  { header: "状态", limits: { min: 9, max: 10 } },
  { header: "测量值", limits: { min: 8, max: 18 } },
  { header: "门槛", limits: { min: 8, max: 16 } },
  { header: "计算依据", limits: { min: 24, max: 44 } },
  { header: "数据来源", limits: { min: 14, max: 26 } },
  { header: "评分项编号", limits: { min: 10, max: 22 } },
];

export const BD = {
  id: 0,
  indicator: 1,
  item: 2,
  max: 3,
  points: 4,
  rate: 5,
  status: 6,
  value: 7,
  threshold: 8,
  basis: 9,
  source: 10,
  itemId: 11,
} as const;

function statusCell(status: Status): CellModel {
  return textCell(STATUS_TEXT[status], status === "missing" ? "pointsMissing" : "center");
}

export function buildBreakdownSheet(report: ScoreReport, rubric: Rubric): SheetModel {
  const ncols = BD_COLUMNS.length;
  const frame = startSheet(BD_COLUMNS, titleText(report, rubric, " 评分明细"));
  const { rows, headerRow } = frame;
  const first = rows.length;

  for (const l of lines(report, rubric)) {
    const res = l.result;
    const name = res?.name || l.rubric?.name || l.id;
    const items = res?.items ?? [];
    if (items.length === 0) {
      const row: CellModel[] = Array.from({ length: ncols }, () => emptyCell());
      row[BD.id] = textCell(l.id, "text");
      row[BD.indicator] = textCell(name);
      row[BD.max] = l.section === "veto" ? emptyCell("number") : numberCell(res?.weight ?? Number(l.rubric?.weight ?? 0), "number");
      row[BD.points] =
        l.section === "veto" ? textCell(res?.vetoed ? "否决" : "未触发", res?.vetoed ? "vetoed" : "notVetoed") : numberCell(res ? roundPoints(res.points) : 0, "points");
      row[BD.status] = statusCell(res?.status ?? "missing");
      row[BD.basis] = textCell(basisText(res));
      rows.push(row);
      continue;
    }
    for (const item of items) {
      const row: CellModel[] = Array.from({ length: ncols }, () => emptyCell());
      row[BD.id] = textCell(l.id, "text");
      row[BD.indicator] = textCell(name);
      row[BD.item] = textCell(item.label);
      if (l.section === "veto") {
        row[BD.max] = emptyCell("number");
        row[BD.points] = textCell(res?.vetoed ? "否决" : "未触发", res?.vetoed ? "vetoed" : "notVetoed");
        row[BD.rate] = emptyCell("number");
      } else {
        row[BD.max] = numberCell(roundPoints(item.max), "number");
        row[BD.points] = numberCell(roundPoints(item.points), item.status === "missing" ? "pointsMissing" : "points");
        row[BD.rate] = item.max > 0 ? numberCell(roundPoints(item.points / item.max), "number", "0%") : emptyCell("number");
      }
      row[BD.status] = statusCell(item.status);
      row[BD.value] = textCell(item.value ?? "", "center");
      row[BD.threshold] = textCell(item.threshold ?? "", "center");
      row[BD.basis] = textCell(item.status === "missing" && !item.basis.includes("缺少数据") ? MISSING_MARK + item.basis : item.basis);
      row[BD.source] = sourceCell(item.evidence ?? []);
      row[BD.itemId] = textCell(item.id, "id");
      rows.push(row);
    }
  }
  const last = Math.max(first, rows.length - 1);
  const extra: Partial<SheetModel> = { autoFilter: `${cellAddress(headerRow, 0)}:${cellAddress(last, ncols - 1)}` };
  if (rows.length > first) {
    extra.dataBar = { range: `${cellAddress(first, BD.rate)}:${cellAddress(rows.length - 1, BD.rate)}`, color: "63BE7B", min: 0, max: 1 };
  }
  return finishSheet(BREAKDOWN_SHEET, BD_COLUMNS, frame, extra);
}

// ---------------------------------------------------------------------------------------------
// 诊断信息

const DG_COLUMNS: ColumnSpec[] = [
  { header: "级别", limits: { min: 7, max: 8 } },
  { header: "工作表", limits: { min: 10, max: 24 } },
  { header: "单元格", limits: { min: 8, max: 12 } },
  { header: "问题说明", limits: { min: 40, max: 90 } },
];

export function buildDiagnosticsSheet(report: ScoreReport, rubric: Rubric): SheetModel {
  const ncols = DG_COLUMNS.length;
  const list = sortDiagnostics(report.diagnostics ?? []);
  const count = (s: Severity) => list.filter((d) => d.severity === s).length;
  const frame = startSheet(DG_COLUMNS, titleText(report, rubric, ` 诊断信息：错误 ${count("error")} 条，警告 ${count("warning")} 条，提示 ${count("info")} 条`));
  const { rows, headerRow } = frame;
  for (const d of list) {
    const sev = (SEVERITY_TEXT[d.severity] ? d.severity : "info") as Severity;
    const row: CellModel[] = [textCell(SEVERITY_TEXT[sev], sev as StyleName), emptyCell(), emptyCell(), textCell(d.message)];
    if (d.sheet) {
      row[1] = d.cell ? textCell(d.sheet) : textCell(d.sheet, "link", { link: { sheet: d.sheet, cell: "A1" } });
      if (d.cell) row[2] = textCell(d.cell, "link", { link: { sheet: d.sheet, cell: diagnosticTarget(d.cell) } });
    } else if (d.cell) {
      row[2] = textCell(d.cell);
    }
    rows.push(row);
  }
  if (list.length === 0) rows.push([textCell("—", "center"), emptyCell(), emptyCell(), textCell("未发现问题。")]);
  return finishSheet(DIAGNOSTICS_SHEET, DG_COLUMNS, frame, { autoFilter: `${cellAddress(headerRow, 0)}:${cellAddress(rows.length - 1, ncols - 1)}` });
}

/** The three scored sheets, in tab order: indicator table, breakdown, diagnostics. */
export function buildScoredSheets(report: ScoreReport, rubric: Rubric): SheetModel[] {
  if (report.rubric && rubric.id && report.rubric !== rubric.id) {
    throw new Error(`评分结果使用的指标体系（${report.rubric}）与所给指标体系（${rubric.id}）不一致 / report rubric ${report.rubric} does not match rubric ${rubric.id}`);
  }
  return [buildIndicatorSheet(report, rubric), buildBreakdownSheet(report, rubric), buildDiagnosticsSheet(report, rubric)];
}
