/**
 * A paper questionnaire typed in as its answer sheet: choice questions (题号 | 题目 | A | B | C | D | 答案)
 * answered by letter ("Ａ", "abce"), fill-in questions whose blanks ("全区常住人口____万人", two in one:
 * "①____亿元、②____亿元") are answered in the 答案 column ("69.52", "①38.6 ②47.9"), and self-scores
 * written into the question's own brackets ("方案制定（1～2分）：自评（ 2 ）分"). A reviewer reads each
 * question with its answer put in; so does the reader, in the answer's cell (the question's is left
 * out), so every value is found where the clerk wrote it.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, spacelessText, toHalfWidth } from "../normalize/text";
import { withEachCell } from "./corrections";

const LETTERS = ["A", "B", "C", "D", "E", "F"];
const BLANK = /_{2,}|＿{2,}|\(\s*\)|（\s*）/g;

const NEGATED_CLAIM = /(?:未|没有)(?:发生|造成|出现)|不存在/g;

const key = (v: CellValue | undefined) => spacelessText(v ?? null);

/** An option meaning the one answering does not know: no answer. */
const UNKNOWN = /^(?:不清楚|不知道|不掌握|不详|不确定|无法确定|说不清)$/;

/** The options of a cell listing them by code: "1=是 2=否 9=不清楚" → [{1, 是}, {2, 否}, {9, 不清楚}]. */
function codedOptions(t: string): { code: string; text: string }[] {
  const out: { code: string; text: string }[] = [];
  for (const m of toHalfWidth(t).matchAll(/(?:^|\s|[;；，,])(\d{1,2})\s*[=＝:：]\s*([^=＝]+?)(?=\s*(?:[;；，,]\s*)?\d{1,2}\s*[=＝:：]|\s*$)/g))
    out.push({ code: m[1], text: m[2].trim() });
  return out;
}

/**
 * The options a question's cell lists after its stem ("示范创建工作由谁牵头？\nA．区委书记 B．区长", "方案制定：A．2分 B．1分"):
 * the stem and each option by its letter; undefined when it lists fewer than two.
 */
function inlineOptions(question: string): { stem: string; options: { letter: string; text: string }[] } | undefined {
  const t = toHalfWidth(question);
  const first = t.search(/(?:^|[\s：:？?])A\s*[.．、]/);
  if (first < 0) return undefined;
  const options = [...t.slice(first).matchAll(/([A-H])\s*[.．、]\s*(.+?)(?=\s+[A-H]\s*[.．、]|\s*$)/gs)].map((m) => ({ letter: m[1], text: m[2].trim() }));
  if (options.length < 2 || options.some((o, i) => o.letter !== "ABCDEFGH"[i])) return undefined;
  return { stem: t.slice(0, first + (/^[\s：:？?]/.test(t.slice(first)) ? 1 : 0)).trim(), options };
}

/** A question whose blanks hold their answers ("本区行政村＿＿71＿＿个"): the sentence filled in; undefined when none is filled. */
function filledInPlace(question: string): string | undefined {
  const t = toHalfWidth(question);
  let filled = false;
  const said = t
    .replace(/[_＿]+\s*([^_＿\s][^_＿\n]*?)\s*[_＿]+/g, (all, inside: string) => {
      // (Words ending in a colon between two blanks are the next blank's label, "＿＿ 联系电话：＿＿": nothing filled.)
      if (/[:：]$/.test(inside)) return all;
      filled = true;
      return inside;
    })
    // (A blank left empty says nothing, nor does its unit: "＿11＿月＿＿日" is a month, "同比增长＿＿％" no rate.)
    .replace(/[_＿]{2,}\s*[日号%]?/g, "");
  return filled ? said : undefined;
}

/**
 * A form answered in its blanks wherever they stand ("＿＿８３．９７＿＿万人", "＿2021＿年＿1＿月＿15＿日",
 * "＿2＿分"): each cell with a blank filled in as the words it makes ("83.97万人", "2021年1月15日", "2分").
 * (A cell of empty blanks is left as it is: no answer.)
 */
