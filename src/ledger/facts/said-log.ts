/**
 * A log of what was said, handed in as the facts sheet: a bureau's 电话记录簿 (编号 | 日期 | 来电/去电 |
 * 对方单位及姓名 | 事由 | 通话内容 | 处理情况 | 记录人), a press conference's transcript (序号 | 发言人 |
 * 发言内容), a register of replies to inquiries (… | 征询事项 | 答复内容 | …). The facts are in what was
 * said; the other columns are who, when and what was done about it, never a label and its value (a
 * remark setting a line aside, 未采用 / 以9月1日书面为准, leaves the line out). A
 * reviewer reads the said column line by line, and a later line correcting a figure ("8月23日提供的
 * 2020年农产品网络零售额6.82亿元系录入错误，应为6.28亿元") as changing it where it was first said. So does
 * the reader: below the header only the said column is kept, and a correction is made in the line
 * that first said the figure (its cell stays the evidence) and then left out.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";
import { findDateInText } from "../normalize/date";
import { firstFilledRow } from "../stacked";
import { headerKey, withoutTrailingBracket } from "./header-key";

/** A column of what was said (not a bare 内容: a checklist's 内容 column holds the criteria's words). */
// (…or a slide deck's outline: each slide's text and its speaker notes, 页面文字（要点） | 讲稿（演讲者备注）.)
// (…or an SMS platform's sent messages, 短信内容, a long one split into (1/3)(2/3)(3/3).)
// (…or a supervision system's tasks, each department's 办理情况反馈: 督办事项 | 承办单位 | … | 办理状态.)
// (…or a broadcast station's register of scripts, 稿件内容（口播稿全文）, each approved or not before it aired.)
// (…or a pitch's record: the county head's narration of each slide, 县长讲解（记录）, and the answers to the judges, 回答.)
// (…or an advertising firm's bill for the inspection's banners and boards: what each print says, 画面内容／文字 — not a
// storyboard's bare 画面内容, the shot described beside its 解说词.)
const SAID_HEADER =
  /^(?:画面文字(?:内容)?|画面内容[/／]文字|喷绘内容|展板内容|(?:县长|区长|市长|书记|局长|路演人)?讲解|讲解词|讲解记录|回答|回答内容|答辩内容|今日完成工作|本周完成工作|评论|发言内容|通话内容|消息内容|聊天内容|谈话内容|答复内容|回复内容|页面文字|幻灯片文字|讲稿|读稿|演讲者备注|演讲稿|短信内容|短信正文|话术|话术要点|口播内容|口播词|台词|解说词|办理情况反馈|反馈内容|办理结果反馈|稿件内容|稿件正文|广播稿|播出内容|字幕|LED字幕|LED大屏字幕|大屏字幕|屏幕字幕)$/;
/** An answer column, and who answered: 提问 | 答辩人 | 回答 in a contest's record. */
const ANSWER = /^(?:回答|回答内容|答辩内容)$/;
const ANSWERED_BY = /^(?:答辩人|回答人|答复人|发言人|评委|提问人)$/;
/** A show's subtitles beside its lines: the exact figures on screen, where the lines round them for the rhyme. */
const SUBTITLES = /字幕$/;

/** The said columns under their header among the first rows, and where the log ends (a table after it). */
export interface SaidColumns {
  row: number;
  cols: number[];
  end: number;
}

export function saidColumns(sheet: Sheet): SaidColumns | undefined {
  // (From the part's first line: a section of a longer sheet keeps its rows' places, those above blank.)
  const first = firstFilledRow(sheet);
  for (let r = first; r < Math.min(sheet.rows.length, first + 15); r++) {
    const row = sheet.rows[r] ?? [];
    // (An answer is a transcript's only beside who gave it, 答辩人: under a self-check's 问题 | 回答 the question labels it.)
    const answeredBy = row.some((v) => ANSWERED_BY.test(headerKey(v ?? null)));
    const said = row.flatMap((v, c) => {
      const key = withoutTrailingBracket(headerKey(v ?? null));
      return SAID_HEADER.test(key) && (answeredBy || !ANSWER.test(key)) ? [c] : [];
    });
    // (台词 | LED大屏字幕: the subtitles, as a 三句半's note says — "读数一律以字幕为准".)
    const subtitles = said.filter((c) => SUBTITLES.test(withoutTrailingBracket(headerKey(row[c] ?? null))));
    const cols = subtitles.length > 0 ? subtitles : said;
    if (cols.length > 0 && row.filter((v) => cellText(v ?? null) !== "").length >= 2) return { row: r, cols, end: logEnd(sheet, r, cols) };
  }
  return undefined;
}

