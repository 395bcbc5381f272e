/** The fingerprint's pure parts: the hashes against Node's, the row diff, the sheet round trip. */
import { createHash } from "crypto";
import fc from "fast-check";
import { fnv1a32, sha256 } from "../../src/review/hash";
import { diffRows } from "../../src/review/row-diff";
import { canonicalCell, computeFingerprint, fingerprintSheet, parseFingerprintSheet, sheetPrint } from "../../src/review/fingerprint";
import type { Sheet } from "../../src/core/grid";
import type { ScoreReport } from "../../src/scoring/report";

test("sha256 agrees with Node's crypto on any text (CJK, empty, block boundaries)", () => {
  for (const t of ["", "abc", "乐昌市站点台账", "x".repeat(55), "x".repeat(56), "y".repeat(64), "z".repeat(1000)])
    expect(sha256(t)).toBe(createHash("sha256").update(t, "utf8").digest("hex"));
  fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (t) => sha256(t) === createHash("sha256").update(t, "utf8").digest("hex")));
});

test("fnv1a32 is the published FNV-1a (test vectors)", () => {
  expect(fnv1a32("")).toBe("811c9dc5");
  expect(fnv1a32("a")).toBe("e40c292c");
  expect(fnv1a32("foobar")).toBe("bf9cf968");
});

test("a date hashes as its Excel serial number, so exceljs and Office.js readers agree", () => {
  expect(canonicalCell(new Date(Date.UTC(2021, 7, 31)))).toBe(canonicalCell(44439));
  expect(canonicalCell("  ")).toBe(canonicalCell(null));
});

test("a row's hash is FNV-1a of its cells' canonical texts joined by U+001F, trailing blanks and blank last rows left out", () => {
  // The format verify relies on, spelt out here the simple way: sheetPrint hashes cell by cell.
  const reference = (rows: Sheet["rows"]) => {
    const texts = rows.map((row) => {
      const cells = (row ?? []).map(canonicalCell);
      while (cells.length && cells[cells.length - 1] === "") cells.pop();
      return cells.join("\u001f");
    });
    while (texts.length && texts[texts.length - 1] === "") texts.pop();
    return texts.map(fnv1a32);
  };
  const cell = fc.oneof(
    fc.constant(null),
    fc.constantFrom("", " ", "  长来村 ", "#N/A"),
    fc.string({ unit: "binary", maxLength: 8 }),
    fc.integer({ min: -1e6, max: 1e12 }),
    fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
    fc.boolean(),
    fc.integer({ min: 0, max: 60000 }).map((d) => new Date(Date.UTC(1970, 0, 1) + d * 86400000)),
    fc.constant({ error: "#REF!" }),
  );
  fc.assert(
    fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), (rows) => {
      expect(sheetPrint({ name: "s", rows }).rowHashes).toEqual(reference(rows));
    }),
  );
});

describe("diffRows", () => {
  const rows = (...s: string[]) => s;
  test("no change, one row changed, one deleted, one added", () => {
    expect(diffRows(rows("a", "b", "c"), rows("a", "b", "c"))).toEqual([]);
    expect(diffRows(rows("a", "b", "c"), rows("a", "x", "c"))).toEqual([{ kind: "changed", row: 2, oldRow: 2 }]);
    expect(diffRows(rows("a", "b", "c", "d"), rows("a", "c", "d"))).toEqual([{ kind: "deleted", oldRow: 2 }]);
    expect(diffRows(rows("a", "b"), rows("a", "n", "b"))).toEqual([{ kind: "added", row: 2 }]);
  });
  test("a deletion and an edit further down are both named, in their own numbering", () => {
    expect(diffRows(rows("h", "a", "b", "c", "d", "e"), rows("h", "b", "c", "X", "e"))).toEqual([
      { kind: "deleted", oldRow: 2 },
      { kind: "changed", row: 4, oldRow: 5 },
    ]);
  });
  test("property: applying the reported deletions and additions accounts for every length change", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "b", "c", "d", "e"), { maxLength: 30 }),
        fc.array(fc.constantFrom("a", "b", "c", "d", "e"), { maxLength: 30 }),
        (a, b) => {
          const d = diffRows(a, b);
          const dels = d.filter((c) => c.kind === "deleted").length;
          const adds = d.filter((c) => c.kind === "added").length;
          return b.length - a.length === adds - dels && (d.length === 0) === (a.join() === b.join());
        },
      ),
    );
  });
});

test("the fingerprint sheet is plain values, hidden, and reads back to the same fingerprint", () => {
  const sheet: Sheet = { name: "=站点", rows: [["站点台账"], ["站点名称", "所在村"], ["甲站", "甲村"], ["乙站", new Date(Date.UTC(2021, 0, 1))]] };
  const report = {
    rubric: "gd-2019",
    asOf: "2021-08-31",
    county: "乐昌市",
    total: 89,
    bonus: 0,
    vetoed: false,
    indicators: [{ id: "org.plan", points: 2 }],
  } as unknown as ScoreReport;
  const fp = computeFingerprint([sheet], [], report, { program: "0.1.0" });
  const model = fingerprintSheet(fp);
  expect(model.hidden).toBe(true);
  for (const row of model.rows) for (const c of row) expect(c.value === null || ["string", "number"].includes(typeof c.value)).toBe(true);
  const grid: Sheet = { name: model.name, rows: model.rows.map((r) => r.map((c) => c.value)) };
  const back = parseFingerprintSheet(grid);
  expect(back.ok && back.fingerprint).toEqual(fp);
  expect(sheetPrint(sheet).rowHashes).toHaveLength(4);
});
