/**
 * Every normaliser is total: whatever a cell holds, it returns a result or a reason, never throws,
 * and never produces NaN or an impossible date.
 */
import fc from "fast-check";
import { parseDate } from "../../../src/ledger/normalize/date";
import { idCheckChar, parseIdNumber } from "../../../src/ledger/normalize/idnumber";
import { parseNumber } from "../../../src/ledger/normalize/number";
import { AnyCell, cellText, isNoteText, isTotalText, normalizeLabel, parseUnitLine, splitUnit, toHalfWidth } from "../../../src/ledger/normalize/text";
import { isResidentsCommittee, stripTownPrefix, villageKey } from "../../../src/ledger/normalize/village";
import { parseYesNo } from "../../../src/ledger/normalize/yesno";
import { formatDate, isValidDate } from "../../../src/scoring/dates";
import { Q } from "../../../src/scoring/rational";

/** Characters ledgers are made of, so generated strings reach the parsers' inner branches. */
const ledgerChars = fc.constantFrom(
  ..."0123456789０１２９,.，．-－/+ :：年月日号份万亿元人次个家%％‰¥*＊xX村委会民居社区镇乡街道约多余合计注（）()#!\u3000\n\u200B".split(""),
);
const ledgerString = fc.string({ unit: ledgerChars, maxLength: 24 });

const cell: fc.Arbitrary<AnyCell> = fc.oneof(
  fc.string({ unit: "binary" }),
  ledgerString,
  fc.double(),
  fc.integer(),
  fc.integer({ min: 1, max: 2958465 }),
  fc.integer({ min: 19000101, max: 22001231 }),
  fc.date(),
  fc.constant(new Date(NaN)),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.record({ error: fc.string() }),
);

const RUNS = { numRuns: 2000 };

/** The parsers' last-resort reasons: reaching one would mean an internal exception was swallowed. */
const CATCH_ALL = ["无法识别的数字", "无法识别的日期", "无法识别的身份证号"];

function isProperQ(q: Q): boolean {
  return q instanceof Q && typeof q.n === "bigint" && typeof q.d === "bigint" && q.d > 0n;
}

describe("totality", () => {
  test("text helpers", () => {
    fc.assert(
      fc.property(cell, (v) => {
        expect(typeof cellText(v)).toBe("string");
        expect(typeof toHalfWidth(cellText(v))).toBe("string");
        expect(typeof normalizeLabel(v)).toBe("string");
        expect(typeof splitUnit(v).label).toBe("string");
        expect(typeof isNoteText(v)).toBe("boolean");
        expect(typeof isTotalText(v)).toBe("boolean");
        parseUnitLine(v);
      }),
      RUNS,
    );
  });

  test("parseNumber", () => {
    fc.assert(
      fc.property(cell, fc.constantFrom(undefined, "元" as const, "万元" as const), (v, unit) => {
        const r = parseNumber(v, { unit });
        if (r.ok) expect(isProperQ(r.value)).toBe(true);
        else expect(CATCH_ALL).not.toContain(r.reason);
      }),
      RUNS,
    );
  });

  test("parseDate", () => {
    fc.assert(
      fc.property(cell, (v) => {
        const r = parseDate(v);
        if (r.ok) {
          expect(isValidDate(r.value.y, r.value.m, r.value.d)).toBe(true);
          expect(r.value.d === undefined).toBe(r.precision === "month");
        } else expect(CATCH_ALL).not.toContain(r.reason);
      }),
      RUNS,
    );
  });

  test("parseYesNo", () => {
    fc.assert(
      fc.property(cell, (v) => {
        expect([true, false, null, undefined]).toContain(parseYesNo(v));
      }),
      RUNS,
    );
  });

  test("parseIdNumber", () => {
    fc.assert(
      fc.property(cell, (v) => {
        const r = parseIdNumber(v);
        if (r.ok) {
          expect(r.id.text.length).toBeGreaterThan(0);
          expect(r.id.valid && r.id.masked).toBe(false);
          if (!r.id.valid) expect(r.warning).toBeDefined();
        } else expect(CATCH_ALL).not.toContain(r.reason);
      }),
      RUNS,
    );
  });

  test("village helpers", () => {
    fc.assert(
      fc.property(cell, cell, (v, town) => {
        expect(typeof villageKey(v, town)).toBe("string");
        expect(typeof stripTownPrefix(v, town)).toBe("string");
        expect(typeof isResidentsCommittee(v, town)).toBe("boolean");
      }),
      RUNS,
    );
  });
});

describe("round trips", () => {
  test("thousands-separated integers and decimals read back exactly", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 99 }), (i, cents) => {
        const grouped = (i < 0n ? -i : i).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
        const text = `${i < 0n ? "-" : ""}${grouped}.${String(cents).padStart(2, "0")}`;
        const r = parseNumber(text);
        const expected = Q.of(i).add(Q.of(i < 0n ? -cents : cents, 100));
        expect(r.ok && r.value.eq(expected)).toBe(true);
      }),
    );
  });

  test("every valid day reads back from its ISO, dotted and Chinese forms", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        fc.pre(isValidDate(y, m, d));
        for (const text of [formatDate({ y, m, d }), `${y}.${m}.${d}`, `${y}年${m}月${d}日`]) {
          const r = parseDate(text);
          expect(r.ok && r.value).toEqual({ y, m, d });
        }
      }),
    );
  });

  test("any 17 digits with their check character are a valid ID", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789".split("")), minLength: 17, maxLength: 17 }), (first17) => {
        const r = parseIdNumber(first17 + idCheckChar(first17).toLowerCase());
        expect(r.ok && r.id.valid).toBe(true);
      }),
    );
  });
});
