/** Checklists, choices, levels, growth and judged points. */
import { evaluate, evaluateItem } from "../../src/scoring/evaluate";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { facts, lechang } from "./helpers";

const item = (id: string, b: ReturnType<typeof facts>) => evaluateItem(GD_2019, id, b.build());
const pts = (id: string, b: ReturnType<typeof facts>) => item(id, b).points.toNumber();
const indicator = (id: string, b: ReturnType<typeof facts>) => evaluate(GD_2019, b.build()).indicators.find((i) => i.id === id)!;

describe("work.center: the opening date (built; running ≥ 6 months)", () => {
  const opened = (iso: string, asOf = "2021-08-31") => facts().asOf(asOf).date("centerOpened", iso);

  test.each([
    ["2020-12-18", 2, 2],
    ["2021-02-28", 2, 2], // exactly cut-off − 6 months
    ["2021-03-01", 2, 0],
    ["2021-08-31", 2, 0], // opened on the cut-off day
    ["2021-09-01", 0, 0], // after the cut-off
    ["2022-01-01", 0, 0],
  ])("opened %s → built %i, running %i", (iso, built, running) => {
    expect(pts("work.center.built", opened(iso))).toBe(built);
    expect(pts("work.center.running", opened(iso))).toBe(running);
  });

  test("the running basis names the limit date 2021-02-28", () => {
    const r = item("work.center.running", opened("2021-03-01"));
    expect(r.basis).toContain("2021-02-28");
    expect(r.basis).toContain("2021-03-01");
    expect(r.threshold).toBe("≤ 2021-02-28");
  });

  test("a different cut-off moves the limit (leap year: 2020-08-31 − 6 months = 2020-02-29)", () => {
    expect(pts("work.center.running", opened("2020-02-29", "2020-08-31"))).toBe(2);
    expect(pts("work.center.running", opened("2020-03-01", "2020-08-31"))).toBe(0);
    expect(pts("work.center.running", opened("2021-06-30", "2021-12-31"))).toBe(2);
    expect(pts("work.center.running", opened("2021-07-01", "2021-12-31"))).toBe(0);
    expect(pts("work.center.built", opened("2021-09-01", "2021-12-31"))).toBe(2);
  });

  test("no opening date → both items missing", () => {
    expect(item("work.center.built", facts()).status).toBe("missing");
    expect(item("work.center.running", facts()).status).toBe("missing");
  });
});

describe("work.center: park enterprises and types", () => {
  test.each([
    [20, 2],
    [19, 0],
    [21, 2],
    [0, 0],
  ])("%i enterprises → %i分", (n, p) => {
    expect(pts("work.center.parkEnterprises", facts().num("parkEnterprises", n))).toBe(p);
  });
  test.each([
    [3, 1],
    [2, 0],
    [4, 1],
  ])("%i types → %i分", (n, p) => {
    expect(pts("work.center.parkTypes", facts().num("parkEnterpriseTypes", n))).toBe(p);
  });
  test("the basis shows the count and the threshold", () => {
    expect(item("work.center.parkEnterprises", facts().num("parkEnterprises", 19)).basis).toBe("截止日在园企业 19 家 < 20 家 → 0分");
    expect(item("work.center.parkEnterprises", facts().num("parkEnterprises", 20)).basis).toBe("截止日在园企业 20 家 ≥ 20 家 → 2分");
  });
});

describe("work.center: the whole checklist (15)", () => {
  const all = () =>
    facts()
      .date("centerOpened", "2021-02-28")
      .bool("centerFreeTraining", true)
      .bool("centerDisplay", true)
      .bool("centerPhoto", true)
      .bool("centerBrand", true)
      .bool("centerOther", true)
      .bool("parkBuilt", true)
      .num("parkEnterprises", 20)
      .num("parkEnterpriseTypes", 3);

  test("everything → 15, computed", () => {
    const r = indicator("work.center", all());
    expect(r.points).toBe(15);
    expect(r.status).toBe("computed");
    expect(r.items.map((i) => i.points)).toEqual([2, 2, 2, 1, 1, 1, 1, 2, 2, 1]);
  });
  test("opened 2021-03-01, 19 enterprises, 2 types → 15 − 2 − 2 − 1 = 10", () => {
    const r = indicator("work.center", all().date("centerOpened", "2021-03-01").num("parkEnterprises", 19).num("parkEnterpriseTypes", 2));
    expect(r.points).toBe(10);
  });
  test("opened after the cut-off → 15 − 4 = 11", () => {
    expect(indicator("work.center", all().date("centerOpened", "2021-09-01")).points).toBe(11);
  });
  test("each flag false → its points lost", () => {
    expect(indicator("work.center", all().bool("centerFreeTraining", false)).points).toBe(13);
    expect(indicator("work.center", all().bool("centerDisplay", false)).points).toBe(14);
    expect(indicator("work.center", all().bool("parkBuilt", false)).points).toBe(13);
  });
  test("one flag absent → the indicator is missing (its other points still count)", () => {
    const r = indicator("work.center", all().without("centerPhoto"));
    expect(r.status).toBe("missing");
    expect(r.points).toBe(14);
    expect(r.basis).toContain("缺少数据");
  });
});

