/**
 * A workbook kept one sheet per indicator (按指标分册): each sheet opens with the same head block —
 * the indicator's title ("指标1.2 方案制定"), a line "分值 | 2 | 自评分 | 2 | 佐证材料 | 见本表" and the
 * criteria ("评分标准：工作方案因地制宜…（1-2分）") — then that indicator's facts and ledgers. A reviewer
 * reads the head as the clerk's claim for the indicator the title names and the criteria as the
 * rubric's words, not as anything the county states. So does the reader: the 分值 line becomes the
 * claim said in words ("方案制定：自评2分", read by ./claim-lines), the criteria lines are not read.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, spacelessText } from "../normalize/text";

/** How far down the head block may start: a title, maybe a blank line, then the 分值 line. */
const HEAD_ROWS = 4;
const FULL_MARK = /^(?:分值|满分|标准分|权重)[:：]?$/;
const SELF_SCORE = /^(?:自评分|自评得分|自评|自评分数)[:：]?$/;
const CRITERIA = /^(?:评分标准|评分细则|考评标准|评分办法)[:：]/;
/** The numbering in front of an indicator's title: 指标1.2, 一、, 2.1, (3). */
const NUMBERING = /^(?:指标)?\s*(?:[\d.．、]+|[一二三四五六七八九十]+[、.．])\s*/;

const isNumber = (v: CellValue | undefined) => (typeof v === "number" ? true : /^\d+(?:\.\d+)?\s*分?$/.test(cellText(v ?? null).trim()));

/** Row and columns of the head's 分值 line: [row, column of the self-score]. */
function headLine(sheet: Sheet): [number, number] | undefined {
  for (let r = 0; r < Math.min(HEAD_ROWS, sheet.rows.length); r++) {
    const row = sheet.rows[r] ?? [];
    let full = false;
    for (let c = 0; c + 1 < row.length; c++) {
      const t = spacelessText(row[c] ?? null);
      if (FULL_MARK.test(t) && isNumber(row[c + 1])) full = true;
      else if (full && SELF_SCORE.test(t) && isNumber(row[c + 1])) return [r, c + 1];
    }
  }
  return undefined;
}

/** The title above the 分值 line (without its numbering) and its row, else the sheet's name. */
function titleOf(sheet: Sheet, headRow: number): [string, number | undefined] {
  for (let r = headRow - 1; r >= 0; r--) {
    const texts = (sheet.rows[r] ?? []).map((v) => cellText(v ?? null).trim()).filter(Boolean);
    if (texts.length === 1) return [texts[0].replace(NUMBERING, "").trim(), r];
    if (texts.length > 1) break;
  }
  return [sheet.name.replace(NUMBERING, "").trim(), undefined];
}

/** The sheet opens with an indicator's head block. */
export function hasIndicatorHead(sheet: Sheet): boolean {
  return headLine(sheet) !== undefined;
}

export function withIndicatorHead(sheet: Sheet): Sheet {
  const head = headLine(sheet);
  if (!head) return sheet;
  const [h, scoreCol] = head;
  const points = cellText(sheet.rows[h][scoreCol] ?? null)
    .trim()
    .replace(/分$/, "");
  const [title, titleRow] = titleOf(sheet, h);
  const rows = sheet.rows.map((row, r) => {
    if (r === h) return row.map((_, c) => (c === scoreCol ? `${title}：自评${points}分` : null));
    // The title is said in the claim.
    if (r === titleRow) return row.map(() => null);
    // The criteria under the head restate the rubric, not the county.
    if (r > h && r <= h + 2 && CRITERIA.test(spacelessText(row.find((v) => cellText(v ?? null).trim() !== "") ?? null))) return row.map(() => null);
    return row;
  });
  return { ...sheet, rows };
}
