/**
 * A report sent up with its head's edits beside it (四会: 段 | 送审稿原文 | 审改意见): each paragraph of
 * the draft in one column, the edit to it in the next ("常住人口按七普公报改为“54.24万人”", "运营时间写到日：
 * 2020年12月18日", "政策支持…改报1分", "“按月更新”改为“基本按月更新”"), and "以改后内容为准". What went up is
 * the draft as edited, so a reviewer reads each paragraph with its edit made; the reader makes it in
 * the paragraph's own cell (its address stays the evidence) and leaves the paragraph the only text of
 * its row, as a report's paragraph is. An edit it cannot place changes nothing: the draft's words stand.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, spacelessText } from "../normalize/text";

/** The draft's column: 送审稿原文, 原稿, 初稿内容, 报告原文. */
const DRAFT = /^(?:送审稿|初稿|原稿|报送稿|征求意见稿|报告)?(?:原文|正文|内容)$|^(?:送审稿|初稿|原稿)$/;
/** The edits' column: 审改意见, 修改意见, 局长审改, 领导批注. */
const EDITS = /^(?:局长|领导|主要领导|分管领导|局领导)?(?:审改|修改|审核|审阅|批改)(?:意见|批注)?$|^(?:局长|领导|局领导)(?:意见|批注)$/;

const FIGURE = String.raw`\d[\d,，]*(?:\.\d+)?`;
const UNIT = String.raw`(?:万人次|人次|万人|人|个|家|万元|亿元|元|%|分|期|场|篇|次)`;
const DAY = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/;
const VERB = String.raw`(?:改为|改成|改报|调整为|更正为|修改为|应为)`;
/** “按月更新”改为“基本按月更新”: the words replaced. */
const QUOTED = new RegExp(String.raw`[“"「]([^”"」]{1,30})[”"」]\s*${VERB}\s*[“"「]([^”"」]{1,30})[”"」]`);
/** 改为“54.24万人”, 改报1分, 改为4,764人次: the new figure and its unit. */
const NEW_FIGURE = new RegExp(String.raw`${VERB}\s*[“"「]?\s*(${FIGURE})\s*(${UNIT})`);
const SEPARATOR = /[，,、；;。：:（()）\n]/;

interface Columns {
  header: number;
  draft: number;
  edits: number;
}

function columnsOf(sheet: Sheet): Columns | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, 10); r++) {
    const keys = (sheet.rows[r] ?? []).map((v) => spacelessText(v ?? null));
    const draft = keys.findIndex((k) => DRAFT.test(k));
    const edits = keys.findIndex((k, c) => c > draft && EDITS.test(k));
    if (draft >= 0 && edits > draft) return { header: r, draft, edits };
  }
  return undefined;
}

/** The longest run of characters two texts share. */
function shared(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  return best;
}

/** The words before a figure, back to the clause's start ("全市常住人口约" before 54万人). */
function wordsBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < 16 && !SEPARATOR.test(text[i - 1])) i--;
  return text.slice(i, at);
}

/** The paragraph with one clause of its edit made, or as it was when the clause names nothing in it. */
function madeIn(paragraph: string, clause: string): string {
  const quoted = QUOTED.exec(clause);
  if (quoted && paragraph.includes(quoted[1])) return paragraph.replace(quoted[1], quoted[2]);
  const figure = NEW_FIGURE.exec(clause);
  if (figure) {
    const [, value, unit] = figure;
    // The figures of that unit in the paragraph (54万人, not 44.6万人次 nor the 人 of 96人次).
    const same = [...paragraph.matchAll(new RegExp(String.raw`(?:约|近|共|计)?${FIGURE}\s*${unit}(?!次)`, "g"))];
    if (same.length === 0) return paragraph;
    // The one the edit's words name ("常住人口…改为" → 常住人口约54万人, not 户籍人口约44.6万人); else the first.
    const named = clause.slice(0, figure.index);
    // (One character in common, 分 of 审定分 and of 加分, names nothing.)
    const scored = same.map((m) => {
      const n = shared(named, wordsBefore(paragraph, m.index ?? 0));
      return n >= 2 ? n : 0;
    });
    const best = scored.indexOf(Math.max(...scored));
    const at = same[best].index ?? 0;
    return paragraph.slice(0, at) + `${value}${unit}` + paragraph.slice(at + same[best][0].length);
  }
  // A day given where the draft said only its month ("运营时间写到日：2020年12月18日").
  const day = DAY.exec(clause);
  if (day) {
    const month = new RegExp(String.raw`${day[1]}\s*年\s*0?${Number(day[2])}\s*月(?!\s*\d)`);
    if (month.test(paragraph)) return paragraph.replace(month, `${day[1]}年${Number(day[2])}月${Number(day[3])}日`);
  }
  return paragraph;
}

export function withEditsMade(sheet: Sheet): Sheet {
  const cols = columnsOf(sheet);
  if (!cols) return sheet;
  const rows = [...sheet.rows];
  rows[cols.header] = rows[cols.header].map(() => null);
  for (let r = cols.header + 1; r < rows.length; r++) {
    const row = rows[r];
    // The table after the report (附表: 序号 | 评价指标 | 分值 | …) is no paragraph.
    if (row.filter((v) => cellText(v ?? null) !== "").length > 3) break;
    const draft = row[cols.draft];
    if (typeof draft !== "string") continue;
    const edit = cellText(row[cols.edits] ?? null);
    let text = draft.trim();
    for (const clause of edit.split(/[。；;\n]/)) if (clause.trim() !== "") text = madeIn(text, clause);
    const out: CellValue[] = row.map(() => null);
    out[cols.draft] = text;
    rows[r] = out;
  }
  return { ...sheet, rows };
}
