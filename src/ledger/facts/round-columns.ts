/**
 * Last year's form reused for this round: each of its column groups split in two under the group's
 * merged header (填报情况 over 2020年中期 | 2021年终期, 自评分 over the same), the clerk filling in the later
 * half. A reviewer reads each half by its group and its round — the mid-term's figures a comparison,
 * the final ones the answers and the points. So does the reader: the group's header is written into
 * each half as the round and the group together (2020年中期填报情况 | 2021年终期填报情况), the merge over
 * them undone, and the rounds are told apart as when a form names them in one row.
 */
import { spacelessText } from "../normalize/text";
import type { CellValue, Merge, Sheet } from "../../core/grid";

/** A round named on its own under a group: 2020年中期, 中期, 2021年终期, 本次. */
const EARLIER = /^(?:(?:19|20)\d{2}年?)?(?:中期|上次|上年|上一轮|年中|初次|首次)(?:评估|自评|考评)?$/;
const LATER = /^(?:(?:19|20)\d{2}年?)?(?:终期|本次|最终|期末|末期)(?:评估|自评|考评)?$/;

export function withRoundsUnderGroups(sheet: Sheet): Sheet {
  const merges = sheet.merges ?? [];
  let rows: CellValue[][] | undefined;
  const undone = new Set<Merge>();
  for (const m of merges) {
    if (m.top !== m.bottom || m.right === m.left) continue;
    const group = sheet.rows[m.top]?.[m.left];
    if (typeof group !== "string" || group.trim() === "") continue;
    const under = sheet.rows[m.top + 1] ?? [];
    const names: string[] = [];
    for (let c = m.left; c <= m.right; c++) names.push(spacelessText(under[c] ?? null));
    // Both rounds under the group, and nothing else: one earlier, one later.
    if (names.length !== 2 || !EARLIER.test(names[0]) || !LATER.test(names[1])) continue;
    rows ??= sheet.rows.map((r) => [...r]);
    const words = spacelessText(group);
    rows[m.top][m.left] = `${names[0]}${words}`;
    rows[m.top][m.right] = `${names[1]}${words}`;
    undone.add(m);
  }
  return rows ? { ...sheet, rows, merges: merges.filter((m) => !undone.has(m)) } : sheet;
}
