/** The ecom-score CLI end to end, on temp copies of the sample. */
import { execFile } from "child_process";
import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { readWorkbook } from "../../src/node/read-xlsx";
import { writeSettingsPackage } from "../../src/xlsx";
import { emptySettings, parseSettingsSheet, settingsSheetRows, withFact, type WorkbookSettings } from "../../src/ledger/settings";
import { quoted } from "../../src/cli/inspect";
import type { ScoreReport } from "../../src/scoring/report";
import { INDICATOR_IDS, MEASURE_KEYS } from "../support/ids";

const ROOT = path.resolve(__dirname, "../..");
const SAMPLE = path.join(ROOT, "assets/samples/lechang.xlsx");
let dir: string;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out: () => out.join(""), err: () => err.join("") };
}

async function sha(file: string) {
  return createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ecom-cli-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("score", () => {
  let input: string;
  let before: string;
  let c: ReturnType<typeof capture>;
  let code: number;

  beforeAll(async () => {
    input = path.join(dir, "乐昌 台账.xlsx");
    await fs.copyFile(SAMPLE, input);
    before = await sha(input);
    c = capture();
    code = await main(["score", input, "--json", path.join(dir, "report.json")], c.io);
  });

  test("exits 0, prints the table, writes <name>.scored.xlsx beside the input", async () => {
    expect(code).toBe(0);
    expect(c.out()).toContain("合计：89 分");
    expect(c.err()).toContain("读取"); // progress goes to stderr
    await expect(fs.stat(path.join(dir, "乐昌 台账.scored.xlsx"))).resolves.toBeTruthy();
  });

  test("the input file is byte-for-byte unchanged", async () => {
    expect(await sha(input)).toBe(before);
  });

  test("the JSON report has the shape of docs/ledgers.md and every indicator id", async () => {
    const r = JSON.parse(await fs.readFile(path.join(dir, "report.json"), "utf8")) as ScoreReport;
    expect(r).toMatchObject({ rubric: "gd-2019", asOf: "2021-08-31", county: "乐昌市", total: 89, totalBeforeVeto: 89, bonus: 0, vetoed: false, vetoReasons: [] });
    expect(r.indicators.map((i) => i.id)).toEqual(INDICATOR_IDS);
    for (const i of r.indicators) {
      expect(["computed", "judged", "missing"]).toContain(i.status);
      expect(typeof i.points).toBe("number");
      for (const it of i.items) expect(Object.keys(it)).toEqual(expect.arrayContaining(["id", "label", "points", "basis"]));
    }
    expect(Object.keys(r.measures).sort()).toEqual([...MEASURE_KEYS].sort());
    for (const d of r.diagnostics) expect(["error", "warning", "info"]).toContain(d.severity);
  });

  test("the scored copy opens again: ledgers hold their original values, merges and number formats", async () => {
    const orig = await readWorkbook(input);
    const scored = await readWorkbook(path.join(dir, "乐昌 台账.scored.xlsx"));
    for (const s of orig.grids.sheets) {
      const t = scored.grids.sheets.find((x) => x.name === s.name);
      expect(t).toBeDefined();
      expect(t?.rows).toEqual(s.rows);
      expect(t?.merges).toEqual(s.merges);
      expect(t?.formats).toEqual(s.formats);
    }
    const names = scored.grids.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["考评指标自评表", "评分明细", "诊断信息"]));
    const table = scored.grids.sheets.find((s) => s.name === "考评指标自评表");
    const flat = table?.rows.flat().map(String).join("|") ?? "";
    expect(flat).toContain("服务体系建设");
    expect(flat).toContain("137/195 个行政村有站点 = 70.3% ≥ 70% → 5分");
  });
});

test("--json - prints only the JSON report to stdout", async () => {
  const input = path.join(dir, "stdout.xlsx");
  await fs.copyFile(SAMPLE, input);
  const c = capture();
  expect(await main(["score", input, "--json", "-", "--quiet"], c.io)).toBe(0);
  const r = JSON.parse(c.out()) as ScoreReport;
  expect(r.total).toBe(89);
  expect(c.err()).toBe("");
});

