/**
 * An answer referred to the note beside it: a city's template whose 填报值 cell says "见说明" because
 * the answer would not fit, and the answer written in the row's 说明 (备注, 统计口径／说明) column. A reviewer reads
 * the 说明 as the 填报值; so does the reader: the note's words take the value cell's place (and the
 * note cell is left empty, so they are read once). The evidence stays on the row, at its 填报值.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

const REFERRED = /^[（(]?\s*(?:详|请)?(?:见|参见|详见)\s*(?:说明|备注|附注|情况说明)(?:栏|列)?\s*[)）]?$/;
const NOTE_HEADER = /^(?:说明|备注|情况说明|备注说明|说明（备注）|(?:统计)?口径[／/、]?说明|口径说明)$/;

/** The sheet with each "见说明" replaced by its row's note; the same sheet when none is there. */
export function withReferredAnswers(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  let noteCol = -1;
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    // The note column is named by the header above the rows that refer to it.
    const header = row.findIndex((v) => NOTE_HEADER.test(cellText(v ?? null).replace(/\s+/g, "")));
    if (header >= 0 && row.filter((v) => cellText(v ?? null) !== "").length >= 3) {
      noteCol = header;
      continue;
    }
    if (noteCol < 0) continue;
    for (let c = 0; c < noteCol; c++) {
      if (!REFERRED.test(cellText(row[c] ?? null))) continue;
      const note = row[noteCol];
      if (cellText(note ?? null) === "") continue;
      rows ??= sheet.rows.map((x) => [...x]);
      rows[r][c] = note ?? null;
      rows[r][noteCol] = null;
    }
  }
  return rows ? { ...sheet, rows } : sheet;
}

/** A figure with its source in brackets after it: "32.17（省商务厅）", "64（区民政局）". */
const SOURCE_BRACKET = /\s*[（(]([^（()）]{2,12})[)）]\s*$/;
const sourceOf = (v: CellValue | undefined) => {
  const t = cellText(v ?? null).trim();
  return /^[\d.,，]+\s*[（(]/.test(t) ? SOURCE_BRACKET.exec(t)?.[1] : undefined;
};

/** "同月报", "同D列", "取月报数": the answer is the one in the column named so. */
// (Two words at least, or a column's letter: 同意 is an answer, 同上 a ditto, 同比 a rate.)
const SAME_AS = /^(?:同|与|取|按)\s*([A-Z]|[\u4e00-\u9fff]{2,6}?)\s*(?:列|栏|数|口径|一致)?$/;

/**
 * An answer referred to another column of its row (徐闻's 口径对照表: 报省考评 | 报市月报 | 宣传口径, a
 * 报省考评 cell saying "同月报"): the value in the column whose header names it (or the column
 * lettered so) takes the cell's place. A reviewer follows the reference; so does the reader.
 */
export function withColumnReferences(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  let headers: string[] | undefined;
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const texts = row.map((v) => cellText(v ?? null).replace(/\s+/g, ""));
    if (texts.filter((t) => t !== "").length === 0) {
      headers = undefined;
      continue;
    }
    // A header: three words or more, no figure among them.
    if (texts.filter((t) => t !== "").length >= 3 && row.every((v) => typeof v !== "number")) {
      headers = texts;
      continue;
    }
    if (!headers) continue;
    row.forEach((v, c) => {
      const said = SAME_AS.exec(cellText(v ?? null).trim());
      if (!said || !headers) return;
      const word = said[1];
      const lettered = /^[A-Z]$/.test(word) ? word.charCodeAt(0) - 65 : -1;
      // (…or the source each figure names in its bracket, "32.17（省商务厅）", where no header names it: 同省商务厅数.)
      const headed = lettered >= 0 ? lettered : headers.findIndex((h, i) => i !== c && h.includes(word));
      const to = headed >= 0 ? headed : row.findIndex((x, i) => i !== c && (sourceOf(x)?.includes(word) ?? false));
      const value = to >= 0 && to !== c ? row[to] : undefined;
      if (value === undefined || value === null || cellText(value) === "" || SAME_AS.test(cellText(value).trim())) return;
      rows ??= sheet.rows.map((x) => x);
      rows[r] = rows[r] === sheet.rows[r] ? [...row] : rows[r];
      // (The figure without the source its bracket names: the row's unit is its unit.)
      rows[r][c] = sourceOf(value) !== undefined ? cellText(value).replace(SOURCE_BRACKET, "").trim() : value;
    });
  }
  return rows ? { ...sheet, rows } : sheet;
}
