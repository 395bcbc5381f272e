/**
 * npm run bench:batch — counties per second of `ecom-score batch`, with 1 worker and with one per
 * core. Generates BENCH_COUNTIES (default 12) county workbooks in a temp folder, then scores them
 * with the built CLI's batch code (lib/, so the workers run plain JavaScript).
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { writeCounties } from "./review/counties";

type ScoreAll = (files: string[], jobs: number) => Promise<{ error?: string }[]>;

async function main(): Promise<void> {
  const count = Number(process.env.BENCH_COUNTIES ?? 12);
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ecom-bench-batch-"));
  try {
    process.stderr.write(`生成 ${count} 个县的工作簿 …\n`);
    const { counties } = await writeCounties(dir, count);
    const files = counties.map((c) => c.file);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { scoreAll } = require(path.resolve(__dirname, "../lib/cli/batch.js")) as { scoreAll: ScoreAll };
    for (const jobs of [...new Set([1, cores])]) {
      const t0 = process.hrtime.bigint();
      const results = await scoreAll(files, jobs);
      const s = Number(process.hrtime.bigint() - t0) / 1e9;
      const failed = results.filter((r) => r.error).length;
      console.log(`${jobs} 个并行 / workers: ${count} 个县 ${s.toFixed(1)} 秒，${(count / s).toFixed(2)} 县/秒${failed ? `（${failed} 个失败）` : ""}`);
    }
    console.log(`（本机 ${cores} 个核心；并行数大于核心数时不会更快）`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

void main();
