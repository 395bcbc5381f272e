/**
 * A self-check written as questions and answers: "问3 | 是否建立…工作协调机制？" on one row and
 * "说明 | 是。成立了以县长为组长…" on the row below. A reviewer reads each answer under its question;
 * so does the reader: the question is put in place of the answer's marker (说明 / 答), so the answer
 * row reads as "question | answer" with every answer where the clerk wrote it; the question rows are
 * left blank (their words are on the answers' rows now), the first one heading the table 自查问题 | 回答.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

const QUESTION = /^(?:问题?|Q)\s*[0-9０-９一二三四五六七八九十]*\s*[:：.．、]?$/i;
const ANSWER = /^(?:说明|答|答复|回答|情况|A)\s*[0-9０-９一二三四五六七八九十]*\s*[:：.．、]?$/i;

/** The first of a row's first three cells holding such a marker; -1 when none does. */
function markerAt(row: readonly (CellValue | undefined)[], marker: RegExp): number {
  for (let c = 0; c < Math.min(3, row.length); c++) if (marker.test(cellText(row[c] ?? null))) return c;
  return -1;
}

/** Pairs fewer than this are no question-and-answer sheet (a lone 说明 row is a note). */
const MIN_PAIRS = 3;

/** The sheet with each question on its answer's row; the same sheet when it is not written so. */
export function withQuestionsAnswered(sheet: Sheet): Sheet {
  const pairs: { q: number; a: number; at: number; text: string }[] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    // (The markers in one of the first columns: "Q1 | 问 | …" over " | 答 | …", the number merged down beside them.)
    const qc = markerAt(row, QUESTION);
    if (qc < 0) continue;
    const text = row
      .slice(qc + 1)
      .map((v) => cellText(v ?? null))
      .find((t) => t !== "" && !QUESTION.test(t));
    let a = r + 1;
    while (a < sheet.rows.length && (sheet.rows[a] ?? []).every((v) => cellText(v ?? null) === "")) a++;
    const answer = sheet.rows[a] ?? [];
    const ac = markerAt(answer, ANSWER);
    if (text && ac >= 0 && answer.slice(ac + 1).some((v) => cellText(v ?? null) !== "")) pairs.push({ q: r, a, at: ac, text });
  }
  if (pairs.length < MIN_PAIRS) return sheet;
  const rows: CellValue[][] = sheet.rows.map((r) => [...r]);
  for (const { q, a, at, text } of pairs) {
    rows[a][at] = text;
    rows[q] = rows[q].map(() => null);
  }
  // The first question's row, emptied, heads the table as the clerk's markers did: 自查问题 | 回答.
  const { q, at } = pairs[0];
  rows[q][at] = "自查问题";
  rows[q][at + 1] = "回答";
  return { ...sheet, rows };
}
