/**
 * A log of what was said, handed in as the facts sheet: a bureau's 电话记录簿 (编号 | 日期 | 来电/去电 |
 * 对方单位及姓名 | 事由 | 通话内容 | 处理情况 | 记录人), a press conference's transcript (序号 | 发言人 |
 * 发言内容), a register of replies to inquiries (… | 征询事项 | 答复内容 | …). The facts are in what was
 * said; the other columns are who, when and what was done about it, never a label and its value (a
 * remark setting a line aside, 未采用 / 以9月1日书面为准, leaves the line out). A
 * reviewer reads the said column line by line, and a later line correcting a figure ("8月23日提供的
 * 2020年农产品网络零售额6.82亿元系录入错误，应为6.28亿元") as changing it where it was first said. So does
 * the reader: below the header only the said column is kept, and a correction is made in the line
 * that first said the figure (its cell stays the evidence) and then left out.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";
import { headerKey } from "./header-key";

/** A column of what was said (not a bare 内容: a checklist's 内容 column holds the criteria's words). */
const SAID_HEADER = /^(?:发言内容|通话内容|消息内容|聊天内容|谈话内容|答复内容|回复内容)$/;

/** The said column under its header among the first rows: the header has other columns beside it. */
export function saidColumn(sheet: Sheet): { row: number; col: number } | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, 15); r++) {
    const row = sheet.rows[r] ?? [];
    const col = row.findIndex((v) => SAID_HEADER.test(headerKey(v ?? null)));
    if (col >= 0 && row.filter((v) => cellText(v ?? null) !== "").length >= 2) return { row: r, col };
  }
  return undefined;
}

const FIGURE = String.raw`\d[\d,，]*(?:\.\d+)?\s*(?:万人次|人次|万人|人|个|家|万元|亿元|元|%)`;
/** "…6.82亿元系录入错误，应为6.28亿元", "…行政村数有误，应为118个": the figure wrong, then the right one. */
const CORRECTION = new RegExp(String.raw`(${FIGURE})[^。；;]{0,12}?(?:有误|错误|不对|不准)[^。；;]{0,6}?(?:应为|更正为|改为|实为)\s*(${FIGURE})`);

/** A remark setting a line aside: another answer is the one that counts. */
const SET_ASIDE = /未采用|不采用|不予采用|已作废|作废|以.{1,12}为准/;

const unitOf = (figure: string) => figure.replace(/^[\d,，.\s]+/, "");

export function withSaidColumnOnly(sheet: Sheet): Sheet {
  const said = saidColumn(sheet);
  if (!said) return sheet;
  // A line its remark sets aside ("未采用", "截止日后数据，不采用", "以9月1日书面为准") says nothing that counts.
  const setAside = (row: readonly CellValue[]) => row.some((v, c) => c !== said.col && SET_ASIDE.test(cellText(v ?? null)));
  const rows: CellValue[][] = sheet.rows.map((row, r) => (r <= said.row ? row : row.map((v, c) => (c === said.col && !setAside(row) ? v : null))));
  for (let r = said.row + 1; r < rows.length; r++) {
    const m = CORRECTION.exec(cellText(rows[r][said.col] ?? null));
    if (!m) continue;
    const [wrong, right] = [m[1].trim(), m[2].trim()];
    if (unitOf(wrong) !== unitOf(right)) continue;
    // The line that first said the wrong figure: the figure replaced there, the correction left out.
    for (let e = said.row + 1; e < r; e++) {
      const text = cellText(rows[e][said.col] ?? null);
      if (!text.includes(wrong)) continue;
      rows[e] = rows[e].map((v, c) => (c === said.col ? text.replace(wrong, right) : v));
      rows[r] = rows[r].map(() => null);
      break;
    }
  }
  return { ...sheet, rows };
}
