/**
 * The ledger corpus: ledger sheets written blind (three-row headers, a header after a long 说明,
 * months as columns, sheets on their side, two-digit years, period ranges, 元 and 万元 mixed…).
 * Each sheet must be recognised as its kind and read into exactly the records listed.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { readLedgers } from "../../src/ledger/read";
import type { LedgerKind } from "../../src/ledger/records";
import { villageKey } from "../../src/ledger/normalize/village";
import { formatDate, type LDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { KNOWN_UNREAD } from "./known-unread";
import { gridsOf, loadCases } from "./load";

type Rec = Record<string, unknown>;
interface LedgersExpect {
  sheets: Record<string, { kind: LedgerKind | null; records?: Rec[] }>;
}

const CASES = loadCases<LedgersExpect>("ledgers");
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ecom-corpus-ledgers-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const isDate = (v: unknown): v is LDate => typeof v === "object" && v !== null && "y" in v && "m" in v;

/** A record's canonical field as the corpus writes it. */
function canonical(kind: LedgerKind, field: string, rec: Rec): unknown {
  switch (`${kind}.${field}`) {
    case "villages.admin":
      return rec.type === "admin";
    case "stations.village":
    case "villages.name":
    case "poorVillages.name":
      return villageKey(String(rec[kind === "stations" ? "village" : "name"] ?? ""));
  }
  const v = rec[field === "id" ? "id" : field];
  if (field === "id") return v === null || v === undefined ? null : (v as { text: string }).text;
  if (isDate(v)) return formatDate(v);
  if (v !== null && typeof v === "object" && "toNumber" in v) return (v as { toNumber(): number }).toNumber();
  return v ?? null;
}

function expectedField(kind: LedgerKind, field: string, v: unknown): unknown {
  if (field === "village" || (field === "name" && (kind === "villages" || kind === "poorVillages"))) return villageKey(String(v));
  return v;
}

describe.each(CASES.map((c) => [c.file, c] as const))("%s", (file, c) => {
  const run = KNOWN_UNREAD.ledgers[file] && !process.env.CORPUS_ALL ? test.failing : test;
  run(c.description.slice(0, 80), async () => {
    const grids = await gridsOf(c, dir);
    const read = readLedgers(grids, GD_2019);
    const got: Record<string, { kind: LedgerKind | null; records?: Rec[] }> = {};
    for (const [sheet, exp] of Object.entries(c.expect.sheets)) {
      const rec = read.recognitions.find((r) => r.sheet === sheet);
      // A hidden sheet is not read (an old copy kept out of sight): nothing comes from it.
      const hidden = grids.sheets.find((s) => s.name === sheet)?.hidden && !rec?.mapped;
      const kind = hidden ? null : (rec?.kind ?? null);
      const entry: { kind: LedgerKind | null; records?: Rec[] } = { kind };
      if (exp.records && kind && kind !== "facts") {
        const all = (read.ledgers[kind] as unknown as (Rec & { source: { sheet: string } })[]).filter((r) => r.source.sheet === sheet);
        entry.records = all.map((r, i) => Object.fromEntries(Object.keys(exp.records?.[i] ?? exp.records?.[0] ?? {}).map((f) => [f, canonical(kind, f, r)])));
      }
      got[sheet] = entry;
    }
    const want = Object.fromEntries(
      Object.entries(c.expect.sheets).map(([sheet, exp]) => {
        const e: { kind: LedgerKind | null; records?: Rec[] } = { kind: exp.kind };
        if (exp.records && exp.kind)
          e.records = exp.records.map((r) => Object.fromEntries(Object.entries(r).map(([f, v]) => [f, expectedField(exp.kind as LedgerKind, f, v)])));
        return [sheet, e];
      }),
    );
    expect(got).toEqual(want);
  });
});