/** The row after the log: another table's header under it (a slide's table pasted below: 评价指标 | 分值 | 自评分). */
function logEnd(sheet: Sheet, header: number, cols: number[]): number {
  for (let r = header + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const filled = row.filter((v) => cellText(v ?? null) !== "");
    // What is said is prose or nothing; a short word in a said column beside others is a header.
    const worded = cols.some((c) => /^[\u4e00-\u9fff]{2,6}$/.test(cellText(row[c] ?? null).trim()));
    if (filled.length >= 3 && worded) return r;
  }
  return sheet.rows.length;
}

const FIGURE = String.raw`\d[\d,，]*(?:\.\d+)?\s*(?:万人次|人次|万人|人|个|家|万元|亿元|元|%)`;
/** "…6.82亿元系录入错误，应为6.28亿元", "…行政村数有误，应为118个": the figure wrong, then the right one. */
// (…or a line headed 更正 saying what the figure held and what it should be: "更正：…“已参加电商培训1,309人”含9月2日
// 专场19人，按截至8月31日口径应为1,290人".)
const CORRECTION = new RegExp(
  String.raw`(${FIGURE})[^。；;]{0,12}?(?:有误|错误|不对|不准)[^。；;]{0,6}?(?:应为|更正为|改为|实为)\s*(${FIGURE})|更正[:：][^。；;]*?(${FIGURE})[”"]?[^。；;]{0,40}?(?:应为|更正为|改为|实为)\s*(${FIGURE})`,
);

/** A remark setting a line aside: another answer is the one that counts. */
const SET_ASIDE = /未采用|不采用|不予采用|已作废|作废|以.{1,12}为准/;

const unitOf = (figure: string) => figure.replace(/^[\d,，.\s]+/, "");

/** A bullet at a line's start (a slide's points): ▪ • ● ◆ ■ ▶ (not a dash: "—" is a blank answer). */
const BULLET = /^\s*[▪•●◆■▶►·]\s*/;

/** A group's roles listed under it ("组长：县委副书记、县长", "成员：县商务局、…") said as a sentence says them. */
const ROLE_LINE = /^(组长|副组长|常务副组长|成员单位|成员)\s*[:：]\s*(.+)$/;
function asClause(line: string): string {
  const m = ROLE_LINE.exec(line);
  if (!m) return line;
  return m[1].startsWith("成员") ? `${m[2]}为成员单位` : `${m[2]}任${m[1]}`;
}

/**
 * A slide's points as sentences: each bullet a sentence of its own, the indented lines under a bullet
 * its clauses ("组长：县委副书记、县长" → 县委副书记、县长任组长).
 */
function asSentences(v: CellValue): CellValue {
  if (typeof v !== "string" || !v.split("\n").some((l) => BULLET.test(l))) return v;
  const out: string[] = [];
  for (const line of v.split("\n")) {
    const t = line.replace(BULLET, "").trim();
    if (t === "") continue;
    if (BULLET.test(line) || out.length === 0) out.push(t);
    else out[out.length - 1] = `${out[out.length - 1].replace(/[。；;，,]$/, "")}，${asClause(t)}`;
  }
  return out.map((t) => (/[。！？!?]$/.test(t) ? t : `${t}。`)).join("");
}

/** Who a script is read to, before what it says: "各位乡亲：", "乡亲们：", "村民朋友们，". */
const SALUTATION = /^\s*(?:各位|亲爱的)?(?:父老)?(?:乡亲|村民|群众|朋友|同志|市民)(?:朋友)?们?\s*[:：，,！!]\s*/;

/** What was said without its salutation: its first clause is what it says. */
const withoutSalutation = (v: CellValue): CellValue => (typeof v === "string" ? v.replace(SALUTATION, "") : v);

/** A day said without its year ("已经在11月16号正式投入运营啦"): the year of the row it was said on. */
function withYear(v: CellValue, year: number | undefined): CellValue {
  if (year === undefined || typeof v !== "string") return v;
  return v.replace(/(?<![年\d０-９])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](?![\d])/g, (_, m: string, d: string) => `${year}年${m}月${d}日`);
}

/** What a row asks to be answered: a supervision task (督办事项), an inquiry (征询事项). */
const TASK_HEADER = /^(?:督办事项|征询事项|交办事项|询问事项)$/;

/** An answer of yes or no before its account: 有。, 没有，, 是的。 */
const BARE_ANSWER = /^\s*(?:有|没有|是|是的|否|无|不是)\s*[。，,；;！!]/;

/** "(2/3)…": a long message's part, numbered as the platform split it. */
const PART = /^\s*[（(]\s*(\d+)\s*[/／]\s*(\d+)\s*[)）]\s*/;

