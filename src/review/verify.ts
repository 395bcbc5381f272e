/**
 * Verify: does a scored workbook still hold what its fingerprint says? Compares the stored
 * fingerprint with one computed now (same sheets, re-scored with the stored rubric and cut-off) and
 * with the indicator table as it stands. Pure: the CLI and the pane supply the sheets.
 */
import { cellAddress, type CellValue, type Sheet } from "../core/grid";
import { kindLabel } from "../ledger/schema";
import type { LedgerKind } from "../ledger/records";
import { COL, TOTAL_ROW_ID } from "../table/model";
import type { Fingerprint } from "./fingerprint";
import { describeRowChange, diffRows, type RowChange } from "./row-diff";

export interface SheetFinding {
  sheet: string;
  change: "changed" | "missing" | "added";
  rows: RowChange[];
  message: string;
}

export interface PointsFinding {
  id: string;
  name: string;
  before: number;
  after: number | null;
  message: string;
}

export interface TypedOverFinding {
  id: string;
  name: string;
  written: string | number | null;
  now: string | number | null;
  /** The 自评得分 cell ("G7"). */
  cell?: string;
  message: string;
}

export interface VerifyResult {
  ok: boolean;
  /** One line: 核对通过 … / 核对发现不一致 … */
  summary: string;
  sheets: SheetFinding[];
  points: PointsFinding[];
  typedOver: TypedOverFinding[];
  /** Remarks that are not differences (another program version scored it, …). */
  notes: string[];
}

/** At most this many row changes are named per sheet; the rest are counted. */
const MAX_ROWS_NAMED = 20;

const samePoints = (a: number, b: number) => Math.abs(a - b) < 1e-6;

function kindText(kind: string): string {
  return kind ? kindLabel(kind as LedgerKind) : "未识别的表";
}

function sheetMessage(name: string, kind: string, rows: RowChange[], headerBefore: string, headerAfter: string): string {
  const named = rows.slice(0, MAX_ROWS_NAMED).map(describeRowChange);
  const more = rows.length > MAX_ROWS_NAMED ? `等 ${rows.length} 处` : "";
  const header = headerBefore !== headerAfter ? "表头已改动；" : "";
  return `工作表“${name}”（${kindText(kind)}）评分后有改动：${header}${named.join("，")}${more}`;
}

/** 指标编号 → the 自评得分 cell's value and address in the indicator table as it stands. */
export function readWrittenPoints(table: Sheet): { byId: Map<string, { value: CellValue; cell: string }>; problem?: string } {
  const byId = new Map<string, { value: CellValue; cell: string }>();
  const norm = (v: unknown) => (typeof v === "string" ? v.replace(/[\s\u3000]+/g, "") : "");
  for (let r = 0; r < Math.min(table.rows.length, 50); r++) {
    const row = table.rows[r] ?? [];
    const idCol = row.findIndex((v) => norm(v) === COL.id);
    const scoreCol = row.findIndex((v) => norm(v) === COL.selfScore);
    if (idCol < 0 || scoreCol < 0) continue;
    for (let d = r + 1; d < table.rows.length; d++) {
      const idv = table.rows[d]?.[idCol];
      const id = typeof idv === "string" ? idv.trim() : "";
      if (id && !byId.has(id)) byId.set(id, { value: table.rows[d]?.[scoreCol] ?? null, cell: cellAddress(d, scoreCol) });
    }
    return { byId };
  }
  return { byId, problem: `工作表“${table.name}”中找不到“${COL.id}”与“${COL.selfScore}”列，无法核对手工改动的得分` };
}

function sameWritten(written: string | number | null, now: CellValue): boolean {
  if (written === null) return now === null || now === undefined || (typeof now === "string" && now.trim() === "");
  if (typeof written === "number") {
    const n = typeof now === "number" ? now : typeof now === "string" && now.trim() !== "" ? Number(now) : NaN;
    return Number.isFinite(n) && samePoints(n, written);
  }
  return typeof now === "string" && now.trim() === written.trim();
}

const shown = (v: CellValue | string | number | null): string | number | null =>
  v === null || v === undefined
    ? null
    : typeof v === "number" || typeof v === "string"
      ? v
      : v instanceof Date
        ? v.toISOString().slice(0, 10)
        : typeof v === "boolean"
          ? String(v)
          : v.error;

/**
 * `stored`: the fingerprint read from the workbook; `now`: one computed from the same workbook
 * today (re-scored with the stored rubric and cut-off); `table`: the indicator table as it stands
 * (undefined when the workbook has none); `names`: indicator id → name.
 */
