/** A 更正稿: values read as they stand now, footnote marks and 作废 aside. */
import { correctedValue } from "../../src/ledger/facts/corrections";

test.each([
  ["原填152,380，更正为153,760", "153,760"],
  ["原填4,405人，更正为4,512人", "4,512人"],
  ["原填否，更正为是", "是"],
  ["原填2020.6.8，更正为2020.6.18", "2020.6.18"],
  ["407（更正）", "407"],
  ["105.04※", "105.04"],
  ["10,682②", "10,682"],
  ["是③", "是"],
])("%s → %s", (v, now) => expect(correctedValue(v)).toBe(now));

test("a struck-out value is none; a plain value or a number is as it was", () => {
  expect(correctedValue("（作废）")).toBeNull();
  expect(correctedValue("已印发")).toBe("已印发");
  expect(correctedValue(42)).toBe(42);
});
