/** Rows gathered as evidence a record at a time (EvidenceRows): by sheet, ascending, each once. */
import { ascendingDistinct } from "../../src/core/grid";
import { EvidenceRows, RowRuns } from "../../src/ledger/evidence-rows";

test("rows of several sheets, out of order and repeated, are each sheet's rows in order", () => {
  const rows = new EvidenceRows();
  for (const [sheet, row] of [
    ["培训", 5],
    ["培训", 3],
    ["培训2", 9],
    ["培训", 5],
    ["培训", 7],
  ] as const)
    rows.add({ sheet, row });
  expect(rows.evidence(["培训", "培训2", "其他"])).toEqual([
    { sheet: "培训", rows: [3, 5, 7] },
    { sheet: "培训2", rows: [9] },
  ]);
});

test("with no rows, the sheets that were searched", () => {
  expect(new EvidenceRows().evidence(["培训"])).toEqual([{ sheet: "培训" }]);
  expect(new EvidenceRows().evidence()).toEqual([]);
});

describe("RowRuns", () => {
  const runsOf = (rows: number[]) => {
    const runs = new RowRuns();
    for (const r of rows) runs.add(r);
    return runs;
  };

  test("gives back the rows in the order they came, runs of consecutive rows or not", () => {
    const rows = [3, 4, 5, 9, 10, 2, 2, 3, 40];
    expect(runsOf(rows).all()).toEqual(rows);
    expect(runsOf([]).all()).toEqual([]);
  });

  test("ascending and each once, as ascendingDistinct makes any list", () => {
    for (const rows of [[3, 4, 5, 6], [3, 4, 8, 9, 12], [5], [], [7, 6, 5], [3, 4, 5, 4, 5, 6], [10, 11, 2, 3, 11, 12], [4, 4, 4]]) {
      expect(runsOf(rows).ascendingDistinct()).toEqual(ascendingDistinct([...rows]));
    }
  });

  test("a long run is its rows", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => i + 3);
    expect(runsOf(rows).ascendingDistinct()).toEqual(rows);
  });
});