test("--as-of moves the cut-off: at 2020-12-31 the centre is not yet open", async () => {
  const input = path.join(dir, "asof.xlsx");
  await fs.copyFile(SAMPLE, input);
  const c = capture();
  expect(await main(["score", input, "--json", "-", "--quiet", "--as-of", "2020-12-31"], c.io)).toBe(0);
  const r = JSON.parse(c.out()) as ScoreReport;
  expect(r.asOf).toBe("2020-12-31");
  const center = r.indicators.find((i) => i.id === "work.center");
  expect(center?.items.find((i) => i.id === "work.center.built")?.points).toBe(0);
  expect(r.total).toBeLessThan(89);
});

describe("unusable input exits 2 with one line", () => {
  test.each([
    ["a missing file", async () => path.join(dir, "nope.xlsx"), /文件不存在/],
    [
      "a text file",
      async () => {
        const f = path.join(dir, "notes.xlsx");
        await fs.writeFile(f, "hello");
        return f;
      },
      /无法读取工作簿/,
    ],
    ["a directory", async () => dir, /无法读取工作簿/],
  ])("%s", async (_, make, message) => {
    const c = capture();
    expect(await main(["score", await make()], c.io)).toBe(2);
    expect(c.err()).toMatch(message);
    // Progress lines may precede it; the reason itself is one line.
    expect(
      c
        .err()
        .split("\n")
        .filter((l) => l.startsWith("ecom-score:")),
    ).toHaveLength(1);
  });

  test("a bad --as-of", async () => {
    const c = capture();
    expect(await main(["score", SAMPLE, "--as-of", "2021-13-01"], c.io)).toBe(2);
    expect(c.err()).toContain("--as-of");
  });

  test("no arguments prints usage", async () => {
    const c = capture();
    expect(await main([], c.io)).toBe(2);
    expect(c.out()).toContain("ecom-score score");
  });
});

test("the installed bin runs (npx ecom-score) and prints the JSON report", async () => {
  const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) =>
    execFile(
      process.execPath,
      [path.join(ROOT, "bin/ecom-score.js"), "score", SAMPLE, "--json", "-", "--quiet", "--out", path.join(dir, "bin.scored.xlsx")],
      { maxBuffer: 1 << 26 },
      (e, stdout) => (e ? reject(e) : resolve({ stdout })),
    ),
  );
  expect((JSON.parse(stdout) as ScoreReport).total).toBe(89);
});

test("bin exits 2 for a missing file", async () => {
  const code = await new Promise<number>((resolve) =>
    execFile(process.execPath, [path.join(ROOT, "bin/ecom-score.js"), "score", path.join(dir, "missing.xlsx")], (e) => resolve(e ? Number(e.code) : 0)),
  );
  expect(code).toBe(2);
});

