/**
 * Review mode: the indicator table of a scored workbook read back for the reviewers (考评组) —
 * per indicator the computed points (自评得分), the clerk's claim (填报自评) and the reviewer's
 * 考评得分 / 考评意见 with their cells — and the checks of a reviewer's score. Pure.
 *
 * A reviewer's score lies in 0..weight and on the rubric's steps: whole points, since every
 * weight, item maximum and tier of the rubric is whole (a rubric with half points allows halves).
 */
import { cellAddress, type CellValue, type Sheet } from "../core/grid";
import type { Rubric, RubricIndicator } from "../scoring/rubric";
import { COL, TOTAL_ROW_ID } from "../table/model";

export interface ReviewRow {
  id: string;
  name: string;
  section: RubricIndicator["section"];
  weight: number;
  step: number;
  /** 自评得分 as written (a number, or 否决 / 未触发 on a veto row). */
  computed: number | string | null;
  claimed: number | null;
  reviewScore: number | string | null;
  reviewOpinion: string;
  /** A1 addresses of the reviewer's cells in the table. */
  scoreCell: string;
  opinionCell: string;
}

export interface ReviewTable {
  sheet: string;
  rows: ReviewRow[];
}

const norm = (v: unknown) => (typeof v === "string" ? v.replace(/[\s\u3000]+/g, "") : "");
const num = (v: CellValue | undefined): number | null =>
  typeof v === "number" && Number.isFinite(v) ? v : typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : null;

/** The points a reviewer may give in steps of: 1 when the indicator's rubric points are all whole, else 0.5. */
export function reviewStep(ind: RubricIndicator): number {
  const values = [ind.weight, ...ind.items.map((i) => i.max)].map(Number);
  return values.every((v) => Number.isInteger(v)) ? 1 : 0.5;
}

/** Reads the indicator table; undefined when the sheet has no 指标编号 / 考评得分 header. */
export function readReviewTable(table: Sheet, rubric: Rubric): ReviewTable | undefined {
  for (let r = 0; r < Math.min(table.rows.length, 50); r++) {
    const row = table.rows[r] ?? [];
    const col = (h: string) => row.findIndex((v) => norm(v) === h);
    const c = { id: col(COL.id), self: col(COL.selfScore), claimed: col(COL.claimed), score: col(COL.reviewScore), opinion: col(COL.reviewOpinion) };
    if (c.id < 0 || c.score < 0 || c.self < 0) continue;
    const rows: ReviewRow[] = [];
    for (let d = r + 1; d < table.rows.length; d++) {
      const line = table.rows[d] ?? [];
      const id = typeof line[c.id] === "string" ? (line[c.id] as string).trim() : "";
      const ind = rubric.indicators.find((i) => i.id === id);
      if (!ind || id === TOTAL_ROW_ID) continue;
      const computed = line[c.self];
      const score = line[c.score];
      rows.push({
        id,
        name: ind.name,
        section: ind.section,
        weight: Number(ind.weight),
        step: reviewStep(ind),
        computed: typeof computed === "number" ? computed : typeof computed === "string" && computed.trim() ? computed.trim() : null,
        claimed: c.claimed >= 0 ? num(line[c.claimed]) : null,
        reviewScore: typeof score === "number" ? score : typeof score === "string" && score.trim() ? score.trim() : null,
        reviewOpinion: c.opinion >= 0 && line[c.opinion] !== null && line[c.opinion] !== undefined ? String(line[c.opinion]) : "",
        scoreCell: cellAddress(d, c.score),
        opinionCell: c.opinion >= 0 ? cellAddress(d, c.opinion) : "",
      });
    }
    return { sheet: table.name, rows };
  }
  return undefined;
}

export type ReviewScoreCheck = { ok: true; value: number | null } | { ok: false; message: string };

/** A reviewer's score as typed: empty clears it; else a number in 0..weight on the steps. */
export function checkReviewScore(text: string, row: Pick<ReviewRow, "weight" | "step" | "section">): ReviewScoreCheck {
  const t = text.trim().replace(/分$/, "");
  if (t === "") return { ok: true, value: null };
  if (row.section === "veto") return { ok: false, message: "一票否决项不打分，请在考评意见中写明 / veto rows take no points" };
  const n = Number(t);
  if (!Number.isFinite(n)) return { ok: false, message: `“${text}”不是分数 / not a number` };
  if (n < 0 || n > row.weight) return { ok: false, message: `应在 0 到 ${row.weight} 分之间 / must be 0 to ${row.weight}` };
  const steps = n / row.step;
  if (Math.abs(steps - Math.round(steps)) > 1e-9)
    return { ok: false, message: row.step === 1 ? "应为整数分 / whole points only" : `应为 ${row.step} 分的整数倍 / in steps of ${row.step}` };
  return { ok: true, value: n };
}

/** The reviewer's total so far and how many scored indicators have a reviewer score. */
export function reviewTotal(rows: ReviewRow[]): { total: number; scored: number; of: number } {
  const scoring = rows.filter((r) => r.section !== "veto");
  const given = scoring.filter((r) => typeof r.reviewScore === "number");
  return { total: given.reduce((s, r) => s + (r.reviewScore as number), 0), scored: given.length, of: scoring.length };
}
