/**
 * A line of items each marked after it, as a clerk ticks a list in one cell: "政府网专栏：创建方案✔
 * 项目信息✔ 建设进度✔ 监督举报信箱✔", "创建方案✅ 项目基本信息✅ 监督举报窗口❌（下周上线）". A reviewer
 * reads a row of ticked and unticked boxes: what the topic has, and what it has not. So does the
 * reader, the line said as a sentence ("政府网专栏设有创建方案、项目信息…；政府网专栏未设有…").
 */
import type { CellValue, Sheet } from "../../core/grid";

/** An item with its mark after it (or its answer in brackets, "免费培训（有）、其他增值服务（无）"). */
const MARKED_AFTER = /([\u4e00-\u9fff]{2,12})\s*([✅✔✓√❌✘✗×]|[（(](?:有|无|是|否)[)）])/g;
const CROSS = /[❌✘✗×]|[（(](?:无|否)[)）]/;
const MARK_FIRST = /^\s*[✅✔✓√❌✘✗×☑☐]/;

/** The line said as a sentence; the text itself when it marks fewer than two items. */
export function markedItemsSaid(t: string): string {
  // (Marks before their items, "✔方案 ✔项目", are another clerk's way, read where such lines are.)
  if (MARK_FIRST.test(t)) return t;
  const marked = [...t.matchAll(MARKED_AFTER)];
  if (marked.length < 2) return t;
  const topic = t
    .slice(0, marked[0].index)
    .replace(/[:：]\s*$/, "")
    .trim();
  // Only a topic and its items: words between the items ("方案✔，进度滞后，见附件✔") make it prose.
  let at = marked[0].index ?? 0;
  for (const m of marked) {
    if (!/^[\s，,、；;]*$/.test(t.slice(at, m.index))) return t;
    at = (m.index ?? 0) + m[0].length;
  }
  const done = marked.filter((m) => !CROSS.test(m[2])).map((m) => m[1]);
  const not = marked.filter((m) => CROSS.test(m[2])).map((m) => m[1]);
  const rest = t.slice(at).trim();
  // (An item after the last mark is one marked before it: the marks lead, not follow.)
  if (/^[\u4e00-\u9fff]/.test(rest)) return t;
  // A topic that says itself done ("专栏已设立：创建方案✓ …"): that said, then its items of the thing it
  // names ("专栏已设立，专栏设有创建方案…"), not of the verb ("专栏已设立设有创建方案" hides the first item).
  const set = SET_UP.exec(topic);
  const subject = set ? topic.slice(0, set.index) : topic;
  // (A topic that is its own verb, "专栏公示：", takes its items straight: "专栏公示项目信息", "专栏未公示…".)
  const verb = TOPIC_VERB.exec(subject);
  const has = verb ? subject : `${subject}设有`;
  const hasNot = verb ? `${subject.slice(0, verb.index)}未${verb[0]}` : `${subject}未设有`;
  const items = [done.length ? `${has}${done.join("、")}` : "", not.length ? `${hasNot}${not.join("、")}${rest}` : ""].filter(Boolean).join("；");
  return set && subject !== "" ? `${topic}，${items}` : items;
}

/** A topic ending in the verb its items take: 专栏公示, 网站公开. */
const TOPIC_VERB = /(?:公示|公开|发布)$/;

/** A topic ending in its own setting up: 已设立, 已开设, 均已建立. */
const SET_UP = /(?:均|已|均已)(?:设立|开设|建立|开通|上线)$/;

export function withMarkedItemsSaid(sheet: Sheet): Sheet {
  // (Each cell said once: the sheet as it was when none changes.)
  let changed = false;
  const rows = sheet.rows.map((row) =>
    Array.from(row ?? [], (v, c): CellValue => {
      if (typeof v !== "string" || besideItsLabel(row ?? [], c, v)) return v ?? null;
      // (Each line of a cell of several, "专栏公示：创建方案√ 项目信息√…" among the category's other lines.)
      const t = v.includes("\n") ? v.split("\n").map(markedItemsSaid).join("\n") : markedItemsSaid(v);
      if (t !== v) changed = true;
      return t;
    }),
  );
  return changed ? { ...sheet, rows } : sheet;
}

/** Only items and their marks, nothing before, between or after them. */
const ITEMS_ONLY = /^(?:\s*[\u4e00-\u9fff]{1,12}\s*[✅✔✓√❌✘✗×][\s，,、；;]*)+$/;

/**
 * Items alone in the cell beside a short label (遂溪's card: 专栏 | 创建方案✓ 项目基本信息✓ 建设进度✓): the
 * label's options, ticked or not, read with it where a label's options are (read.ts, markedAfterOptions).
 * Said as a sentence of their own they would lose the label ("设有创建方案…", of nothing).
 */
function besideItsLabel(row: readonly CellValue[], c: number, v: string): boolean {
  const before = c > 0 ? row[c - 1] : undefined;
  return typeof before === "string" && /^[\u4e00-\u9fff]{2,6}$/.test(before.trim()) && ITEMS_ONLY.test(v);
}
