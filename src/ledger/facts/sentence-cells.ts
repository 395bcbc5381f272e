/**
 * Where a facts sheet's sentences are: the cells whose prose the reader reads statement by
 * statement (./sentences) for the inputs nothing plainer gave.
 */
import { mergeAt, type CellValue, type Sheet } from "../../core/grid";
import { cellText, isNoteText } from "../normalize/text";
import { withArabicPoints } from "../normalize/chinese-numerals";
import { headerKey } from "./header-key";
import { saidColumns } from "./said-log";
import { verdictOf } from "./verdict";
import { isItemPointsNote } from "./item-points-note";
import { CENSUS_SOURCE, OPENED_ON } from "./sentences";
import type { Layout } from "./read";

const text = (v: CellValue | undefined) => cellText(v ?? null);

/** A cell of prose; `remark`: a 备注, read only for what its line is about (see readFactsSheet). */
export interface SentenceCell {
  r: number;
  c: number;
  text: string;
  remark?: boolean;
  /** The label of a "标签：值" cell whose value is this prose. */
  label?: string;
}

/** A value cell written as prose: text with some Chinese, longer than an answer. */
/**
 * A label merged down the side of several lines ("议题主要内容" over nine paragraphs): it names the section, it is
 * no second thing said on its first line.
 */
function isSectionLabel(sheet: Sheet, r: number, c: number): boolean {
  const merge = mergeAt(sheet.merges, r, c);
  return merge !== undefined && merge.left === merge.right && merge.bottom - merge.top >= 2;
}

/** The county's population as the census gave it, in brackets after its name: "常住人口（七普36.94万人）". */
const CENSUS_ASIDE = new RegExp(String.raw`(常住人口|户籍人口)[（(]\s*${CENSUS_SOURCE}([0-9][0-9,.]*\s*万?人)\s*[)）]`);

function isSentence(v: CellValue | undefined): v is string {
  // (…or a veto's case said not to be, however short: "无弄虚作假".)
  return typeof v === "string" && /[\u4e00-\u9fff]/.test(v) && (v.trim().length >= 6 || (/^(?:无|未|没有|不存在)/.test(v.trim()) && VETO_WORDS.test(v)));
}

/** An official table's column of the clerk's account of each line (not of its evidence). */
// (完成情况及佐证材料, 自评依据及佐证材料: the account written with its evidence, in one column.)
// (…or the clerk's own words for it: 怎么算的/依据; or the workings, 计算过程及依据.)
const ACCOUNT_HEADER =
  /^(?:(?:自评情况|自评|得分|评分|情况|完成情况|主要)?(?:说明|依据)(?:(?:及|和|与)佐证(?:材料|资料)?)?|扣分(?:原因)?(?:及|和|与)?(?:说明|情况)|实际情况|完成情况(?:及|和|与)佐证(?:材料|资料)?|(?:怎么算的?|怎样算的?|计算过程|测算过程|算法)(?:[/／、]|及|和|与)?(?:说明|依据)?)$/;
/** A paragraph's number on its left: 1, 2., （3）, ④. */
const SEQUENCE = /^(?:\d{1,2}[.、．]?|[（(]\d{1,2}[)）]|[①-⑳])$/;
/** A figure named in brackets: "（项目总体进度95%）". */
const FIGURE_IN_BRACKETS = /[（(][^（()）]*[\u4e00-\u9fff]{2}[^（()）]*\d[^（()）]*[)）]/;
/** A remarks column (not a 佐证材料 column: that lists documents). */
const REMARK_HEADER = /^(?:备注|说明)$/;
/** A note's lead ("说明：1.", "注："), and one whose first words are the county's own. */
const COUNTY_NOTE_LEAD = /^(?:说明|注)\s*[:：]\s*(?:\d+\s*[.、．]\s*)?/;
const COUNTY_NOTE = /^(?:说明|注)\s*[:：]\s*(?:\d+\s*[.、．]\s*)?(?:全县|我县|本县|全市|我市|本市|全区|我区|本区)/;

