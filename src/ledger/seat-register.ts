/**
 * A training room's fixed-seat register kept as the sign-in (广宁's 培训室学员固定座位登记表, "一人一座、
 * 对号入座、实名登记"): a block a session — its title line with the day, the lectern, a header of seats
 * (排＼座 | 1号 | 2号 | … | 过道 | 5号 …), then a row a 排 with each trainee in the seat taken, "姓名\n身份证号".
 * A reviewer counts each taken seat as a trainee of the session its title dates (a two-day class by its
 * last day); an empty seat (（空）), a note left where someone moved from, and the staff's seat are none.
 * So does the reader.
 */
import type { Sheet } from "../core/grid";
import { cellAddress } from "../core/grid";
import type { Diagnostics } from "../core/diagnostics";
import type { LDate } from "../scoring/dates";
import { Q } from "../scoring/rational";
import { traineeId } from "./trainee-id";
import { findDateInText } from "./normalize/date";
import { cellText } from "./normalize/text";
import type { TrainingRecord } from "./records";

/** The header's corner (排＼座) and a seat's number (1号, 12座). */
const CORNER = /^排\s*[＼\\/、]\s*座$|^座位$|^排号$/;
const SEAT = /^\d{1,2}\s*[号座]$/;
/** A row of seats: 第一排, 第3排, 1排. */
const ROW = /^第?[一二三四五六七八九十\d]{1,3}排$/;
/** Rows above a block's header where its title line may be (title, a check line, the lectern). */
const TITLE_ROWS = 4;

export interface SeatBlock {
  /** The header row of seats. */
  header: number;
  /** The columns of seats in it. */
  seats: number[];
  /** The row of the session's title (with its day), when there is one. */
  title?: number;
}

/** The register's blocks, or undefined when the sheet is no seat register. */
export function findSeatRegister(sheet: Sheet): SeatBlock[] | undefined {
  const blocks: SeatBlock[] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const texts = Array.from(row, (v) => cellText(v ?? null).replace(/\s+/g, ""));
    const seats = texts.flatMap((t, c) => (SEAT.test(t) ? [c] : []));
    if (seats.length < 4 || !(CORNER.test(texts[0] ?? "") || ROW.test(cellText(sheet.rows[r + 1]?.[0] ?? null).trim()))) continue;
    let title: number | undefined;
    for (let t = r - 1; t >= Math.max(0, r - TITLE_ROWS) && title === undefined; t--)
      if ((sheet.rows[t] ?? []).some((v) => findDateInText(cellText(v ?? null)) !== undefined)) title = t;
    blocks.push({ header: r, seats, title });
  }
  return blocks.length > 0 ? blocks : undefined;
}

/** A seat's occupant: no one in an empty seat, nor in a note left where someone moved from. */
const EMPTY = /^[（(]?\s*空\s*[)）]?/;
/** The staff's seat (（工作人员）梁晓敏), or the teacher's: no trainee. */
const STAFF = /工作人员|讲师|授课|老师|助教/;

/** Each taken seat's trainee, dated by the block's title. */
export function readSeatRegister(sheet: Sheet, blocks: SeatBlock[], diags: Diagnostics): TrainingRecord[] {
  const out: TrainingRecord[] = [];
  for (const block of blocks) {
    const title = block.title === undefined ? "" : (sheet.rows[block.title] ?? []).map((v) => cellText(v ?? null)).join(" ");
    const date: LDate | null = findDateInText(title) ?? null;
    if (date === null) diags.warn("座位表上方没有写明培训日期的标题行，无法确定培训日期", sheet.name, cellAddress(block.header, 0));
    for (let r = block.header + 1; r < sheet.rows.length && ROW.test(cellText(sheet.rows[r]?.[0] ?? null).trim()); r++)
      for (const c of block.seats) {
        const text = cellText(sheet.rows[r]?.[c] ?? null).trim();
        if (text === "" || EMPTY.test(text)) continue;
        const cell = cellAddress(r, c);
        if (STAFF.test(text)) {
          diags.repeated("info", `座位“${text.replace(/\n/g, " ")}”是工作人员，不计入培训`, "座位表中的工作人员不计入培训", text, sheet.name, cell);
          continue;
        }
        const lines = text.split(/\n+/);
        // (A note after the name says where the trainee came from: "何家明（由第二排3号调入）".)
        const name = lines[0].replace(/[（(][^（()）]*[)）]/g, "").trim();
        const raw = lines
          .slice(1)
          .map((l) => l.replace(/\s+/g, ""))
          .find((l) => /^\d{15,17}[\dXx]$/.test(l));
        const id = traineeId(raw, { entry: `座位“${text.replace(/\n/g, " ")}”`, list: "座位表中", text, sheet: sheet.name, cell }, diags);
        out.push({ source: { sheet: sheet.name, row: r + 1 }, name, id, date, poor: null, personTimes: Q.ONE });
      }
  }
  return out;
}
