/** Rate tiers at and around every boundary: training person-times, village coverage, poor-population training, bonus. */
import { evaluate, evaluateItem } from "../../src/scoring/evaluate";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { facts, lechang } from "./helpers";

const item = (id: string, b: ReturnType<typeof facts>) => evaluateItem(GD_2019, id, b.build());

describe("work.training.personTimes: person-times ÷ min(常住人口, 500000)", () => {
  const at = (times: number | string, population: number | string = 420000) =>
    item("work.training.personTimes", facts().num("trainingPersonTimes", times).num("residentPopulation", population));

  test.each([
    [4200, 10, "1%"], // exactly 1%
    [4199, 8, "0.9998%"],
    [3360, 8, "0.8%"], // exactly 0.8%
    [3359, 6, "0.7998%"],
    [2520, 6, "0.6%"], // exactly 0.6%
    [2519, 0, "0.5998%"],
    [0, 0, "0%"],
    [4385, 10, "1.04%"],
  ])("%i / 420000 → %i分 (%s)", (times, points, shown) => {
    const r = at(times);
    expect(r.status).toBe("computed");
    expect(r.points.toNumber()).toBe(points);
    expect(r.value).toBe(shown);
    expect(r.basis).toContain(`培训 ${times} 人次 / 常住人口 420000`);
    expect(r.basis).toContain(`→ ${points}分`);
  });

  test("basis of the exact boundary says ≥ 1%, of one below says ≥ 0.8%", () => {
    expect(at(4200).basis).toBe("培训 4200 人次 / 常住人口 420000 = 1% ≥ 1% → 10分");
    expect(at(4199).basis).toBe("培训 4199 人次 / 常住人口 420000 = 0.9998% ≥ 0.8% → 8分");
    expect(at(2519).basis).toBe("培训 2519 人次 / 常住人口 420000 = 0.5998% < 0.6% → 0分");
  });

  test("a population above 500000 is capped: 612300 → base 500000, and the basis says so", () => {
    const r10 = at(5000, 612300);
    expect(r10.points.toNumber()).toBe(10);
    expect(r10.basis).toContain("500000");
    expect(r10.basis).toContain("612300");
    expect(r10.basis).toMatch(/超过 500000 按 500000 计/);
    expect(at(4999, 612300).points.toNumber()).toBe(8);
    expect(at(4000, 612300).points.toNumber()).toBe(8); // 0.8% of 500000
    expect(at(3999, 612300).points.toNumber()).toBe(6);
    // Without the cap 5000 / 612300 would be 0.82% → 8.
  });

  test("exactly 500000 is not capped (no cap note)", () => {
    const r = at(5000, 500000);
    expect(r.points.toNumber()).toBe(10);
    expect(r.basis).not.toMatch(/按 500000 计/);
  });

  test("the rate is capped at 100%", () => {
    const r = at(600000, 420000);
    expect(r.points.toNumber()).toBe(10);
    expect(r.value).toBe("100%");
    expect(r.basis).toContain("超过100%按100%计");
  });

  test("missing person-times or population → missing, 0, never a guess", () => {
    const r = item("work.training.personTimes", facts().num("residentPopulation", 420000));
    expect(r.status).toBe("missing");
    expect(r.points.isZero()).toBe(true);
    expect(r.basis).toMatch(/^缺少数据：/);
    const r2 = item("work.training.personTimes", facts().num("trainingPersonTimes", 4200));
    expect(r2.status).toBe("missing");
    expect(r2.basis).toContain("常住人口");
  });

  test("a population of 0 → missing, not a division by zero", () => {
    const r = at(10, 0);
    expect(r.status).toBe("missing");
    expect(r.points.isZero()).toBe(true);
  });
});

