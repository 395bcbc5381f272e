/**
 * Issue 3's "done when": the Lechang data laid out as a bureau keeps it scores the same as the
 * clean sample, and what was skipped is said.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { writeWorkbook } from "../../scripts/lib/grid-xlsx";
import { readWorkbook } from "../../src/node/read-xlsx";
import { scoreGrids, type ScoreResult } from "../../src/pipeline";
import { messyLechangSheets } from "../fixtures/messy-lechang";

let messy: ScoreResult;
let clean: ScoreResult;

beforeAll(async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ecom-messy-"));
  const file = path.join(dir, "messy.xlsx");
  await writeWorkbook(messyLechangSheets(), file);
  messy = scoreGrids((await readWorkbook(file)).grids);
  clean = scoreGrids((await readWorkbook(path.resolve(__dirname, "../../assets/samples/lechang.xlsx"))).grids);
  await fs.rm(dir, { recursive: true, force: true });
});

test("every indicator, item and measure equals the clean layout's", () => {
  const pts = (r: ScoreResult) => r.report.indicators.map((i) => [i.id, i.points, i.status, i.items.map((it) => [it.id, it.points, it.value])]);
  expect(pts(messy)).toEqual(pts(clean));
  expect(messy.report.measures).toEqual(clean.report.measures);
  expect(messy.report.total).toBe(89);
});

test("every sheet is recognised as its kind, including both training sheets", () => {
  const kinds = Object.fromEntries(messy.recognitions.map((r) => [r.sheet, r.kind]));
  expect(kinds).toEqual({
    自评填报: "facts",
    村居名单: "villages",
    "站点台账（汇总）": "stations",
    "培训签到表（一）": "training",
    "培训签到表（二）": "training",
    贫困户名单: "poorPersons",
    园区企业: "enterprises",
    资金台账: "funds",
    月报台账: "reports",
    信息公开: "disclosures",
    媒体报道: "media",
    案例总结: "materials",
  });
  const villages = messy.recognitions.find((r) => r.sheet === "村居名单");
  expect(villages?.headerRows).toBe(2);
  expect(villages?.headerRow).toBe(3);
  expect(messy.recognitions.find((r) => r.sheet === "资金台账")?.unit).toBe("万元");
});

test("skipped rows are said, located, and nothing is an error or warning", () => {
  const d = messy.report.diagnostics;
  expect(d.filter((x) => x.severity !== "info")).toEqual([]);
  const msg = (sheet: string, text: string) => d.filter((x) => x.sheet === sheet && x.message.includes(text));
  expect(msg("村居名单", "合计行")).toHaveLength(1);
  expect(msg("资金台账", "合计行")).toHaveLength(2); // 小计 and 总计
  expect(msg("培训签到表（二）", "重复的表头")).toHaveLength(1);
  expect(msg("培训签到表（二）", "合计行")).toHaveLength(1);
  for (const x of d) expect(x.cell).toMatch(/^(\d+:\d+|[A-Z]+\d+)$/);
});
