import { perText } from "../../../src/ledger/normalize/per-text";

describe("perText", () => {
  test("each distinct text is worked out once; the same answer comes back for it", () => {
    const asked: string[] = [];
    const key = perText((t: string) => {
      asked.push(t);
      return t.toUpperCase();
    });
    expect([key("ab"), key("cd"), key("ab"), key("ab")]).toEqual(["AB", "CD", "AB", "AB"]);
    expect(asked).toEqual(["ab", "cd"]);
  });

  test("an answer of undefined is remembered too", () => {
    let calls = 0;
    const none = perText((): string | undefined => {
      calls++;
      return undefined;
    });
    expect(none("x")).toBeUndefined();
    expect(none("x")).toBeUndefined();
    expect(calls).toBe(1);
  });

  test("bounded: past `max` texts the memory starts again, answers unchanged", () => {
    const asked: string[] = [];
    const len = perText((t: string) => {
      asked.push(t);
      return t.length;
    }, 2);
    expect([len("a"), len("bb"), len("ccc"), len("a")]).toEqual([1, 2, 3, 1]);
    // "ccc" found the memory full and started a new one, so "a" was worked out again.
    expect(asked).toEqual(["a", "bb", "ccc", "a"]);
  });
});