/** A long message split into its parts, one to a row: joined again in its first part's cell. */
function joinParts(rows: CellValue[][], from: number, end: number, col: number): void {
  for (let r = from; r < end; r++) {
    const first = PART.exec(cellText(rows[r][col] ?? null));
    if (!first || first[1] !== "1") continue;
    const of = first[2];
    let text = cellText(rows[r][col] ?? null).replace(PART, "");
    let next = 2;
    for (let e = r + 1; e < end && next <= Number(of); e++) {
      const part = PART.exec(cellText(rows[e][col] ?? null));
      if (!part || part[2] !== of || Number(part[1]) !== next) break;
      text += cellText(rows[e][col] ?? null).replace(PART, "");
      rows[e] = rows[e].map((v, c) => (c === col ? null : v));
      next++;
    }
    rows[r] = rows[r].map((v, c) => (c === col ? text : v));
  }
}

export function withSaidColumnOnly(sheet: Sheet): Sheet {
  const said = saidColumns(sheet);
  if (!said) return sheet;
  const inLog = (r: number) => r > said.row && r < said.end;
  const isSaid = (c: number) => said.cols.includes(c);
  // A line its remark sets aside ("未采用", "截止日后数据，不采用", "以9月1日书面为准") says nothing that counts.
  const setAside = (row: readonly CellValue[]) => row.some((v, c) => !isSaid(c) && SET_ASIDE.test(cellText(v ?? null)));
  // (A message the platform failed to send was sent again: the failed one said nothing.)
  // (…nor did an answer the lead office sent back to be redone, 办理状态 退回: the 已办结 one after it counts;
  // nor a script its review did not pass, 审核结果 不通过: it never aired.)
  const failed = (row: readonly CellValue[]) => row.some((v, c) => !isSaid(c) && /^(?:失败|(?:已|被)?退回|驳回|(?:审核)?(?:不|未)通过)/.test(cellText(v ?? null).trim()));
  const taskCol = (sheet.rows[said.row] ?? []).findIndex((v) => TASK_HEADER.test(headerKey(v ?? null)));
  // The row's own day (拟播日期, 日期, 反馈时间): the year of a day said without one, "11月16号".
  const dayCols = (sheet.rows[said.row] ?? []).flatMap((v, c) => (!isSaid(c) && /日期|时间/.test(headerKey(v ?? null)) ? [c] : []));
  const yearOfRow = (row: readonly CellValue[]): number | undefined => {
    for (const c of dayCols) {
      const d = findDateInText(cellText(row[c] ?? null));
      if (d) return d.y;
    }
    return undefined;
  };
  const taskOf = (row: readonly CellValue[]): string | undefined => {
    const task = taskCol < 0 ? "" : cellText(row[taskCol] ?? null).trim();
    const asked = task.replace(/^(?:报送|提供|上报|填报|报)/, "").replace(/(?:情况|数据|材料)$/, "");
    return asked === "" ? undefined : `${asked}：`;
  };
  const rows: CellValue[][] = sheet.rows.map((row, r) => {
    if (!inLog(r)) return row;
    // (Asked once a row, not once a cell.)
    const kept = !setAside(row) && !failed(row);
    // A bare answer ("有。经公开招标，由…承担…运营服务") says what it answers only with the row's question
    // ("有没有请专业的第三方电商运营公司？"): read after it, as a question and its answer are.
    // (…or with the task the row answers, "报送第三方电商运营服务商情况" → "第三方电商运营服务商：有，…".)
    const question = row.find((v, c) => !isSaid(c) && /[？?]\s*$/.test(cellText(v ?? null))) ?? taskOf(row);
    const answered = (v: CellValue) => (question !== undefined && typeof v === "string" && BARE_ANSWER.test(v) ? `${cellText(question)}${v}` : v);
    const year = yearOfRow(row);
    return row.map((v, c) => (isSaid(c) && kept ? asSentences(withYear(withoutSalutation(answered(v ?? null)), year)) : null));
  });
  for (const col of said.cols) joinParts(rows, said.row + 1, said.end, col);
  for (let r = said.row + 1; r < said.end; r++)
    for (const col of said.cols) {
      const m = CORRECTION.exec(cellText(rows[r][col] ?? null));
      if (!m) continue;
      const [wrong, right] = [(m[1] ?? m[3]).trim(), (m[2] ?? m[4]).trim()];
      if (unitOf(wrong) !== unitOf(right)) continue;
      // The line that first said the wrong figure: the figure replaced there, the correction left out.
      for (let e = said.row + 1; e < r; e++) {
        const text = cellText(rows[e][col] ?? null);
        if (!text.includes(wrong)) continue;
        rows[e] = rows[e].map((v, c) => (c === col ? text.replace(wrong, right) : v));
        rows[r] = rows[r].map((v, c) => (c === col ? null : v));
        break;
      }
    }
  return { ...sheet, rows };
}
