/** The whole report: every indicator id, status rules, measures, bonus cap, exact decimal points. */
import * as fs from "fs";
import * as path from "path";
import { evaluate, evaluateItem, findItem } from "../../src/scoring/evaluate";
import { Q } from "../../src/scoring/rational";
import type { Rubric } from "../../src/scoring/rubric";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { copyRubric, facts, indicatorOf, lechang } from "./helpers";
import { INDICATOR_IDS as IDS, MEASURE_KEYS } from "../support/ids";

const MAX: Record<string, number> = {
  "org.leadership": 2,
  "org.plan": 2,
  "org.policy": 2,
  "org.management": 4,
  "work.center": 15,
  "work.coverage": 10,
  "work.upward": 10,
  "work.training": 20,
  "info.disclosure": 4,
  "info.reporting": 6,
  "promo.cases": 2,
  "promo.media": 8,
  "fund.system": 5,
  "fund.ledger": 5,
  "fund.spending": 5,
  "bonus.poorTraining": 2,
  "bonus.tvCase": 2,
};

describe("report shape", () => {
  test("the id list is the one docs/scoring-rules.md documents", () => {
    const doc = path.resolve(__dirname, "../../docs/scoring-rules.md");
    const text = fs.readFileSync(doc, "utf8");
    const ids = [...text.matchAll(/^\| ([a-z]+\.[A-Za-z]+)(?: \/ ([a-z]+\.[A-Za-z]+))?(?: \/ ([a-z]+\.[A-Za-z]+))? \|/gm)].flatMap((m) => m.slice(1).filter(Boolean));
    expect(ids).toEqual(IDS);
  });

  test("every indicator id present, in order, with weights, groups and sections", () => {
    const r = evaluate(GD_2019, lechang().build());
    expect(r.indicators.map((i) => i.id)).toEqual(IDS);
    for (const i of r.indicators) {
      if (i.id.startsWith("veto.")) {
        expect(i.section).toBe("veto");
        expect(i.weight).toBe(0);
        expect(typeof i.vetoed).toBe("boolean");
      } else {
        expect(i.weight).toBe(MAX[i.id]);
        expect(i.section).toBe(i.id.startsWith("bonus.") ? "bonus" : "scored");
        expect(i.vetoed).toBeUndefined();
      }
      expect(i.group).toBe(i.id.split(".")[0]);
      expect(i.items.length).toBeGreaterThan(0);
      expect(typeof i.basis).toBe("string");
      for (const it of i.items) {
        expect(it.basis.length).toBeGreaterThan(0);
        expect(["computed", "judged", "missing"]).toContain(it.status);
        expect(Array.isArray(it.evidence)).toBe(true);
      }
    }
    const scored = r.indicators.filter((i) => i.section === "scored").reduce((a, i) => a + i.weight, 0);
    expect(scored).toBe(100);
    expect(r.rubric).toBe("gd-2019");
    expect(r.asOf).toBe("2021-08-31");
    expect(r.county).toBe("乐昌市");
  });

  test("Lechang's self-scores in table order: 2,2,2,4,11,10,9,20,4,6,0,5,5,4,5 = 89", () => {
    const r = evaluate(GD_2019, lechang().build());
    expect(r.indicators.filter((i) => i.section === "scored").map((i) => i.points)).toEqual([2, 2, 2, 4, 11, 10, 9, 20, 4, 6, 0, 5, 5, 4, 5]);
    expect(r.total).toBe(89);
    expect(r.totalBeforeVeto).toBe(89);
    expect(r.bonus).toBe(0);
    expect(r.vetoed).toBe(false);
    expect(r.vetoReasons).toEqual([]);
    expect(r.diagnostics).toEqual([]);
  });

  test("measures: every key present; values from the facts", () => {
    const r = evaluate(GD_2019, lechang().build());
    expect(Object.keys(r.measures).sort()).toEqual([...MEASURE_KEYS].sort());
    expect(r.measures).toEqual({
      residentPopulation: 420000,
      trainingPersonTimes: 4385,
      adminVillages: 195,
      coveredVillages: 137,
      poorVillages: 39,
      coveredPoorVillages: 39,
      eligiblePoorPersons: 3000,
      trainedPoorPersons: 1800,
      fundAllocated: 5000000,
      fundSpent: 4167785,
      parkEnterprises: 12,
      parkEnterpriseTypes: 2,
      reportMonths: 12,
      disclosureMonths: 12,
      mediaLevels: ["province", "county"],
    });
  });

  test("no facts at all: measures all null, every scored row missing with 0, county null, a diagnostic per missing row", () => {
    const r = evaluate(GD_2019, facts().build());
    expect(Object.keys(r.measures).sort()).toEqual([...MEASURE_KEYS].sort());
    for (const k of MEASURE_KEYS) expect((r.measures as unknown as Record<string, unknown>)[k]).toBeNull();
    expect(r.county).toBeNull();
    expect(r.total).toBe(0);
    expect(r.vetoed).toBe(false);
    for (const i of r.indicators.filter((x) => x.section !== "veto")) {
      expect(i.status).toBe("missing");
      expect(i.points).toBe(0);
    }
    const nonVeto = r.indicators.filter((x) => x.section !== "veto").map((x) => x.id);
    for (const id of nonVeto) expect(r.diagnostics.some((x) => x.message.includes(`（${id}）`))).toBe(true);
  });

  test("diagnostics passed in are kept and sorted errors first", () => {
    const r = evaluate(GD_2019, lechang().without("org.plan").build(), [
      { severity: "info", message: "note" },
      { severity: "error", sheet: "站点台账", cell: "C17", message: "bad" },
    ]);
    expect(r.diagnostics.map((x) => x.severity)).toEqual(["error", "warning", "info"]);
    expect(r.diagnostics[0].cell).toBe("C17");
  });
});