/**
 * The cells whose sentences may state facts, not already read as a label or a value: the value
 * columns' sentences (a 完成情况 beside the 自评分 too), an official table's
 * 自评情况说明 (its 佐证材料 is evidence, never read), a 备注 written as a sentence or with a figure, and
 * paragraphs outside the note columns (the
 * only text of their row, merged across the sheet or long, as a 情况说明 written under 一、二、三
 * headings) — never a note line (注：…).
 */
/** A line of a log, its day first and what was done after it. */
export const DATED_LINE = /^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?\s*[，,]\s*\S{4,}/;
const VETO_WORDS = /安全生产|质量事故|重大经济损失|弄虚作假/;
/** A day in brackets with what happened on it: "（2020年12月18日投入运营）" (as ./sentences reads it). */
const DATED_IN_BRACKETS = new RegExp(String.raw`[（(]\s*${OPENED_ON}\s*[)）]`);

/** "标签：值": a line's label before its first colon (2–40 characters), and the value after it. */
export const LABELLED = /^([^:：]{2,40})[:：]\s*(\S.*)$/s;

/** A value followed by a clause of its own: another label's colon after a comma ("174个，社区居委会：15个"). */
export function saysMore(value: string): boolean {
  // (Pairs parted by ；are each read as the pair they are: PAIR_SEPARATOR.)
  const rest = value
    .replace(/[（(][^（()）]*[)）]/g, "")
    .split(/[，,]/)
    .slice(1);
  // (Another label's colon, "社区居委会：15个", not a figure's remark: "33.58万人（七普），户籍人口42.13万人" stays a pair.)
  return rest.some((clause) => /[\u4e00-\u9fff]{2,}\s*[:：]\s*\S/.test(clause));
}

/** A complaint's account of what its writer says: 信访人反映：…, 投诉人称…, 群众举报…. */
const ALLEGED = /^(?:信访人|投诉人|举报人|来信人|来电人|来访人|反映人|群众|网民)[^，,。；;：:]{0,6}?(?:反映|称|投诉|举报|诉称)/;

/** The only other cell of the row, a text left of column c; undefined when the row is no such pair. */
// (…or one of two such pairs on the row, a form's two columns of label | value: 政府网站专栏 | … | 电商扶贫统计 | ….)
function pairLabel(row: readonly CellValue[], c: number): string | undefined {
  const filledAt = row.flatMap((x, i) => (text(x) !== "" ? [i] : []));
  const at = filledAt.indexOf(c);
  if ((filledAt.length !== 2 && filledAt.length !== 4) || at % 2 !== 1 || typeof row[filledAt[at - 1]] !== "string") return undefined;
  return text(row[filledAt[at - 1]]).trim();
}

/** Is the only other cell of the row a short label left of column c (资金来源, 运营服务单位)? */
function formPairLabel(row: readonly CellValue[], c: number): boolean {
  return /^[\u4e00-\u9fff]{2,8}$/.test(pairLabel(row, c) ?? "");
}

/**
 * A sentence opening on a figure with its unit and going on after a comma: "6.61亿元，同比增长27.1%" (its source
 * in brackets between, "76.85万人（第七次全国人口普查）；户籍人口88.62万人").
 */
export const FIGURE_FIRST = /^\s*[0-9０-９][0-9０-９,，.．]*\s*(?:万|亿)?(?:元|人次|人|个|家|户|%|％)\s*(?:[（(][^（()）]{1,20}[)）])?\s*[，,；;]\s*\S/;

