/**
 * oncePerRecognition: what a reader works out about a sheet is made once per recognition, however
 * the rows of several sheets take turns asking.
 */
import type { Sheet } from "../../src/core/grid";
import { oncePerRecognition } from "../../src/ledger/per-recognition";
import type { Recognition } from "../../src/ledger/recognize";

const rec = (sheet: string, headerRow: number) =>
  ({ sheet, kind: "training", confidence: 1, headerRow, headerRows: 1, columns: {}, headers: {}, fieldUnits: {} }) as unknown as Recognition;
const sheet = (name: string): Sheet => ({ name, rows: [] });

test("made once per recognition, whichever asked last", () => {
  const made: string[] = [];
  const headerOf = oncePerRecognition((s, r) => {
    made.push(s.name);
    return `${s.name}@${r.headerRow}`;
  });
  const a = rec("甲", 1);
  const b = rec("乙", 2);
  const asked = [a, a, b, a, b, b, a].map((r) => headerOf(sheet(r.sheet), r));
  expect(asked).toEqual(["甲@1", "甲@1", "乙@2", "甲@1", "乙@2", "乙@2", "甲@1"]);
  expect(made).toEqual(["甲", "乙"]);
});

test("an answer that is undefined is remembered too", () => {
  let calls = 0;
  const none = oncePerRecognition(() => {
    calls++;
    return undefined;
  });
  const a = rec("甲", 0);
  const b = rec("乙", 0);
  for (const r of [a, a, b, a]) expect(none(sheet(r.sheet), r)).toBeUndefined();
  expect(calls).toBe(2);
});
