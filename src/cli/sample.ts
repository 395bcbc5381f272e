/**
 * ecom-score sample <workbook> [--seed S] [--out file] [--json file|-]: draws the reviewers'
 * inspection sample (抽查清单) from the workbook's stations ledger (rule in src/review/sample.ts),
 * prints it with its seed, and writes it as a sheet into a copy of the workbook (the original is
 * never changed). The same seed always draws the same list.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { readWorkbook } from "../node/read-xlsx";
import { writeScoredWorkbook } from "../node/write-xlsx";
import { checkWritable, sameFile, writeFileAtomic } from "../node/files";
import { loadRubric } from "./rubric-option";
import { freshSeed } from "../review/prng";
import { drawSample, sampleSummary, type SampleDraw } from "../review/sample";
import { sampleSheet } from "../review/sample-sheet";
import { sampleStations } from "../review/sample-stations";
import { InputError } from "./errors";
import { ledgersRead } from "./score-run";
import type { Io } from "./io";

/** The JSON of a draw: the seed and each drawn station with its sheet row, poor flag and marks. */
export function sampleJson(d: SampleDraw): object {
  return {
    seed: d.seed,
    rule: d.rule,
    stations: d.stations,
    poorStations: d.poorStations,
    shortfalls: d.shortfalls,
    drawn: d.drawn.map((s) => ({ sheet: s.sheet, row: s.row, name: s.name ?? null, village: s.village, poor: s.poor, video: s.video, onSite: s.onSite })),
  };
}

function sampleText(d: SampleDraw): string {
  const lines = [sampleSummary(d)];
  for (const s of d.drawn) {
    const marks = [s.video ? "视频" : "", s.onSite ? "现场" : ""].filter(Boolean).join("+");
    lines.push(`  ${marks.padEnd(5, "　")} ${s.name ?? s.village}（${s.village}${s.poor ? "，贫困村" : ""}）  ${s.sheet} 第 ${s.row} 行`);
  }
  for (const n of d.shortfalls) lines.push(`注：${n}`);
  return `${lines.join("\n")}\n`;
}

export interface SampleOptions {
  seed?: string;
  out?: string;
  /** A file name, or "-" for stdout. */
  json?: string;
  rubric?: string;
  quiet?: boolean;
}

export async function sampleCommand(file: string, options: SampleOptions, io: Io): Promise<number> {
  const seed = typeof options.seed === "string" ? options.seed.trim() : freshSeed();
  if (seed === "") throw new InputError("--seed 不能为空 / --seed is empty");
  const outFile = typeof options.out === "string" ? options.out : path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.sample.xlsx`);
  const jsonFile = typeof options.json === "string" && options.json !== "-" ? options.json : undefined;
  for (const [opt, out] of [["--out", outFile], ...(jsonFile ? [["--json", jsonFile]] : [])] as [string, string][]) {
    if (await sameFile(out, file)) throw new InputError(`${opt} 指向输入工作簿本身（${out}）：原工作簿不会被覆盖，请换一个文件名 / ${opt} is the input workbook itself`);
  }
  if (jsonFile && (await sameFile(jsonFile, outFile))) throw new InputError(`--out 与 --json 是同一个文件（${outFile}），未写入 / --out and --json are the same file`);
  if (jsonFile) await checkWritable(jsonFile);
  const quiet = options.quiet === true;
  if (!quiet) io.err(`读取 ${file} …\n`);
  const { grids, bytes, warnings } = await readWorkbook(file, { formats: false });
  for (const w of warnings) io.err(`注意：${w}\n`);
  const { ledgers, aliases } = ledgersRead(grids, { rubric: await loadRubric(options.rubric) });
  if (ledgers.sheetsByKind.stations.length === 0) throw new InputError(`${file}：没有找到站点台账（村级电商服务站点清单），无法抽查 / no stations ledger`);
  const draw = drawSample(sampleStations(ledgers), seed);
  const json = `${JSON.stringify(sampleJson(draw), null, 2)}\n`;
  if (options.json === "-") io.out(json);
  else if (jsonFile) await writeFileAtomic(jsonFile, json);
  await fs.mkdir(path.dirname(path.resolve(outFile)), { recursive: true });
  await writeScoredWorkbook(bytes, [sampleSheet(draw)], outFile, { aliases, onWarning: (w) => io.err(`注意：${w}\n`) });
  if (options.json !== "-") io.out(`${sampleText(draw)}种子 / seed：${seed}\n抽查清单：${outFile}\n`);
  return 0;
}
