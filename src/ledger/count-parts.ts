/**
 * A field kept in parts. A count: 实际参训人次 merged over 线下 | 线上（直播）, 参训人次 over 男 | 女.
 * Each part is a share of the session's 人次, so the record's count is their sum. A part that is a
 * share of another (合计 | 其中贫困户, 其中：女) is no such split: the columns are left as recognised.
 * A sign-in: 每日签到 merged over 11月17日 | 11月18日 | 11月19日, or 上午签到 | 下午签到 side by side (or bare
 * half days, 上午 | 下午, 12月9日上午 | 12月9日下午 | …).
 * The trainee came when any part is ticked (rows.ts: yesNo).
 */
import { mergeAt, type Sheet } from "../core/grid";
import { cellText } from "./normalize/text";
import type { Recognition } from "./recognize";

/** Fields that can be split so. */
const PARTED = ["personTimes", "signedIn"] as const;

/** A sign-in column's header (上午签到, 第二天签名). */
const SIGN_IN = /签到|签名/;

/** A part's own sub-header: by sex, or by how the session was held. */
const PART_WORD = /^(?:男|女|男性|女性|线上|线下|现场|直播|网络)(?:[（(].*[)）])?$/;

/** Sub-headers that are a total or a share of one, never a part to add. */
// (…nor what a session's 人次 is reckoned from, 参训情况 over 人数 | 天数 | 人次: its days multiply, they add nothing.)
const NOT_A_PART = /其中|合计|小计|总计|总数|贫困|建档立卡|计划|应到|备注|天数|课时|学时/;

/** The recognition with each split count's columns under `countParts`; unchanged otherwise. */
export function withCountParts(sheet: Sheet, rec: Recognition): Recognition {
  if (rec.sideways || rec.matrix) return rec;
  const halves = rec.columns.signedIn === undefined ? halfDayColumns(sheet, rec) : undefined;
  if (halves) return { ...rec, columns: { ...rec.columns, signedIn: halves[0] }, countParts: { signedIn: halves } };
  const sideBySide = signInsSideBySide(sheet, rec);
  // The group is in the header's upper row, its parts in the lower; or, when the header was taken
  // as one row, in the header row with its parts in the row under it (a row of sub-headers only).
  const groupRow = rec.headerRows === 2 ? rec.headerRow - 1 : rec.headerRow;
  const partsRow = groupRow + 1;
  const below = sheet.rows[partsRow] ?? [];
  if (rec.headerRows === 1 && !below.every((v, c) => cellText(v ?? null) === "" || isUnderGroup(sheet, groupRow, c)))
    return sideBySide ? { ...rec, countParts: { signedIn: sideBySide } } : rec;
  let parts: Record<string, number[]> | undefined = sideBySide ? { signedIn: sideBySide } : undefined;
  const mapped = new Set(Object.values(rec.columns));
  let dropName = false;
  // A group's own total among its parts (参训人次 over 男 | 女 | 合计): the count is the total's column.
  let totals: Record<string, number> | undefined;
  for (const field of PARTED) {
    const c = rec.columns[field];
    if (c === undefined) continue;
    const group = mergeAt(sheet.merges, groupRow, c);
    if (!group || group.right <= group.left || group.bottom !== groupRow) continue;
    const cols: number[] = [];
    let ok = true;
    for (let col = group.left; col <= group.right; col++) {
      const t = cellText(below[col] ?? null).replace(/\s+/g, "");
      if (field === "personTimes" && /^(?:合计|小计|总计|总数)$/.test(t) && col !== c) (totals ??= {})[field] = col;
      // (参训人员 over 男 | 女: the group's words read as trainees' names took a part; a part it is.)
      const nameTaken = rec.columns.name === col && PART_WORD.test(t);
      if (t === "" || NOT_A_PART.test(t) || (col !== c && mapped.has(col) && !nameTaken)) ok = false;
      cols.push(col);
    }
    if (ok && cols.length >= 2) {
      (parts ??= {})[field] = cols;
      if (rec.columns.name !== undefined && cols.includes(rec.columns.name)) dropName = true;
    }
  }
  if (totals) return { ...rec, columns: { ...rec.columns, ...totals } };
  if (!parts) return rec;
  if (!dropName) return { ...rec, countParts: parts };
  const columns = { ...rec.columns };
  delete columns.name;
  return { ...rec, columns, countParts: parts };
}

/** The sign-in column and the unmapped sign-in columns right beside it (上午签到 | 下午签到), when there are two or more. */
function signInsSideBySide(sheet: Sheet, rec: Recognition): number[] | undefined {
  const c = rec.columns.signedIn;
  if (c === undefined) return undefined;
  const header = sheet.rows[rec.headerRow] ?? [];
  const mapped = new Set(Object.values(rec.columns));
  const isSignIn = (col: number) => col >= 0 && !mapped.has(col) && SIGN_IN.test(cellText(header[col] ?? null)) && !NOT_A_PART.test(cellText(header[col] ?? null));
  let left = c;
  let right = c;
  while (isSignIn(left - 1)) left--;
  while (isSignIn(right + 1)) right++;
  if (right === left) return undefined;
  return Array.from({ length: right - left + 1 }, (_, i) => left + i);
}

/** A half day's column of a trainees' sign-in sheet: 上午 | 下午, 12月9日上午, 第二天下午. */
const HALF_DAY = /^(?:(?:\d{1,2}月\d{1,2}日|\d{1,2}[.．/]\d{1,2}|第[一二三四五六七八九十\d]+天)[\s(（]*)?(?:上午|下午|晚上)[)）]?(?:签到)?$/;

/** A mark made in such a column: √, 请假, 缺; a longer text (a timetable's course) is none. */
const MARK = /^.{0,4}$/;

/**
 * A roster of trainees signed in by the half day (上午 | 下午, 12月9日上午 | 12月9日下午 | …), no column called 签到:
 * those columns side by side, read as one sign-in in parts (the trainee came when any half is ticked).
 */
function halfDayColumns(sheet: Sheet, rec: Recognition): number[] | undefined {
  if (rec.columns.name === undefined) return undefined;
  const header = sheet.rows[rec.headerRow] ?? [];
  const mapped = new Set(Object.values(rec.columns));
  const cols = header.flatMap((v, c) => (!mapped.has(c) && HALF_DAY.test(cellText(v ?? null).replace(/\s+/g, "")) ? [c] : []));
  if (cols.length < 2 || cols.some((c, i) => i > 0 && c !== cols[i - 1] + 1)) return undefined;
  const below = sheet.rows.slice(rec.headerRow + 1, rec.headerRow + 21);
  return below.every((row) => cols.every((c) => MARK.test(cellText(row?.[c] ?? null)))) ? cols : undefined;
}

function isUnderGroup(sheet: Sheet, r: number, c: number): boolean {
  const m = mergeAt(sheet.merges, r, c);
  return m !== undefined && m.right > m.left && m.bottom === r;
}