describe("inspect, map, template", () => {
  test("inspect explains every sheet", async () => {
    const c = capture();
    expect(await main(["inspect", SAMPLE], c.io)).toBe(0);
    expect(c.out()).toContain("站点台账：村级电商服务站点清单（stations");
    expect(c.out()).toMatch(/资金台账：资金台账（funds.*\n.*表头：第 3 行/);
  });

  test("a stored mapping changes the result and survives save and reopen", async () => {
    const input = path.join(dir, "map.xlsx");
    await fs.copyFile(SAMPLE, input);
    const c = capture();
    expect(await main(["map", input, "--sheet", "宣传报道", "--kind", "ignore"], c.io)).toBe(0);
    await expect(fs.stat(path.join(dir, "map.bak.xlsx"))).resolves.toBeTruthy();
    const c2 = capture();
    expect(await main(["score", input, "--json", "-", "--quiet", "--out", path.join(dir, "map.scored.xlsx")], c2.io)).toBe(0);
    const r = JSON.parse(c2.out()) as ScoreReport;
    expect(r.indicators.find((i) => i.id === "promo.media")?.status).toBe("missing");
    expect(r.total).toBe(84);
    // The scored copy carries the settings sheet too, so a reviewer's re-score uses the mapping.
    const again = capture();
    expect(await main(["inspect", path.join(dir, "map.scored.xlsx")], again.io)).toBe(0);
    expect(again.out()).toContain("宣传报道：未识别");
    expect(again.out()).toContain("映射设为忽略");
  });

  test("a mapping naming a sheet that no longer exists is a diagnostic, not a crash", async () => {
    const input = path.join(dir, "gone.xlsx");
    await fs.copyFile(SAMPLE, input);
    const mapping = path.join(dir, "mapping.json");
    await fs.writeFile(mapping, JSON.stringify([{ sheet: "旧站点表", kind: "stations" }]));
    const c = capture();
    expect(await main(["score", input, "--json", "-", "--quiet", "--mapping", mapping], c.io)).toBe(0);
    const r = JSON.parse(c.out()) as ScoreReport;
    expect(r.total).toBe(89);
    expect(r.diagnostics.some((d) => d.message.includes("旧站点表"))).toBe(true);
  });

  test("template writes a facts sheet and empty ledgers that score without crashing", async () => {
    const out = path.join(dir, "template.xlsx");
    const c = capture();
    expect(await main(["template", out], c.io)).toBe(0);
    const c2 = capture();
    expect(await main(["score", out, "--json", "-", "--quiet"], c2.io)).toBe(0);
    const r = JSON.parse(c2.out()) as ScoreReport;
    expect(r.total).toBe(0);
    expect(r.indicators.filter((i) => i.status === "missing").length).toBeGreaterThan(10);
    const inspect = capture();
    await main(["inspect", out], inspect.io);
    expect(inspect.out()).toContain("基本情况与自评填报：基本情况与自评填报（facts");
    expect(inspect.out()).toContain("培训台账：培训台账（training");
  });
});

/** The sample with its 常住人口 label reworded so that the reader does not understand it. */
async function sampleWithUnclearLabel(file: string, settings?: WorkbookSettings): Promise<void> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.getWorksheet("基本情况与自评")!;
  expect(ws.getCell("A5").value).toBe("常住人口");
  ws.getCell("A5").value = UNCLEAR;
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  await fs.writeFile(file, settings ? writeSettingsPackage(bytes, settingsSheetRows(settings)) : bytes);
}
const UNCLEAR = "本县在住人口规模";

describe("fact mappings", () => {
  test("a label the reader does not understand loses its points; the settings sheet's fact row gives them back", async () => {
    const plain = path.join(dir, "unclear.xlsx");
    await sampleWithUnclearLabel(plain);
    const c = capture();
    expect(await main(["score", plain, "--json", "-", "--quiet"], c.io)).toBe(0);
    const before = JSON.parse(c.out()) as ScoreReport;
    expect(before.measures.residentPopulation).toBeNull();
    expect(before.total).toBeLessThan(89);

    const mapped = path.join(dir, "unclear-mapped.xlsx");
    await sampleWithUnclearLabel(mapped, withFact(emptySettings(), UNCLEAR, "residentPopulation"));
    const c2 = capture();
    expect(await main(["score", mapped, "--json", "-", "--quiet"], c2.io)).toBe(0);
    const after = JSON.parse(c2.out()) as ScoreReport;
    expect(after.measures.residentPopulation).toBe(420000);
    expect(after.total).toBe(89);
  });

  test("a fact row naming no input is a diagnostic on its settings cell, not a crash", async () => {
    const file = path.join(dir, "unclear-badkey.xlsx");
    await sampleWithUnclearLabel(file, { ...emptySettings(), facts: { [UNCLEAR]: "residentPopulaton" } });
    const c = capture();
    expect(await main(["score", file, "--json", "-", "--quiet"], c.io)).toBe(0);
    const r = JSON.parse(c.out()) as ScoreReport;
    const d = r.diagnostics.find((x) => x.sheet === "_ecom_settings");
    expect(d).toMatchObject({ severity: "warning", cell: "C2" });
    expect(d?.message).toContain("residentPopulation（常住人口）");
  });

  test("--mapping gives fact mappings for one run ({ mappings, facts }); an unknown key exits 2 naming near keys", async () => {
    const file = path.join(dir, "unclear-file.xlsx");
    await sampleWithUnclearLabel(file);
    const mapping = path.join(dir, "facts.json");
    await fs.writeFile(mapping, JSON.stringify({ facts: { [UNCLEAR]: "residentPopulation" } }));
    const c = capture();
    expect(await main(["score", file, "--json", "-", "--quiet", "--mapping", mapping], c.io)).toBe(0);
    expect((JSON.parse(c.out()) as ScoreReport).total).toBe(89);
    await fs.writeFile(mapping, JSON.stringify({ mappings: [], facts: { [UNCLEAR]: "population" } }));
    const bad = capture();
    expect(await main(["score", file, "--json", "-", "--quiet", "--mapping", mapping], bad.io)).toBe(2);
    expect(bad.err().trim().split("\n")).toHaveLength(1);
    expect(bad.err()).toContain("residentPopulation");
  });
});

