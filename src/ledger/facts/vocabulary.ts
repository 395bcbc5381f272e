/**
 * Everything the rubric knows about each value of the facts sheet and each indicator, as shingled
 * descriptors with an index by bigram, so a clerk's label is compared only with descriptors that
 * share some of its characters.
 */
import type { Rubric, RubricIndicator, RubricInput } from "../../scoring/rubric";
import { definedNameUnit } from "../normalize/text";
import { shingle, similarity, type Shingled } from "./similarity";

export interface Descriptor {
  sh: Shingled;
  /** Official clauses count a little less than the input's own label and synonyms. */
  weight: number;
}

export interface Scored<T> {
  target: T;
  score: number;
  /** The descriptor text that matched best (for messages). */
  via: string;
}

/** The units a defined name's underscore suffix may carry (常住人口_万人) and a match reads without. */
const NAME_UNITS = /^(?:万人次|万人|万元|亿元|人次|人|元|个|家|户|%)$/;

class Index<T> {
  private readonly descriptors: { target: T; d: Descriptor; text: string }[] = [];
  private readonly byGram = new Map<string, number[]>();
  /** `accepts(target, text)`: whether a text may name the target at all (RubricInput.mustSay). */
  constructor(private readonly accepts: (target: T, text: string) => boolean = () => true) {}
  add(target: T, text: string, weight: number): void {
    const sh = shingle(text);
    if (!sh.key) return;
    const i = this.descriptors.push({ target, d: { sh, weight }, text }) - 1;
    for (const g of sh.grams) {
      const list = this.byGram.get(g) ?? [];
      list.push(i);
      this.byGram.set(g, list);
    }
  }
  /**
   * Targets sharing a bigram with `text`, best score per target, best first. A remark in brackets
   * ("其他增值服务（代办、咨询等）"), a unit after an underscore or examples before what they are of
   * (…等增值服务) is tried with and without.
   */
  match(said: string, min = 0.3): Scored<T>[] {
    // 劳力 is how clerks shorten 劳动力 (有劳力未外出贫困人口).
    const text = spokenQuestion(said.includes("劳力") ? said.replace(/(?<!动)劳力/g, "劳动力") : said);
    const whole = this.matchOne(text, min);
    // (…and a unit after an underscore, an Excel defined name's: 农村网零2019_亿元.)
    // (…and examples before what they are of: "网店代运营、供应链对接等增值服务" is of 增值服务.)
    const unbracketed = text.replace(/[（(][^（()）]*[)）]/g, "");
    const named = definedNameUnit(unbracketed);
    const bare = (named && NAME_UNITS.test(named.unit) ? named.name : unbracketed).replace(/^[^，,；;。]*、[^，,；;。]*等(?=[\u4e00-\u9fff]{2,10}$)/, "");
    // Only when the whole wording finds nothing sure: a bracket often carries meaning (不含外出务工).
    if (bare === text || bare.trim() === "" || (whole[0]?.score ?? 0) >= 0.62) return whole;
    const best = new Map<T, Scored<T>>();
    for (const m of [...whole, ...this.matchOne(bare, min)]) if ((best.get(m.target)?.score ?? -1) < m.score) best.set(m.target, m);
    return [...best.values()].sort((a, b) => b.score - a.score);
  }

