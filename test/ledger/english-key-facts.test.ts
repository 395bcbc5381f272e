/**
 * A key-facts table written in English only, for a visiting delegation (澄海): # | Item | Figure | Unit |
 * Notes, figures in millions and billions, days written day first as its conventions line says, the
 * self-assessment as score / maximum. A reviewer reads it as the Chinese table it translates.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "Key Facts",
  rows: [
    ["RURAL E-COMMERCE DEMONSTRATION — KEY FACTS", null, null, null, null],
    ["Conventions: dates are day/month/year (DD/MM/YYYY); m = million, bn = billion; amounts in RMB; ✔ = yes, ✘ = no.", null, null, null, null],
    ["#", "Item", "Figure", "Unit", "Notes"],
    ["A1", "Cut-off date of the provincial evaluation", "31/08/2021", null, null],
    ["A2", "Resident population (7th National Census, 2020)", 0.7563, "m persons", "Registered (hukou) population 0.86 m — not used"],
    ["A3", "Administrative villages", 132, "villages", "plus 49 urban communities, which are not counted"],
    ["B1", "Leading group headed by", "Deputy District Mayor (in charge of commerce)", null, null],
    ["C1", "District e-commerce public service centre in operation since", "09/11/2020", null, "opening ceremony held on 20/11/2020"],
    ["C6", "Other value-added services for e-commerce", "✘", null, "planned for 2022"],
    ["D1", "Rural online retail sales, 2019", 6.12, "RMB bn", null],
    ["D2", "Rural online retail sales, 2020", 7.58, "RMB bn", null],
    ["E1", "E-commerce training, Sep 2019 – 31/08/2021", "4,216", "person-times", "of which 1,380 online"],
    ["G1", "Provincial special funds allocated", "RMB 5.00 m", null, null],
    ["G2", "Funds disbursed as at 31/08/2021", "RMB 3.93 m", null, "disbursement rate 78.6%"],
    ["H1", "Plan formulation", "2 / 2", "points", null],
    ["H2", "Supporting policies", "1 / 2", "points", null],
  ],
};

test("the English lines read as the rubric's, figures in millions exact, days day first", () => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.recognitions[0].kind).toBe("facts");
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  const f = input.facts;
  const n = (k: string) => (f[k]?.value as { toNumber(): number } | undefined)?.toNumber();
  const d = (k: string) => (f[k]?.kind === "date" ? formatDate(f[k].value) : undefined);
  expect([d("asOf"), d("centerOpened")]).toEqual(["2021-08-31", "2020-11-09"]);
  expect([n("residentPopulation"), n("adminVillagesStated"), n("ruralRetail2019"), n("ruralRetail2020")]).toEqual([756300, 132, 6_120_000_000, 7_580_000_000]);
  expect([n("trainingPersonTimesStated"), n("fundAllocated"), n("fundSpentStated")]).toEqual([4216, 5_000_000, 3_930_000]);
  expect(f.centerOther?.value).toBe(false);
  expect(f.leadershipLevel?.value).toBe("deputy");
  const judged = Object.fromEntries(Object.entries(input.judgements).map(([k, j]) => [k, j.points.toNumber()]));
  expect(judged).toEqual({ "org.plan": 2, "org.policy": 1 });
});
