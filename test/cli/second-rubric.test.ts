/**
 * Another province's rubric is a data file: a small rubric (test/fixtures/rubrics/demo-2024.json:
 * fractional points, a cumulative media bonus capped at 1 point overall) scores the Lechang sample
 * end to end through the CLI, with no code of its own. The expected points follow from the
 * sample's figures (137/195 villages, 4385 person-times, 4,167,785 of 5,000,000 yuan, province and
 * county media) and the rubric's tiers, worked out by hand in the comments.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { readWorkbook } from "../../src/node/read-xlsx";
import type { ScoreReport } from "../../src/scoring/report";
import { tempDir } from "../node/tmp";

const ROOT = path.join(__dirname, "../..");
const SAMPLE = path.join(ROOT, "assets/samples/lechang.xlsx");
const RUBRIC = path.join(ROOT, "test/fixtures/rubrics/demo-2024.json");

jest.setTimeout(120_000);

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

const tmp = tempDir("ecom-rubric-");
afterAll(() => tmp.cleanup());

test("score --rubric <file.json>: the sample scored against the second rubric, and the scored copy written with its table", async () => {
  const out = tmp.file("demo.scored.xlsx");
  const r = await run(["score", SAMPLE, "--rubric", RUBRIC, "--json", "-", "--quiet", "--out", out]);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  const report = JSON.parse(r.out) as ScoreReport;
  expect(report.rubric).toBe("demo-2024");
  const points = Object.fromEntries(report.indicators.map((i) => [i.id, i.points]));
  expect(points).toEqual({
    "service.coverage": 3.5, // 137/195 = 70.3%: ≥ 60% → 3.5 (not ≥ 80%)
    "service.fund": 1.25, // 4,167,785 / 5,000,000 = 83.4%: ≥ 75% → 1.25 (not ≥ 90%)
    "training.personTimes": 4.5, // 4385 ≥ 4000 → 4.5
    "bonus.media": 1.5, // province 1 + county 0.75 = 1.75, capped at the item's 1.5
  });
  expect(report.bonus).toBe(1); // the rubric's maxBonus
  expect(report.total).toBe(10.25); // 3.5 + 1.25 + 4.5 + 1
  // The rubric's own measures, not gd-2019's.
  expect(Object.keys(report.measures)).toEqual(["adminVillages", "coveredVillages", "trainingPersonTimes", "fundAllocated", "fundSpent", "mediaLevels"]);

  const { grids } = await readWorkbook(out);
  const table = grids.sheets.find((s) => s.name === "考评指标自评表");
  const cells = table?.rows.flat() ?? [];
  expect(cells).toContain("乐昌市 示例省电子商务进农村考评指标（测试用） 自评表（考评截止日期：2021-08-31）");
  expect(cells).toContain("覆盖率≥80%得6分；≥60%得3.5分；≥40%得1.5分。");
  expect(cells).toContain(3.5);
  expect(cells).toContain(10.25);
});

test("inspect, map and template take --rubric too", async () => {
  const inspect = await run(["inspect", SAMPLE, "--rubric", RUBRIC]);
  expect(inspect.code).toBe(0);
  // Labels gd-2019 reads are not this rubric's inputs: inspect offers them for mapping.
  expect(inspect.out).toContain("常住人口");

  const copy = tmp.file("map.xlsx");
  await fs.copyFile(SAMPLE, copy);
  // residentPopulation is a gd-2019 input, not one of this rubric's: refused, naming the nearest.
  const map = await run(["map", copy, "--rubric", RUBRIC, "--fact", "常住人口=residentPopulation"]);
  expect(map.code).toBe(2);
  expect(map.err).toContain("没有填报项“residentPopulation”");

  const template = tmp.file("template.xlsx");
  expect((await run(["template", template, "--rubric", RUBRIC])).code).toBe(0);
  const facts = (await readWorkbook(template)).grids.sheets[0].rows.flat();
  expect(facts).toContain("下达资金总额");
  expect(facts).not.toContain("常住人口");
});

test("a broken rubric file: exit 2 and one line locating the problem", async () => {
  const broken = JSON.parse(await fs.readFile(RUBRIC, "utf8"));
  broken.indicators[3].weight = "ten";
  const file = tmp.file("broken.json");
  await fs.writeFile(file, JSON.stringify(broken));
  const r = await run(["score", SAMPLE, "--rubric", file, "--quiet", "--out", tmp.file("x.xlsx")]);
  expect(r.code).toBe(2);
  expect(r.err.trimEnd().split("\n")).toHaveLength(1);
  expect(r.err).toContain('indicators[3].weight: 应为数字（收到 "ten"）');
  const unknown = await run(["score", SAMPLE, "--rubric", "gd-2099", "--quiet"]);
  expect(unknown.code).toBe(2);
  expect(unknown.err).toContain("未知的考评指标体系“gd-2099”（可用：gd-2019");
});
