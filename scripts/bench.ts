/**
 * `npm run bench`: the CLI on large ledgers against the floor, measured in the same run.
 *
 * Workbooks: the Lechang sample with its training ledger padded to 5,000 / 50,000 / 300,000 rows
 * (S, M, L), with training, poor roster and stations at 100,000 rows each (L3), and with two training
 * sheets of 150,000 rows each (L2T: records grouped per sheet, where a quadratic loop once hid). They are
 * generated once into out/bench/ (exceljs's streaming writer) and reused.
 *
 * For each: the floor (exceljs's streaming WorkbookReader touching every cell, scripts/bench/floor.js),
 * the CLI end to end (`node bin/ecom-score.js score …`, wall time and peak RSS), and the read and the
 * recognise + score phases timed apart (scripts/bench/phases.js). Every one is a child process,
 * measured the same way. Prints the table with the ratios against issue 12's targets; asserts
 * nothing (speed targets are not tests). How much of the recognise + score phase is the engine
 * warming up (a first call in a fresh process against a second): scripts/bench/warmup.js.
 *   npm run bench                 # S M L L3 L2T
 *   npm run bench -- S M          # some of them
 *   BENCH_RUNS=1 npm run bench    # one run each (the median of 3 by default)
 */
import { spawn } from "child_process";
import { existsSync, promises as fs } from "fs";
import * as path from "path";
import { paddedLechang, writeWorkbookStreaming } from "./lib/padded-sample";

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "out/bench");

interface Case {
  id: string;
  /** Data rows per padded sheet. */
  pad: Record<string, number>;
  /** Sheets repeated whole under another name. */
  copies?: Record<string, string>;
}

const CASES: Case[] = [
  { id: "S", pad: { 培训台账: 5000 } },
  { id: "M", pad: { 培训台账: 50000 } },
  { id: "L", pad: { 培训台账: 300000 } },
  { id: "L3", pad: { 培训台账: 100000, 建档立卡贫困人口: 100000, 站点台账: 100000 } },
  { id: "L2T", pad: { 培训台账: 150000 }, copies: { 培训台账: "培训台账（二期）" } },
];

async function generate(c: Case, file: string): Promise<void> {
  await writeWorkbookStreaming(paddedLechang(c.pad, c.copies), file);
}

interface Run {
  ms: number;
  peakMb: number;
  stdout: string;
  code: number | null;
}

const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

/**
 * Runs `node args…`, measuring wall time and peak resident memory: /usr/bin/time -v when the
 * machine has it, else polling /proc/<pid>/status (VmHWM) every 20 ms.
 */
function runNode(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = TIME ? spawn(TIME, ["-v", process.execPath, ...args], { cwd: ROOT }) : spawn(process.execPath, args, { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    let polled = 0;
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const poll = TIME
      ? undefined
      : setInterval(() => {
          fs.readFile(`/proc/${child.pid}/status`, "utf8").then(
            (s) => (polled = Math.max(polled, Number(/VmHWM:\s+(\d+)/.exec(s)?.[1] ?? 0))),
            () => undefined,
          );
        }, 20);
    child.on("error", reject);
    child.on("close", (code) => {
      if (poll) clearInterval(poll);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const kb = TIME ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0) : polled;
      if (code !== 0) process.stderr.write(stderr.slice(-2000));
      resolve({ ms, peakMb: kb / 1024, stdout, code });
    });
  });
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
/** Runs of each measurement, the median reported (BENCH_RUNS=1 for a quick look). */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const cases = wanted.length ? CASES.filter((c) => wanted.includes(c.id)) : CASES;
  if (!existsSync(path.join(ROOT, "lib/cli/main.js"))) throw new Error("lib/ is not built: run `npm run build:cli` first");
  await fs.mkdir(OUT, { recursive: true });
  const lines: string[] = [];
  const header = "| workbook | rows | file | floor | floor peak | end to end | peak | e2e ÷ floor | read | recognise + score | ÷ read |";
  const rule = "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
  console.log(header);
  console.log(rule);
  for (const c of cases) {
    const file = path.join(OUT, `${c.id}.xlsx`);
    if (!existsSync(file)) {
      process.stderr.write(`generating ${c.id} …\n`);
      await generate(c, file);
    }
    const size = (await fs.stat(file)).size / 1048576;
    // Each measured RUNS times, the floor and the CLI in turn (a busy moment of the machine falls on
    // both alike), and the median kept: one run on a shared machine can be a second off.
    const floors: Run[] = [];
    const clis: Run[] = [];
    const phaseRuns: { readMs: number; scoreMs: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const floorRun = await runNode([path.join(ROOT, "scripts/bench/floor.js"), file]);
      const cliRun = await runNode([path.join(ROOT, "bin/ecom-score.js"), "score", file, "--quiet", "--out", path.join(OUT, `${c.id}.scored.xlsx`)]);
      const phasesRun = await runNode([path.join(ROOT, "scripts/bench/phases.js"), file]);
      if (floorRun.code !== 0 || cliRun.code !== 0 || phasesRun.code !== 0)
        throw new Error(`${c.id}: a child process failed (floor ${floorRun.code}, cli ${cliRun.code}, phases ${phasesRun.code})`);
      floors.push(floorRun);
      clis.push(cliRun);
      phaseRuns.push(JSON.parse(phasesRun.stdout) as { readMs: number; scoreMs: number });
    }
    const floor = { ms: median(floors.map((r) => r.ms)), peakMb: median(floors.map((r) => r.peakMb)) };
    const cli = { ms: median(clis.map((r) => r.ms)), peakMb: median(clis.map((r) => r.peakMb)) };
    const phases = { readMs: median(phaseRuns.map((p) => p.readMs)), scoreMs: median(phaseRuns.map((p) => p.scoreMs)) };
    const rows = Object.values(c.pad).reduce((a, b) => a + b, 0);
    const line = `| ${c.id} | ${rows.toLocaleString("en")} | ${fmt(size)} MB | ${fmt(floor.ms / 1000)} s | ${Math.round(floor.peakMb)} MB | ${fmt(cli.ms / 1000)} s | ${Math.round(cli.peakMb)} MB | ${fmt(cli.ms / floor.ms, 2)}× | ${fmt(phases.readMs / 1000, 2)} s | ${fmt(phases.scoreMs / 1000, 2)} s | ${fmt((100 * phases.scoreMs) / phases.readMs, 0)}% |`;
    lines.push(line);
    console.log(line);
  }
  console.log("\nTargets (issue 12): end to end ≤ 1.5× the floor and peak ≤ 400 MB at 300,000 rows (L, L3); recognise + score ≤ 10% of the read.");
  console.log(`The end-to-end figure includes writing the scored copy. Each figure is the median of ${RUNS} runs.`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
