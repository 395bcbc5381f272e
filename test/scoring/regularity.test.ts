/** Regularity over the 12 calendar months ending with the cut-off month (2020-09 … 2021-08). */
import { evaluate, evaluateItem } from "../../src/scoring/evaluate";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { facts, lechang, monthly } from "./helpers";

const ITEMS = [
  { id: "info.disclosure.updates", fact: "disclosureDates", full: 2, partial: 1 },
  { id: "info.reporting.monthly", fact: "reportDates", full: 3, partial: 1 },
];

describe.each(ITEMS)("$id", ({ id, fact, full, partial }) => {
  const at = (dates: string[], asOf = "2021-08-31") => evaluateItem(GD_2019, id, facts().asOf(asOf).dates(fact, dates).build());

  test("all 12 months of 2020-09 … 2021-08 → full", () => {
    const r = at(monthly("2020-09", "2021-08"));
    expect(r.points.toNumber()).toBe(full);
    expect(r.value).toBe("12/12 个月");
    expect(r.basis).toContain("2020-09 至 2021-08");
  });

  test("on the window's first and last days", () => {
    const dates = monthly("2020-10", "2021-07");
    expect(at(["2020-09-01", ...dates, "2021-08-31"]).points.toNumber()).toBe(full);
  });

  test("11 of the 12 months → partial", () => {
    const eleven = monthly("2020-09", "2021-08").filter((x) => !x.startsWith("2021-02"));
    const r = at(eleven);
    expect(r.points.toNumber()).toBe(partial);
    expect(r.value).toBe("11/12 个月");
  });

  test("the first window month missing (2020-08 does not replace it) → partial", () => {
    expect(at(["2020-08-15", ...monthly("2020-10", "2021-08")]).points.toNumber()).toBe(partial);
  });

  test("one entry in the window → partial", () => {
    expect(at(["2021-03-10"]).points.toNumber()).toBe(partial);
  });

  test("many entries in the same month count once", () => {
    const r = at(["2021-03-01", "2021-03-10", "2021-03-31"]);
    expect(r.value).toBe("1/12 个月");
  });

  test("only older entries → 0", () => {
    const r = at(monthly("2019-09", "2020-08"));
    expect(r.points.toNumber()).toBe(0);
    expect(r.status).toBe("computed");
    expect(r.value).toBe("0/12 个月");
  });

  test("no entries at all → 0 (computed, the log exists but is empty)", () => {
    expect(at([]).points.toNumber()).toBe(0);
    expect(at([]).status).toBe("computed");
  });

  test("no log fact → missing", () => {
    expect(evaluateItem(GD_2019, id, facts().build()).status).toBe("missing");
  });

  test("entries after the cut-off don't count", () => {
    expect(at(monthly("2021-09", "2022-08")).points.toNumber()).toBe(0);
    // the 12 months shifted by one: 2020-10 … 2021-09 → 11 in the window → partial
    expect(at(monthly("2020-10", "2021-09")).points.toNumber()).toBe(partial);
  });

  test("a mid-month cut-off: an entry later in the cut-off month doesn't count", () => {
    const dates = [...monthly("2020-09", "2021-07"), "2021-08-20"];
    expect(at(dates, "2021-08-15").points.toNumber()).toBe(partial);
    expect(at([...monthly("2020-09", "2021-07"), "2021-08-15"], "2021-08-15").points.toNumber()).toBe(full);
  });

  test("month-only dates count", () => {
    const months = monthly("2020-09", "2021-08").map((x) => x.slice(0, 7));
    expect(months[11]).toBe("2021-08");
    expect(at(months).points.toNumber()).toBe(full);
    // a month-only entry in the cut-off month counts even with a mid-month cut-off
    expect(at(months, "2021-08-15").points.toNumber()).toBe(full);
    expect(at(["2021-08"]).points.toNumber()).toBe(partial);
    expect(at(["2021-09"]).points.toNumber()).toBe(0);
  });

  test("a different asOf shifts the window", () => {
    const r = at(monthly("2020-07", "2021-06"), "2021-06-30");
    expect(r.points.toNumber()).toBe(full);
    expect(r.basis).toContain("2020-07 至 2021-06");
    // The default year's log seen from 2021-06-30: 2020-09 … 2021-06 only → 10 months → partial
    expect(at(monthly("2020-09", "2021-08"), "2021-06-30").value).toBe("10/12 个月");
    expect(at(monthly("2020-09", "2021-08"), "2021-06-30").points.toNumber()).toBe(partial);
    // Across a year end: cut-off 2021-01-31 → 2020-02 … 2021-01
    expect(at(monthly("2020-02", "2021-01"), "2021-01-31").points.toNumber()).toBe(full);
    expect(at(monthly("2020-03", "2021-01"), "2021-01-31").points.toNumber()).toBe(partial);
  });
});

describe("measures follow the same window", () => {
  test("reportMonths / disclosureMonths", () => {
    const r = evaluate(GD_2019, lechang().dates("reportDates", monthly("2020-11", "2021-08")).dates("disclosureDates", ["2019-01-01", "2021-09-01"]).build());
    expect(r.measures.reportMonths).toBe(10);
    expect(r.measures.disclosureMonths).toBe(0);
    expect(r.indicators.find((i) => i.id === "info.reporting")!.points).toBe(1 + 3);
    expect(r.indicators.find((i) => i.id === "info.disclosure")!.points).toBe(2 + 0);
  });
});
