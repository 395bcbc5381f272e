/**
 * A private chat's screenshots turned into text and laid out by where each bubble sat (梅江: 左（林局） |
 * 中（时间/提示） | 右（我）): the chief asks down the left, the clerk answers down the right, the middle holds
 * times and notices (截图2, 你撤回了一条消息). A reviewer reads each answer under the question before it,
 * leaves out a picture or file sent ([图片], [文件] …) and a quoted message (「林局：…」), and takes a later
 * correction ("更正：5,618含9月2日、3日两期，截至8月31日是5,362人次") as changing the figure where it was
 * first said. So does the reader: the question is put on its answer's row (the answer stays in its cell,
 * the evidence), the middle left out, a correction made in the answer it corrects and then left out; a
 * message of the asker's that no answer follows (his instructions, a voice message's text) stays a line.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, spacelessText } from "../normalize/text";

const LEFT = /^(?:左|左侧|左边|左列)(?:[（(].*[)）])?$/;
const RIGHT = /^(?:右|右侧|右边|右列)(?:[（(].*[)）])?$/;
/** A bubble holding a picture, a file, a sticker or a call, no words. */
const MEDIA_ONLY = /^\s*\[(?:图片|文件|表情|动画表情|语音|语音通话|视频通话|视频|链接)\][^，。；]*$/;
/** A message quoted in a reply: 「林局：中心哪天开始运营的？」. */
const QUOTED = /\s*「[^」]*」\s*/g;
/** A figure and the unit after it: 5,618, 5,362人次, 386.2万元. */
const FIGURE = /(\d[\d,，]*(?:\.\d+)?)\s*(万元|亿元|万人|人次|万|亿|元|人|个|家|%)?/g;

/**
 * A question, or a topic put as one ("培训人次", "资金制度、台账"): asking, not telling. (So is one without its
 * question mark: "是否发生安全生产、质量事故", "有没有事故".)
 */
const ASKING = /[？?]\s*$|[吗呢么]\s*$|^[^，,。；;]{1,10}$|是否|有没有|有无|是不是|多少|哪个|什么/;

const value = (t: string) => Number(t.replace(/[,，]/g, ""));

/** The figure a correction puts right: the other one said with the wrong one's unit (or any unit). */
function corrected(correction: string, wrong: number, unit: string): string | undefined {
  const said = [...correction.matchAll(FIGURE)].filter((m) => m[2] !== undefined && value(m[1]) !== wrong);
  return (said.find((m) => unit !== "" && (m[2] ?? "").startsWith(unit.charAt(0))) ?? said[0])?.[1];
}

export function withBubblesAnswered(sheet: Sheet): Sheet {
  const head = sheet.rows
    .slice(0, 10)
    .findIndex((row) => (row ?? []).some((v) => LEFT.test(spacelessText(v ?? null))) && (row ?? []).some((v) => RIGHT.test(spacelessText(v ?? null))));
  if (head < 0) return sheet;
  const header = sheet.rows[head] ?? [];
  const left = header.findIndex((v) => LEFT.test(spacelessText(v ?? null)));
  const right = header.findIndex((v) => RIGHT.test(spacelessText(v ?? null)));
  // The clerk is the side that says 我; else the right, as in every chat app.
  const mine = /我/.test(cellText(header[left] ?? null)) && !/我/.test(cellText(header[right] ?? null)) ? left : right;
  const asker = mine === left ? right : left;
  const width = sheet.rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  const rows: CellValue[][] = sheet.rows.map((row, r) => (r <= head ? [...(row ?? [])] : Array<CellValue>(width).fill(null)));
  rows[head] = Array<CellValue>(width).fill(null);
  rows[head][asker] = "自查问题";
  rows[head][mine] = "回答";
  /** The asker's last message not yet answered, and the answers given so far. */
  let question: { r: number; text: string } | undefined;
  const answers: { r: number; text: string }[] = [];
  for (let r = head + 1; r < sheet.rows.length; r++) {
    const written = cellText(sheet.rows[r]?.[asker] ?? null).trim();
    const asked = MEDIA_ONLY.test(written) ? "" : written;
    // What the asker tells rather than asks (his scores said in a voice message) is said as an answer is.
    if (asked && !ASKING.test(asked)) {
      rows[r][mine] = asked;
      answers.push({ r, text: asked });
      continue;
    }
    if (asked) {
      // An earlier question no one answered stays a line of its own.
      if (question) rows[question.r][asker] = question.text;
      question = { r, text: asked };
    }
    const said = cellText(sheet.rows[r]?.[mine] ?? null)
      .replace(QUOTED, "")
      .trim();
    if (!said || MEDIA_ONLY.test(said)) continue;
    const fix = /^更正[:：]/.test(said) ? said : undefined;
    if (fix) {
      // The answer that said the wrong figure gets the right one; the correction itself says no more.
      for (const a of [...answers].reverse()) {
        const hit = [...a.text.matchAll(FIGURE)].find((m) => fix.includes(m[1]) && !/^\d{1,2}$/.test(m[1]));
        const right = hit && corrected(fix, value(hit[1]), hit[2] ?? "");
        if (!hit || !right) continue;
        a.text = a.text.replace(hit[1], right);
        rows[a.r][mine] = a.text;
        break;
      }
      continue;
    }
    rows[r][mine] = said;
    if (question) {
      rows[r][asker] = question.text;
      question = undefined;
    }
    answers.push({ r, text: said });
  }
  if (question) rows[question.r][asker] = question.text;
  return { ...sheet, rows };
}
