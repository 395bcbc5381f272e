/**
 * Round trips of the pane's own flows over the fake Excel (which counts every context.sync()):
 * opening the pane (scan), a score click on the Lechang sample (under 4 MB), a second click (the
 * reviewer input of the first scored sheets is read back), and a workbook far above 4 MB, whose
 * read needs one sync per chunk. Issue 12: ≤ 5 syncs from click to written table under 4 MB;
 * larger, ≤ 2 + ceil(bytes / 4 MB) + 2 for the read. The browser test asserts the same click
 * through the real page and the scoring worker.
 */
import { FakeExcel, MB } from "../fakes/fake-excel";
import { ScoringController } from "../../src/taskpane/model/controller";
import { OUTPUT_SHEETS } from "../../src/ledger/read";
import { pageScorer } from "../../src/taskpane/model/scorer";
import { hostFor, lechangGrids, trainingLedger } from "./scenarios";

async function paneOver(fake: FakeExcel) {
  const c = new ScoringController(hostFor(fake), async () => {}, pageScorer);
  await c.start();
  expect(c.getState().error).toBeUndefined();
  return c;
}

test("a score click on a workbook under 4 MB takes 5 syncs, the second click too", async () => {
  const fake = FakeExcel.fromGrids(await lechangGrids());
  const c = await paneOver(fake);
  // Opening: the sheet list, the layout with the first rows, the rest of the rows.
  expect(fake.stats().syncs).toBe(3);

  // The click: the sheet list and every value in one layout sync (the scan showed it is small),
  // then the write: sheet list, values and formats, the swap.
  fake.resetRecorder();
  await c.score();
  expect(c.getState().error).toBeUndefined();
  expect(c.getState().outcome?.report.total).toBe(89);
  // Every sheet scoring writes (the inspection sample is drawn on its own, not by scoring).
  for (const name of OUTPUT_SHEETS.filter((n) => n !== "抽查清单")) expect(fake.hasSheet(name)).toBe(true);
  const first = fake.stats();
  expect(first.syncs).toBe(5);
  expect(first.failedSyncs).toBe(0);
  expect(first.maxRequestBytes).toBeLessThan(4 * MB);
  expect(first.maxResponseBytes).toBeLessThan(4 * MB);

  // Again: the indicator table now exists; its reviewer columns come with the write's sheet list.
  fake.resetRecorder();
  await c.score();
  expect(c.getState().outcome?.report.total).toBe(89);
  expect(fake.stats().syncs).toBe(5);
});

test("a scored sheet deleted between the read and the write costs one sync more, nothing else", async () => {
  const fake = FakeExcel.fromGrids(await lechangGrids());
  const c = await paneOver(fake);
  await c.score();
  const host = c.host as ReturnType<typeof hostFor>;
  const { grids, settings } = await host.readWorkbook();
  const { models } = await c.scorer.score(grids, settings);
  // The host last saw the indicator table; it is gone before the write.
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(OUTPUT_SHEETS[0]).delete();
    await ctx.sync();
  });
  fake.resetRecorder();
  await host.writeScoredSheets(models);
  expect(fake.hasSheet(OUTPUT_SHEETS[0])).toBe(true);
  expect(fake.stats()).toMatchObject({ syncs: 3 + 1, failedSyncs: 1 });
});

test("a read far above 4 MB stays within 2 + ceil(bytes / 4 MB) + 2 syncs", async () => {
  const grids = { sheets: [trainingLedger(120_000)] };
  const fake = FakeExcel.fromGrids(grids);
  const host = hostFor(fake);
  await host.readWorkbook();
  const st = fake.stats();
  const bytes = st.totalResponseBytes;
  expect(bytes).toBeGreaterThan(8 * MB);
  expect(st.maxResponseBytes).toBeLessThan(5 * MB);
  expect(st.syncs).toBeLessThanOrEqual(2 + Math.ceil(bytes / (4 * MB)) + 2);
});
