/**
 * A leading group's vote on the figures to report (坡头: 序号 | 表决事项 | 同意 | 不同意 | 弃权 | 表决结果 | 会上修正意见),
 * an item voted down and voted again as corrected ("5（重新表决）| 支持农村电商发展的政策：未出台 | … | 通过"). A
 * reviewer reads the items passed — the re-vote standing for the one it corrects — and no tally as a figure. So
 * does the reader: an item 未通过 left out with its remarks, and the tallies, results and remarks of the others
 * taken away, each passed item a statement of its own.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

const ITEM = /^(?:表决事项|审议事项|表决内容|事项)/;
const RESULT = /^(?:表决结果|审议结果|结果)$/;
const TALLY = /^(?:同意|赞成|不同意|反对|弃权)(?:票|人数)?$/;
const PASSED = /^(?:通过|同意|原则通过)$/;
const FAILED = /^(?:未通过|不通过|否决)$/;

const text = (v: CellValue | undefined) => cellText(v ?? null).trim();

export function withVotesSettled(sheet: Sheet): Sheet {
  const headerRow = sheet.rows.slice(0, 15).findIndex((row) => (row ?? []).some((v) => RESULT.test(text(v))) && (row ?? []).some((v) => TALLY.test(text(v))));
  if (headerRow < 0) return sheet;
  const header = (sheet.rows[headerRow] ?? []).map(text);
  const item = header.findIndex((h) => ITEM.test(h));
  const result = header.findIndex((h) => RESULT.test(h));
  if (item < 0) return sheet;
  const width = header.length;
  const merges = [...(sheet.merges ?? [])];
  const rows = sheet.rows.map((row, r) => {
    const said = text(row?.[result]);
    if (r !== headerRow && !PASSED.test(said) && !FAILED.test(said)) return row;
    const out: CellValue[] = Array.from({ length: Math.max(width, row?.length ?? 0) }, () => null);
    // (A voted-down item says nothing; a passed one only its words, a statement of its own across the row.)
    if (r !== headerRow && PASSED.test(said)) {
      out[item] = statement(text(row?.[item]));
      merges.push({ top: r, left: item, bottom: r, right: out.length - 1 });
    }
    return out;
  });
  return { ...sheet, rows, merges };
}

/** An item's words as a statement: "免费摄影美工 否" (a wide space between) its answer after a colon, a full stop at its end. */
function statement(t: string): string {
  const answered = t
    .replace(/([\u4e00-\u9fff）)])[\s\u3000]+(是|否|有|无)(?=[；;，,]|$)/g, "$1：$2")
    // (…its topic before them no label of the first: "中心服务：免费培训场所和设备：是；…".)
    .replace(/^[\u4e00-\u9fff]{2,8}[:：](?=[^：；;]+：(?:是|否|有|无)(?:[；;]|$))/, "");
  // (Labels and their short answers are pairs, "支持农村电商发展的政策：未出台", "…摄影美工：否；品牌推广指导：是", read
  // as such; anything else is a sentence.)
  const pairs = answered.split(/[；;]/).every((part) => /^[^:：]+[:：][^:：]{1,12}$/.test(part.trim()));
  return /[。；;！!]$/.test(answered) || pairs ? answered : `${answered}。`;
}
