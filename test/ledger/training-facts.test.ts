/**
 * Training facts from the training ledger and the poor roster (deriveTrainingFacts): person-times
 * summed exactly whatever mix of trainee rows (1 each) and session rows (their 人次) a ledger holds,
 * rows after the cut-off left out and said, and each poor person found among the trainees once.
 */
import { Diagnostics } from "../../src/core/diagnostics";
import { deriveTrainingFacts, personTimesOf } from "../../src/ledger/derive";
import { emptyLedgers, type IdNumber, type PoorPersonRecord, type TrainingRecord } from "../../src/ledger/records";
import type { Facts } from "../../src/scoring/facts";
import { Q } from "../../src/scoring/rational";

const id = (text: string): IdNumber => ({ text, masked: false, valid: true });
const trainee = (sheet: string, row: number, date: TrainingRecord["date"], who?: string, personTimes = Q.ONE): TrainingRecord => ({
  source: { sheet, row },
  id: who ? id(who) : null,
  date,
  poor: null,
  personTimes,
});
const person = (row: number, who: string): PoorPersonRecord => ({ source: { sheet: "贫困人口", row }, id: id(who), labour: true, migrant: false });

describe("personTimesOf", () => {
  test("trainee rows and session rows together, exactly", () => {
    const day = { y: 2021, m: 3, d: 1 };
    const records = [trainee("a", 2, day), trainee("a", 3, day, undefined, Q.of(45)), trainee("a", 4, day), trainee("a", 5, day, undefined, Q.parse("2.5") as Q)];
    expect(personTimesOf(records).eq(Q.parse("49.5") as Q)).toBe(true);
    expect(personTimesOf(records.slice(0, 1)).toDecimal(0)).toBe("1");
    expect(personTimesOf([]).eq(Q.ZERO)).toBe(true);
  });

  test("a session row of one person-time (its own Q, not Q.ONE) counts the same as a trainee row", () => {
    const day = { y: 2021, m: 3, d: 1 };
    expect(personTimesOf([trainee("a", 2, day, undefined, Q.of(1)), trainee("a", 3, day)]).toDecimal(0)).toBe("2");
  });
});

describe("deriveTrainingFacts", () => {
  const asOf = { y: 2021, m: 8, d: 31 };

  function derive(training: TrainingRecord[], poor: PoorPersonRecord[] = []) {
    const l = emptyLedgers();
    l.training = training;
    l.poorPersons = poor;
    l.sheetsByKind.training = [...new Set(training.map((t) => t.source.sheet))];
    l.sheetsByKind.poorPersons = poor.length > 0 ? ["贫困人口"] : [];
    const facts: Facts = {};
    deriveTrainingFacts(l, facts, asOf, new Diagnostics());
    return facts;
  }

  test("rows after the cut-off are not counted, undated ones are, and both are said", () => {
    const facts = derive([
      trainee("a", 3, { y: 2021, m: 1, d: 5 }),
      trainee("a", 4, { y: 2021, m: 9, d: 1 }),
      trainee("a", 5, null),
      trainee("b", 2, { y: 2020, m: 6, d: 1 }),
    ]);
    const f = facts.trainingPersonTimes;
    expect(f?.kind === "number" && f.value.toDecimal(0)).toBe("3");
    expect(f?.note).toBe("截止日后 1 条不计；其中 1 条未填日期，按截止日前计");
    expect(f?.evidence).toEqual([
      { sheet: "a", rows: [3, 5] },
      { sheet: "b", rows: [2] },
    ]);
  });

  test("every row in time: all counted, rows out of order sorted once, no note", () => {
    const day = { y: 2021, m: 1, d: 5 };
    const f = derive([trainee("a", 9, day), trainee("a", 4, day), trainee("b", 2, day), trainee("a", 4, day)]).trainingPersonTimes;
    expect(f?.kind === "number" && f.value.toDecimal(0)).toBe("4");
    expect(f?.note).toBeUndefined();
    expect(f?.evidence).toEqual([
      { sheet: "a", rows: [4, 9] },
      { sheet: "b", rows: [2] },
    ]);
  });

  test("a poor person trained several times counts once, linked to the roster row and the first training row in time", () => {
    const early = { y: 2021, m: 1, d: 5 };
    const late = { y: 2021, m: 12, d: 1 };
    const facts = derive(
      [trainee("a", 3, late, "A"), trainee("a", 4, early, "B"), trainee("a", 5, early, "A"), trainee("a", 6, early, "A"), trainee("a", 7, early, "Z")],
      [person(2, "A"), person(3, "B"), person(4, "C")],
    );
    const trained = facts.trainedPoorPersons;
    expect(trained?.kind === "number" && trained.value.toDecimal(0)).toBe("2");
    expect(trained?.evidence).toEqual([
      { sheet: "贫困人口", rows: [2, 3] },
      { sheet: "a", rows: [4, 5] },
    ]);
    const eligible = facts.eligiblePoorPersons;
    expect(eligible?.kind === "number" && eligible.value.toDecimal(0)).toBe("3");
  });
});
