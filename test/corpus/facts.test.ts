/**
 * The facts corpus: self-assessment sheets written blind, as other counties' clerks write them.
 * Each case states every fact, judged point, leadership level and claim a careful reader takes
 * from it; the reader must take exactly those (nothing missed, nothing extra).
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { formatDate } from "../../src/scoring/dates";
import type { Fact } from "../../src/scoring/facts";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { KNOWN_UNREAD } from "./known-unread";
import { gridsOf, loadCases } from "./load";

interface FactsExpect {
  facts?: Record<string, string | number | boolean>;
  judged?: Record<string, number>;
  leadership?: string;
  claimed?: Record<string, number>;
}

const CASES = loadCases<FactsExpect>("facts");
const INPUT_KEYS = GD_2019.inputs.filter((i) => i.type !== "judged" && i.key !== "leadTitle" && i.key !== "departments").map((i) => i.key);
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ecom-corpus-facts-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function plain(f: Fact): string | number | boolean | string[] {
  switch (f.kind) {
    case "number":
      return f.value.toNumber();
    case "date":
      return formatDate(f.value);
    case "dates":
      return f.value.map(formatDate);
    default:
      return f.value;
  }
}

async function readCase(c: (typeof CASES)[number]) {
  const grids = await gridsOf(c, dir);
  const read = readLedgers(grids, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  const facts: Record<string, unknown> = {};
  for (const k of INPUT_KEYS) if (input.facts[k]) facts[k] = plain(input.facts[k]);
  const judged: Record<string, number> = {};
  for (const [item, j] of Object.entries(input.judgements)) if (!j.note?.startsWith("按填报自评推定")) judged[item] = j.points.toNumber();
  const claimed: Record<string, number> = {};
  for (const [id, c] of Object.entries(input.claims ?? {})) claimed[id] = c.points.toNumber();
  const lead = input.facts.leadershipLevel;
  return { facts, judged, claimed, leadership: lead?.kind === "text" ? lead.value : undefined, diagnostics: read.diagnostics.list };
}

describe.each(CASES.map((c) => [c.file, c] as const))("%s", (file, c) => {
  const run = KNOWN_UNREAD.facts[file] && !process.env.CORPUS_ALL ? test.failing : test;
  run(c.description.slice(0, 80), async () => {
    const got = await readCase(c);
    const e = c.expect;
    const expected = { facts: e.facts ?? {}, judged: e.judged ?? {}, claimed: e.claimed ?? {}, leadership: e.leadership };
    const actual = { facts: got.facts, judged: got.judged, claimed: got.claimed, leadership: e.leadership === undefined ? undefined : got.leadership };
    expect(actual).toEqual(expected);
  });
});