describe("status rules", () => {
  const status = (b: ReturnType<typeof facts>, id: string) => evaluate(GD_2019, b.build()).indicators.find((i) => i.id === id)!;

  test("all computed → computed; any judged → judged", () => {
    expect(status(lechang(), "work.center").status).toBe("computed");
    expect(status(lechang(), "work.upward").status).toBe("judged"); // 3 judged + 3 computed items
    expect(status(lechang(), "org.management").status).toBe("judged");
    expect(status(lechang(), "org.plan").status).toBe("judged");
  });

  test("any item missing → missing, even beside judged items", () => {
    const r = status(lechang().without("org.management.ledger"), "org.management");
    expect(r.status).toBe("missing");
    expect(r.points).toBe(2);
    expect(r.basis).toContain("缺少数据");
    expect(r.basis).toContain("完整工作台账");
    const u = status(lechang().without("expressCoverage"), "work.upward");
    expect(u.status).toBe("missing");
    expect(u.points).toBe(8);
  });

  test("zeroWhen turns a judged row into computed", () => {
    expect(status(lechang().bool("planIssued", false), "org.plan").status).toBe("computed");
  });
});

describe("bonus cap (maxBonus 4)", () => {
  test("GD_2019: both bonus items → exactly 4", () => {
    const r = evaluate(GD_2019, lechang().num("trainedPoorPersons", 2100).set("tvCaseLevels", ["national"]).build());
    expect(r.indicators.find((i) => i.id === "bonus.poorTraining")!.points).toBe(2);
    expect(r.indicators.find((i) => i.id === "bonus.tvCase")!.points).toBe(2);
    expect(r.bonus).toBe(4);
    expect(r.total).toBe(93);
  });

  test("a rubric copy whose bonuses add to 6 is capped at 4", () => {
    const rubric = copyRubric();
    const tv = indicatorOf(rubric, "bonus.tvCase");
    tv.weight = "4";
    tv.items[0].max = "4";
    const rule = tv.items[0].rule;
    if (rule.kind !== "levels") throw new Error("tvCase is not a levels rule");
    rule.levels[0].points = "4";
    const input = lechang().num("trainedPoorPersons", 2100).set("tvCaseLevels", ["national"]).build();
    const r = evaluate(rubric, input);
    expect(r.indicators.find((i) => i.id === "bonus.tvCase")!.points).toBe(4);
    expect(r.bonus).toBe(4);
    expect(r.total).toBe(89 + 4);
    expect(r.totalBeforeVeto).toBe(93);
    // a higher cap lets all 6 through
    rubric.maxBonus = "10";
    expect(evaluate(rubric, input).bonus).toBe(6);
    // the original is untouched
    expect(indicatorOf(GD_2019, "bonus.tvCase").weight).toBe("2");
  });

  test("bonus below the cap is added as is", () => {
    const r = evaluate(GD_2019, lechang().set("tvCaseLevels", ["province"]).build());
    expect(r.bonus).toBe(1);
    expect(r.total).toBe(90);
  });

  test("a veto zeroes the total including bonus", () => {
    const r = evaluate(GD_2019, lechang().set("tvCaseLevels", ["national"]).bool("vetoFraud", true).build());
    expect(r.bonus).toBe(2);
    expect(r.totalBeforeVeto).toBe(91);
    expect(r.total).toBe(0);
  });
});

