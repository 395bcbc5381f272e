import fc from "fast-check";
import { KeySet } from "../../src/functions/key-set";

test("KeySet holds each key once, in the order first added, like a Set", () => {
  fc.assert(
    fc.property(fc.array(fc.string({ unit: "binary", maxLength: 6 }), { maxLength: 300 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 50 }), (keys, probes) => {
      const mine = new KeySet(keys.length);
      const theirs = new Set<string>();
      for (const k of keys) {
        mine.add(k);
        theirs.add(k);
      }
      expect(mine.size).toBe(theirs.size);
      expect([...mine]).toEqual([...theirs]);
      for (const p of [...probes, ...keys]) expect(mine.has(p)).toBe(theirs.has(p));
    }),
  );
});

test("a table filled to its capacity with colliding keys still finds every one", () => {
  const keys = Array.from({ length: 5000 }, (_, i) => `村${i}`);
  const set = new KeySet(keys.length);
  for (const k of keys) set.add(k);
  for (const k of keys) set.add(k);
  expect(set.size).toBe(5000);
  expect(keys.every((k) => set.has(k))).toBe(true);
  expect(set.has("村5000")).toBe(false);
  expect(set.has("")).toBe(false);
});
