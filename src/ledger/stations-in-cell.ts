/**
 * A station list kept by town, one town to a row, its stations in one cell each with the day it was
 * hung ("小岭村（2020.6.10）、上湖村（2020年6月17日）、城东社区（2020.12，社区站点）", a village's second station
 * listed again: "黄塘村（2021.3.8，圩镇第二站）"). A reviewer reads each name with its day as one station;
 * so does the reader, under the column whose header names both ("站点所在村（社区）及挂牌运营时间").
 */
import type { Sheet } from "../core/grid";
import type { LDate } from "../scoring/dates";
import { parseDate } from "./normalize/date";
import { cellText, compact } from "./normalize/text";

export interface StationCells {
  header: number;
  col: number;
}

/** A header naming the stations' villages and their days together. */
const HEADER = /(?:所在|站点)[^及和]*村[^及和]*(?:及|和|与)[^及和]*(?:挂牌|运营|建成|建站|开业)(?:时间|日期)/;
/** One station of the cell: its village (or community) and, in brackets, its day and any note. */
const ITEM = /^([\u4e00-\u9fff]{1,12}?(?:村委会|村民委员会|村|社区|居委会))\s*[（(]([^（）()]+)[)）]$/;
const SEPARATOR = /[、；;\n]+/;

/** The stations a cell lists, each with its village and day (a day unread: null); [] when the cell is no such list. */
export function stationsIn(text: string): { village: string; opened: LDate | null; note: string }[] {
  const items = text
    .split(SEPARATOR)
    .map((t) => t.trim())
    .filter(Boolean);
  const out: { village: string; opened: LDate | null; note: string }[] = [];
  for (const item of items) {
    const m = ITEM.exec(item);
    if (!m) return [];
    const [day, ...notes] = m[2].split(/[，,]/).map((t) => t.trim());
    const p = parseDate(day);
    // (A 村委会 is its village.)
    out.push({ village: m[1].replace(/(?:村委会|村民委员会)$/, "村"), opened: p.ok ? p.value : null, note: notes.join("，") });
  }
  return out;
}

export function findStationCells(sheet: Sheet): StationCells | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, 15); r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (!HEADER.test(compact(cellText(row[c] ?? null)))) continue;
      // Under it, rows listing two stations or more, each with its day.
      let lists = 0;
      for (let k = r + 1; k < Math.min(sheet.rows.length, r + 40); k++) {
        const found = stationsIn(cellText(sheet.rows[k]?.[c] ?? null));
        if (found.length >= 2 && found.every((s) => s.opened !== null)) lists++;
      }
      if (lists >= 2) return { header: r, col: c };
    }
  }
  return undefined;
}
