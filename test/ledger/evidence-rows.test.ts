/** Rows gathered as evidence a record at a time (EvidenceRows): by sheet, ascending, each once. */
import { EvidenceRows } from "../../src/ledger/evidence-rows";

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
