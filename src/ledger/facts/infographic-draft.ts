/**
 * The text draft of an infographic (一图读懂) handed in as the facts sheet: one design element a row
 * (序号 | 版块 | 元素 | 文字内容 | 设计要求 | 核对), the element's code saying what its text is — 数 a big
 * figure, 单 its unit, 注 the caption saying what it counts (the three one figure), ✔ / ✘ an item done
 * or not, 文 a line of prose, 标 / 脚 titles and footers. A 核对 of 删 takes the element off the page.
 * Read as a reviewer reads the page: each figure beside its caption (in its sentence when the caption
 * says more), each ✔ line as what it says was done, each ✘ line a 否, the prose as prose; the design notes and the checker's remarks (✔ 七普公报, 改：原为…) are no answers.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, compact } from "../normalize/text";

const CODES = new Set(["标", "数", "单", "注", "✔", "✘", "✓", "✗", "√", "×", "文", "脚", "标题", "副标题"]);
const DONE = new Set(["✔", "✓", "√"]);
const NOT_DONE = new Set(["✘", "✗", "×"]);

const text = (v: CellValue | undefined) => cellText(v ?? null).trim();

export function withInfographicRead(sheet: Sheet): Sheet {
  const headerRow = sheet.rows.findIndex((row) => row.some((v) => compact(text(v)) === "元素") && row.some((v) => /^(?:文字内容|内容|文字)$/.test(compact(text(v)))));
  if (headerRow < 0) return sheet;
  const head = sheet.rows[headerRow].map((v) => compact(text(v)));
  const codeCol = head.indexOf("元素");
  const textCol = head.findIndex((h) => /^(?:文字内容|内容|文字)$/.test(h));
  const checkCol = head.findIndex((h) => /核对|校对|审核/.test(h));
  const valueCol = head.findIndex((h, c) => c > textCol && c !== checkCol);
  if (valueCol < 0) return sheet;
  // The element table runs while its rows carry an element's code.
  let end = headerRow + 1;
  while (end < sheet.rows.length && CODES.has(compact(text(sheet.rows[end]?.[codeCol])))) end++;
  if (end - headerRow - 1 < 5) return sheet;
  const rows = sheet.rows.map((row) => [...row]);
  // (Blanked rows keep their width, every cell null: later steps read them cell by cell.)
  const width = sheet.rows[headerRow].length;
  // (A 序号 column stays: it is how the table below, the self-scores, is told apart from this one.)
  const numberCol = head.indexOf("序号");
  const blank = (r: number) => {
    const kept = numberCol >= 0 ? sheet.rows[r][numberCol] : null;
    rows[r] = new Array<CellValue>(width).fill(null);
    if (numberCol >= 0) rows[r][numberCol] = kept ?? null;
  };
  blank(headerRow);
  rows[headerRow][textCol] = "项目";
  rows[headerRow][valueCol] = "情况";
  let figure: { r: number; text: string } | undefined;
  for (let r = headerRow + 1; r < end; r++) {
    const code = compact(text(sheet.rows[r][codeCol]));
    const said = text(sheet.rows[r][textCol]);
    const dropped = checkCol >= 0 && /^删/.test(compact(text(sheet.rows[r][checkCol])));
    blank(r);
    if (dropped) continue;
    if (code === "数") figure = { r, text: said };
    else if (code === "单" && figure) figure.text += /^[—\-－/]*$/.test(said) ? "" : said;
    else if (code === "注" && figure) {
      // A caption saying more than what is counted ("2020年农产品网络零售额，同比增长32.2%（2019年2.05亿元）"):
      // a sentence, the figure after what it counts; else the caption and its figure as a line.
      const lead = /^[^，,；;（(]+/.exec(said)?.[0] ?? said;
      if (lead !== said && /[，,；;]|[（(][^）)]*\d/.test(said)) rows[r][valueCol] = `${lead}${figure.text}${said.slice(lead.length)}`;
      else {
        rows[r][textCol] = said;
        rows[r][valueCol] = figure.text;
      }
      figure = undefined;
    } else if (NOT_DONE.has(code)) {
      // An item not done: the line and its 否. (One done is prose: it says what was done, as a sentence would.)
      rows[r][textCol] = said;
      rows[r][valueCol] = "否";
    } else if (DONE.has(code) || code === "文") rows[r][valueCol] = said;
  }
  return { ...sheet, rows };
}
