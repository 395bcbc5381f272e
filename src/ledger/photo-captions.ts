/**
 * A training ledger kept as the captions of each session's group photo, the sign-in sheets handed to the
 * archives (清城: 照片编号 | 排位 | 人员（左起，以“、”分隔） | 人数 | 备注, each session under a caption line
 * "图1 2020年10月15日 源潭镇…合影"). A reviewer counts one person-time for each trainee in the photo:
 * not a name marked in brackets as the lecturer, a cadre or staff ("刘××（讲师）", "陈××（源潭镇副镇长）"),
 * not whoever is "镜头外" (the photographer), and not the 人数 column (everyone in the photo). A two-day
 * session ("2021年3月25日—26日") is dated by its last day. So does the reader.
 */
import { Q } from "../scoring/rational";
import type { LDate } from "../scoring/dates";
import type { Diagnostics } from "../core/diagnostics";
import { cellAddress, type Sheet } from "../core/grid";
import { findDateInText } from "./normalize/date";
import { cellText, spacelessText } from "./normalize/text";
import type { TrainingRecord } from "./records";

export interface PhotoCaptions {
  header: number;
  row: number;
  people: number;
}

const ROW_HEADER = /^(?:排位|排|位置|排次)$/;
const PEOPLE_HEADER = /^(?:人员|合影人员|人员名单|姓名)(?:[（(].*[)）])?$/;
/** Outside the photo: the one who took it. */
const OFF_CAMERA = /镜头外|摄影者|拍摄者/;

export function findPhotoCaptions(sheet: Sheet): PhotoCaptions | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, 20); r++) {
    const row = sheet.rows[r] ?? [];
    const at = row.findIndex((v) => ROW_HEADER.test(spacelessText(v ?? null)));
    const people = row.findIndex((v) => PEOPLE_HEADER.test(spacelessText(v ?? null)));
    if (at >= 0 && people >= 0) return { header: r, row: at, people };
  }
  return undefined;
}

export function readPhotoCaptions(sheet: Sheet, at: PhotoCaptions, diags: Diagnostics): TrainingRecord[] {
  const out: TrainingRecord[] = [];
  let date: LDate | null = null;
  for (let r = at.header + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const filled = row.filter((v) => cellText(v ?? null) !== "");
    // A caption line over a session: its day.
    if (filled.length === 1 && /合影|图\s*\d/.test(cellText(filled[0] ?? null))) {
      // (findDateInText reads a range at its end: "2021年3月25日—26日" is the 26th.)
      date = findDateInText(cellText(filled[0] ?? null)) ?? null;
      continue;
    }
    const names = cellText(row[at.people] ?? null);
    if (!names || OFF_CAMERA.test(cellText(row[at.row] ?? null))) continue;
    const cell = cellAddress(r, at.people);
    if (date === null) diags.warn(`照片说明上方没有写明日期的标题行，无法确定培训日期`, sheet.name, cell);
    for (const name of names.split(/[、，,;；]/).map((n) => n.trim())) {
      if (name === "") continue;
      // A name marked in brackets is the lecturer's, a cadre's or staff's, not a trainee's.
      if (/[（(]/.test(name)) {
        diags.repeated("info", `“${name}”注明了身份，不是学员，未计入培训人次`, "照片说明中注明讲师、干部、工作人员身份的不是学员", name, sheet.name, cell);
        continue;
      }
      out.push({ source: { sheet: sheet.name, row: r + 1 }, name, id: null, date, poor: null, personTimes: Q.ONE });
    }
  }
  return out;
}
