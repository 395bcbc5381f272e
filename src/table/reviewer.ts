/**
 * Keeping the reviewer's input across re-scoring: what a reviewer typed in 考评得分 / 考评意见 of an
 * earlier 考评指标自评表 is carried into the new model, matched by 指标编号 (never by row number:
 * rows move when the rubric or the results change).
 */
import { columnLetters, isCellError, type CellValue, type Sheet, type WorkbookGrids } from "../core/grid";
import { COL, SCORED_SHEET_NAMES, TOTAL_ROW_ID, textCell, type CellModel, type SheetModel } from "./model";

const round6 = (n: number) => Number(n.toFixed(6));

/**
 * The model with its reviewer total (see ReviewerTotalModel) written as a formula — SUM of the
 * scored rows plus the bonus rows' SUM capped, 0 when a veto row says 否决 — and its value computed
 * from the reviewer cells as they are now (the cached result a viewer shows before recalculating).
 */
export function withReviewerTotal(model: SheetModel): SheetModel {
  const t = model.reviewerTotal;
  if (!t || !model.rows[t.row]) return model;
  const col = columnLetters(t.col);
  const range = ([a, b]: [number, number]) => `${col}${a + 1}:${col}${b + 1}`;
  const sum = ([a, b]: [number, number]) => {
    let n = 0;
    for (let r = a; r <= b; r++) {
      const v = model.rows[r]?.[t.col]?.value;
      if (typeof v === "number" && Number.isFinite(v)) n += v;
    }
    return n;
  };
  const parts: string[] = [];
  let value = 0;
  if (t.scored) {
    parts.push(`SUM(${range(t.scored)})`);
    value += sum(t.scored);
  }
  if (t.bonus) {
    parts.push(`MIN(${t.bonusCap},SUM(${range(t.bonus)}))`);
    value += Math.min(t.bonusCap, sum(t.bonus));
  }
  let formula = parts.join("+") || "0";
  if (t.veto) {
    formula = `IF(COUNTIF(${range(t.veto)},"否决")>0,0,${formula})`;
    for (let r = t.veto[0]; r <= t.veto[1]; r++) {
      const v = model.rows[r]?.[t.col]?.value;
      if (typeof v === "string" && v.trim() === "否决") value = 0;
    }
  }
  const rows = model.rows.slice();
  rows[t.row] = rows[t.row].slice();
  rows[t.row][t.col] = { ...rows[t.row][t.col], value: round6(value), formula };
  return { ...model, rows };
}

function norm(s: unknown): string {
  return typeof s === "string" ? s.replace(/[\s\u3000]+/g, "") : "";
}

/** A reviewer's cell value as a model value (dates as ISO days, booleans and errors as text). */
function toModelValue(v: CellValue): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") return v.trim() === "" ? null : v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (isCellError(v)) return v.error;
  return null;
}

export interface ReviewerInput {
  /** Indicator id → header text → value. */
  byId: Map<string, Map<string, string | number>>;
  /** Why nothing could be taken (no header row, no 指标编号 column), when so. */
  problem?: string;
}

/**
 * Reads the reviewer columns (by header text) of an earlier indicator table. The header row is the
 * first row holding 指标编号 and at least one of the reviewer headers.
 */
export function collectReviewerInput(previous: Sheet, reviewerHeaders: string[] = [COL.reviewScore, COL.reviewOpinion]): ReviewerInput {
  const byId = new Map<string, Map<string, string | number>>();
  const wanted = reviewerHeaders.map(norm);
  let headerRow = -1;
  let idCol = -1;
  const cols = new Map<string, number>();
  for (let r = 0; r < Math.min(previous.rows.length, 50) && headerRow < 0; r++) {
    const row = previous.rows[r] ?? [];
    const idAt = row.findIndex((v) => norm(v) === norm(COL.id));
    if (idAt < 0) continue;
    const found = new Map<string, number>();
    row.forEach((v, c) => {
      const i = wanted.indexOf(norm(v));
      if (i >= 0 && !found.has(reviewerHeaders[i])) found.set(reviewerHeaders[i], c);
    });
    if (found.size === 0) continue;
    headerRow = r;
    idCol = idAt;
    found.forEach((c, h) => cols.set(h, c));
  }
  if (headerRow < 0) {
    return { byId, problem: `工作表“${previous.name}”中找不到“${COL.id}”和考评列的表头，未能保留考评组填写的内容` };
  }
  for (let r = headerRow + 1; r < previous.rows.length; r++) {
    const row = previous.rows[r] ?? [];
    const idv = row[idCol];
    const id = typeof idv === "string" ? idv.trim() : typeof idv === "number" ? String(idv) : "";
    if (!id) continue;
    cols.forEach((c, h) => {
      const v = toModelValue(row[c] ?? null);
      if (v === null) return;
      let m = byId.get(id);
      if (!m) byId.set(id, (m = new Map()));
      if (!m.has(h)) m.set(h, v);
    });
  }
  return { byId };
}

