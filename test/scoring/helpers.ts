/**
 * Builders for hand-made ScoringInput facts, so that scoring tests state only what they vary.
 * Numbers are exact (Q); dates are ISO ("2021-08-31" or month-only "2021-08").
 */
import { monthIndex, parseIsoDate, type LDate } from "../../src/scoring/dates";
import type { Evidence, Fact, Facts, FactValue, Judgement, ScoringInput } from "../../src/scoring/facts";
import { Q } from "../../src/scoring/rational";
import type { Rubric } from "../../src/scoring/rubric";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

/** An exact number from "4200", "0.5", "70%", a JS number, or a Q. */
export const q = (x: Q | number | string): Q => Q.from(x);

/** An ISO date → LDate; throws on a malformed date so a typo in a test cannot pass silently. */
export function d(iso: string): LDate {
  const x = parseIsoDate(iso);
  if (!x) throw new Error(`bad test date ${iso}`);
  return x;
}

const EV: Evidence[] = [{ sheet: "基本情况" }];

export class InputBuilder {
  private facts: Facts = {};
  private judgements: Record<string, Judgement> = {};
  private cutoff: LDate = d("2021-08-31");
  private countyName?: string;

  /** A number fact: "4200", "70%" (→ 0.7), 420000 or a Q. */
  num(key: string, value: Q | number | string, note?: string): this {
    return this.fact(key, { kind: "number", value: q(value) }, note);
  }
  bool(key: string, value: boolean, note?: string): this {
    return this.fact(key, { kind: "bool", value }, note);
  }
  date(key: string, iso: string, note?: string): this {
    return this.fact(key, { kind: "date", value: d(iso) }, note);
  }
  dates(key: string, isos: string[], note?: string): this {
    return this.fact(key, { kind: "dates", value: isos.map(d) }, note);
  }
  set(key: string, values: string[], note?: string): this {
    return this.fact(key, { kind: "set", value: [...values] }, note);
  }
  text(key: string, value: string, note?: string): this {
    return this.fact(key, { kind: "text", value }, note);
  }
  /** A self-assessed point for a rubric item ("2", "1.5", 3); note null = no evidence note. */
  judge(itemId: string, points: Q | number | string, note: string | null = "佐证材料见附件"): this {
    const j: Judgement = { points: q(points), evidence: [{ sheet: "自评填报" }] };
    if (note !== null) j.note = note;
    this.judgements[itemId] = j;
    return this;
  }
  /** Removes a fact or a judgement (to make it "absent"). */
  without(key: string): this {
    delete this.facts[key];
    delete this.judgements[key];
    return this;
  }
  asOf(iso: string): this {
    this.cutoff = d(iso);
    return this;
  }
  county(name: string): this {
    this.countyName = name;
    return this;
  }
  build(): ScoringInput {
    const input: ScoringInput = { facts: { ...this.facts }, judgements: { ...this.judgements }, asOf: this.cutoff };
    if (this.countyName !== undefined) input.county = this.countyName;
    return input;
  }

  private fact(key: string, value: FactValue, note?: string): this {
    const f: Fact = { ...value, evidence: EV };
    if (note !== undefined) f.note = note;
    this.facts[key] = f;
    return this;
  }
}

export const facts = (): InputBuilder => new InputBuilder();

/** One ISO day per calendar month from `from` to `to` inclusive ("2020-09", "2021-08"), on day `day`. */
export function monthly(from: string, to: string, day = 15): string[] {
  const out: string[] = [];
  for (let i = monthIndex(d(from)); i <= monthIndex(d(to)); i++) {
    const y = Math.floor(i / 12);
    const m = (i % 12) + 1;
    out.push(`${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
  }
  return out;
}

/**
 * A Lechang-like county whose every rule has its inputs, scoring the self-assessed 89:
 * 2, 2, 2, 4, 11, 10, 9, 20, 4, 6, 0, 5, 5, 4, 5; no bonus, no veto.
 */
export function lechang(): InputBuilder {
  return facts()
    .county("乐昌市")
    .text("leadershipLevel", "principal-all")
    .bool("planIssued", true)
    .judge("org.plan", 2)
    .bool("policyIssued", true)
    .judge("org.policy", 2)
    .judge("org.management.system", 2)
    .judge("org.management.ledger", 2)
    .date("centerOpened", "2020-12-18")
    .bool("centerFreeTraining", true)
    .bool("centerDisplay", true)
    .bool("centerPhoto", true)
    .bool("centerBrand", true)
    .bool("centerOther", false)
    .bool("parkBuilt", true)
    .num("parkEnterprises", 12)
    .num("parkEnterpriseTypes", 2)
    .num("adminVillages", 195)
    .num("coveredVillages", 137)
    .num("poorVillages", 39)
    .num("coveredPoorVillages", 39)
    .judge("work.upward.research", 2)
    .judge("work.upward.promotion", 2)
    .bool("thirdPartyOperator", true)
    .bool("expressCoverage", true)
    .judge("work.upward.standards", 1)
    .num("ruralRetailGrowth", "35%")
    .num("residentPopulation", 420000)
    .num("trainingPersonTimes", 4385)
    .num("eligiblePoorPersons", 3000)
    .num("trainedPoorPersons", 1800)
    .set("disclosureContents", ["创建方案", "项目基本信息", "建设进度", "监督举报"])
    .dates("disclosureDates", monthly("2020-09", "2021-08"))
    .dates("reportDates", monthly("2020-09", "2021-08", 5))
    .bool("povertyStatistics", true)
    .num("materialsSubmitted", 0)
    .set("mediaLevels", ["province", "county"])
    .set("tvCaseLevels", [])
    .judge("fund.system", 5)
    .judge("fund.ledger", 4)
    .num("fundAllocated", "5000000")
    .num("fundSpent", "4167785.00")
    .judge("fund.spending", 5)
    .num("overallProgress", "85%")
    .bool("vetoIncident", false)
    .bool("vetoFraud", false);
}

/** A deep copy of a rubric to modify as data (the rubric is data, not code). */
export function copyRubric(rubric: Rubric = GD_2019): Rubric {
  return JSON.parse(JSON.stringify(rubric)) as Rubric;
}

/** Indicator (by id) of a rubric copy, for modification. */
export function indicatorOf(rubric: Rubric, id: string) {
  const x = rubric.indicators.find((i) => i.id === id);
  if (!x) throw new Error(`no indicator ${id}`);
  return x;
}
