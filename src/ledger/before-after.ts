/**
 * A table of changes kept before and after (the civil-affairs bureau's 村（居）委会设置调整情况对照表):
 * two groups of the same sub-headers under 调整前（2019年1月1日） and 调整后（现状）, the after side
 * saying 同左 where nothing changed. A reviewer reads what stands now: the after group. So does the
 * reader: each field found under 调整前 is read from its twin under 调整后, and a 同左 there repeats
 * the before cell (not the cell on its left, which is another field's).
 */
import type { Sheet } from "../core/grid";
import { mergeAt } from "../core/grid";
import { cellText, spacelessText } from "./normalize/text";
import type { Recognition } from "./recognize";

const BEFORE = /^(?:调整前|变更前|更名前|撤并前|原)/;
const AFTER = /^(?:调整后|变更后|更名后|撤并后|现状|现)/;

const spaceless = (sheet: Sheet, r: number, c: number) => spacelessText(sheet.rows[r]?.[c] ?? null);

/** The group header over column c: the merged cell above the sub-header row, or the cell itself. */
function groupOf(sheet: Sheet, r: number, c: number): string {
  const m = mergeAt(sheet.merges, r, c);
  return m ? spaceless(sheet, m.top, m.left) : spaceless(sheet, r, c);
}

/** The recognition with its fields read in the after group; the same recognition when the table has no such groups. */
export function withCurrentColumns(sheet: Sheet, rec: Recognition): Recognition {
  if (rec.kind === null || rec.mapped || rec.headerRow < 1) return rec;
  const sub = rec.headerRow;
  const group = sub - 1;
  const width = (sheet.rows[sub] ?? []).length;
  const afterTwin = (c: number) => {
    const name = spaceless(sheet, sub, c);
    for (let x = 0; x < width; x++) if (x !== c && spaceless(sheet, sub, x) === name && AFTER.test(groupOf(sheet, group, x))) return x;
    return -1;
  };
  const columns = { ...rec.columns };
  const headers = { ...rec.headers };
  const sameAsLeftFrom: Record<number, number> = {};
  for (const [field, c] of Object.entries(rec.columns)) {
    if (!BEFORE.test(groupOf(sheet, group, c))) continue;
    const twin = afterTwin(c);
    if (twin < 0) continue;
    columns[field] = twin;
    headers[field] = cellText(sheet.rows[sub]?.[twin] ?? null);
    sameAsLeftFrom[twin] = c;
  }
  return Object.keys(sameAsLeftFrom).length > 0 ? { ...rec, columns, headers, sameAsLeftFrom } : rec;
}