export function verifyFingerprint(stored: Fingerprint, now: Fingerprint, table: Sheet | undefined, names: Map<string, string>): VerifyResult {
  const sheets: SheetFinding[] = [];
  const nowByName = new Map(now.sheets.map((s) => [s.name, s]));
  for (const before of stored.sheets) {
    const after = nowByName.get(before.name);
    if (!after) {
      sheets.push({ sheet: before.name, change: "missing", rows: [], message: `工作表“${before.name}”（${kindText(before.kind)}）评分后已删除或改名` });
      continue;
    }
    if (after.hash === before.hash) continue;
    const rows = diffRows(before.rowHashes, after.rowHashes);
    const hiddenNote = after.hidden !== before.hidden ? (after.hidden ? "已隐藏；" : "已取消隐藏；") : "";
    const msg =
      rows.length === 0 && hiddenNote
        ? `工作表“${before.name}”（${kindText(before.kind)}）评分后${hiddenNote.replace(/；$/, "")}`
        : sheetMessage(before.name, before.kind, rows, before.header, after.header).replace("有改动：", `有改动：${hiddenNote}`);
    sheets.push({ sheet: before.name, change: "changed", rows, message: msg });
  }
  const storedNames = new Set(stored.sheets.map((s) => s.name));
  for (const after of now.sheets) {
    if (storedNames.has(after.name) || after.rows === 0) continue;
    sheets.push({ sheet: after.name, change: "added", rows: [], message: `工作表“${after.name}”（${kindText(after.kind)}，${after.rows} 行）是评分后新增的` });
  }

  const points: PointsFinding[] = [];
  const nowPoints = new Map(now.points.map((p) => [p.id, p.points]));
  for (const p of stored.points) {
    const after = nowPoints.get(p.id);
    if (after !== undefined && Number.isFinite(p.points) && samePoints(after, p.points)) continue;
    const name = p.id === TOTAL_ROW_ID ? "合计得分" : (names.get(p.id) ?? p.id);
    const message = after === undefined ? `“${name}”在重新评分中已不存在（记录 ${p.points} 分）` : `“${name}”记录 ${p.points} 分，按表中现有台账重新评分为 ${after} 分`;
    points.push({ id: p.id, name, before: p.points, after: after ?? null, message });
  }

  const typedOver: TypedOverFinding[] = [];
  const notes: string[] = [];
  if (!table) {
    typedOver.push({ id: "", name: "", written: null, now: null, message: `工作簿中没有指标表“考评指标自评表”（已删除或改名），无法核对得分是否被手工改动` });
  } else {
    const { byId, problem } = readWrittenPoints(table);
    if (problem) typedOver.push({ id: "", name: "", written: null, now: null, message: problem });
    else
      for (const p of stored.points) {
        const cur = byId.get(p.id);
        const name = p.id === TOTAL_ROW_ID ? "合计得分" : (names.get(p.id) ?? p.id);
        if (!cur) {
          typedOver.push({ id: p.id, name, written: p.written, now: null, message: `指标表中找不到“${name}”（指标编号 ${p.id}）这一行` });
          continue;
        }
        if (sameWritten(p.written, cur.value)) continue;
        const nowShown = shown(cur.value);
        typedOver.push({
          id: p.id,
          name,
          written: p.written,
          now: nowShown,
          cell: cur.cell,
          message: `“${name}”的自评得分（${table.name}!${cur.cell}）评分时为 ${p.written ?? "空"}，现为 ${nowShown ?? "空"}：是手工改动的`,
        });
      }
  }
  if (stored.program && now.program && stored.program !== now.program)
    notes.push(`评分时的程序版本为 ${stored.program}，当前为 ${now.program}；得分不同也可能来自版本差异`);

  const ok = sheets.length === 0 && points.length === 0 && typedOver.length === 0;
  const parts: string[] = [];
  if (sheets.length) parts.push(`${sheets.length} 张工作表评分后有改动`);
  if (points.length) parts.push(`${points.length} 项得分不再由台账得出`);
  if (typedOver.length) parts.push(`${typedOver.length} 处得分被手工改动`);
  const summary = ok
    ? `核对通过：${stored.sheets.length} 张工作表与评分时一致，${stored.points.length - 1} 项指标得分与台账相符，合计 ${stored.total} 分 / verified`
    : `核对发现不一致：${parts.join("，")} / differences found`;
  return { ok, summary, sheets, points, typedOver, notes };
}