describe("org.leadership: choice", () => {
  test.each([
    ["principal-all", 2],
    ["principal", 0],
    ["deputy", 1],
    ["other", 0],
  ])("%s → %i", (v, p) => {
    const r = item("org.leadership.level", facts().text("leadershipLevel", v));
    expect(r.points.toNumber()).toBe(p);
    expect(r.status).toBe("computed");
  });
  test("an unknown value or no value → missing, 0", () => {
    expect(item("org.leadership.level", facts().text("leadershipLevel", "书记?")).status).toBe("missing");
    expect(item("org.leadership.level", facts()).status).toBe("missing");
    expect(item("org.leadership.level", facts()).points.toNumber()).toBe(0);
  });
});

describe("work.upward.growth: either 2020 growth rate ≥ 30%", () => {
  const g = (rural?: string, agri?: string) => {
    const b = facts();
    if (rural !== undefined) b.num("ruralRetailGrowth", rural);
    if (agri !== undefined) b.num("agriRetailGrowth", agri);
    return item("work.upward.growth", b);
  };
  test.each([
    ["30%", "10%", 2],
    ["10%", "30%", 2],
    ["29.99%", "29.99%", 0],
    ["30%", "30%", 2],
    ["-5%", "45%", 2],
    ["29.9999%", "0%", 0],
  ])("rural %s, agri %s → %i", (a, b, p) => {
    expect(g(a, b).points.toNumber()).toBe(p);
  });
  test("only one present still decides", () => {
    expect(g("30%").points.toNumber()).toBe(2);
    expect(g(undefined, "31%").points.toNumber()).toBe(2);
    expect(g(undefined, "29.99%").points.toNumber()).toBe(0);
    expect(g(undefined, "29.99%").status).toBe("computed");
  });
  test("neither → missing", () => {
    expect(g().status).toBe("missing");
  });
  test("29.99% both: basis says 均未达到 and shows 29.99%", () => {
    const r = g("29.99%", "29.99%");
    expect(r.basis).toContain("均未达到");
    expect(r.basis).toContain("29.99%");
    expect(r.basis).not.toMatch(/增速 30%/);
  });
});

describe("promo.media: levels are cumulative (province 4, city 3, county 1)", () => {
  test.each([
    [["province", "county"], 5],
    [["province", "city", "county"], 8],
    [["province"], 4],
    [["city"], 3],
    [["city", "county"], 4],
    [[], 0],
    [["unknown"], 0],
  ])("%j → %i", (levels, p) => {
    const r = item("promo.media.levels", facts().set("mediaLevels", levels));
    expect(r.points.toNumber()).toBe(p);
    expect(r.status).toBe("computed");
  });
  test("no media fact → missing", () => {
    expect(item("promo.media.levels", facts()).status).toBe("missing");
  });
});

describe("bonus.tvCase: best level only", () => {
  test.each([
    [["national", "province"], 2],
    [["national"], 2],
    [["province"], 1],
    [[], 0],
  ])("%j → %i", (levels, p) => {
    expect(pts("bonus.tvCase", facts().set("tvCaseLevels", levels))).toBe(p);
  });
  test("national and province present → 2, not 3, at indicator level too", () => {
    const r = indicator("bonus.tvCase", facts().set("tvCaseLevels", ["province", "national"]));
    expect(r.points).toBe(2);
    expect(r.basis).toContain("不累加");
  });
});

