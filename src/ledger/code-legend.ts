/**
 * A column kept in codes with its legend written under the table: 劳动能力 1 / 2 / 3 and the note
 * "劳动能力代码：1—有劳动能力…；2—弱劳动力或半劳动力；3—丧失劳动能力或无劳动能力". A reviewer reads each
 * code as what the legend says it stands for; so does the reader (the meaning is then read as if
 * it had been written in the cell).
 */
import type { CellValue, Sheet } from "../core/grid";
import { cellText, compact, halfWidthDigits } from "./normalize/text";

/** Rows at the foot of the sheet where its notes are. */
const NOTE_ROWS = 40;

/** "1—有劳动能力", "2-弱劳动力", "0=未外出务工", "3：无劳动能力", "A—中央级": a code and what it stands for. */
// (A system's export writes them run together, "劳动技能 1普通劳动力 2技能劳动力": a digit straight before its words.)
const ITEM = /(?:^|[；;，,。\s:：]|(?<=[\u4e00-\u9fff]))\s*([0-9A-Z])\s*(?:[—－\-–=:：、.．]\s*|(?<=[0-9])(?=[\u4e00-\u9fff]))([^；;，,。0-9A-Z]+)/g;
/** Rows above a table where a legend may stand under the title ("媒体类别：A—中央级 B—省级…"). */
const HEAD_ROWS = 10;

/** Code → meaning for the column headed `header`, from a note line naming it; empty when there is none. */
export function codeLegend(sheet: Sheet, header: string, from: number): Map<string, string> {
  const key = compact(header)
    .replace(/[（(][^（()）]*[)）]/g, "")
    .replace(/^是否/, "");
  const out = new Map<string, string>();
  if (key.length < 2) return out;
  // The legend is a note under the table, or a line under the title above it: the sheet's last rows
  // and the rows above the header are looked at, not every row of a long roster.
  const rows = [...range(Math.max(0, from - HEAD_ROWS), from), ...range(Math.max(from, sheet.rows.length - NOTE_ROWS), sheet.rows.length)];
  for (const r of rows)
    for (const v of sheet.rows[r] ?? []) {
      // (Every cell of a long roster passes here: only a text saying 代码 or naming the column is looked at further.)
      const t = typeof v === "string" && (v.includes("代码") || v.includes(key)) ? compact(v) : "";
      // The legend names the column and says it is a code ("劳动能力代码：…", "外出务工代码：…"), or
      // names it and lists its codes at once ("媒体类别：A—中央级…").
      const coded = t.indexOf(`${key}代码`);
      // (…or names it and runs its codes straight on, "劳动技能1普通劳动力2技能劳动力…；务工状况0未务工…".)
      const name = key.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
      const listed = coded < 0 ? new RegExp(`${name}[:：](?=[0-9A-Z][—－\\-–=])`).exec(t) : null;
      const runOn = coded < 0 && !listed ? new RegExp(`${name}(?=[0-9][\u4e00-\u9fff])`).exec(t) : null;
      const at = coded >= 0 ? coded + key.length + 2 : listed ? listed.index + key.length + 1 : runOn ? runOn.index + key.length : -1;
      if (at < 0) continue;
      // Its items run to the next legend of the same line ("…；2.外出务工代码：…"); codes run on end at the line's ；.
      const rest = t.slice(at);
      const end = runOn ? rest.search(/[；;]/) : rest.search(/[\u4e00-\u9fff]{2,6}代码/);
      for (const m of (end >= 0 ? rest.slice(0, end) : rest).matchAll(ITEM)) if (!out.has(m[1])) out.set(m[1], m[2]);
    }
  return out.size >= 2 ? out : new Map();
}

/** A cell's code as written ("1", 1, "１", "B"); undefined for anything longer. */
export function codeOf(v: CellValue): string | undefined {
  const t = halfWidthDigits(cellText(v));
  return /^[0-9A-Z]$/.test(t) ? t : /^[a-z]$/.test(t) ? t.toUpperCase() : undefined;
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
