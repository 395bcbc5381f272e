/**
 * What a ledger reader works out once about a sheet's layout (a group of ID boxes, a row of type
 * boxes, installment columns, a list's poor marks) and then asks on every row: made the first time,
 * kept for as long as the sheet's recognition lives.
 */
import type { Sheet } from "../core/grid";
import type { Recognition } from "./recognize";

export function oncePerRecognition<T>(make: (sheet: Sheet, rec: Recognition) => T): (sheet: Sheet, rec: Recognition) => T {
  const made = new WeakMap<Recognition, { value: T }>();
  // The rows of one sheet ask one after another: the last answer first, before the map. (It is
  // held until another recognition asks: one sheet's layout at most, not the sheet.)
  let last: { rec: Recognition; m: { value: T } } | undefined;
  return (sheet, rec) => {
    if (last?.rec === rec) return last.m.value;
    let m = made.get(rec);
    if (!m) {
      m = { value: make(sheet, rec) };
      made.set(rec, m);
    }
    last = { rec, m };
    return m.value;
  };
}