describe("work.coverage.admin: covered ÷ min(行政村数, 200)", () => {
  const at = (covered: number, villages: number) => item("work.coverage.admin", facts().num("coveredVillages", covered).num("adminVillages", villages));

  test.each([
    [140, 200, 5], // exactly 70%
    [139, 200, 2],
    [100, 200, 2], // exactly 50%
    [99, 200, 0],
    [200, 200, 5],
    [0, 200, 0],
    [137, 195, 5], // Lechang 70.3%
    [136, 195, 2], // 69.74%
    [7, 10, 5],
    [5, 10, 2],
    [4, 10, 0],
  ])("%i/%i → %i分", (covered, villages, points) => {
    expect(at(covered, villages).points.toNumber()).toBe(points);
  });

  test("Lechang's basis line", () => {
    expect(at(137, 195).basis).toBe("137/195 个行政村有站点 = 70.3% ≥ 70% → 5分");
  });

  test("236 villages → base 200: 140 covered → 5, 139 → 2; the basis names the cap", () => {
    const r = at(140, 236);
    expect(r.points.toNumber()).toBe(5);
    expect(r.basis).toContain("200");
    expect(r.basis).toContain("236");
    expect(at(139, 236).points.toNumber()).toBe(2);
    expect(at(100, 236).points.toNumber()).toBe(2);
    expect(at(99, 236).points.toNumber()).toBe(0);
  });

  test("a value just under 70% is never shown as 70%", () => {
    const r = at(139, 200);
    expect(r.value).toBe("69.5%");
    expect(r.basis).toBe("139/200 个行政村有站点 = 69.5% ≥ 50% → 2分");
  });
});

describe("work.coverage.poor: covered poor villages ÷ poor villages", () => {
  const at = (covered: number, poor: number) => item("work.coverage.poor", facts().num("coveredPoorVillages", covered).num("poorVillages", poor));

  test.each([
    [39, 39, 5], // 100%
    [38, 39, 3], // 97.4%
    [32, 40, 3], // exactly 80%
    [31, 40, 0], // 77.5%
    [4, 5, 3],
    [3, 5, 0],
    [0, 5, 0],
  ])("%i/%i → %i分", (covered, poor, points) => {
    expect(at(covered, poor).points.toNumber()).toBe(points);
  });

  test("no 省定贫困村 → 5 with the basis 无省定贫困村 and a warning", () => {
    const r = at(0, 0);
    expect(r.points.toNumber()).toBe(5);
    expect(r.status).toBe("computed");
    expect(r.basis).toContain("无省定贫困村");
    expect(r.warnings && r.warnings.length).toBeGreaterThan(0);
  });

  test("no 省定贫困村: the warning reaches report.diagnostics", () => {
    const report = evaluate(GD_2019, lechang().num("poorVillages", 0).num("coveredPoorVillages", 0).build());
    const cov = report.indicators.find((i) => i.id === "work.coverage")!;
    expect(cov.points).toBe(10);
    expect(cov.items[1].basis).toContain("无省定贫困村");
    const w = report.diagnostics.filter((x) => x.severity === "warning" && /贫困村/.test(x.message));
    expect(w.length).toBeGreaterThan(0);
  });

  test("no cap on poor villages: 250 of 250 → 5, 249 of 250 → 3", () => {
    expect(at(250, 250).points.toNumber()).toBe(5);
    expect(at(249, 250).points.toNumber()).toBe(3);
  });
});

describe("work.training.poor (persons) and bonus.poorTraining", () => {
  const at = (id: string, trained: number, eligible: number) => item(id, facts().num("trainedPoorPersons", trained).num("eligiblePoorPersons", eligible));

  test.each([
    [500, 1000, 10], // 50%
    [499, 1000, 8],
    [400, 1000, 8], // 40%
    [399, 1000, 6],
    [300, 1000, 6], // 30%
    [299, 1000, 0],
    [1000, 1000, 10],
    [1800, 3000, 10],
    [0, 1000, 0],
  ])("training rate %i/%i → %i分", (trained, eligible, points) => {
    expect(at("work.training.poor", trained, eligible).points.toNumber()).toBe(points);
  });

  test("the basis names persons and the eligibility rule", () => {
    const r = at("work.training.poor", 1800, 3000);
    expect(r.basis).toContain("1800");
    expect(r.basis).toContain("3000");
    expect(r.basis).toContain("60%");
  });

  test.each([
    [700, 1000, 2], // exactly 70%
    [69999, 100000, 0], // 69.999%
    [6999999, 10000000, 0], // 69.99999%
    [699, 1000, 0],
    [1000, 1000, 2],
    [1800, 3000, 0], // Lechang's 60%: 10 points, no bonus
  ])("bonus: %i/%i → %i分", (trained, eligible, points) => {
    const r = at("bonus.poorTraining", trained, eligible);
    expect(r.points.toNumber()).toBe(points);
    if (points === 0) expect(r.basis).toContain("< 70%");
  });

  test("bonus 69.999% is shown below 70%", () => {
    const r = at("bonus.poorTraining", 69999, 100000);
    expect(r.value).toBe("69.999%");
  });
});
