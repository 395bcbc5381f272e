/**
 * A 接龙 pasted line by line: "1. 区统计局 陈志坚 常住人口71.74万人（七普）" — each line numbered, then
 * who reported it (a bureau and a name), then the figure. A reviewer reads the figure; the number, the
 * bureau and the name say who answered. And a line of items each marked after it ("创建方案✅
 * 项目基本信息✅ 监督举报窗口❌") is a row of ticked and unticked boxes.
 */
import type { CellValue, Sheet } from "../../core/grid";

/** The line's number, the reporting office and the reporter's name, before what they reported. */
const REPORTER = /^\s*\d{1,3}\s*[.、．]\s*[\u4e00-\u9fff（）()]{2,16}?(?:局|办|委|中心|公司|所|站|院|部)\s+[\u4e00-\u9fff]{2,4}\s+(?=\S)/;
/** An item with its mark after it. */
const MARKED_AFTER = /([\u4e00-\u9fff]{2,12})\s*([✅✔✓√❌✘✗×])/g;

function plain(v: CellValue): CellValue {
  if (typeof v !== "string") return v;
  const t = v.replace(REPORTER, "");
  const marked = [...t.matchAll(MARKED_AFTER)];
  if (marked.length < 2) return t;
  // "政府网站专栏：创建方案✅ 项目基本信息✅ 监督举报窗口❌（下周上线）" said as a sentence: what the
  // topic has, and what it has not ("政府网站专栏设有创建方案、项目基本信息；政府网站专栏未设有监督举报窗口").
  const topic = t
    .slice(0, marked[0].index)
    .replace(/[:：]\s*$/, "")
    .trim();
  const done = marked.filter((m) => !/[❌✘✗×]/.test(m[2])).map((m) => m[1]);
  const not = marked.filter((m) => /[❌✘✗×]/.test(m[2])).map((m) => m[1]);
  const rest = t.slice((marked[marked.length - 1].index ?? 0) + marked[marked.length - 1][0].length).trim();
  return [done.length ? `${topic}设有${done.join("、")}` : "", not.length ? `${topic}未设有${not.join("、")}${rest}` : ""].filter(Boolean).join("；");
}

export function withChainLines(sheet: Sheet): Sheet {
  // Only a chain: several lines so numbered (an ordinary table's numbers stand in a column of their own).
  const lines = sheet.rows.filter((row) => typeof row?.[0] === "string" && REPORTER.test(row[0] as string)).length;
  if (lines < 3) return sheet;
  return { ...sheet, rows: sheet.rows.map((row) => row.map((v) => plain(v ?? null))) };
}
