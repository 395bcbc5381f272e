/**
 * Values typed on the facts sheet → typed facts and judgements, each checked against the type and
 * range the rubric declares. A value that does not fit is a located diagnostic, never a guess.
 */
import { Q } from "../scoring/rational";
import type { Fact, Judgement } from "../scoring/facts";
import type { Rubric, RubricInput } from "../scoring/rubric";
import type { Diagnostics } from "../core/diagnostics";
import type { CellValue } from "../core/grid";
import { parseDate } from "./normalize/date";
import { isTypedSum, parseNumber, parsePoints } from "./normalize/number";
import { cellText, quote } from "./normalize/text";
import { parseYesNo } from "./normalize/yesno";
import { countyOfOffice } from "./title-county";
import { dateInRemark, isFullMarks, isNoneCount, figureAnswer, trailingPoints, unhedged, verdictOf } from "./facts/values";
import type { FactEntry } from "./records";

export interface SheetFacts {
  facts: Record<string, Fact>;
  judgements: Record<string, Judgement>;
}

type Entry = FactEntry & { key: string; unit?: string };

function convert(input: RubricInput, e: Entry, diags: Diagnostics): Fact | Judgement | undefined {
  const v = e.value as CellValue;
  const where = [e.source.sheet, e.cell] as const;
  const evidence = [{ sheet: e.source.sheet, cell: e.cell, rows: [e.source.row] }];
  if (v === null || cellText(v) === "") return undefined;
  switch (input.type) {
    case "text": {
      // "英德市（盖章）": the stamp's place is no part of the name; nor are a typed form's blanks around
      // what was written in them ("＿＿封开县＿＿。"), nor the full stop after them (the blanks filled in: "封开县。").
      const said = cellText(v)
        .replace(/\s*[（(]\s*(?:盖章|公章|签章)\s*[)）]\s*$/, "")
        .replace(/^[＿_\s]+|[＿_\s]*[。.]?$/g, "");
      // (The county named by its office, 承办单位 | 始兴县商务局: the county.)
      return { kind: "text", value: (input.key === "county" ? countyOfOffice(said) : undefined) ?? said, evidence };
    }
    case "bool": {
      const b = verdictOf(input, v) ?? parseYesNo(v) ?? figureAnswer(input, v);
      if (b === undefined) {
        diags.warn(`“${input.label}”应填“是/否”，填的是“${cellText(v)}”，未采用`, ...where);
        return undefined;
      }
      return b === null ? undefined : { kind: "bool", value: b, evidence };
    }
    case "date": {
      const inRemark = dateInRemark(v);
      const d = parseDate(parseDate(v).ok || !inRemark ? v : inRemark);
      if (!d.ok) {
        diags.warn(`“${input.label}”：${d.reason}，未采用`, ...where);
        return undefined;
      }
      return { kind: "date", value: d.value, evidence };
    }
    case "number":
    case "money":
    case "percent":
    case "judged": {
      // A judged point written with its unit: "2分"; or as 满分, the item's top.
      const full = input.type === "judged" && typeof v === "string" && isFullMarks(v) && input.range ? input.range[1] : undefined;
      const points = input.type === "judged" && typeof v === "string" && full === undefined ? parsePoints(trailingPoints(v) ?? v) : undefined;
      const raw = full ?? (points?.ok ? points.value.toDecimal(6) : input.type === "judged" && typeof v === "string" ? v.replace(/\s*分\s*$/, "") : v);
      let n = parseNumber(raw);
      // A count answered 无 ("省定贫困村 | 无"): none, 0.
      if (!n.ok && isNoneCount(input, raw)) n = parseNumber(0);
      // "约47万", "372个（不含社区）": the figure as written, and said so when a hedge was dropped.
      if (!n.ok && typeof raw === "string" && unhedged(raw) !== raw) {
        const plain = parseNumber(unhedged(raw));
        if (plain.ok) {
          n = plain;
          if (/^\s*(?:约|大约|近|共)|[^\d０-９]{2}[\d０-９]/.test(raw)) diags.info(`“${input.label}”写的是“${cellText(v)}”，按 ${unhedged(raw)} 计`, ...where);
        }
      }
      // "常住人口（万人）| 42", "单位：万元" above the table: the label's or table's unit scales a bare number.
      // (A statistics bureau's 千元 too: 2,846,310 千元 is 28.46亿元; and a table for readers used to millions, 5 百万元.)
      const scale = e.unit?.startsWith("万") ? 10000 : e.unit?.startsWith("亿") ? 100000000 : e.unit === "千元" ? 1000 : e.unit === "百万元" ? 1000000 : 1;
      // (A sum left uncalculated, "=6.21+3.47", is as bare as its result.)
      const typed = typeof v === "string" && isTypedSum(v);
      const bare = typeof v === "number" || /^[\s\d.,０-９．，]+$/.test(String(v)) || typed;
      if (typed && n.ok) diags.info(`“${input.label}”填的是未计算的算式“${v.trim()}”，按其结果 ${n.value.toDecimal(6)} 计`, ...where);
      if (n.ok && scale !== 1 && bare && (input.type === "number" || input.type === "money")) n.value = n.value.mul(Q.of(scale));
      if (!n.ok) {
        diags.warn(`“${input.label}”：${n.reason}，未采用`, ...where);
        return undefined;
      }
      let value = n.value;
      // A percentage typed as 85 (no % sign) means 85%; Excel percent cells arrive as 0.85.
      if (input.type === "percent" && n.unit !== "%" && value.cmp(Q.ONE) > 0) value = value.div(Q.of(100));
      if (input.type === "judged") {
        const [lo, hi] = (input.range ?? ["0", "100"]).map((x) => Q.from(x));
        if (value.lt(lo) || value.cmp(hi) > 0) {
          diags.error(`“${input.label}”填了 ${value.toDecimal(2)} 分，不在 ${input.range?.join("-")} 分之内；未采用，该项按缺少数据计`, ...where);
          return undefined;
        }
        const j: Judgement = { points: value, evidence };
        if (e.note) j.note = e.note;
        else diags.info(`“${input.label}”未写佐证说明`, ...where);
        return j;
      }
      return { kind: "number", value, evidence };
    }
  }
}

