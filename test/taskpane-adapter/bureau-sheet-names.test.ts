/**
 * A bureau's own sheet named like one the add-in writes — its self-assessment kept as 考评指标自评表 —
 * in the pane, as the CLI already treats it (test/safety/own-sheets): scoring reads it, the indicator
 * table goes beside it as 考评指标自评表(2), a second click replaces only the add-in's own sheets, and
 * 检查 and review mode find the add-in's table, not the bureau's.
 */
import type { Sheet } from "../../src/core/grid";
import { ScoringController } from "../../src/taskpane/model/controller";
import { ReviewController } from "../../src/taskpane/model/review";
import { pageScorer } from "../../src/taskpane/model/scorer";
import { FakeExcel } from "../fakes/fake-excel";
import { hostFor, lechangGrids } from "./scenarios";

/** The sample's own facts sheet, renamed as a clerk might name it. */
async function withBureauTable(): Promise<{ grids: { sheets: Sheet[] }; factsSheet: string }> {
  const grids = await lechangGrids();
  const facts = grids.sheets.find((s) => /基本|情况|自评/.test(s.name) && s.rows.some((r) => r.some((v) => typeof v === "string" && v.includes("常住人口"))));
  if (!facts) throw new Error("no facts sheet in the sample");
  return { grids: { sheets: grids.sheets.map((s) => (s === facts ? { ...s, name: "考评指标自评表" } : s)) }, factsSheet: facts.name };
}

test("the bureau's 考评指标自评表 is read and kept; the add-in's table goes beside it and is replaced on a second click", async () => {
  const { grids } = await withBureauTable();
  const fake = FakeExcel.fromGrids(grids);
  const before = JSON.stringify(fake.sheet("考评指标自评表").values);
  const keep = fake.valueAt("考评指标自评表", "A1");
  const c = new ScoringController(hostFor(fake), async () => {}, pageScorer);
  await c.start();
  await c.score();
  expect(c.getState().error).toBeUndefined();
  // Read as the CLI reads it: the sample's 89, its facts coming from the renamed sheet.
  expect(c.getState().outcome?.report.total).toBe(89);
  expect(fake.hasSheet("考评指标自评表(2)")).toBe(true);
  expect(fake.valueAt("考评指标自评表", "A1")).toEqual(keep);
  expect(JSON.stringify(fake.sheet("考评指标自评表").values)).toBe(before);

  await c.score();
  expect(c.getState().outcome?.report.total).toBe(89);
  expect(fake.sheetNames().filter((n) => n.startsWith("考评指标自评表"))).toEqual(["考评指标自评表", "考评指标自评表(2)"]);
  expect(fake.valueAt("考评指标自评表", "A1")).toEqual(keep);

  const review = new ReviewController(hostFor(fake));
  await review.verify();
  expect(review.getState().verifyProblem).toBeUndefined();
  expect(review.getState().verify?.ok).toBe(true);
  await review.openReview();
  expect(review.getState().review?.sheet).toBe("考评指标自评表(2)");
});
