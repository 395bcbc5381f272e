/**
 * A task board typed into a sheet (乳源's 任务看板): swimlanes down the side, a column for each state
 * (已完成 | 进行中 | 未开始／暂缓), a card a cell — "【中心投入运营】\n县电子商务公共服务中心投入运营\n负责人：电商股 完成：2020.12.28".
 * The column a card stands in is its state. A reviewer reads each column's cards one by one: a done card says what was
 * done (on the day its 完成 line gives), a card still going or not begun says its task is not done, whatever figures
 * it gives so far. So does the reader: the board is read as a list of lines, each card written as that sentence,
 * after the lines above the board (its cut-off, the county's figures).
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";
import { LineList, type LaneLines } from "./swimlane";

/** A state's column: done, or not (still going, not begun, put off). */
const DONE = /^(?:已完成|完成|已办结|Done)$/i;
const NOT_DONE = /^(?:进行中|推进中|未开始|待开始|暂缓|未开始[／/、]暂缓|待办|未完成|Doing|To ?do)$/i;

/** A card's title in 【】 on its first line, its body, and its owner's line (负责人：… 完成：2020.12.28). */
const TITLE = /^\s*【([^【】]{1,24})】\s*/;
const OWNER_LINE = /^\s*(?:负责人|责任人|牵头)[:：]/;
const DONE_ON = /(?:完成|办结)[:：]\s*((?:19|20)\d{2})[.．/-](\d{1,2})[.．/-](\d{1,2})/;

const text = (v: CellValue | undefined) => cellText(v ?? null).trim();

/** The card as a sentence: a done one dated by its 完成 line, one not done said so. */
function cardSentence(card: string, done: boolean): string {
  const lines = card
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const title = TITLE.exec(lines[0] ?? "")?.[1];
  const body = [TITLE.exec(lines[0] ?? "") ? lines[0].replace(TITLE, "") : lines[0], ...lines.slice(1)].filter((l) => l && !OWNER_LINE.test(l));
  const owner = lines.find((l) => OWNER_LINE.test(l)) ?? "";
  // (Each card said to its full stop, as a line of prose is.)
  const said = body.join("；").replace(/[。；;，,]?$/, "。");
  if (!done) return [title ? `${title}未完成` : "", said].filter(Boolean).join("。");
  const on = DONE_ON.exec(owner);
  return on ? `${on[1]}年${Number(on[2])}月${Number(on[3])}日，${said}` : said;
}

/**
 * The board as lines, one a row (each followed by a blank one, as a list of lines is read): the lines above it
 * first, their fields spaced apart one by one ("看板状态截至…  项目总体进度：68%"), then each state's cards
 * column by column; undefined when the sheet is no board.
 */
export function kanbanLines(sheet: Sheet): LaneLines | undefined {
  for (let h = 0; h < Math.min(sheet.rows.length, 12); h++) {
    const head = (sheet.rows[h] ?? []).map((v) => text(v).replace(/\s+/g, ""));
    const done = head.findIndex((t) => DONE.test(t));
    const notDone = head.flatMap((t, c) => (NOT_DONE.test(t) ? [c] : []));
    if (done < 0 || notDone.length === 0) continue;
    const states = [done, ...notDone];
    // Cards: most filled cells under the states are titled in 【】.
    const cards = sheet.rows.slice(h + 1).flatMap((row) => states.map((c) => text(row?.[c])).filter(Boolean));
    if (cards.length < 5 || cards.filter((t) => TITLE.test(t)).length * 3 < cards.length * 2) continue;
    const lines = new LineList();
    for (let r = 0; r < h; r++)
      (sheet.rows[r] ?? []).forEach((v, c) => {
        for (const field of text(v).split(/\u3000{2,}/)) if (field.trim() !== "") lines.put(field.trim(), r, c);
      });
    for (const col of states)
      for (let r = h + 1; r < sheet.rows.length; r++) {
        const card = text(sheet.rows[r]?.[col]);
        if (TITLE.test(card)) lines.put(cardSentence(card, col === done), r, col);
      }
    return lines.laidOut(sheet.name);
  }
  return undefined;
}