describe("map --fact and inspect", () => {
  test("inspect lists the label with its candidates and the exact command; running it maps the label and restores 89", async () => {
    const file = path.join(dir, "fact map.xlsx");
    await sampleWithUnclearLabel(file);
    const c = capture();
    expect(await main(["inspect", file], c.io)).toBe(0);
    const command = `ecom-score map "${file}" --fact "${UNCLEAR}=residentPopulation"`;
    expect(c.out()).toContain(`- A5 “${UNCLEAR}”：最接近 residentPopulation（常住人口）`);
    expect(c.out()).toContain(`\n        ${command}\n`);
    const json = capture();
    expect(await main(["inspect", file, "--json"], json.io)).toBe(0);
    const listed = (JSON.parse(json.out()) as { factLabels: { sheet: string; labels: { cell: string; candidates: { key: string }[]; command: string }[] }[] }).factLabels;
    expect(listed[0].sheet).toBe("基本情况与自评");
    expect(listed[0].labels.find((l) => l.cell === "A5")).toMatchObject({ candidates: [{ key: "residentPopulation" }], command });

    // The printed command, as a shell reads it.
    const sh = await new Promise<{ code: number; err: string }>((resolve) =>
      execFile("sh", ["-c", command.replace(/^ecom-score/, `node ${JSON.stringify(path.join(ROOT, "bin/ecom-score.js"))}`)], (e, _o, err) =>
        resolve({ code: e ? Number(e.code) : 0, err }),
      ),
    );
    expect(sh).toMatchObject({ code: 0 });
    await expect(fs.stat(path.join(dir, "fact map.bak.xlsx"))).resolves.toBeTruthy();
    const again = capture();
    expect(await main(["inspect", file], again.io)).toBe(0);
    expect(again.out()).not.toContain(UNCLEAR);
    const score = capture();
    expect(await main(["score", file, "--json", "-", "--quiet", "--out", path.join(dir, "fact map.scored.xlsx")], score.io)).toBe(0);
    expect((JSON.parse(score.out()) as ScoreReport).total).toBe(89);
  });

  test("an unknown key exits 2 with one line naming the near keys, and nothing is written", async () => {
    const file = path.join(dir, "fact-bad.xlsx");
    await sampleWithUnclearLabel(file);
    const before = await sha(file);
    for (const [key, near] of [
      ["residentPopulaton", "residentPopulation（常住人口）"],
      ["judged:org.plann", "judged:org.plan"],
      ["常住人数", "residentPopulation"],
    ]) {
      const c = capture();
      expect(await main(["map", file, "--fact", `${UNCLEAR}=${key}`], c.io)).toBe(2);
      expect(c.err().trim().split("\n")).toHaveLength(1);
      expect(c.err()).toContain(near);
    }
    // A label the workbook does not have would never be used: refused too.
    const c = capture();
    expect(await main(["map", file, "--fact", "没有这个标签=county"], c.io)).toBe(2);
    expect(c.err().trim().split("\n")).toHaveLength(1);
    expect(await sha(file)).toBe(before);
    await expect(fs.stat(path.join(dir, "fact-bad.bak.xlsx"))).rejects.toThrow();
  });

  test("several --fact at once, judged keys, ignore, a label quoted cut short, a key given by its label, and --remove", async () => {
    const file = path.join(dir, "fact-many.xlsx");
    await sampleWithUnclearLabel(file);
    const c = capture();
    const args = ["map", file, "--fact", "本县在住人口…=常住人口", "--fact", "方案制定自评分=judged:org.plan", "--fact=弄虚作假=ignore"];
    expect(await main(args, c.io)).toBe(0);
    expect(c.out()).toContain("3 条填报项映射");
    const stored = async () => {
      const { grids } = await readWorkbook(file);
      return parseSettingsSheet(grids.sheets.find((s) => s.name === "_ecom_settings")).facts;
    };
    expect(await stored()).toEqual({ [UNCLEAR]: "residentPopulation", 方案制定自评分: "judged:org.plan", 弄虚作假: "ignore" });
    expect(await main(["map", file, "--remove", "--fact", "弄虚作假"], capture().io)).toBe(0);
    expect(await stored()).toEqual({ [UNCLEAR]: "residentPopulation", 方案制定自评分: "judged:org.plan" });
    // Sheet mappings and fact mappings live side by side.
    expect(await main(["map", file, "--sheet", "宣传报道", "--kind", "ignore"], capture().io)).toBe(0);
    expect(await stored()).toEqual({ [UNCLEAR]: "residentPopulation", 方案制定自评分: "judged:org.plan" });
  });

  test("the command quotes a label the shell would otherwise change", () => {
    expect(quoted("常住人口=residentPopulation")).toBe('"常住人口=residentPopulation"');
    expect(quoted('人口"$x"=county')).toBe(`'人口"$x"=county'`);
    expect(quoted("it's $5=county")).toBe(`'it'\\''s $5=county'`);
  });
});

