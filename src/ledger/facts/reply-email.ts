/**
 * A reply to the city's review pasted into a sheet (武江): the city's questions quoted line by line
 * ("> 1. 你区常住人口填报36.8万人，与七普公报不一致…"), the county's answer under each ("答：已按…更正为
 * 37.52万人。"). The quoted lines hold the figures as first sent; the answers say what stands now. A
 * reviewer reads each answer with what its question is about; so does the reader: each answer becomes
 * "topic：answer" in its own cell (read as a labelled sentence), a "维持 / 不变" answer the question's own
 * figure, and the quoted lines are left out.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

const QUOTED = /^\s*[>＞]\s*/;
const ANSWER = /^\s*(?:答|回复|复)\s*[:：]\s*/;
/** "1. ", "（3）", "第2条": a question's number. */
const NUMBER = /^(?:\d{1,2}\s*[.、．)）]|[（(]\d{1,2}[)）]|第\d{1,2}条[:：]?)\s*/;
/** The reader of the reply named at the start of the question: 你区, 贵县. */
const ADDRESSEE = /^(?:你|贵)(?:县|区|市|单位|局)/;
/** An answer keeping what was sent: 维持95%, 自评分不变, 数据无变化. */
const UNCHANGED = /不变|维持|无变化|保持原/;
const FIGURE = /\d+(?:\.\d+)?\s*(?:分|%|％|万|亿|人|个|元|家|期)/;
/** A mail's header lines. */
const HEADER_LINE = /^(?:发件人|收件人|抄送|密送|发送时间|主题|附件)\s*[:：]/;

function firstText(row: readonly CellValue[] | undefined): { c: number; t: string } | undefined {
  const c = (row ?? []).findIndex((v) => cellText(v ?? null).trim() !== "");
  return c < 0 ? undefined : { c, t: cellText(row?.[c] ?? null).trim() };
}

/** What a question is about: its first words, before what was filled in or what is asked. */
function topicOf(question: string): { topic: string; clause: string } {
  const q = question.replace(QUOTED, "").replace(NUMBER, "").replace(ADDRESSEE, "");
  const clause = q.split(/[，,；;。？?]/)[0] ?? q;
  // "行政村数填58个" → 行政村数; "是否有专业第三方…" → 有专业第三方…; "…两项未填" → the two named.
  const topic = clause
    .replace(/^是否/, "")
    // "专栏未见监督举报窗口": what is missing is the topic.
    .replace(/未见|没有|缺少/, "")
    .replace(/(?:只填|填报|填写|填的是|填|未填|两项未填|等?[两三四]项未填|请[\u4e00-\u9fff]*|是否[\u4e00-\u9fff]*).*$/, "")
    .replace(/(?:两项|三项)$/, "")
    .trim();
  return { topic: topic || clause, clause };
}

export function withQuestionsReplied(sheet: Sheet): Sheet {
  const pairs: { q: number; a: number; c: number; question: string; answer: string }[] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const q = firstText(sheet.rows[r]);
    if (!q || !QUOTED.test(q.t)) continue;
    let a = r + 1;
    while (a < sheet.rows.length && !firstText(sheet.rows[a])) a++;
    const ans = firstText(sheet.rows[a]);
    if (ans && ANSWER.test(ans.t)) pairs.push({ q: r, a, c: ans.c, question: q.t, answer: ans.t.replace(ANSWER, "") });
  }
  if (pairs.length < 3) return sheet;
  const rows = sheet.rows.map((row) => [...(row ?? [])]);
  // The mail's own lines (sender, subject, attachments) say who wrote and what is attached, no facts.
  rows.forEach((row, r) => {
    if (HEADER_LINE.test(firstText(row)?.t ?? "")) rows[r] = row.map(() => null);
  });
  for (const p of pairs) {
    const { topic, clause } = topicOf(p.question);
    const asked = /是否([\u4e00-\u9fff]{1,4})/.exec(p.question)?.[1];
    // (A short yes or no before the figure it goes on to give, "不含。截至8月31日为3,912人次": the figure.)
    const said = p.answer.replace(/[。.！!]+$/, "").replace(/^[\u4e00-\u9fff]{1,3}[。，,]\s*(?=.*\d)/, "");
    const changedTo = /改为\s*[“"「]?(是|否|有|无)[”"」]?/.exec(said)?.[1];
    let line: string;
    // (A figure the answer gives is what stands; "见附件2" is none.)
    if (UNCHANGED.test(said) && !FIGURE.test(said)) line = `${topic}：${clause}`;
    // "已改为“否”": the answer is what it was changed to.
    else if (changedTo) line = `${topic}：${changedTo}`;
    // "是否免费？" answered "免费": yes.
    else if (asked && said === asked) line = `${topic}：是`;
    // The leader and the group told in a sentence of their own: read as that sentence.
    // So are self-scores listed by item ("网销调研2分，交易标准及冷链溯源1分").
    else if (/领导|组长|自评/.test(topic)) line = said;
    // Figures by year ("2019年12.46亿元，2020年16.35亿元"): of the topic without its own year or rate.
    // ("2019年农村网络零售额12.46亿元，2020年16.35亿元，…": the subject after the first year, as a clerk writes it.)
    else if (/^(?:19|20)\d{2}年\s*\d+(?:\.\d+)?\s*(?:亿元|万元|元|万)/.test(said)) {
      const subject = topic.replace(/^(?:19|20)\d{2}年/, "").replace(/(?:同比)?(?:增速|增长率|增幅)$/, "");
      line = said.replace(/^((?:19|20)\d{2}年)/, `$1${subject}`);
    } else line = `${topic}：${topic && !said.includes(topic) ? topic : ""}${said}`;
    rows[p.q] = rows[p.q].map(() => null);
    rows[p.a] = rows[p.a].map((v, c) => (c === p.c ? line : v));
  }
  return { ...sheet, rows };
}
