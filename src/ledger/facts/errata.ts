/**
 * An erratum table sent after a printed self-assessment (廉江's 勘误表: 序号 | 页码 | 位置 | 原文（误） |
 * 更正为（正） | 备注): each line a correction, the report's other words unchanged. A reviewer reads the
 * corrections as the county's facts and never the words they replace; so does the reader: each line
 * is left with its correction alone, where it stands, as a sentence. A correction that is only a
 * figure ("2" → "1" on 附表 自评得分表“政策支持”行) is read with the name its place quotes; a line
 * struck (删去此句) or a spelling mended says nothing.
 *
 * A review form before publishing (博罗's 保密审查表: 拟公开内容（起草） | 保密审查意见 | 审查后公开文本) is read
 * the same way: the text as approved, "同左" the draft as it stood, "（删去）" and "（不公开）" nothing.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";
import { SCORE_TABLE_LINE } from "./claim-lines";
import { headerKey } from "./header-key";

/** The words replaced: 原文, 原文（误）, 原表述, 误; or the draft put up for review, 拟公开内容, 送审稿. */
const WRONG = /^(?:原文|原稿|原表述|原内容|误|错误|拟公开内容|起草内容|送审稿|初稿)$/;
/** The words that stand: 更正为, 更正后, 应为, 正; or the text as approved, 审查后公开文本, 审定稿. */
const RIGHT = /^(?:更正为|更正后|更正内容|应为|改为|正确表述|正|审查后公开文本|审查后文本|审定文本|审定稿|定稿|修改后文本)$/;
/** The draft kept as it was: 同左, 同上, 无修改. */
const AS_DRAFTED = /^(?:同左|同上|同原文|无修改|不变)$/;
/** A place naming a line of the score table: 附表 自评得分表“政策支持”行, 同表“项目管理”行. */
const SCORE_LINE = /(?:自评|得分|评分|分值|同表).*?[“"]([^”"]+)[”"]\s*行/;

/** Whether a correction is only a figure, its bracket aside: "1", "3（管理制度2，工作台账1）". */
const FIGURE_ONLY = /^\s*(\d+(?:\.\d+)?)\s*(?:[（(]([^）)]*)[）)])?\s*$/;

export function withErrataApplied(sheet: Sheet): Sheet {
  for (let r = 0; r < Math.min(sheet.rows.length, 15); r++) {
    const keys = Array.from(sheet.rows[r] ?? [], (v) => headerKey(v ?? null));
    const wrong = keys.findIndex((k) => WRONG.test(k));
    const right = keys.findIndex((k) => RIGHT.test(k));
    if (wrong < 0 || right < 0) continue;
    const place = keys.findIndex((k) => k === "位置");
    const rows = sheet.rows.map((row, i): CellValue[] => {
      // (The column of corrections is the sheet's answers, each a sentence however short: "项目总体进度约95%。";
      // the other heads, 原文 and 审查意见 and 位置, head nothing left.)
      if (i === r)
        return Array.from({ length: right + 1 }, (_, c) =>
          c === right ? "填报内容" : c === 0 && /^\s*(?:序号|编号)\s*$/.test(cellText(row?.[0] ?? null)) ? row[0] : null,
        );
      if (i < r) return row;
      const stands = cellText(row?.[right] ?? null).trim();
      const text = AS_DRAFTED.test(stands) ? cellText(row?.[wrong] ?? null) : stands;
      const said = corrected(text, place >= 0 ? cellText(row?.[place] ?? null) : "");
      // (A line with no correction, a note under the table, is left as it is.)
      if (said === undefined) return row;
      return Array.from({ length: right + 1 }, (_, c) => (c === right ? said : null));
    });
    return { ...sheet, rows };
  }
  return sheet;
}

/** What a correction says, as a sentence; "" when it says nothing (a line struck); undefined when none. */
function corrected(text: string, place: string): string | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  if (/^[（(]?(?:删去|删除|删掉|不公开|不予公开)/.test(t)) return "";
  // (An added sentence, 补：“中心由…运营。”, is that sentence.)
  const added = t.replace(/^(?:补|增补|补充|增加|加)\s*[:：]\s*/, "").replace(/^[“"](.*)[”"]$/, "$1");
  const figure = FIGURE_ONLY.exec(added);
  // (Each correction a statement of its own, written out to its full stop: "专栏每月更新项目建设进度。")
  if (!figure) return /[。！!；;]$/.test(added) ? added : `${added}。`;
  const line = SCORE_LINE.exec(place)?.[1];
  // A 合计 line's figure is the sum of the others, no item's; a figure whose place names nothing is no statement.
  if (line === undefined || /合计|总分|小计/.test(line)) return "";
  const parts = figure[2] ? `（${figure[2].replace(/(\d+(?:\.\d+)?)(?!\s*分)/g, "$1分")}）` : "";
  // (The score table's line is its indicator's claim, though the indicator is one judged item: 政策支持.)
  return `${line}${SCORE_TABLE_LINE}：自评${figure[1]}分${parts}`;
}
