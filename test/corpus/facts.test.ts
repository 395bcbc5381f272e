/**
 * The facts corpus: self-assessment sheets written blind, as other counties' clerks write them.
 * Each case states every fact, judged point, leadership level and claim a careful reader takes
 * from it; the reader must take exactly those (nothing missed, nothing extra).
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { factsOf } from "./read-facts";
import { KNOWN_UNREAD } from "./known-unread";
import { gridsOf, loadCases } from "./load";

interface FactsExpect {
  facts?: Record<string, string | number | boolean>;
  judged?: Record<string, number>;
  leadership?: string;
  claimed?: Record<string, number>;
}

const CASES = loadCases<FactsExpect>("facts");
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ecom-corpus-facts-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function readCase(c: (typeof CASES)[number]) {
  return factsOf(await gridsOf(c, dir));
}

describe.each(CASES.map((c) => [c.file, c] as const))("%s", (file, c) => {
  const run = KNOWN_UNREAD.facts[file] && !process.env.CORPUS_ALL ? test.failing : test;
  run(c.description.slice(0, 80), async () => {
    const got = await readCase(c);
    const e = c.expect;
    const expected = { facts: e.facts ?? {}, judged: e.judged ?? {}, claimed: e.claimed ?? {}, leadership: e.leadership };
    // An expected judged point may also be one inferred from the indicator's claimed total.
    const judged = {
      ...got.judged,
      ...Object.fromEntries(
        Object.keys(e.judged ?? {})
          .filter((k) => !(k in got.judged) && k in got.inferred)
          .map((k) => [k, got.inferred[k]]),
      ),
    };
    const actual = { facts: got.facts, judged, claimed: got.claimed, leadership: e.leadership === undefined ? undefined : got.leadership };
    expect(actual).toEqual(expected);
  });
});
