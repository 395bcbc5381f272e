/**
 * Property test of the whole reader: random workbooks of mixed values (header words, Chinese,
 * numbers, dates, booleans, blanks, error values, random merges, sometimes a real header row at a
 * random row, sometimes random mappings) never make readLedgers or scoreGrids throw, and every
 * diagnostic that names a sheet names one of the workbook's sheets and a cell or a row in it.
 */
import fc from "fast-check";
import type { Diagnostic } from "../../src/core/diagnostics";
import { parseAddress, type CellValue, type Merge, type Sheet, type WorkbookGrids } from "../../src/core/grid";
import type { SheetMapping } from "../../src/ledger/mapping";
import { readLedgers, SETTINGS_SHEET } from "../../src/ledger/read";
import { LEDGER_KINDS } from "../../src/ledger/records";
import { KIND_SPECS } from "../../src/ledger/schema";
import { settingsSheetRows } from "../../src/ledger/settings";
import { scoreGrids } from "../../src/pipeline";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { validId } from "../fixtures/families";

const HEADER_WORDS = [...new Set(KIND_SPECS.flatMap((k) => k.fields.flatMap((f) => f.headers)))];
const FACT_LABELS = GD_2019.inputs.flatMap((i) => [i.label, ...(i.synonyms ?? [])]);
const SHEET_NAMES = [...new Set([...KIND_SPECS.flatMap((k) => k.hints), "基本情况", "自评填报", "Sheet1", "汇总", "台账（二）"])];
const WORDS = [
  "长来村",
  "长来村委会",
  "长来村民委员会",
  "乐城社区居委会",
  "长来镇",
  "乐昌市",
  "行政村",
  "居委会",
  "社区",
  "合计",
  "小计",
  "总 计",
  "全县合计",
  "注：以上数据截至8月",
  "填表人：王五",
  "说明：空白为未填",
  "单位：万元",
  "单位：元",
  "填报单位：乐昌市商务局",
  "是",
  "否",
  "√",
  "×",
  "✓",
  "Y",
  "N",
  "有",
  "无",
  "已",
  "未",
  "待定",
  "不详",
  "4,167,785.00",
  "4167785元",
  "42万",
  "42.6万人",
  "４２００",
  "70%",
  "约5万",
  "1.200.00",
  "-3",
  "35人次",
  "2021-08-31",
  "2021/8/31",
  "2021.8.31",
  "2021年8月31日",
  "2021年8月",
  "20210831",
  "2021年13月",
  "2021-02-30",
  "440281********1234",
  "4.40281E+17",
  validId(1),
  validId(2, "X").toLowerCase(),
  "#N/A",
  "#REF!",
  "=SUM(A1:A3)",
  "省级",
  "国家级",
  "县级",
  "广东卫视",
  "平台型",
  "物流企业",
  "已退出",
  "有劳动能力",
  "外出务工",
];

const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...HEADER_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...FACT_LABELS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 50000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true }) },
  // eslint-disable-next-line no-loss-of-precision -- an ID number as Excel stores it, imprecise on purpose
  { weight: 1, arbitrary: fc.constantFrom(44439, 20210831, 2021.8, 440281198001011234, 1e21, -0) },
  { weight: 1, arbitrary: fc.date({ min: new Date(Date.UTC(1890, 0, 1)), max: new Date(Date.UTC(2300, 0, 1)) }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>({ error: "#REF!" }, { error: "#N/A" }, { error: "#VALUE!" }) },
);

/** A header row of a real kind (some of its fields, a random wording each, shuffled). */
const headerRow: fc.Arbitrary<CellValue[]> = fc.tuple(fc.constantFrom(...KIND_SPECS), fc.infiniteStream(fc.nat())).map(([spec, stream]) => {
  const it = stream[Symbol.iterator]();
  const next = () => it.next().value as number;
  const fields = spec.fields.filter((f, i) => f.required || i % 2 === 0 || next() % 2 === 0);
  const row = fields.map((f) => f.headers[next() % f.headers.length] as CellValue);
  for (let i = row.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [row[i], row[j]] = [row[j], row[i]];
  }
  return row;
});

const merge = (rows: number, cols: number): fc.Arbitrary<Merge> =>
  fc.tuple(fc.nat(rows), fc.nat(cols), fc.nat(2), fc.nat(3)).map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));

const sheetBody = fc
  .record({
    rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }),
    header: fc.option(fc.tuple(headerRow, fc.nat(6)), { freq: 2 }),
    merges: fc.array(merge(14, 8), { maxLength: 4 }),
  })
  .map(({ rows, header, merges }) => {
    const out = rows.map((r) => [...r]);
    if (header) out.splice(Math.min(header[1], out.length), 0, header[0]);
    return { rows: out, merges };
  });