  private matchOne(text: string, min: number): Scored<T>[] {
    const sh = shingle(text);
    if (sh.key.length < 2 && sh.key !== "") return [];
    // How many of the text's bigrams each descriptor shares, counted off the index (a descriptor
    // stands once in the list of each bigram it has), the descriptors in the order first met: the
    // bigram sets are not compared again descriptor by descriptor.
    const shared = new Map<number, number>();
    for (const g of sh.grams) for (const i of this.byGram.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    const best = new Map<T, Scored<T>>();
    for (const [i, inter] of shared) {
      const { target, d, text: via } = this.descriptors[i];
      if (!this.accepts(target, text)) continue;
      const score = similarity(sh, d.sh, min / d.weight, inter) * d.weight;
      if (score < min) continue;
      const prev = best.get(target);
      if (!prev || score > prev.score) best.set(target, { target, score, via });
    }
    return [...best.values()].sort((a, b) => b.score - a.score);
  }
}

export interface FactsVocabulary {
  inputs: Index<RubricInput>;
  /** Indicator names (official and display) at full weight, their criteria clauses a little less. */
  indicators: Index<RubricIndicator>;
  rubric: Rubric;
}

const OFFICIAL_WEIGHT = 0.95;
const CLAUSE_WEIGHT = 0.9;

/** Official text → its clauses: lines, then sentences; points in brackets stay (matchKey drops them). */
function clauses(text: string): string[] {
  return text
    .split(/\n|[；;。]/)
    .map((s) => s.replace(/^\s*[0-9]+[、.]/, "").trim())
    .filter((s) => s.length >= 2);
}

const cache = new WeakMap<Rubric, FactsVocabulary>();

export function factsVocabulary(rubric: Rubric): FactsVocabulary {
  const hit = cache.get(rubric);
  if (hit) return hit;
  const mustSay = new Map<RubricInput, RegExp>();
  for (const i of rubric.inputs) {
    // (A rubric file's pattern that does not compile constrains nothing.)
    try {
      if (i.mustSay) mustSay.set(i, new RegExp(i.mustSay));
    } catch {
      /* no constraint */
    }
  }
  const inputs = new Index<RubricInput>((input, text) => !mustSay.has(input) || (mustSay.get(input) as RegExp).test(text));
  for (const input of rubric.inputs) {
    for (const l of [input.label, ...(input.synonyms ?? [])]) inputs.add(input, l, 1);
    for (const o of input.official ?? []) inputs.add(input, o, OFFICIAL_WEIGHT);
  }
  const indicators = new Index<RubricIndicator>();
  for (const ind of rubric.indicators) {
    indicators.add(ind, ind.name, 1);
    // "服务体系建设：村级站点覆盖" → also its second part, which clerks write alone.
    for (const part of ind.name.split(/[：:]/)) if (part !== ind.name) indicators.add(ind, part, 1);
    if (ind.texts.name !== ind.name) indicators.add(ind, ind.texts.name, 1);
    for (const c of [...clauses(ind.texts.criteria), ...clauses(ind.texts.explanation)]) indicators.add(ind, c, CLAUSE_WEIGHT);
  }
  const v = { inputs, indicators, rubric };
  cache.set(rubric, v);
  return v;
}

/**
 * Judged items and the facts they rest on (their zeroWhen input: 资金台账 on 已建立资金专用台账), as
 * judged-input key → fact key.
 */
export function restingOn(rubric: Rubric): Map<string, string> {
  const out = new Map<string, string>();
  for (const ind of rubric.indicators) for (const it of ind.items) if (it.rule.kind === "judged" && it.rule.zeroWhen) out.set(`judged:${it.id}`, it.rule.zeroWhen);
  return out;
}

/** The indicator whose rules read an input (a judged item's points, or a fact a rule names). */
export function ownerOf(rubric: Rubric, key: string): RubricIndicator | undefined {
  return rubric.indicators.find((ind) =>
    ind.items.some((it) => {
      const rule = it.rule as { kind: string; fact?: string; facts?: string[]; zeroWhen?: string };
      return key === `judged:${it.id}` || rule.fact === key || rule.zeroWhen === key || (rule.facts ?? []).includes(key);
    }),
  );
}

/**
 * A clerk's spoken words as the thing they are of: the question "专栏挂了创建方案没有" → 专栏公示创建方案,
 * "专栏挂没挂建设进度" → 专栏公示建设进度 (挂 on a website is 公示; 挂牌 is a station's plaque); an item
 * with how it stands, "交易标准有了，冷链、溯源还在弄" → 交易标准，冷链、溯源.
 */
function spokenQuestion(said: string): string {
  if (!/没|了|弄/.test(said)) return said;
  const asked = said
    // (Only how it stands at a clause's end: 存在弄虚作假 is no 在弄.)
    .replace(/(?:(?:已经)?有了|(?:还|正)在弄|还没弄|弄好了)(?=[，,。；;\s]|$)/g, "")
    .replace(/([\u4e00-\u9fff])没\1/g, "$1")
    .replace(/了?没有?$/, "")
    .replace(/([\u4e00-\u9fff])了(?=[\u4e00-\u9fff])/g, "$1");
  return /专栏|网站|网上/.test(asked) ? asked.replace(/挂(?!牌)/g, "公示") : asked;
}
