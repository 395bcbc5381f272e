/**
 * A sign-in taken in a WeChat group by 接龙 and pasted whole, one line per cell, no header:
 * "2020年11月20日 澄海区农村电商基础知识培训班 签到" as a session's title, then "1. 杨贵 4405151974…",
 * "2. 张锐少 44051519930120183X", … A reviewer counts each numbered line as a trainee of the session
 * its title above dates; the group's own lines (#接龙, 例：张三 …) are none. So does the reader.
 */
import type { Sheet } from "../core/grid";
import { cellAddress } from "../core/grid";
import type { Diagnostics } from "../core/diagnostics";
import type { LDate } from "../scoring/dates";
import { Q } from "../scoring/rational";
import { traineeId } from "./trainee-id";
import { findDateInText } from "./normalize/date";
import { cellText, filledColumns } from "./normalize/text";
import type { TrainingRecord } from "./records";

/** A numbered line of the chain: its number, then the name, then whatever the trainee wrote. */
// (The name may carry a note in brackets, "林发桂（贫困户）", and run straight into the ID, "杨桂4405…".)
const LINE = /^\s*(\d{1,4})\s*[.、．。)）]\s*([\u4e00-\u9fff·]{2,6})(?![\u4e00-\u9fff])\s*(?:[（(]([^（()）]*)[)）])?\s*[,，:：]?\s*(.*)$/;
/** Fewest numbered lines that make a chain (a list of three is no sign-in sheet yet). */
const MIN_LINES = 5;

export interface ChainList {
  col: number;
  /** The rows of the numbered lines. */
  lines: number[];
}

/** The chain's column and lines, or undefined when the sheet is no such paste. */
export function findChainList(sheet: Sheet): ChainList | undefined {
  let col = -1;
  const lines: number[] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const filled = filledColumns(sheet.rows[r]);
    if (filled.length === 0) continue;
    // A chain is one column of text: a row of several cells is a table, not a paste.
    if (filled.length > 1) return undefined;
    if (!LINE.test(cellText(sheet.rows[r]?.[filled[0]] ?? null))) continue;
    if (col >= 0 && filled[0] !== col) return undefined;
    col = filled[0];
    lines.push(r);
  }
  return lines.length >= MIN_LINES ? { col, lines } : undefined;
}

/**
 * The ID in what a trainee wrote after the name: 18 characters, perhaps typed in groups
 * ("440515 19981120 3552"), perhaps with a phone number after it. Undefined when none is there.
 */
function idIn(rest: string): string | undefined {
  const tokens = rest.split(/[\s,，;；]+/).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    let joined = "";
    for (let j = i; j < tokens.length && /^[0-9０-９]+[xX]?$/.test(tokens[j]); j++) {
      joined += tokens[j];
      if (joined.length >= 15) return joined;
    }
  }
  return undefined;
}

/** The day a title line states: "2020年11月20日 …", "2021.9.10 …", or "3月5日（2021年）…" with its year apart. */
function titleDay(text: string): LDate | undefined {
  const d = findDateInText(text);
  if (d && d.d !== undefined) return d;
  const md = /(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
  const y = /((?:19|20)\d{2})\s*年/.exec(text);
  return md && y ? { y: Number(y[1]), m: Number(md[1]), d: Number(md[2]) } : undefined;
}

/** The trainees of the chain, each dated by the nearest title line above with a day in it. */
export function readChainList(sheet: Sheet, chain: ChainList, diags: Diagnostics): TrainingRecord[] {
  const out: TrainingRecord[] = [];
  const first = chain.lines[0];
  let date: LDate | null = null;
  let next = 0;
  for (let r = 0; r < sheet.rows.length && next < chain.lines.length; r++) {
    const text = cellText(sheet.rows[r]?.[chain.col] ?? null);
    if (r !== chain.lines[next]) {
      // A title line between the chains ("2021年3月18日 直播电商培训 签到") starts a session.
      const d = text && !/^例/.test(text) ? titleDay(text) : undefined;
      if (d) date = d;
      continue;
    }
    next++;
    const m = LINE.exec(text) as RegExpExecArray;
    const cell = cellAddress(r, chain.col);
    const raw = idIn(m[4]);
    const id = traineeId(raw, { entry: `接龙第 ${m[1]} 条“${text}”`, list: "接龙中", text, sheet: sheet.name, cell }, diags);
    if (date === null && r === first) diags.warn(`接龙上方没有写明培训日期的标题行，无法确定培训日期`, sheet.name, cell);
    // "（贫困户）" after the name: the trainee says so.
    const poor = m[3] !== undefined && /贫困/.test(m[3]) ? true : null;
    out.push({ source: { sheet: sheet.name, row: r + 1 }, name: m[2], id, date, poor, personTimes: Q.ONE });
  }
  return out;
}
