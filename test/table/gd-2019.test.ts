/** The table built from the real gd-2019 rubric and the Lechang sample's report. */
import * as path from "path";
import { readWorkbook } from "../../src/node/read-xlsx";
import { scoreGrids } from "../../src/pipeline";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { IND, TOTAL_ROW_ID, buildScoredSheets, type SheetModel } from "../../src/table";
import type { ScoreReport } from "../../src/scoring/report";

const SAMPLE = path.join(__dirname, "../../assets/samples/lechang.xlsx");

let report: ScoreReport;
let ind: SheetModel;

beforeAll(async () => {
  const { grids } = await readWorkbook(SAMPLE);
  report = scoreGrids(grids, { rubric: GD_2019 }).report;
  [ind] = buildScoredSheets(report, GD_2019);
});

const rowOf = (id: string) => ind.rows.findIndex((r) => r[IND.id].value === id);

test("official layout from the rubric data: 服务体系建设 (25) over work.center and work.coverage", () => {
  const center = rowOf("work.center");
  const coverage = rowOf("work.coverage");
  // work.center takes one row per source sheet; its cells other than 数据来源 are merged over them.
  expect(coverage).toBeGreaterThan(center);
  for (let r = center; r < coverage; r++) expect(ind.rows[r][IND.source].link).toBeDefined();
  const next = ind.rows.findIndex((r, i) => i > coverage && r[IND.id].value !== null);
  const last = next - 1;
  expect(ind.rows[center][IND.name].value).toBe("服务体系建设");
  expect(ind.rows[center][IND.weight].value).toBe(25);
  expect(ind.merges).toContainEqual({ top: center, left: IND.name, bottom: last, right: IND.name });
  expect(ind.merges).toContainEqual({ top: center, left: IND.weight, bottom: last, right: IND.weight });
  // Different official texts per row stay separate.
  expect(ind.rows[center][IND.criteria].value).not.toBe(ind.rows[coverage][IND.criteria].value);
});

test("Lechang's self-scores in table order and the total 89", () => {
  const scored = GD_2019.indicators.filter((i) => i.section === "scored").map((i) => ind.rows[rowOf(i.id)][IND.selfScore].value);
  expect(scored).toEqual([2, 2, 2, 4, 11, 10, 9, 20, 4, 6, 0, 5, 5, 4, 5]);
  expect(ind.rows[rowOf(TOTAL_ROW_ID)][IND.selfScore].value).toBe(89);
  for (const id of ["veto.incident", "veto.progress", "veto.fraud"]) expect(ind.rows[rowOf(id)][IND.selfScore].value).toBe("未触发");
});

test("every row is tall enough and below Excel's limit; the long official texts wrap", () => {
  for (const h of ind.rowHeights) {
    expect(h).toBeGreaterThan(10);
    expect(h).toBeLessThan(409);
  }
  const total = ind.columns.reduce((w, c) => w + c.width, 0);
  expect(total).toBeLessThan(220); // fits A4 landscape at a readable scale
});
