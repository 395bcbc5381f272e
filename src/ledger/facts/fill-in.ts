/**
 * A form filled in the blanks of its sentences, one sentence a row, the blanks cells of their own:
 * "1．全市常住人口 | 33.5 | 万人（户籍人口 | 48.6 | 万人）。", "13．农村网络零售额：2019年 | 5.62 | 亿元，2020年 |
 * 6.95 | 亿元". The cell after a blank begins with the blank's unit and the clause's punctuation, then
 * the next blank's words; a year alone there ("亿元，2020年") is of the line's subject.
 */
import type { CellValue } from "../../core/grid";
import type { RubricInput } from "../../scoring/rubric";
import { cellText } from "../normalize/text";

/** A blank's unit, only where the words stop after it ("户籍人口" begins with 户 but is no unit). */
const UNIT = String.raw`(万人次|万人|万元|亿元|元|人次|人|万户|户|个|家|%|％|分)(?=[\s，,；;、。．.（(）)]|$)`;
/** A unit opening the cell after a blank. */
const UNIT_FIRST = new RegExp(String.raw`^\s*${UNIT}`);
/** What joins the next words to the blank: the unit, a bracket of its own (（1-2分）), punctuation. */
const JOIN = new RegExp(String.raw`^\s*(?:${UNIT})?\s*(?:[（(][^（()）]*[)）])?[\s，,；;、。．.）)（(]*`);

/** The unit a blank's value is written in, from the cell after it ("万人（户籍人口" → 万人). */
export function unitAfterBlank(row: readonly CellValue[], vc: number): string | undefined {
  return UNIT_FIRST.exec(cellText(row[vc + 1] ?? null))?.[1]?.replace("％", "%");
}

/**
 * The words of a label cell that continues a filled-in sentence (it follows a blank and begins with a
 * unit or punctuation): "万人（户籍人口" → 户籍人口, "分（1-2分）；工作台账自评" → 工作台账自评, "亿元，2020年" →
 * 2020年农村网络零售额 (the line's subject, from its first cell). Undefined when the cell is no such continuation.
 */
export function continuedLabel(v: string, row: readonly CellValue[], c: number): string | undefined {
  const before = row[c - 1];
  if (c === 0 || typeof before !== "number") return undefined;
  const joined = JOIN.exec(v)?.[0] ?? "";
  if (joined.trim() === "") return undefined;
  const own = v.slice(joined.length).trim();
  if (own === "") return undefined;
  // A year and a few words ("2020年", "2020年同比增长"): the line's subject is what they are of.
  const year = /^((?:19|20)\d{2}\s*年度?)(.{0,4})$/.exec(own);
  if (!year) return own;
  const first = cellText(row[0] ?? null)
    .replace(/^\s*\d+\s*[.、．]\s*/, "")
    .replace(/[:：].*$/s, "")
    .replace(/(?:19|20)\d{2}\s*年度?/g, "")
    .trim();
  return first ? `${year[1]}${first}${year[2]}` : own;
}

/**
 * "3．领导小组由 | 市长 | 任组长，| 分管副市长 | 任常务副组长": the leader is the blank before 任组长, read as
 * the line's leadTitle (the label cell before the blank its label). Undefined for any other cell.
 */
export function leaderBlank(
  row: readonly CellValue[],
  r: number,
  c: number,
  leadTitle: RubricInput | undefined,
): { r: number; c: number; label: string; input: RubricInput; score: number; exact: boolean; value: { r: number; c: number; v: CellValue } } | undefined {
  const v = cellText(row[c] ?? null);
  const title = cellText(row[c - 1] ?? null);
  const label = cellText(row[c - 2] ?? null);
  if (!leadTitle || c < 2 || !/^(?:任|担任|作为|为)(?:领导小组|工作领导小组)?(?:第一|双)?组长/.test(v)) return undefined;
  if (title === "" || title.length > 20 || !/(?:由|以|是|：|:)$/.test(label)) return undefined;
  return { r, c: c - 2, label: `${label}${title}${v}`, input: leadTitle, score: 1, exact: true, value: { r, c: c - 1, v: title } };
}