export function sentenceCellsOf(sheet: Sheet, layout: Layout, used: Set<string>, claimLineCells: Set<string>): SentenceCell[] {
  const head = sheet.rows[layout.headerRow] ?? [];
  const accountCols = layout.claimCol !== undefined ? layout.noteCols.filter((c) => ACCOUNT_HEADER.test(headerKey(head[c] ?? null))) : [];
  // A 备注 written as a sentence beside a value ("有劳动能力贫困人口3862人，已培训2174人") is the clerk's too.
  const remarkCols = layout.noteCols.filter((c) => REMARK_HEADER.test(headerKey(head[c] ?? null)));
  const said = saidColumns(sheet);
  const out: SentenceCell[] = [];
  // A sheet of lines, one cell each (a 接龙 or a chat pasted line by line): every line says something.
  // (A line or two of a field beside its boxes, "专栏 | ☑创建方案  ☑项目基本信息", among them changes nothing.)
  const filledRows = sheet.rows.filter((row) => row.some((x) => text(x) !== "")).length;
  const wideRows = sheet.rows.filter((row) => row.filter((x) => text(x) !== "").length > 1).length;
  const oneColumn = filledRows >= 5 && wideRows <= Math.max(1, filledRows / 10);
  // A report pasted a paragraph a row with a small table among them: most rows one cell of prose.
  const prose = filledRows >= 10 && wideRows <= filledRows * 0.3;
  // The row of the table's 合计, if it ends the table: a paragraph straight under it (no blank row between)
  // is the report going on, not a line of the table ("合计 | 1,182.36" over "项目总体进度达90%，…").
  let totalRow = -1;
  sheet.rows.forEach((row, r) => {
    if (r === layout.headerRow) return;
    const cells = row.filter((x) => text(x) !== "");
    if (layout.headerRow >= 0 && r > layout.headerRow && cells.length > 1) totalRow = /^(?:合计|总计)/.test(text(cells[0] ?? null).trim()) ? r : -1;
    // (A line still to be judged, △ in an inspection's 判定, says nothing yet: "融资对接（佐证待补）".)
    if (layout.verdictCol !== undefined && r > layout.headerRow && verdictOf(text(row[layout.verdictCol])) === "open") return;
    // Above the table: a report pasted paragraph by paragraph before its score table (…or below its 合计).
    const below = totalRow >= 0 && r > totalRow;
    const above = r < layout.headerRow;
    row.forEach((v, c) => {
      if (!isSentence(v) || used.has(`${r}:${c}`)) return;
      // (Not what someone else alleges, "信访人反映：…资金大部分没用出去…，要求查处弄虚作假问题": only what was found.)
      if (ALLEGED.test(v.trim())) return;
      const inValueCol = !above && layout.valueCols.includes(c) && c !== layout.claimCol;
      const merge = mergeAt(sheet.merges, r, c);
      // Not in an official table: its 指标解释 and 评分标准 are the rubric's own sentences, each in its
      // column; a paragraph merged across the sheet under the table (三、情况说明) is the clerk's.
      const across = merge !== undefined && merge.right - merge.left >= 2;
      const paragraph =
        // (Not "6.示范县工作方案：已印发": a line of label and value is read as the pair it is.)
        // ("政府网专栏设有创建方案、…": a line of ticked items said as what it has, marked-items.ts.)
        // (…and a sentence written out to its full stop, as a narration's are: subtitles.ts.)
        (oneColumn && v.trim().length >= 6 && !/[:：]/.test(v) && (/\d|已|未|暂|没|设有|[☑☐■□☒]/.test(v) || /。$/.test(v.trim())) && !isNoteText(v)) ||
        ((above || below || across || (layout.claimCol === undefined && !layout.nameCols.includes(c) && !layout.noteCols.includes(c) && !layout.valueCols.includes(c))) &&
          /[，。；,;]/.test(v) &&
          // (A long one beside the label merged down its section's side is a paragraph of that section too;
          // so is one after its number, "1 | 县情：全县常住人口78.36万人…", a summary's points numbered down the side.)
          row.filter((x, i) => text(x) !== "" && !(v.trim().length >= 40 && (isSectionLabel(sheet, r, i) || (i < c && SEQUENCE.test(text(x)))))).length === 1 &&
          // Written across the sheet (merged), or long: a short remark alone on a line is no paragraph.
          // (…or, under the table's 合计 or among a report's paragraphs, one with a figure written out to its full stop.)
          (v.trim().length >= 40 ||
            (v.trim().length >= 16 && ((merge !== undefined && merge.right > merge.left) || ((below || prose) && /\d/.test(v) && /[。：:]$/.test(v.trim()))))) &&
          !isNoteText(v));
      // A line of a log, its day first ("2020年4月10日，省级专项资金下达500万元"), alone in its row: it says what was done.
      const datedLine = DATED_LINE.test(v) && !isNoteText(v) && row.filter((x) => text(x) !== "").length === 1;
      // An item of a list of materials dating what it documents, alone in its row ("①公共服务中心运营资料
      // （2020年12月18日投入运营）"): it says when that was done.
      const datedItem = DATED_IN_BRACKETS.test(v) && row.filter((x) => text(x) !== "").length === 1;
      // A form's pair of a short label and its account with no table on the sheet ("资金来源 | 省级专项资金下达500万元；
      // 区财政配套120万元…", "运营服务单位 | …公司（第三方专业运营，…）"): the account says what it says.
      // (…or any label's figure going on to say more, "26．2020年农村网络零售额 | 86.15亿元；同比增长23.0%".)
      // (…above a table too, a form's head block of two pairs a row over its score table — not a memo's head lines,
      // 领导批示 | 同意。请抓紧补齐…, a pair alone on its row.)
      const pairLine =
        (layout.headerRow < 0 || (above && row.filter((x) => text(x) !== "").length === 4)) &&
        ((formPairLabel(row, c) && /[，。；,;（(]/.test(v)) || (pairLabel(row, c) !== undefined && FIGURE_FIRST.test(v)));
      // A note under the table answering the veto items ("注：创建期间未发生安全生产、质量事故…，无弄虚作假情况。").
      const vetoNote = !above && isNoteText(v) && VETO_WORDS.test(v) && row.filter((x) => text(x) !== "").length === 1;
      // A note above the table stating the county's own figures ("说明：1.全县常住人口47.77万人…，132个行政村"):
      // what it says, not how the table is filled in. (…or under it: "注：1.全县常住人口42.3万人（七普），…".)
      const countyNote = COUNTY_NOTE.test(v.trim()) && row.filter((x) => text(x) !== "").length === 1;
      if (countyNote) {
        out.push({ r, c, text: v.trim().replace(COUNTY_NOTE_LEAD, "") });
        return;
      }
      // A target's cell is no fact, but the census figure it is reckoned from is the county's
      // ("培训人次达常住人口（七普36.94万人）的1%，即3,694人次以上"): that figure alone.
      const census = !above && layout.targetCols?.includes(c) ? CENSUS_ASIDE.exec(v) : null;
      if (census) {
        out.push({ r, c, text: `${census[1]}${census[2]}` });
        return;
      }
      // Not beside an official table's points: there a 备注 explains the score (行政村覆盖率73.5%…).
      const remark = !above && layout.claimCol === undefined && remarkCols.includes(c) && /[，。；,;]|\d/.test(v);
      if (remark && !inValueCol) out.push({ r, c, text: v.trim(), remark });
      // (…but a list of its items' points there, 调研2 促销2 标准1, is the clerk's account of them: ./item-points-note.)
      else if (!above && layout.claimCol !== undefined && remarkCols.includes(c) && isItemPointsNote(v)) out.push({ r, c, text: v.trim() });
      else if (
        inValueCol ||
        (!above && accountCols.includes(c)) ||
        (said !== undefined && r > said.row && r < said.end && said.cols.includes(c)) ||
        paragraph ||
        // "行政村：174个，社区居委会：15个": a line of label and value that goes on to say more is read clause by clause.
        (!above && saysMore(LABELLED.exec(v.trim())?.[2] ?? "")) ||
        datedLine ||
        datedItem ||
        pairLine ||
        vetoNote ||
        // A veto line answered in the points column in words, with a figure in brackets ("未发生（项目总体进度95%）"):
        // the figure is the county's.
        (!above && c === layout.claimCol && /^[\u4e00-\u9fff]/.test(v.trim()) && FIGURE_IN_BRACKETS.test(v)) ||
        claimLineCells.has(`${r}:${c}`)
      )
        // (A claim line's points said in words, "网销调研两分", as its claims were read: ./claim-lines.)
        out.push({ r, c, text: claimLineCells.has(`${r}:${c}`) ? withArabicPoints(v.trim()) : v.trim() });
    });
  });
  return out;
}
