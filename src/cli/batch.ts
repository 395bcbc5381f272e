/**
 * ecom-score batch <folder or files…> --out 汇总.xlsx [--json file|-] [--jobs N]: scores every
 * county workbook in parallel (one worker thread per core) and writes a summary workbook to
 * compare counties. A file that cannot be scored is listed with its error and the batch goes on:
 * exit 0 when at least one county was scored (with or without diagnostics), 2 when none was.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import ExcelJS from "exceljs";
import { loadRubric } from "./rubric-option";
import { writeScoredWorkbook } from "../node/write-xlsx";
import { checkWritable, writeFileAtomic } from "../node/files";
import { InputError, UsageError } from "./errors";
import { countyFromFile, scoreCounty, type CountyResult } from "./batch-score";
import { summarySheet } from "./batch-summary";
import type { Io } from "./io";

/** The .xlsx files of the arguments: folders give their workbooks (not Office lock files ~$…). */
export async function batchFiles(args: string[], exclude: string[] = []): Promise<string[]> {
  const out: string[] = [];
  const skip = new Set(exclude.map((f) => path.resolve(f)));
  for (const a of args) {
    const st = await fs.stat(a).catch(() => undefined);
    if (!st) throw new InputError(`找不到“${a}” / not found: ${a}`);
    if (st.isDirectory()) {
      const names = (await fs.readdir(a)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$")).sort((x, y) => x.localeCompare(y, "zh"));
      out.push(...names.map((n) => path.join(a, n)));
    } else out.push(a);
  }
  return [...new Set(out)].filter((f) => !skip.has(path.resolve(f)));
}

function eta(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s} 秒` : `${Math.floor(s / 60)} 分 ${s % 60} 秒`;
}

/** The worker script beside this module; under ts-node (tests, benchmarks) the .ts source. */
function workerScript(): { file: string; execArgv: string[] } {
  const ext = path.extname(__filename);
  const file = path.join(__dirname, `batch-worker${ext}`);
  return { file, execArgv: ext === ".ts" ? ["--require", "ts-node/register/transpile-only"] : [] };
}

/**
 * Scores the files with `jobs` worker threads (1: in this thread), calling `onResult` as each
 * finishes. Results come back in the files' order.
 */
export async function scoreAll(files: string[], jobs: number, onResult: (r: CountyResult, done: number) => void = () => {}, rubric?: string): Promise<CountyResult[]> {
  const results: CountyResult[] = new Array(files.length);
  let done = 0;
  if (jobs <= 1) {
    for (let i = 0; i < files.length; i++) {
      results[i] = await scoreCounty(files[i], rubric);
      onResult(results[i], ++done);
    }
    return results;
  }
  const { file, execArgv } = workerScript();
  let next = 0;
  const workers = Array.from({ length: Math.min(jobs, files.length) }, () => new Worker(file, { execArgv }));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            let current = -1;
            const feed = () => {
              if (next >= files.length) return resolve();
              current = next++;
              w.postMessage({ index: current, file: files[current], rubric });
            };
            w.on("message", (m: { index: number; result: CountyResult }) => {
              results[m.index] = m.result;
              onResult(m.result, ++done);
              feed();
            });
            // A worker that dies (out of memory on one huge file) loses only its file; the others go on.
            w.on("error", (e) => {
              if (current >= 0 && !results[current]) {
                results[current] = { file: files[current], county: countyFromFile(files[current]), error: `评分线程异常退出：${e.message}` };
                onResult(results[current], ++done);
              }
              resolve();
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  // Files no worker was left to take (every worker died) are scored here.
  for (let i = 0; i < files.length; i++) if (!results[i]) onResult((results[i] = await scoreCounty(files[i], rubric)), ++done);
  return results;
}

export function batchJson(results: CountyResult[]): object[] {
  return results.map((r) =>
    r.error ? { file: r.file, county: r.county, error: r.error } : { file: r.file, county: r.county, total: r.total, bonus: r.bonus, vetoed: r.vetoed, points: r.points },
  );
}

export interface BatchOptions {
  out?: string;
  /** A file name, or "-" for stdout. */
  json?: string;
  jobs?: string;
  rubric?: string;
  quiet?: boolean;
}

export async function batchCommand(positional: string[], options: BatchOptions, io: Io): Promise<number> {
  if (positional.length === 0) throw new UsageError("batch 需要一个文件夹或若干工作簿 / batch needs a folder or workbooks");
  const outFile = typeof options.out === "string" ? options.out : "汇总.xlsx";
  const jsonFile = typeof options.json === "string" && options.json !== "-" ? options.json : undefined;
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  const jobs = typeof options.jobs === "string" ? Number(options.jobs) : cores;
  if (!Number.isInteger(jobs) || jobs < 1) throw new InputError(`--jobs 应为正整数，收到“${String(options.jobs)}”`);
  // A wrong --rubric is said once, before any file is read.
  const rubric = await loadRubric(options.rubric);
  const files = await batchFiles(positional, [outFile, ...(jsonFile ? [jsonFile] : [])]);
  if (files.length === 0) throw new InputError(`没有找到 .xlsx 工作簿（${positional.join("、")}）/ no .xlsx workbooks found`);
  await checkWritable(outFile);
  if (jsonFile) await checkWritable(jsonFile);
  const quiet = options.quiet === true;
  const started = Date.now();
  const workers = Math.min(jobs, files.length);
  if (!quiet) io.err(`为 ${files.length} 个工作簿评分（${workers} 个并行）…\n`);
  const results = await scoreAll(
    files,
    workers,
    (r, done) => {
      if (quiet) return;
      const spent = Date.now() - started;
      const left = done < files.length ? `，预计还需 ${eta((spent / done) * (files.length - done))}` : "";
      io.err(`[${done}/${files.length}] ${r.county}：${r.error ? `未能评分（${r.error}）` : `${r.total} 分`}${left}\n`);
    },
    options.rubric,
  );
  const scored = results.filter((r) => !r.error).length;
  const json = `${JSON.stringify(batchJson(results), null, 2)}\n`;
  if (options.json === "-") io.out(json);
  else if (jsonFile) await writeFileAtomic(jsonFile, json);
  if (scored === 0) throw new InputError(`${files.length} 个工作簿都未能评分，未写出汇总表 / none of ${files.length} workbooks could be scored`);
  const model = summarySheet(
    results,
    rubric,
    `电子商务进农村综合示范考评汇总（${scored} 个县评分${results.length > scored ? `，${results.length - scored} 个文件未能评分` : ""}）`,
  );
  // A fresh workbook (one 说明 sheet: a package needs a sheet) that the scored-copy writer adds 汇总 to.
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("说明").getCell("A1").value =
    `由 ecom-score batch 生成（${new Date().toISOString().slice(0, 10)}）：各县得分见“${model.name}”表；各县的依据见其评分副本`;
  const fresh = new Uint8Array(await workbook.xlsx.writeBuffer());
  await fs.mkdir(path.dirname(path.resolve(outFile)), { recursive: true });
  await writeScoredWorkbook(fresh, [model], outFile, { onWarning: (w) => io.err(`注意：${w}\n`) });
  if (options.json !== "-") {
    for (const r of results.filter((x) => !x.error).sort((a, b) => (b.total ?? 0) - (a.total ?? 0))) io.out(`${r.county}\t${r.total}${r.vetoed ? "（否决）" : ""}\n`);
    for (const r of results.filter((x) => x.error)) io.out(`${r.county}\t未能评分：${r.error}\n`);
    io.out(`汇总表：${outFile}（${scored}/${results.length} 个县评分，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒）\n`);
  }
  return 0;
}