export function factsFromSheet(entries: Entry[], rubric: Rubric, diags: Diagnostics): SheetFacts {
  const byKey = new Map(rubric.inputs.map((i) => [i.key, i]));
  const facts: Record<string, Fact> = {};
  const judgements: Record<string, Judgement> = {};
  const seen = new Map<string, Entry>();
  // A value found in a sentence only stands in for one written plainly (on any sheet): beside
  // such a value, or a first one from a sentence, it is no second filling to warn about.
  const plain = new Set(entries.filter((e) => !e.sentence).map((e) => e.key));
  for (const e of entries) {
    const input = byKey.get(e.key);
    if (!input || (e.sentence && (plain.has(e.key) || seen.has(e.key)))) continue;
    const value = convert(input, e, diags);
    if (value === undefined) continue;
    const prev = seen.get(e.key);
    // One value under two labels of its line ("总体进度 | 项目总体进度 | 75%"): read once, not filled twice.
    if (prev && prev.source.sheet === e.source.sheet && prev.cell === e.cell) continue;
    // A day given to the month first (报告期 2021年08月) and to the day after (考评截止日期 20210831): the day,
    // which says more of the same month — not a second value.
    const before = facts[e.key];
    const now = value as Fact;
    if (
      prev &&
      before?.kind === "date" &&
      now.kind === "date" &&
      before.value.d === undefined &&
      now.value.d !== undefined &&
      before.value.y === now.value.y &&
      before.value.m === now.value.m
    ) {
      seen.set(e.key, e);
      facts[e.key] = now;
      continue;
    }
    if (prev) {
      diags.warn(`“${input.label}”填写了两次（另见 ${prev.source.sheet}!${prev.cell}），采用先出现的值`, e.source.sheet, e.cell);
      continue;
    }
    seen.set(e.key, e);
    // Read from prose: the clerk is told what was taken from which sentence, to check it.
    if (e.sentence) diags.info(`“${input.label}”读自句子“${quote(e.sentence, 40)}”中的“${cellText(e.value as CellValue)}”`, e.source.sheet, e.cell);
    if (input.type === "judged" && input.item) judgements[input.item] = value as Judgement;
    else facts[e.key] = value as Fact;
  }
  return { facts, judgements };
}