export function withBlanksFilled(sheet: Sheet): Sheet {
  return withEachCell(sheet, (v) => {
    if (typeof v !== "string") return v;
    const bracketed = /.【/.test(v) ? bracketsFilled(v) : v;
    return /[_＿]/.test(bracketed) ? (filledInPlace(bracketed) ?? bracketed) : bracketed;
  });
}

const NOT_A_BLANK = /[｜|:：]|满分|自评|得分|分值/;

/**
 * A form's blanks in brackets within its sentences ("常住人口【３２２．９２】万人", "政策支持【 】分"): the words filled
 * in, an empty one left out with its unit. (A bracket opening the cell, "【基本情况】", "【南方日报】…", is a heading or
 * a source, not a blank.)
 */
function bracketsFilled(text: string): string {
  return text.replace(/(?<=[^\s【】])【([^【】\n]{0,30})】(\s*(?:分|人次|人|个|家|%|％|万元|元)?)/g, (all, inside: string, unit: string) =>
    // (A bracket of labelled figures, "资金台账【满分5分｜自评4分】", is the line's own note, no blank.)
    NOT_A_BLANK.test(inside) ? all : inside.trim() === "" ? "" : `${toHalfWidth(inside.trim())}${unit}`,
  );
}

export function withQuestionnaireAnswered(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  const own = () => (rows ??= sheet.rows.map((r) => [...r]));
  let choices: Map<string, number> | undefined;
  let answerCol: number | undefined;
  let questionCol: number | undefined;
  /** A column of coded options ("1=是 2=否 9=不清楚"), and one of each question's type (单选 / 多选). */
  let codesCol: number | undefined;
  let typeCol: number | undefined;
  sheet.rows.forEach((row, r) => {
    const keys = (row ?? []).map((v) => key(v));
    // A header: 题目 … 答案, with the option letters between them for choice questions.
    const q = keys.findIndex((k) => /^(?:题目|问题|题干)$/.test(k));
    // (…or a quiz with its key: 选项A … 选项D | 参考答案.)
    // (…or a form's bare 答.)
    const a = keys.findIndex((k) => /^(?:答案|作答|回答|填写答案|参考答案|正确答案|标准答案|答)$/.test(k));
    if (q >= 0 && a > q) {
      questionCol = q;
      answerCol = a;
      // Headed as the form it now is: what is asked, and what was answered.
      const out = own();
      out[r][q] = "指标";
      out[r][a] = "完成情况";
      const letters = keys.map((k) => k.replace(/^选项/, ""));
      choices = new Map(letters.flatMap((l, c) => (LETTERS.includes(l) ? [[l, c] as [string, number]] : [])));
      const codes = keys.findIndex((k) => /^(?:选项|选项代码|代码说明|选项及代码)$/.test(k));
      codesCol = codes >= 0 && codes !== a ? codes : undefined;
      const type = keys.findIndex((k) => /^(?:题型|题目类型|类型)$/.test(k));
      typeCol = type >= 0 ? type : undefined;
      return;
    }
    if (questionCol === undefined || answerCol === undefined) return;
    if (keys.every((k) => k === "")) {
      questionCol = answerCol = undefined;
      return;
    }
    const question = cellText(row?.[questionCol] ?? null);
    const answer = toHalfWidth(cellText(row?.[answerCol] ?? null)).trim();
    if (question === "") return;
    // A fill-in answered on the question's own lines ("行政村＿＿71＿＿个"): the question as filled in is the answer.
    if (answer === "") {
      const filled = filledInPlace(question);
      if (filled !== undefined) {
        const out = own();
        out[r][answerCol] = filled;
        out[r][questionCol] = question.replace(/[_＿]+[^_＿\n]*?[_＿]+|[_＿]{2,}/g, "");
      }
      return;
    }
    const out = own();
    // The options written in the question's cell under it ("…由谁牵头？\nA．区委书记 B．区长…"): chosen by letter.
    const inline = choices && choices.size >= 2 ? undefined : inlineOptions(question);
    if (inline && /^[A-Ha-h](?:\s*[、，,;；\s]?\s*[A-Ha-h])*$/.test(answer)) {
      const chosen = new Set(
        answer
          .toUpperCase()
          .replace(/[^A-H]/g, "")
          .split(""),
      );
      const picked = inline.options.filter((o) => chosen.has(o.letter)).map((o) => o.text);
      if (picked.length !== chosen.size) return;
      const negative = (t: string) => /^(?:未|没有|无|不|否|尚未)/.test(t);
      const whether = /是否|有无|能否|是不是/.test(inline.stem) && !/谁|哪|什么/.test(inline.stem);
      const many = /多选/.test(question) || chosen.size > 1;
      const stem = inline.stem.replace(/[（(]\s*(?:单选|多选)\s*[)）]/, "").replace(/[？?：:]\s*$/, "");
      out[r][questionCol] = stem;
      out[r][answerCol] = many
        ? // (The departments taking part, those ticked: a list of them. Any other multiple choice ticks each option, an
          // option saying there is none, 未设专栏, left out when not chosen.)
          /部门|单位/.test(stem)
          ? picked.join("、")
          : inline.options
              .filter((o) => chosen.has(o.letter) || !negative(o.text))
              .map((o) => `${chosen.has(o.letter) ? "☑" : "☐"}${o.text}`)
              .join("  ")
        : whether && inline.options.some((o) => negative(o.text)) && !/^(?:是|否|有|无|能|不能)$/.test(picked[0])
          ? `${negative(picked[0]) ? "否" : "是"}（${picked[0]}）`
          : picked[0];
      return;
    }
    if (choices && choices.size >= 2 && /^[A-Fa-f]+$/.test(answer)) {
      // The letters chosen: one option's words, or for a multiple choice each option ticked or not.
      const chosen = new Set(answer.toUpperCase().split(""));
      const options = [...choices].filter(([, c]) => cellText(row?.[c] ?? null) !== "");
      const text = (c: number) => cellText(row?.[c] ?? null).trim();
      // A single choice between doing and not ("新建 | 整合、优化现有园区 | 未建设"): a yes or a no, with its words.
      const negative = (t: string) => /^(?:未|没有|无|不|否|尚未)/.test(t);
      const picked = options.filter(([l]) => chosen.has(l)).map(([, c]) => text(c));
      // (Only a question of whether, not of who or which: 领导小组组长由谁担任 is answered by its words.)
      const whether = /情况|是否|有无|能否/.test(question) && !/谁|哪|什么/.test(question);
      const yesNo = whether && picked.length === 1 && options.some(([, c]) => negative(text(c))) ? (negative(picked[0]) ? "否" : "是") : undefined;
      // (A figure chosen to fill the question's one blank, "我区常住人口约（ ）万人": the sentence it makes, with its unit.)
      const fills = !yesNo && picked.length === 1 && /^[\d.,]+$/.test(picked[0]) && (question.match(BLANK)?.length ?? 0) === 1 && !/多选/.test(question);
      out[r][answerCol] = /多选/.test(question)
        ? options.map(([l, c]) => `${chosen.has(l) ? "☑" : "☐"}${text(c)}`).join("  ")
        : yesNo && /^(?:是|否|有|无)$/.test(picked[0]) === false
          ? `${yesNo}（${picked[0]}）`
          : fills
            ? question.replace(BLANK, picked[0])
            : picked.join("、");
      for (const [, c] of options) out[r][c] = null;
      out[r][questionCol] = question.replace(/[（(]\s*(?:单选|多选)\s*[)）]/, "").replace(/[？?]\s*$/, "");
      return;
    }
    // An answer by the codes its 选项 cell lists ("1=县委书记 2=县长…" | 2, "1=商务 2=财政…" | "1,2,5").
    const legend = codesCol === undefined ? [] : codedOptions(cellText(row?.[codesCol] ?? null));
    if (legend.length >= 2 && codesCol !== undefined && /^\d+(?:\s*[,，、;；\s]\s*\d+)*$/.test(answer)) {
      const chosen = new Set(answer.split(/[^\d]+/).filter(Boolean));
      const many = /多选/.test(`${typeCol === undefined ? "" : cellText(row?.[typeCol] ?? null)}${question}`) || chosen.size > 1;
      const picked = legend.filter((o) => chosen.has(o.code)).map((o) => o.text);
      // (A code no option has is left as the clerk wrote it.)
      if (picked.length !== chosen.size) return;
      // A multiple choice, each option ticked or not; a single one, the option's words — "不清楚" no answer at all.
      out[r][answerCol] = many ? legend.map((o) => `${chosen.has(o.code) ? "☑" : "☐"}${o.text}`).join("  ") : UNKNOWN.test(picked[0]) ? null : picked[0];
      out[r][codesCol] = null;
      if (typeCol !== undefined) out[r][typeCol] = null;
      return;
    }
    // A true/false statement said in the negative ("本区未发生安全生产…事故 | √"): true is a no for the
    // thing itself (发生…事故), false a yes.
    const tick = /^[√✓✔]$/.test(answer) ? true : /^[×✗✘]$/.test(answer) ? false : undefined;
    if (tick !== undefined && new RegExp(NEGATED_CLAIM.source).test(question)) {
      out[r][questionCol] = question.replace(NEGATED_CLAIM, (m) => m.replace(/^(?:未|没有|不)/, ""));
      out[r][answerCol] = tick ? "否" : "是";
      return;
    }
    // A statement marked false (× beside "…同比增速达到30%及以上。（ ）"): a no, of no figure it names.
    if (tick === false) {
      out[r][questionCol] = question.replace(BLANK, "").replace(/[。.]\s*$/, "");
      out[r][answerCol] = "否";
      return;
    }
    // A fill-in: the question with its blanks filled in, as the answer's sentence.
    const blanks = question.match(BLANK)?.length ?? 0;
    if (blanks > 0) {
      // (Several answers given in order: "①38.6 ②47.9", or "384；42" in a quiz's key.)
      const parts =
        blanks > 1
          ? answer
              .split(/[①②③④⑤；;]/)
              .map((p) => p.trim())
              .filter(Boolean)
          : [answer];
      if (parts.length !== blanks) return;
      // "2019年、2020年全区农村网络零售额分别为①____亿元、②____亿元": each year's figure said of it.
      const years = /^((?:19|20)\d{2}年)、((?:19|20)\d{2}年)(.+?)分别为\s*[①]?(?:_{2,}|＿{2,})([^、，,②]*)[、，,]\s*[②]?(?:_{2,}|＿{2,})(.*)$/.exec(question);
      if (years && parts.length === 2) {
        out[r][answerCol] = `${years[1]}${years[3]}${parts[0]}${years[4]}；${years[2]}${years[3]}${parts[1]}${years[5]}`;
        out[r][questionCol] = `${years[3]}`;
        return;
      }
      let i = 0;
      out[r][answerCol] = question.replace(/[①②③④⑤]?(?:_{2,}|＿{2,}|\(\s*\)|（\s*）)/g, () => parts[i++] ?? "");
      out[r][questionCol] = question.replace(/[①②③④⑤]?(?:_{2,}|＿{2,}|\(\s*\)|（\s*）)/g, "");
    }
  });
  // "自评（ 2 ）分" with its points in the bracket, "自评（  ）分" with none.
  sheet.rows.forEach((row, r) =>
    (row ?? []).forEach((v, c) => {
      if (typeof v !== "string" || !/自评\s*[（(]/.test(v)) return;
      const t = toHalfWidth(v);
      const filled = t.replace(/自评\s*[（(]\s*(\d+(?:\.\d+)?)\s*[)）]\s*分/, "自评$1分");
      const blank = /自评\s*[（(]\s*[)）]\s*分/.test(t);
      if (filled !== t || blank) own()[r][c] = blank ? t.replace(/[:：]?\s*自评\s*[（(]\s*[)）]\s*分/, "") : filled;
    }),
  );
  return rows ? { ...sheet, rows } : sheet;
}
