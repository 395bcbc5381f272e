/**
 * A form cut into sections by the indicators, each heading carrying its weight and the clerk's points in the
 * table's 自评得分 column ("二、组织领导（2分） | | | 2分", its lines below scoring the items): each heading's
 * points are the claim for the indicator it names, as a reviewer reads the section's total. Only a heading
 * naming one indicator whose weight is the one in its bracket, the points within it, is read; a sheet needs
 * two such headings (one alone may be any line's note).
 */
import { cellAddress, type CellValue, type Sheet } from "../../core/grid";
import type { RubricIndicator } from "../../scoring/rubric";
import { parsePoints } from "../normalize/number";
import { cellText } from "../normalize/text";
import type { Claim } from "./read";

/** "二、组织领导（2分）", "六、服务体系建设——县级中心与产业园（15分）": the section's name and its weight. */
const HEADING = /^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*(.+?)\s*[（(]\s*(\d{1,3})\s*分\s*[)）]\s*$/;
/** Fewest headings with points that make a sheet such a form. */
const MIN_HEADINGS = 2;

export function headingClaims(
  sheet: Sheet,
  pointsCol: number,
  firstRow: number,
  indicatorNamed: (words: string) => RubricIndicator | undefined,
): { claims: Claim[]; rows: Set<number> } {
  const found: Claim[] = [];
  const rows = new Set<number>();
  for (let r = firstRow; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const filled = row.flatMap((v: CellValue, c) => (cellText(v ?? null).trim() !== "" ? [c] : []));
    // The heading alone before the points: nothing else on its line.
    if (filled.length !== 2 || filled[1] !== pointsCol) continue;
    const m = HEADING.exec(cellText(row[filled[0]] ?? null));
    if (!m) continue;
    // (The rubric's dash between an indicator's two parts, 服务体系建设——村级站点覆盖, is its colon.)
    const ind = indicatorNamed(m[1].replace(/\s*[—－-]{1,2}\s*/, "："));
    const points = parsePoints(row[pointsCol] ?? null);
    if (!ind || Number(ind.weight) !== Number(m[2]) || !points.ok || points.value.toNumber() > Number(ind.weight)) continue;
    if (found.some((x) => x.indicator === ind.id)) continue;
    found.push({ indicator: ind.id, value: row[pointsCol] ?? null, sheet: sheet.name, row: r + 1, cell: cellAddress(r, pointsCol) });
    rows.add(r);
  }
  return found.length >= MIN_HEADINGS ? { claims: found, rows } : { claims: [], rows: new Set() };
}
