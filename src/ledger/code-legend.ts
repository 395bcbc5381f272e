/**
 * A column kept in codes with its legend written under the table: 劳动能力 1 / 2 / 3 and the note
 * "劳动能力代码：1—有劳动能力…；2—弱劳动力或半劳动力；3—丧失劳动能力或无劳动能力". A reviewer reads each
 * code as what the legend says it stands for; so does the reader (the meaning is then read as if
 * it had been written in the cell).
 */
import type { CellValue, Sheet } from "../core/grid";
import { cellText, compact } from "./normalize/text";

/** Rows at the foot of the sheet where its notes are. */
const NOTE_ROWS = 40;

/** "1—有劳动能力", "2-弱劳动力", "0=未外出务工", "3：无劳动能力": a code and what it stands for. */
const ITEM = /(?:^|[；;，,。\s:：])\s*([0-9])\s*[—－\-–=:：、.．]\s*([^；;，,。0-9]+)/g;

/** Code → meaning for the column headed `header`, from a note line naming it; empty when there is none. */
export function codeLegend(sheet: Sheet, header: string, from: number): Map<string, string> {
  const key = compact(header)
    .replace(/[（(][^（()）]*[)）]/g, "")
    .replace(/^是否/, "");
  const out = new Map<string, string>();
  if (key.length < 2) return out;
  // The legend is a note under the table: the sheet's last rows are looked at, not every row of a
  // long roster.
  for (let r = Math.max(from, sheet.rows.length - NOTE_ROWS); r < sheet.rows.length; r++)
    for (const v of sheet.rows[r] ?? []) {
      // (Every cell of a long roster passes here: only a text saying 代码 is looked at further.)
      const t = typeof v === "string" && v.includes("代码") ? compact(v) : "";
      // The legend names the column and says it is a code ("劳动能力代码：…", "外出务工代码：…").
      const at = t.indexOf(`${key}代码`);
      if (at < 0) continue;
      // Its items run to the next legend of the same line ("…；2.外出务工代码：…").
      const rest = t.slice(at + key.length + 2);
      const end = rest.search(/[\u4e00-\u9fff]{2,6}代码/);
      for (const m of (end >= 0 ? rest.slice(0, end) : rest).matchAll(ITEM)) if (!out.has(m[1])) out.set(m[1], m[2]);
    }
  return out.size >= 2 ? out : new Map();
}

/** A cell's code as written ("1", 1, "１"); undefined for anything longer. */
export function codeOf(v: CellValue): string | undefined {
  const t = cellText(v).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return /^[0-9]$/.test(t) ? t : undefined;
}
