/**
 * A questionnaire answered by option letters (题目 | 选项 | 答案: "A.是 B.否" | A; "A.商务 B.财政 C.农业农村…" |
 * "A、B、D"). The letter only points at the option: a reviewer reads the option's words, the chosen ones of a
 * multiple choice ticked and the others not; so does the reader. The options cell is then left out, its words
 * said in the answer. An answer already in words ("是") stays as written.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, spacelessText, toHalfWidth } from "../normalize/text";

const OPTIONS_HEADER = /^(?:选项|备选项|可选项|选项内容|答案选项)$/;
const ANSWER_HEADER = /^(?:答案|选择|回答|作答|所选选项|填写答案|答题)$/;
/** "A.县（市、区）委书记 B.县（市、区）长": each letter and the words after it, to the next letter. */
const OPTION = /(?:^|\s)([A-H])\s*[.．、:：]\s*([^\u3000\n]+?)(?=\s+[A-H]\s*[.．、:：]|\s*$)/g;
/** Letters alone: "A", "AB", "A、B、D", "Ａ". */
const LETTERS = /^[A-H](?:[、,，;；\s]*[A-H])*$/;

function optionsIn(text: string): Map<string, string> {
  const options = new Map<string, string>();
  for (const m of text.matchAll(OPTION)) options.set(m[1], m[2].trim());
  return options;
}

export function withOptionLetters(sheet: Sheet): Sheet {
  const header = sheet.rows.findIndex((row) => (row ?? []).some((v) => OPTIONS_HEADER.test(spacelessText(v ?? null))));
  if (header < 0) return sheet;
  const head = sheet.rows[header] ?? [];
  const optionsCol = head.findIndex((v) => OPTIONS_HEADER.test(spacelessText(v ?? null)));
  const answerCol = head.findIndex((v, c) => c !== optionsCol && ANSWER_HEADER.test(spacelessText(v ?? null)));
  if (answerCol < 0) return sheet;
  let rows: CellValue[][] | undefined;
  for (let r = header + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const options = optionsIn(cellText(row[optionsCol] ?? null));
    const answer = toHalfWidth(cellText(row[answerCol] ?? null))
      .trim()
      .toUpperCase();
    if (options.size < 2 || !LETTERS.test(answer)) continue;
    const chosen = new Set(answer.match(/[A-H]/g));
    if (![...chosen].every((l) => options.has(l))) continue;
    const asked = row.map((v) => cellText(v ?? null)).join(" ");
    const several = chosen.size > 1 || /多选/.test(asked);
    const said = several ? [...options].map(([l, words]) => `${chosen.has(l) ? "☑" : "☐"}${words}`).join("  ") : (options.get([...chosen][0]) as string);
    rows ??= [...sheet.rows];
    rows[r] = row.map((v, c) => (c === answerCol ? said : c === optionsCol ? null : v));
  }
  return rows ? { ...sheet, rows } : sheet;
}
