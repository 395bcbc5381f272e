/**
 * The shape of a rubric (考评指标体系) as data. A province's system is a data file of this shape;
 * the rule kinds below are generic so that a new rubric needs no new code.
 * Numbers are decimal strings ("0.5", "70%") so that they are exact and readable in the data.
 */

/** A threshold tier: rate ≥ min (inclusive lower bound) gives `points`. Tiers are listed best first. */
export interface Tier {
  min: string; // "1%", "0.8%"
  points: string;
}

export type Rule =
  /** rate = facts[num] / min(facts[den], denCap), capped at 100%; the first tier it reaches. */
  | {
      kind: "tiers";
      num: string;
      den: string;
      denCap?: string;
      tiers: Tier[];
      /** Basis template: {num} {den} {base} are replaced ("{num}/{base} 个行政村有站点"). */
      text: string;
      /** When the denominator is 0: points and basis (e.g. a county without poor villages). */
      whenNone?: { points: string; basis: string; warning?: string };
    }
  /** A yes/no fact: yes → full points. */
  | { kind: "flag"; fact: string; text: string }
  /** A date on or before the cut-off minus `monthsBefore` months → full points. */
  | { kind: "dateBy"; fact: string; monthsBefore: number; text: string }
  /** A count ≥ min → full points. */
  | { kind: "atLeast"; fact: string; min: string; unit: string; text: string }
  /** Any of several rates ≥ min → full points (2020 growth of either retail figure). */
  | { kind: "anyAtLeast"; facts: string[]; labels: string[]; min: string }
  /** A self-assessed point within [min, max]; 0 allowed when `zeroWhen` says so. */
  | { kind: "judged"; min: string; max: string; zeroWhen?: string }
  /** Monthly regularity over the `months` calendar months ending with the cut-off month. */
  | { kind: "regularity"; fact: string; months: number; full: string; partial: string; text: string }
  /** Levels present in a set fact: summed (cumulative) or the best one only. */
  | {
      kind: "levels";
      fact: string;
      levels: { level: string; label: string; points: string }[];
      mode: "sum" | "best";
    }
  /** A text fact choosing among named outcomes. */
  | { kind: "choice"; fact: string; options: { value: string; label: string; points: string }[] }
  /** A set fact must contain one of each group (e.g. 征求意见 or 监督举报). */
  | { kind: "contains"; fact: string; required: string[][] }
  /**
   * Rate gate then judgement: rate < min → `below` points (a deduction); otherwise the judged
   * points within [min, max] of `judged`.
   */
  | {
      kind: "gatedJudged";
      num: string;
      den: string;
      min: string;
      below: string;
      judged: { min: string; max: string };
      text: string;
    }
  /** Veto: a declared yes. */
  | { kind: "vetoFlag"; fact: string }
  /** Veto: a rate below min; the stated rate, else a fallback ratio, said so in the basis. */
  | { kind: "vetoBelow"; fact: string; fallbackNum: string; fallbackDen: string; min: string };

export interface RubricItem {
  id: string; // "work.coverage.admin"
  label: string; // short Chinese label for the breakdown
  max: string; // full points of this item ("0" for vetoes)
  rule: Rule;
}

/** The official texts, verbatim from the indicator table. */
export interface OfficialTexts {
  /** 评价指标名称 as printed (服务体系建设 spans two scored rows). */
  name: string;
  /** 指标解释 */
  explanation: string;
  /** 评分标准 */
  criteria: string;
  /** 评价方式及佐证材料 */
  evidence: string;
}

export type Section = "scored" | "bonus" | "veto";

export interface RubricIndicator {
  id: string; // "work.coverage"
  group: string; // group id
  /** Display name used in reports ("服务体系建设：村级站点覆盖"). */
  name: string;
  weight: string; // "10"; "0" for vetoes
  section: Section;
  /** Lowest total (negative when a rule deducts), default 0. */
  floor?: string;
  texts: OfficialTexts;
  items: RubricItem[];
}

export interface RubricGroup {
  id: string;
  /** 工作任务 as printed ("加强组织领导与统筹协调（10分）"). */
  name: string;
  weight: string;
  section: Section;
}

/** A value the scorer reads from the facts sheet: its label, synonyms and type. */
export interface RubricInput {
  key: string;
  label: string;
  synonyms?: string[];
  type: "bool" | "number" | "money" | "percent" | "date" | "text" | "judged";
  /** For judged inputs: the rubric item whose points this is. */
  item?: string;
  range?: [string, string];
  /** Shown in the template's hint column. */
  hint?: string;
  /** The part of the facts table it belongs to (基本情况, 财政资金…): inputs of one topic are one line's concern. */
  topic?: string;
  /**
   * Clauses of the official texts (评分标准 / 指标解释 / 评价方式) that state this input, verbatim:
   * clerks often copy them as the label.
   */
  official?: string[];
  /**
   * Words a label must hold to name this input, as a pattern: the trained poor are said with 培训 /
   * 参训, so the roster's total (建档立卡贫困人口（全部）) is never taken for them however alike it reads.
   */
  mustSay?: string;
}

/**
 * A figure the report publishes (`measures` in the JSON report): a fact, as a number, as the count of
 * months of the last `months` (default 12) that have an entry (for a list of dates), or as a list.
 */
export interface RubricMeasure {
  key: string;
  fact: string;
  as: "number" | "months" | "list";
  months?: number;
}

export interface Rubric {
  id: string; // "gd-2019"
  title: string;
  /** Default cut-off (考评截止日期), ISO. */
  asOf: string;
  totalWeight: string;
  maxBonus: string;
  groups: RubricGroup[];
  indicators: RubricIndicator[];
  inputs: RubricInput[];
  /**
   * Labels of the facts the ledgers give (not read from the facts sheet), named in "缺少数据" lines
   * and in the report: a rule may use any fact here or any input.
   */
  factLabels: Record<string, string>;
  /** Ledgers (sheet kinds) whose absence is warned about: the rubric's main indicators need them. */
  requiredLedgers: string[];
  /** The figures the report publishes beside the scores, in this order. */
  measures: RubricMeasure[];
  /**
   * Media levels that count as another level in this rubric (GD: a national report counts as
   * 省级及以上, i.e. "national" → "province"). Applied when the ledgers' media levels are gathered.
   */
  mediaLevelAs?: Record<string, string>;
  /**
   * The departments the leadership criterion wants taking part (GD: 商务、财政、农业、扶贫), each with
   * the words that name it in a free list (扶贫 is also 乡村振兴 since 2021).
   */
  leadDepartments?: { name: string; words: string[] }[];
}
