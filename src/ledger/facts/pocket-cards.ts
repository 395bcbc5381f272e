/**
 * A leaders' pocket card sheet (德庆's 一口清 口径卡): cards two to a row, each under its heading (① 总体), each line
 * labelled by what it is — 口径 (what to say), 数据 (the figure), 出处 (the document it comes from), 注意 (a reminder).
 * A reviewer reads what to say and the figures; the sources are no facts, nor a reminder marking its own figure as no
 * assessment's (最新累计5,610人次…只作参考，不报考评组), though a reminder stating the county's own figure is one
 * (农村网络零售额增速只有18%). So does the reader: each card's lines one to a line, card by card.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";
import { LineList, toItsEnd, type LaneLines } from "./swimlane";

/** What a card's line is: 口径, 数据, 出处, 注意. */
const LINE_LABEL = /^(?:口径|数据|出处|来源|注意|提示)$/;
/** A line naming where its card's figures come from: no fact. */
const SOURCE = /^(?:出处|来源)$/;
/** A reminder setting its figure aside: 不作考评口径, 只作参考, 不报考评组, 不要算. */
const SET_ASIDE = /不作考评|不报考评|只作参考|仅供参考|不要(?:讲|算|报|说)|不对外/;

/** A card's number before its heading: ①, 1., 一、. */
const CARD_NUMBER = /^\s*(?:[①-⑳]|\d{1,2}[.、．]|[一二三四五六七八九十]+、)\s*/;
/** Things listed and nothing said of them: three or more parts between 、, no clause. */
const BARE_LIST = /^[^，,。；;：:]*、[^，,。；;：:]*、[^，,。；;：:]*$/;

const text = (v: CellValue | undefined) => cellText(v ?? null).trim();

export function pocketCardLines(sheet: Sheet): LaneLines | undefined {
  const labels: { r: number; c: number }[] = [];
  sheet.rows.forEach((row, r) =>
    (row ?? []).forEach((v, c) => {
      if (LINE_LABEL.test(text(v).replace(/\s+/g, "")) && text(row?.[c + 1]) !== "") labels.push({ r, c });
    }),
  );
  const cols = [...new Set(labels.map((l) => l.c))].sort((a, b) => a - b);
  // Cards side by side or one under another, their lines labelled: a dozen such lines at least.
  if (labels.length < 12 || cols.length > 3) return undefined;
  const first = Math.min(...labels.map((l) => l.r));
  const lines = new LineList();
  const put = (line: string, r: number, c: number) => lines.put(toItsEnd(line), r, c);
  // The lines above the first card (its heading's row apart): the title, who issued it and its cut-off.
  for (let r = 0; r < first - 1; r++) (sheet.rows[r] ?? []).forEach((v, c) => text(v) !== "" && put(text(v), r, c));
  const isLabel = new Set(labels.map((l) => `${l.r}:${l.c}`));
  for (const c of cols) {
    let heading = "";
    for (let r = first - 1; r < sheet.rows.length; r++) {
      const own = text(sheet.rows[r]?.[c]);
      if (!isLabel.has(`${r}:${c}`)) {
        if (own !== "") heading = own.replace(CARD_NUMBER, "");
        continue;
      }
      const label = own.replace(/\s+/g, "");
      const said = text(sheet.rows[r]?.[c + 1]);
      if (SOURCE.test(label) || SET_ASIDE.test(said)) continue;
      // (A line that only lists, "免费培训、农特产品免费展示展销、免费拍摄美工…", lists what its card's subject has.)
      put(BARE_LIST.test(said) && heading !== "" ? `${heading}有${said}` : said, r, c + 1);
    }
  }
  return lines.laidOut(sheet.name);
}
