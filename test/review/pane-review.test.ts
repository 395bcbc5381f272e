/**
 * The reviewers' tools in the pane, over the in-memory host: scoring writes the hidden
 * fingerprint; 检查 finds an edited ledger cell and a point typed over; the sample is drawn and
 * written as a sheet; review mode checks a reviewer's score before writing it to its cell.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { ScoringController } from "../../src/taskpane/model/controller";
import { ReviewController } from "../../src/taskpane/model/review";
import { PROGRAM_VERSION } from "../../src/review/version";
import { MemoryHost } from "../taskpane/memory-host";
import { pageScorer } from "../../src/taskpane/model/scorer";
import { lechangGrids } from "../taskpane/lechang-grids";

const immediate = () => Promise.resolve();

async function scoredHost(): Promise<MemoryHost> {
  const host = new MemoryHost(lechangGrids());
  const c = new ScoringController(host, immediate, pageScorer);
  await c.score();
  expect(c.getState().error).toBeUndefined();
  return host;
}

test("the pane records the package's version in its fingerprints", () => {
  const pkg = JSON.parse(readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")) as { version: string };
  expect(PROGRAM_VERSION).toBe(pkg.version);
});

test("scoring in the pane writes the hidden fingerprint; 检查 then holds", async () => {
  const host = await scoredHost();
  expect(host.sheet("_ecom_fingerprint")?.hidden).toBe(true);
  const r = new ReviewController(host);
  await r.verify();
  expect(r.getState().verify?.ok).toBe(true);
  expect(r.getState().verify?.summary).toMatch(/^核对通过/);
});

test("检查 after a ledger cell is edited and a point typed over names both", async () => {
  const host = await scoredHost();
  host.sheet("站点台账")!.rows[4][1] = "改名的站点";
  const table = host.sheet("考评指标自评表")!;
  const header = table.rows.findIndex((row) => row.includes("指标编号"));
  const idCol = table.rows[header].indexOf("指标编号");
  const scoreCol = table.rows[header].indexOf("自评得分");
  const planRow = table.rows.findIndex((row) => row[idCol] === "org.plan");
  table.rows[planRow][scoreCol] = 0;
  const r = new ReviewController(host);
  await r.verify();
  const v = r.getState().verify!;
  expect(v.ok).toBe(false);
  expect(v.sheets.map((s) => s.message)).toEqual([expect.stringContaining("工作表“站点台账”（村级电商服务站点清单）评分后有改动：第 5 行已修改")]);
  expect(v.typedOver).toEqual([expect.objectContaining({ id: "org.plan", written: 2, now: 0 })]);
});

test("a workbook never scored cannot be checked, and says why", async () => {
  const r = new ReviewController(new MemoryHost(lechangGrids()));
  await r.verify();
  expect(r.getState().verifyProblem).toMatch(/没有指纹表/);
});

test("the sample is drawn from the stations ledger and written as a sheet; one seed, one list", async () => {
  const host = new MemoryHost(lechangGrids());
  const r = new ReviewController(host);
  await r.drawSample("会议 1");
  const first = r.getState().sample!;
  expect(first.seed).toBe("会议 1");
  const sheet = host.sheet("抽查清单")!;
  expect(sheet.rows[2][1]).toBe("站点名称");
  expect(sheet.rows.length).toBeGreaterThan(3 + first.drawn.length - 1);
  await r.drawSample("会议 1");
  expect(r.getState().sample!.drawn).toEqual(first.drawn);
  await r.drawSample("");
  expect(r.getState().sample!.seed).toMatch(/^\d{6}$/);
  // Once a finding is typed, drawing again is refused: the sheet and the finding stay.
  host.sheet("抽查清单")!.rows[3][11] = "不符合";
  const before = JSON.stringify(host.sheet("抽查清单"));
  await r.drawSample("另一个种子");
  expect(r.getState().error?.message).toMatch(/已填有核查结果/);
  expect(JSON.stringify(host.sheet("抽查清单"))).toBe(before);
});

test("review mode: points side by side, a score outside 0..weight or between steps refused, a good one written, the total live", async () => {
  const host = await scoredHost();
  const r = new ReviewController(host);
  await r.openReview();
  const rows = r.getState().review!.rows;
  const plan = rows.find((x) => x.id === "org.plan")!;
  expect(plan).toEqual(expect.objectContaining({ weight: 2, computed: 2, reviewScore: null }));
  await r.setReviewScore("org.plan", "3");
  expect(r.getState().invalid["org.plan"]).toMatch(/0 到 2/);
  await r.setReviewScore("org.plan", "1.5");
  expect(r.getState().invalid["org.plan"]).toMatch(/整数/);
  await r.setReviewScore("org.plan", "1");
  expect(r.getState().invalid["org.plan"]).toBeUndefined();
  const table = host.sheet("考评指标自评表")!;
  const at = plan.scoreCell.match(/^([A-Z]+)(\d+)$/)!;
  expect(table.rows[Number(at[2]) - 1][at[1].charCodeAt(0) - 65]).toBe(1);
  await r.setReviewOpinion("org.plan", "方案未正式印发");
  expect(r.getState().review!.rows.find((x) => x.id === "org.plan")!.reviewOpinion).toBe("方案未正式印发");
  // Re-opened, the table shows what was written.
  await r.openReview();
  expect(r.getState().review!.rows.find((x) => x.id === "org.plan")!.reviewScore).toBe(1);
});