const mapping: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({
    kind: fc.constantFrom<string>(...LEDGER_KINDS, "ignore", "nonsense"),
    headerRow: fc.option(fc.integer({ min: -1, max: 30 }), { nil: undefined }),
    columns: fc.option(fc.dictionary(fc.constantFrom("name", "village", "date", "amount", "id", "bogus"), fc.constantFrom("A", "C", "ZZ", "3", "")), { nil: undefined }),
  }),
  fc.constantFrom(null, 5, "x", { kind: "stations" }, { columns: "A" }),
);

const workbook = fc
  .record({
    names: fc.uniqueArray(fc.oneof(fc.constantFrom(...SHEET_NAMES), fc.string({ minLength: 1, maxLength: 6 })), { minLength: 1, maxLength: 4 }),
    bodies: fc.array(sheetBody, { minLength: 4, maxLength: 4 }),
    mappings: fc.array(fc.tuple(fc.nat(5), mapping), { maxLength: 3 }),
    stored: fc.boolean(),
  })
  .map(({ names, bodies, mappings, stored }) => {
    const sheets: Sheet[] = names.map((name, i) => ({ name, rows: bodies[i].rows, merges: bodies[i].merges }));
    // Mappings name an existing sheet or one that is gone (index past the end).
    const list = mappings.map(([i, m]) =>
      typeof m === "object" && m !== null && !("sheet" in m) && "kind" in m && "headerRow" in m ? { sheet: names[i] ?? `旧表${i}`, ...m } : m,
    );
    const valid = list.filter(
      (m): m is SheetMapping => typeof m === "object" && m !== null && typeof (m as SheetMapping).sheet === "string" && typeof (m as SheetMapping).kind === "string",
    );
    if (stored && valid.length) sheets.push({ name: SETTINGS_SHEET, rows: settingsSheetRows({ mappings: valid, options: {} }), hidden: true });
    return { grids: { sheets } as WorkbookGrids, mappings: list as SheetMapping[] };
  });

const LOCATION = /^(?:[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?|\d+:\d+)$/;

function checkLocated(d: Diagnostic, grids: WorkbookGrids): void {
  if (d.sheet === undefined) return;
  const names = grids.sheets.map((s) => s.name);
  expect({ d, knownSheet: names.includes(d.sheet) }).toEqual({ d, knownSheet: true });
  expect({ d, located: LOCATION.test(d.cell ?? "") }).toEqual({ d, located: true });
  // A1 addresses inside the range Excel has.
  for (const part of (d.cell ?? "").split(":")) {
    const a = parseAddress(part);
    if (a) expect({ d, inside: a.row >= 0 && a.col >= 0 && a.row < 1048576 && a.col < 16384 }).toEqual({ d, inside: true });
  }
}

const RUNS = { numRuns: 150 };

test("readLedgers never throws and every sheet diagnostic names a cell or row", () => {
  fc.assert(
    fc.property(workbook, ({ grids, mappings }) => {
      const { diagnostics, recognitions } = readLedgers(grids, GD_2019, mappings);
      for (const d of diagnostics.list) checkLocated(d, grids);
      for (const r of recognitions) {
        expect(Number.isFinite(r.confidence)).toBe(true);
        if (r.kind && r.kind !== "facts") expect(r.headerRow).toBeGreaterThanOrEqual(0);
      }
    }),
    RUNS,
  );
});

test("scoreGrids never throws, and its report's diagnostics are located the same way", () => {
  fc.assert(
    fc.property(workbook, ({ grids, mappings }) => {
      const { report } = scoreGrids(grids, { mappings });
      expect(Number.isFinite(report.total)).toBe(true);
      for (const d of report.diagnostics) checkLocated(d, grids);
    }),
    RUNS,
  );
});

test("a real header dropped anywhere among random rows is found (when nothing else competes)", () => {
  fc.assert(
    fc.property(fc.constantFrom(...KIND_SPECS), fc.nat(8), (spec, at) => {
      const header = spec.fields.map((f) => f.headers[0]);
      const filler: CellValue[][] = Array.from({ length: at }, (_, i) => (i === 0 ? ["某某统计表"] : i % 3 === 0 ? ["填报单位：乐昌市商务局"] : []));
      const grids: WorkbookGrids = { sheets: [{ name: "Sheet1", rows: [...filler, header] }] };
      const rec = readLedgers(grids, GD_2019).recognitions[0];
      expect({ kind: spec.kind, got: rec.kind, headerRow: rec.headerRow }).toEqual({ kind: spec.kind, got: spec.kind, headerRow: at });
    }),
    { numRuns: 100 },
  );
});
