/**
 * A swimlane chart of who did what (海陵's 创建工作责任泳道图): a column per responsible office (区政府 |
 * 区商务局 | 区财政局 | … | 各镇), a row per stage of the work, each cell a list of items marked ▶ done
 * or ▷ not (or only partly) done, a → carrying a lane on to the next row, the points claimed in the last
 * column ("⑦农村产品上行（10分）：自评9分"). A reviewer reads every item as the sentence it is, whichever
 * lane it stands in; so does the reader: the chart's items one to a line, read as a report is, each
 * line named back to the cell it came from.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

/** An item's mark at a line's start: ▶ done, ▷ not or partly (the chart's legend says so). */
const ITEM = /^\s*[▶▷►▻]\s*/;
/** Cells of items fewer than this, or in fewer columns, are no chart. */
const MIN_CELLS = 5;
const MIN_LANES = 2;
/** What a lane holds when it has nothing at a stage, or carries on below. */
const NOTHING = /^[—\-－→↓…]*$/;

export interface LaneLines {
  /** The chart as lines in column A, a blank row after each (no line is read as another's value). */
  sheet: Sheet;
  /** The chart's cell each line came from (0-based). */
  cellOf: (r: number) => { r: number; c: number };
}

function itemCells(sheet: Sheet): { r: number; c: number }[] {
  const out: { r: number; c: number }[] = [];
  sheet.rows.forEach((row, r) =>
    (row ?? []).forEach((v, c) => {
      if (typeof v === "string" && v.split("\n").some((l) => ITEM.test(l))) out.push({ r, c });
    }),
  );
  return out;
}

/** The chart's items one to a line, or undefined when the sheet is no swimlane chart. */
/** Lines gathered one to a row, a blank row after each, each remembering the cell it came from. */
export class LineList {
  private readonly rows: CellValue[][] = [];
  private readonly from: { r: number; c: number }[] = [];

  put(line: string, r: number, c: number): void {
    this.rows.push([line], []);
    this.from.push({ r, c }, { r, c });
  }

  /** The lines as a sheet named `name`, and where each came from. */
  laidOut(name: string): LaneLines {
    const from = this.from;
    return { sheet: { name, rows: this.rows }, cellOf: (r) => from[r] ?? { r, c: 0 } };
  }
}

/** A line said to its end: "设免费培训室" → "设免费培训室。" (a line ending in 。；！？ as it is). */
export const toItsEnd = (line: string): string => (/[。；;！!？?]$/.test(line) ? line : `${line}。`);

export function swimlaneLines(sheet: Sheet): LaneLines | undefined {
  const items = itemCells(sheet);
  if (items.length < MIN_CELLS || new Set(items.map((x) => x.c)).size < MIN_LANES) return undefined;
  const first = Math.min(...items.map((x) => x.r));
  const lines = new LineList();
  sheet.rows.forEach((row, r) => {
    const filled = (row ?? []).map((v, c) => ({ t: cellText(v ?? null).trim(), c })).filter((x) => x.t !== "");
    // Above the chart: its title, the line naming the county and the day, the county's figures (〇、区情),
    // as they are; the lanes' header, a row of office names, says nothing.
    if (r < first && filled.length >= 3 && filled.every((x) => x.t.length <= 20 && !/\d/.test(x.t))) return;
    for (const { t, c } of filled)
      for (const raw of t.split("\n")) {
        const line = raw.replace(ITEM, "").trim();
        if (NOTHING.test(line)) continue;
        // Each item a sentence of its own ("设免费培训室…" is no label over the next item).
        lines.put(toItsEnd(line), r, c);
      }
  });
  return lines.laidOut(sheet.name);
}
