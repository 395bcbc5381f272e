/**
 * A self-assessment laid out as one card per indicator down the sheet: the card's title ("（一）组织领导（2分）"),
 * then 评分标准 | the rubric's words, 完成情况 | the county's account, 自评得分 | 2/2. A reviewer reads the account
 * as the facts, the 自评得分 as the clerk's claim for the indicator the title names and the criteria as the
 * rubric's own words, nothing the county states (a veto card's 评分标准 names the vetoes, it declares none).
 * So does the reader: each 自评得分 line becomes the claim said in words ("组织领导：自评2分", read by
 * ./claim-lines), the title and criteria lines are not read, the account is read as it stands.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, filledColumns, spacelessText } from "../normalize/text";

const CRITERIA = /^(?:评分标准|评分细则|考评标准|评分办法|评分要求)[:：]?$/;
const SELF_SCORE = /^(?:自评得分|自评分|自评|得分|自评分数)[:：]?$/;
/** The points written: 2, 2分, or over the full mark (14/15); a dash where a veto card has none. */
const POINTS = /^(\d+(?:\.\d+)?)\s*分?(?:\s*[/／]\s*\d+(?:\.\d+)?\s*分?)?$/;
const NO_POINTS = /^[—\-－–/／]+$/;
/** Fewest cards that make such a sheet. */
const MIN_CARDS = 3;
/** How far below its criteria a card's 自评得分 line may be (the account may take a few lines). */
const CARD_ROWS = 5;

const firstText = (row: readonly CellValue[] | undefined) => spacelessText(row?.[filledColumns(row)[0] ?? 0] ?? null);

/** The title without its numbering, its section word (加分项：) and its full mark: 组织领导. */
function titleName(title: string): string {
  return title
    .trim()
    .replace(/^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[、.．])\s*/, "")
    .replace(/^(?:加分项|加分|否决项|一票否决项)\s*[:：]\s*/, "")
    .replace(/\s*[（(][^（()）]*分[)）]\s*$/, "")
    .trim();
}

interface Card {
  title: number;
  criteria: number;
  score: number;
  /** The 自评得分 line's column of points, and the points written there (none on a veto card's dash). */
  col: number;
  points?: string;
}

function cardsOf(sheet: Sheet): Card[] {
  const cards: Card[] = [];
  for (let r = 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    const filled = filledColumns(row);
    if (filled.length < 2 || !CRITERIA.test(firstText(row))) continue;
    const title = [r - 1, r - 2].find((k) => k >= 0 && filledColumns(sheet.rows[k]).length === 1);
    if (title === undefined) continue;
    for (let k = r + 1; k <= r + CARD_ROWS && k < sheet.rows.length; k++) {
      if (CRITERIA.test(firstText(sheet.rows[k]))) break;
      const f = filledColumns(sheet.rows[k]);
      if (f.length >= 2 && SELF_SCORE.test(firstText(sheet.rows[k]))) {
        const said = cellText(sheet.rows[k]?.[f[1]] ?? null).trim();
        const points = POINTS.exec(said)?.[1];
        if (points !== undefined || NO_POINTS.test(said)) cards.push({ title, criteria: r, score: k, col: f[1], points });
        break;
      }
    }
  }
  return cards;
}

export function withIndicatorCards(sheet: Sheet): Sheet {
  // (A cheap look first: such a sheet's first column says 评分标准 more than once.)
  let criteria = 0;
  for (const row of sheet.rows) if (CRITERIA.test(spacelessText(row?.[0] ?? null)) && ++criteria >= MIN_CARDS) break;
  if (criteria < MIN_CARDS) return sheet;
  const cards = cardsOf(sheet);
  if (cards.length < MIN_CARDS) return sheet;
  const rows = sheet.rows.slice();
  const blank = (r: number) => (rows[r] = (rows[r] ?? []).map(() => null));
  for (const card of cards) {
    const { col, points } = card;
    const name = titleName(cellText(rows[card.title]?.[filledColumns(rows[card.title])[0]] ?? null));
    blank(card.criteria);
    blank(card.title);
    rows[card.score] = (rows[card.score] ?? []).map((_, c) => (c === col && points !== undefined && name !== "" ? `${name}：自评${points}分` : null));
  }
  return { ...sheet, rows };
}
