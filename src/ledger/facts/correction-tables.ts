/**
 * A facts table with its review round beside it (蕉岭: 表一 首次填报 | 表二 市局复核意见 | 表三 整改后数据), the
 * later tables listing only the lines questioned or changed, each by the first table's number (对应表一序号 |
 * 复核意见; 对应表一序号 | 整改后 | 整改说明). What stands is the first table with each changed line's 整改后 value;
 * the reviewers' comments are no answers (their figures are what they asked for). A reviewer reads it so; so does the
 * reader: the sheet laid out as the first table with those values in its answer column (each named back to the
 * 整改后 cell it came from), the tables beside it left out.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, spacelessText } from "../normalize/text";
import type { LaidOut } from "./read";

const HEADER_SCAN = 10;
const REFERENCE = /^对应(?:表[一1])?(?:序号|编号)$/;
const CHANGED = /^(?:整改后|更正后|修改后|核实后|调整后|复核后)(?:数据|数值|值|填报值)?$/;
const SEQUENCE = /^(?:序号|编号)$/;
const ANSWER = /^(?:填报值|填报数|填报数据|数值|填报内容|内容|完成情况)$/;

/** The first table with its lines as changed; undefined for any other sheet. */
export function correctionTablesLaidOut(sheet: Sheet): LaidOut | undefined {
  for (let h = 0; h < Math.min(sheet.rows.length, HEADER_SCAN); h++) {
    const texts = (sheet.rows[h] ?? []).map((v) => spacelessText(v ?? null));
    const refs = texts.flatMap((t, c) => (REFERENCE.test(t) ? [c] : []));
    if (refs.length === 0) continue;
    const seq = texts.findIndex((t, c) => SEQUENCE.test(t) && c < refs[0]);
    const answer = texts.findIndex((t, c) => ANSWER.test(t) && c < refs[0]);
    // The table of changes: its reference with a 整改后 column after it (before the next table's reference).
    const changes = refs
      .map((ref, i) => ({ ref, value: texts.findIndex((t, c) => c > ref && c < (refs[i + 1] ?? texts.length) && CHANGED.test(t)) }))
      .find((t) => t.value >= 0);
    if (seq < 0 || answer < 0 || !changes) return undefined;
    const lineOf = new Map<string, number>();
    for (let r = h + 1; r < sheet.rows.length; r++) {
      const n = cellText(sheet.rows[r]?.[seq] ?? null).trim();
      if (n !== "" && !lineOf.has(n)) lineOf.set(n, r);
    }
    const from = new Map<number, number>();
    const rows: CellValue[][] = sheet.rows.map((row) => [...row]);
    for (let r = h + 1; r < sheet.rows.length; r++) {
      const n = cellText(sheet.rows[r]?.[changes.ref] ?? null).trim();
      const line = lineOf.get(n);
      const value = sheet.rows[r]?.[changes.value] ?? null;
      if (line === undefined || cellText(value) === "") continue;
      rows[line][answer] = value;
      from.set(line, r);
    }
    // The tables beside the first (their titles above their headers too) left out.
    const first = refs[0];
    for (let r = Math.max(0, h - 1); r < rows.length; r++) rows[r] = rows[r].map((v, c) => (c >= first ? null : v));
    const merges = (sheet.merges ?? []).filter((m) => m.left < first || m.bottom < h - 1);
    return {
      sheet: { ...sheet, rows, merges },
      cellOf: (r, c) => (c === answer && from.has(r) ? { r: from.get(r) as number, c: changes.value } : { r, c }),
    };
  }
  return undefined;
}