describe("points are exact decimals (rubric variants as data)", () => {
  /** work.coverage with 0.5-point tiers: 2.5 / 1.5 instead of 5 / 2. */
  function halfPointRubric(): Rubric {
    const rubric = copyRubric();
    const cov = indicatorOf(rubric, "work.coverage");
    cov.weight = "5";
    for (const it of cov.items) {
      it.max = "2.5";
      if (it.rule.kind !== "tiers") throw new Error("coverage is not tiers");
      it.rule.tiers = it.rule.tiers.map((t, i) => ({ min: t.min, points: i === 0 ? "2.5" : "1.5" }));
      if (it.rule.whenNone) it.rule.whenNone.points = "2.5";
    }
    return rubric;
  }

  test("0.5-point tiers", () => {
    const rubric = halfPointRubric();
    const at = (covered: number, n: number) => evaluateItem(rubric, "work.coverage.admin", facts().num("coveredVillages", covered).num("adminVillages", n).build());
    expect(at(140, 200).points.eq(Q.from("2.5"))).toBe(true);
    expect(at(139, 200).points.eq(Q.from("1.5"))).toBe(true);
    expect(at(99, 200).points.isZero()).toBe(true);
    expect(at(140, 200).basis).toContain("2.5分");
    const r = evaluate(rubric, lechang().build());
    const cov = r.indicators.find((i) => i.id === "work.coverage")!;
    expect(cov.points).toBe(5);
    expect(cov.basis).toBe("行政村站点覆盖率 70.3% → 2.5分；省定贫困村站点覆盖率 100% → 2.5分；合计 5分");
    expect(r.total).toBe(89 - 10 + 5);
  });

  test("0.1-point checklist items sum without float drift (0.1 × 7 = 0.7, not 0.7000000000000001)", () => {
    const rubric = copyRubric();
    const center = indicatorOf(rubric, "work.center");
    center.weight = "1";
    for (const it of center.items) it.max = "0.1";
    const r = evaluate(rubric, lechang().build());
    const c = r.indicators.find((i) => i.id === "work.center")!;
    // Lechang: 7 of the 10 items
    expect(c.points).toBe(0.7);
    expect(c.items.every((i) => i.points === 0 || i.points === 0.1)).toBe(true);
    expect(c.basis).toMatch(/^10 项得 0\.7分；/);
    expect(r.total).toBe(78.7);
    expect(r.totalBeforeVeto).toBe(78.7);
  });

  test("a variant with 0.5 / 0.25 / 0.1-point media levels sums exactly", () => {
    const rubric = copyRubric();
    const media = indicatorOf(rubric, "promo.media");
    const rule = media.items[0].rule;
    if (rule.kind !== "levels") throw new Error("media is not levels");
    rule.levels[0].points = "0.5";
    rule.levels[1].points = "0.25";
    rule.levels[2].points = "0.1";
    const r = evaluateItem(rubric, "promo.media.levels", facts().set("mediaLevels", ["province", "city", "county"]).build());
    expect(r.points.eq(Q.from("0.85"))).toBe(true);
    expect(r.basis).toContain("0.85分");
    const total = evaluate(rubric, lechang().set("mediaLevels", ["province", "city", "county"]).build()).total;
    expect(total).toBe(84.85);
  });

  test("a 0.5-point deduction floor variant", () => {
    const rubric = copyRubric();
    const sp = indicatorOf(rubric, "fund.spending");
    sp.floor = "-2.5";
    const rule = sp.items[0].rule;
    if (rule.kind !== "gatedJudged") throw new Error("spending is not gatedJudged");
    rule.below = "-2.5";
    const r = evaluate(rubric, lechang().num("fundSpent", "3000000").build());
    expect(r.indicators.find((i) => i.id === "fund.spending")!.points).toBe(-2.5);
    expect(r.total).toBe(89 - 5 - 2.5);
  });
});

describe("evaluateItem / findItem", () => {
  test("an unknown item id throws", () => {
    expect(() => evaluateItem(GD_2019, "work.nothing", facts().build())).toThrow(RangeError);
  });
  test("every item of GD_2019 is reachable by its id and its rubric max is within its indicator weight", () => {
    for (const ind of GD_2019.indicators) {
      for (const it of ind.items) {
        expect(findItem(GD_2019, it.id).indicator.id).toBe(ind.id);
        expect(Q.from(it.max).cmp(Q.from(ind.weight))).toBeLessThanOrEqual(0);
      }
      const sum = ind.items.reduce((a, it) => a.add(Q.from(it.max)), Q.ZERO);
      expect(sum.eq(Q.from(ind.weight))).toBe(true);
    }
  });
});
