/**
 * Whole county workbooks written blind, each with every indicator's points derived by hand from
 * the scoring rules (the `derivation` in the file). Scored through a real .xlsx.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { scoreGrids } from "../../src/pipeline";
import { KNOWN_UNREAD } from "./known-unread";
import { gridsOf, loadCases } from "./load";

interface CountyExpect {
  total: number;
  bonus: number;
  vetoed: boolean;
  points: Record<string, number>;
}

const CASES = loadCases<CountyExpect>("counties");
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ecom-corpus-counties-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe.each(CASES.map((c) => [c.file, c] as const))("%s", (file, c) => {
  const run = KNOWN_UNREAD.counties[file] && !process.env.CORPUS_ALL ? test.failing : test;
  run(`${c.description.slice(0, 60)} → ${c.expect.total}`, async () => {
    const { report } = scoreGrids(await gridsOf(c, dir));
    const points = Object.fromEntries(report.indicators.map((i) => [i.id, i.points]));
    const got = { total: report.total, bonus: report.bonus, vetoed: report.vetoed, points: Object.fromEntries(Object.keys(c.expect.points).map((k) => [k, points[k]])) };
    expect(got).toEqual({ total: c.expect.total, bonus: c.expect.bonus, vetoed: c.expect.vetoed, points: c.expect.points });
  });
});