test("scoring a scored copy again replaces the add-in's sheets and keeps what a reviewer typed", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const first = path.join(dir, "r1.xlsx");
  expect(await main(["score", SAMPLE, "--out", first, "--quiet"], capture().io)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(first);
  const ws = wb.getWorksheet("考评指标自评表");
  if (!ws) throw new Error("no indicator table");
  let header: unknown[] = [];
  ws.eachRow((row) => {
    if ((row.values as unknown[]).includes("考评得分")) header = row.values as unknown[];
  });
  const [score, opinion, id] = ["考评得分", "考评意见", "指标编号"].map((h) => header.indexOf(h));
  ws.eachRow((row) => {
    if (row.getCell(id).value === "work.center") {
      row.getCell(score).value = 12;
      row.getCell(opinion).value = "现场查看：入驻企业已达 20 家";
    }
  });
  const reviewed = path.join(dir, "r1-reviewed.xlsx");
  await wb.xlsx.writeFile(reviewed);
  const second = path.join(dir, "r2.xlsx");
  expect(await main(["score", reviewed, "--out", second, "--quiet"], capture().io)).toBe(0);
  const again = await readWorkbook(second);
  expect(again.grids.sheets.filter((s) => s.name === "考评指标自评表")).toHaveLength(1);
  const table = again.grids.sheets.find((s) => s.name === "考评指标自评表");
  const row = table?.rows.find((r) => r[id - 1] === "work.center");
  expect(row?.[score - 1]).toBe(12);
  expect(row?.[opinion - 1]).toBe("现场查看：入驻企业已达 20 家");
  // The re-score itself still reads only the ledgers: 89.
  expect(table?.rows.flat()).toContain(89);
});
