/**
 * Issue 3's fixture families: one small workbook per variant family of docs/ledgers.md, written to a
 * real .xlsx and read back through the exceljs adapter, with its expected records and diagnostics.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { writeWorkbook } from "../../scripts/lib/grid-xlsx";
import type { Diagnostic } from "../../src/core/diagnostics";
import type { WorkbookGrids } from "../../src/core/grid";
import { columnLetters } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import type { Ledgers } from "../../src/ledger/records";
import { toScoringInput } from "../../src/ledger/to-input";
import { readWorkbook } from "../../src/node/read-xlsx";
import { scoreGrids } from "../../src/pipeline";
import { formatDate, type LDate } from "../../src/scoring/dates";
import type { Fact, Judgement } from "../../src/scoring/facts";
import { Q } from "../../src/scoring/rational";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { families, type ExpectedDiag, type Family, type Rec } from "../fixtures/families";

const FAMILIES = families();
const grids = new Map<string, WorkbookGrids>();
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ecom-families-"));
  for (const f of FAMILIES) {
    const file = path.join(dir, `${f.id}.xlsx`);
    await writeWorkbook(f.sheets, file);
    grids.set(f.id, (await readWorkbook(file)).grids);
  }
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function isDate(v: unknown): v is LDate {
  return typeof v === "object" && v !== null && "y" in v && "m" in v;
}

/** A record value in the fixtures' plain form. */
function view(v: unknown): unknown {
  if (v instanceof Q) return v.toDecimal(10);
  if (isDate(v)) return formatDate(v);
  return v;
}

/** The keys an expected record names, taken from the actual record. */
function project(actual: Rec, expected: Rec): Rec {
  const out: Rec = {};
  for (const k of Object.keys(expected)) {
    if (k === "row") out.row = (actual.source as { row: number }).row;
    else if (k === "sheet") out.sheet = (actual.source as { sheet: string }).sheet;
    else out[k] = view(actual[k]);
  }
  return out;
}

function factView(f: Fact | undefined): unknown {
  if (!f) return undefined;
  switch (f.kind) {
    case "number":
      return f.value.toDecimal(10);
    case "date":
      return formatDate(f.value);
    case "bool":
    case "text":
      return f.value;
    default:
      return f.value;
  }
}

interface Run {
  ledgers: Ledgers;
  recognitions: ReturnType<typeof readLedgers>["recognitions"];
  diagnostics: Diagnostic[];
  facts?: Record<string, Fact>;
  judgements?: Record<string, Judgement>;
  statuses?: Record<string, string>;
}

function run(f: Family): Run {
  const g = grids.get(f.id) as WorkbookGrids;
  const read = readLedgers(g, GD_2019);
  if (f.stage === "read") return { ledgers: read.ledgers, recognitions: read.recognitions, diagnostics: read.diagnostics.list };
  if (f.stage === "input") {
    const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
    return { ledgers: read.ledgers, recognitions: read.recognitions, diagnostics: read.diagnostics.list, facts: input.facts, judgements: input.judgements };
  }
  const scored = scoreGrids(g);
  const statuses: Record<string, string> = {};
  for (const i of scored.report.indicators) {
    statuses[i.id] = i.status;
    for (const it of i.items) statuses[it.id] = it.status;
  }
  return { ledgers: read.ledgers, recognitions: scored.recognitions, diagnostics: scored.report.diagnostics, statuses };
}

function matches(d: Diagnostic, e: ExpectedDiag): boolean {
  return d.severity === e.severity && d.sheet === e.sheet && d.cell === e.cell && d.message.includes(e.text);
}

const READ_KINDS = ["villages", "poorVillages", "stations", "training", "poorPersons", "enterprises", "funds", "reports", "disclosures", "media", "materials"] as const;

describe.each(FAMILIES.map((f) => [f.id, f] as const))("%s", (_id, f) => {
  let r: Run;
  beforeAll(() => {
    r = run(f);
  });

  test(`recognises every sheet (${f.title})`, () => {
    for (const [sheet, exp] of Object.entries(f.recognitions)) {
      const rec = r.recognitions.find((x) => x.sheet === sheet);
      expect({ sheet, kind: rec?.kind }).toEqual({ sheet, kind: exp.kind });
      if (!rec) continue;
      if (exp.headerRow !== undefined) expect({ sheet, headerRow: rec.headerRow + 1 }).toEqual({ sheet, headerRow: exp.headerRow });
      if (exp.headerRows !== undefined) expect({ sheet, headerRows: rec.headerRows }).toEqual({ sheet, headerRows: exp.headerRows });
      if (exp.unit !== undefined) expect({ sheet, unit: rec.unit }).toEqual({ sheet, unit: exp.unit });
      if (exp.columns) {
        const got = Object.fromEntries(Object.keys(exp.columns).map((k) => [k, rec.columns[k] === undefined ? undefined : columnLetters(rec.columns[k])]));
        expect({ sheet, columns: got }).toEqual({ sheet, columns: exp.columns });
      }
    }
  });

  test("reads the expected records", () => {
    for (const kind of READ_KINDS) {
      const expected = f.records[kind];
      const actual = r.ledgers[kind] as unknown as Rec[];
      if (expected === undefined) {
        if (f.id !== "repeatedWarnings") expect({ kind, count: actual.length }).toEqual({ kind, count: 0 });
        continue;
      }
      const defaultSheet = Object.entries(f.recognitions).find(([, x]) => x.kind === kind)?.[0];
      const exp = expected.map((e) => ({ ...e, ...(e.sheet === undefined && "row" in e ? { sheet: defaultSheet } : {}) }));
      expect({ kind, records: actual.map((a, i) => project(a, exp[i] ?? { row: 0, sheet: "" })) }).toEqual({ kind, records: exp });
    }
  });

  test("reports exactly the expected diagnostics", () => {
    const unmatched = [...f.diagnostics];
    const unexpected: Diagnostic[] = [];
    for (const d of r.diagnostics) {
      const i = unmatched.findIndex((e) => matches(d, e));
      if (i >= 0) unmatched.splice(i, 1);
      else if (f.exhaustive !== false || d.sheet !== undefined) unexpected.push(d);
    }
    expect({ unexpected, unmatched }).toEqual({ unexpected: [], unmatched: [] });
  });

  if (f.facts) {
    test("derives the expected facts", () => {
      const got = Object.fromEntries(Object.keys(f.facts ?? {}).map((k) => [k, factView(r.facts?.[k])]));
      expect(got).toEqual(f.facts);
    });
  }

  if (f.judgements) {
    test("reads the expected judged points", () => {
      const got = Object.fromEntries(Object.keys(f.judgements ?? {}).map((k) => [k, r.judgements?.[k]?.points.toDecimal()]));
      expect(got).toEqual(f.judgements);
    });
  }

  if (f.statuses) {
    test("indicators whose ledger is absent are missing", () => {
      const got = Object.fromEntries(Object.keys(f.statuses ?? {}).map((k) => [k, r.statuses?.[k]]));
      expect(got).toEqual(f.statuses);
    });
  }
});

test("every family is written to and read back from a real .xlsx", () => {
  expect(grids.size).toBe(FAMILIES.length);
  for (const f of FAMILIES) expect(grids.get(f.id)?.sheets.map((s) => s.name)).toEqual(f.sheets.map((s) => s.name));
});