describe("judged points", () => {
  test("in range → judged status and the points", () => {
    const r = item("org.plan", facts().bool("planIssued", true).judge("org.plan", 2, "见《乐昌市示范县工作方案》"));
    expect(r.status).toBe("judged");
    expect(r.points.toNumber()).toBe(2);
    expect(r.basis).toContain("见《乐昌市示范县工作方案》");
    expect(pts("org.plan", facts().judge("org.plan", 1))).toBe(1);
    expect(pts("org.plan", facts().judge("org.plan", "1.5"))).toBe(1.5);
    expect(pts("fund.system", facts().judge("fund.system", 5))).toBe(5);
    expect(pts("fund.system", facts().judge("fund.system", 1))).toBe(1);
  });

  test("no evidence note is said in the basis", () => {
    const r = item("org.plan", facts().judge("org.plan", 2, null));
    expect(r.status).toBe("judged");
    expect(r.basis).toContain("未写佐证说明");
  });

  test.each([
    ["org.plan", 3],
    ["org.plan", 0],
    ["org.plan", "2.5"],
    ["org.plan", "0.5"],
    ["org.management.system", 3],
    ["fund.system", 6],
    ["fund.ledger", 0],
    ["work.upward.standards", -1],
  ])("%s = %s is out of range → missing, 0, never clamped", (id, p) => {
    const r = item(id, facts().bool("planIssued", true).judge(id, p));
    expect(r.status).toBe("missing");
    expect(r.points.toNumber()).toBe(0);
    expect(r.basis).toContain("不在");
  });

  test("blank → missing, and report.diagnostics says so", () => {
    const r = item("org.plan", facts().bool("planIssued", true));
    expect(r.status).toBe("missing");
    expect(r.points.toNumber()).toBe(0);
    expect(r.basis).toContain("未填写");

    const report = evaluate(GD_2019, lechang().without("org.plan").build());
    const plan = report.indicators.find((i) => i.id === "org.plan")!;
    expect(plan.status).toBe("missing");
    expect(plan.points).toBe(0);
    expect(report.total).toBe(87);
    const diag = report.diagnostics.filter((x) => x.message.includes("org.plan"));
    expect(diag).toHaveLength(1);
    expect(diag[0].severity).toBe("warning");
    expect(diag[0].message).toContain("方案制定");
    expect(diag[0].message).toContain("0 分");
  });

  test("out-of-range judgement also shows up in report.diagnostics", () => {
    const report = evaluate(GD_2019, lechang().judge("fund.ledger", 7).build());
    expect(report.indicators.find((i) => i.id === "fund.ledger")!.points).toBe(0);
    expect(report.diagnostics.some((x) => x.message.includes("fund.ledger") && x.message.includes("7"))).toBe(true);
  });

  test("zeroWhen: plan not issued → 0 computed, even with a judgement", () => {
    const r = item("org.plan", facts().bool("planIssued", false).judge("org.plan", 2));
    expect(r.status).toBe("computed");
    expect(r.points.toNumber()).toBe(0);
    const r2 = item("org.policy", facts().bool("policyIssued", false));
    expect(r2.status).toBe("computed");
    expect(r2.points.toNumber()).toBe(0);
  });

  test("zeroWhen fact true or absent → the judgement decides", () => {
    expect(item("org.plan", facts().bool("planIssued", true).judge("org.plan", 1)).status).toBe("judged");
    expect(item("org.plan", facts().judge("org.plan", 1)).status).toBe("judged");
    expect(item("org.plan", facts().bool("planIssued", true)).status).toBe("missing");
  });
});

describe("info.disclosure.column: contents", () => {
  const c = (xs: string[]) => item("info.disclosure.column", facts().set("disclosureContents", xs));
  test("all four (either window) → 2", () => {
    expect(c(["创建方案", "项目基本信息", "建设进度", "征求意见"]).points.toNumber()).toBe(2);
    expect(c(["创建方案", "项目基本信息", "建设进度", "监督举报"]).points.toNumber()).toBe(2);
  });
  test("missing contents → 0, named", () => {
    const r = c(["创建方案", "建设进度"]);
    expect(r.points.toNumber()).toBe(0);
    expect(r.basis).toContain("项目基本信息");
    expect(r.basis).toContain("征求意见或监督举报");
    expect(r.basis).not.toContain("缺少：创建方案");
  });
});

describe("info.reporting.poverty / promo.cases", () => {
  test("poverty statistics flag", () => {
    expect(pts("info.reporting.poverty", facts().bool("povertyStatistics", true))).toBe(3);
    expect(pts("info.reporting.poverty", facts().bool("povertyStatistics", false))).toBe(0);
  });
  test("≥ 1 material → 2", () => {
    expect(pts("promo.cases.submitted", facts().num("materialsSubmitted", 1))).toBe(2);
    expect(pts("promo.cases.submitted", facts().num("materialsSubmitted", 0))).toBe(0);
  });
});
