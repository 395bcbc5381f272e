/**
 * A wall of sticky notes typed up cell by cell (台山's 迎检作战墙): a note to a cell, its colour in 【】
 * (【黄】 figures, 【绿】 done, 【粉】 a problem, 【蓝】 the points), lines broken inside it, notes struck
 * out in red kept with "（打×作废）", a later note stuck over an older one ("（盖在上一张上）"). A
 * reviewer reads what the wall says now: each note as the line it is — a caption over its figure
 * ("常住人口\n90.66万人" is 常住人口：90.66万人), a note of several lines as one sentence, a blue note as
 * the claim it is ("谁挂帅（组织领导）\n2分" → 自评2分) — and neither a struck-out note nor one covered.
 * So does the reader, in each note's own cell.
 */
import type { CellValue, Sheet } from "../../core/grid";

const COLOUR = /^\s*【(?:黄|绿|粉|蓝|红|橙|紫)色?】\s*/u;
const STRUCK = /[（(]\s*(?:打×|打叉|划掉)?作废\s*[)）]/u;
const COVERS = /[（(]\s*盖在上一张上\s*[)）]/u;
/** A note the wall itself says is not to be used: "（不用）", "←考评不用这个数！", "（不算）". */
const UNUSED = /[（(]\s*(?:不用|不算)\s*[)）]|不用这个数/u;
/** Notes fewer than this are a sheet's odd tag, not a wall. */
const MIN_NOTES = 8;

/** "谁挂帅（组织领导）\n2分", "项目管理 3分\n＝制度2＋台账1": the claim line a blue note is. */
function claimOf(lines: string[]): string | undefined {
  const whole = lines.join(" ");
  const m = /^(.+?)\s*(-?\d+(?:\.\d+)?)\s*分(?:\s*[（(]([^）)]*)[)）])?\s*(?:[＝=]\s*(.+))?$/u.exec(whole);
  if (!m) return undefined;
  const name = m[1].replace(/[：:]$/, "").trim();
  const items = (m[4] ?? "")
    .split(/[＋+]/)
    .map((p) => /^([\u4e00-\u9fff]{2,10})\s*(\d+(?:\.\d+)?)\s*分?$/u.exec(p.trim()))
    .filter((p): p is RegExpExecArray => p !== null);
  return items.length > 0 ? `${name}：${items.map((p) => `${p[1]}${p[2]}分`).join("，")}，合计自评${m[2]}分` : `${name}自评${m[2]}分`;
}

/** The note as one line: a caption over its figure with a colon, other lines as a sentence's clauses. */
function lineOf(lines: string[]): string {
  const [first, ...rest] = lines;
  if (rest.length > 0 && first.length <= 14 && !/\d/.test(first) && /^\d/.test(rest[0])) return `${first}：${rest.join("，")}`;
  return lines.join("，");
}

function noteCount(sheet: Sheet): number {
  let notes = 0;
  for (const row of sheet.rows) for (const v of row ?? []) if (typeof v === "string" && COLOUR.test(v)) notes++;
  return notes;
}

/**
 * The wall's columns of notes, each a part of its own (the other cells left empty, every note where
 * it is): a reviewer reads a column of notes down, one note at a time, not a row of notes across
 * zones as a table's line. Each note read as its line first (notesRead). Undefined when
 * the sheet is no wall.
 */
export function stickyWallColumns(sheet: Sheet): Sheet[] | undefined {
  if (noteCount(sheet) < MIN_NOTES) return undefined;
  const cols = new Set<number>();
  for (const row of sheet.rows) (row ?? []).forEach((v, c) => typeof v === "string" && COLOUR.test(v) && cols.add(c));
  // (The title and the note on how it was typed up, above the wall, go with the first column.)
  const top = sheet.rows.findIndex((row) => (row ?? []).some((v) => typeof v === "string" && COLOUR.test(v)));
  const first = Math.min(...cols);
  const read = notesRead(sheet);
  return [...cols]
    .sort((a, b) => a - b)
    .map((col) => ({
      ...sheet,
      rows: read.rows.map((row, r) => Array.from(row ?? [], (v, c) => ((c === col && r >= top - 1) || (col === first && r < top - 1) ? (v ?? null) : null))),
      merges: (sheet.merges ?? []).filter((m) => m.left === col),
    }));
}

export function withStickyNotesRead(sheet: Sheet): Sheet {
  return noteCount(sheet) < MIN_NOTES ? sheet : notesRead(sheet);
}

/** Each note of a wall (its notes counted already) as its line. */
function notesRead(sheet: Sheet): Sheet {
  const rows: CellValue[][] = sheet.rows.map((row) => Array.from(row ?? [], (v) => v ?? null));
  const isNote = (v: CellValue | undefined): v is string => typeof v === "string" && COLOUR.test(v);
  // A note stuck over another covers the nearest note above it in its column.
  const covered = new Set<string>();
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (!isNote(v) || !COVERS.test(v)) return;
      for (let up = r - 1; up >= 0; up--)
        if (isNote(rows[up][c])) {
          covered.add(`${up}:${c}`);
          break;
        }
    }),
  );
  return {
    ...sheet,
    rows: rows.map((row, r) =>
      row.map((v, c) => {
        if (!isNote(v)) return v;
        if (STRUCK.test(v) || UNUSED.test(v) || covered.has(`${r}:${c}`)) return null;
        const lines = v
          .replace(COLOUR, "")
          .replace(COVERS, "")
          .split(/\n+/)
          .map((l) => l.trim())
          .filter(Boolean);
        if (lines.length === 0) return null;
        return (/^\s*【蓝/u.test(v) ? claimOf(lines) : undefined) ?? lineOf(lines);
      }),
    ),
  };
}