export interface AppliedReviewerInput {
  model: SheetModel;
  /** Ids with reviewer input that the new model has no row for (their input would be lost). */
  orphans: string[];
  /** Number of cells carried over. */
  carried: number;
}

/** Writes collected input into a copy of the model's reviewer columns, matched by its id column. */
export function applyReviewerInput(model: SheetModel, input: ReviewerInput): AppliedReviewerInput {
  if (model.idColumn === undefined || !model.reviewerColumns?.length || input.byId.size === 0) {
    return { model, orphans: [...input.byId.keys()], carried: 0 };
  }
  const idCol = model.idColumn;
  const rows: CellModel[][] = model.rows.map((row) => row.slice());
  const seen = new Set<string>();
  let carried = 0;
  for (let r = model.headerRow + 1; r < rows.length; r++) {
    const idv = rows[r][idCol]?.value;
    if (typeof idv !== "string" || !idv) continue;
    const got = input.byId.get(idv);
    if (!got) continue;
    seen.add(idv);
    for (const c of model.reviewerColumns) {
      const header = model.columns[c]?.header;
      if (header === undefined || !got.has(header)) continue;
      const v = got.get(header)!;
      const old = rows[r][c];
      // A formula cell (the reviewer total) is computed, never carried over.
      if (old?.formula) continue;
      const style = old?.style ?? "reviewer";
      const keep = old?.unlocked ? { unlocked: true } : {};
      rows[r][c] = typeof v === "number" ? { value: v, style, ...(old?.numFmt ? { numFmt: old.numFmt } : {}), ...keep } : textCell(v, style, keep);
      carried++;
    }
  }
  const orphans = [...input.byId.keys()].filter((id) => !seen.has(id));
  return { model: withReviewerTotal({ ...model, rows }), orphans, carried };
}

/** Copies what a reviewer typed in 考评得分/考评意见 of `previous` into `model`, matched by 指标编号. */
export function mergeReviewerInput(previous: Sheet, model: SheetModel): SheetModel {
  const headers = (model.reviewerColumns ?? []).map((c) => model.columns[c]?.header).filter((h): h is string => !!h);
  if (headers.length === 0) return model;
  return applyReviewerInput(model, collectReviewerInput(previous, headers)).model;
}

/**
 * The whole re-scoring step: for every new model with reviewer columns, take the input from the
 * workbook's earlier sheet of the same name (if any). Returns the models to write and warnings
 * (input that could not be matched, an earlier sheet without the id column).
 */
export function carryOverReviewerInput(previous: WorkbookGrids | Sheet[], models: SheetModel[]): { models: SheetModel[]; warnings: string[]; carried: number } {
  const sheets = Array.isArray(previous) ? previous : previous.sheets;
  const warnings: string[] = [];
  let carried = 0;
  const out = models.map((model) => {
    const old = sheets.find((s) => s.name === model.name);
    const headers = (model.reviewerColumns ?? []).map((c) => model.columns[c]?.header).filter((h): h is string => !!h);
    if (!old || headers.length === 0 || model.idColumn === undefined) return model;
    const input = collectReviewerInput(old, headers);
    if (input.problem) {
      warnings.push(input.problem);
      return model;
    }
    const applied = applyReviewerInput(model, input);
    carried += applied.carried;
    // A total typed over the formula in the earlier copy is said, since the new copy computes it.
    const t = applied.model.reviewerTotal;
    const oldTotal = input.byId.get(TOTAL_ROW_ID)?.get(COL.reviewScore);
    const newTotal = t ? applied.model.rows[t.row]?.[t.col]?.value : undefined;
    // Only a number can be a typed-over total (a formula not yet computed reads as an error text).
    if (t && typeof oldTotal === "number" && !(typeof newTotal === "number" && Math.abs(oldTotal - newTotal) < 1e-6)) {
      warnings.push(`工作表“${model.name}”的考评得分合计原为“${oldTotal}”，新表按公式由各项考评得分合计为 ${String(newTotal)}`);
    }
    for (const id of applied.orphans) {
      const vals = [...(input.byId.get(id) ?? new Map()).entries()].map(([h, v]) => `${h}“${v}”`).join("，");
      warnings.push(`工作表“${model.name}”中指标编号“${id}”已不在新表中，考评组填写的内容未能保留：${vals}`);
    }
    return applied.model;
  });
  return { models: out, warnings, carried };
}

/** Is this one of the sheets the add-in writes (and replaces on re-scoring)? */
export function isScoredSheetName(name: string): boolean {
  return SCORED_SHEET_NAMES.includes(name);
}
