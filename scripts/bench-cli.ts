/**
 * Benchmark of the CLI pipeline on large ledgers: the Lechang sample with its training ledger
 * grown to N sign-in rows. Prints read / score / write times and peak memory; asserts nothing.
 *   npm run bench:cli -- 50000 200000
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { writeWorkbook } from "./lib/grid-xlsx";
import { lechangSheets } from "./sample/lechang";
import { readWorkbook } from "../src/node/read-xlsx";
import { scoreGrids } from "../src/pipeline";
import { buildScoredSheets } from "../src/table";
import { writeScoredWorkbook } from "../src/node/write-xlsx";
import { GD_2019 } from "../src/scoring/rubrics/gd-2019";

async function run(rows: number): Promise<void> {
  const sheets = lechangSheets();
  const training = sheets.find((s) => s.name === "培训台账");
  if (!training) throw new Error("sample has no 培训台账");
  const body = training.rows.slice(2);
  while (training.rows.length - 2 < rows) training.rows.push([...body[(training.rows.length - 2) % body.length]]);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ecom-bench-"));
  const file = path.join(dir, "big.xlsx");
  await writeWorkbook(sheets, file);
  const size = (await fs.stat(file)).size;
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = Date.now();
  const { grids, bytes } = await readWorkbook(file);
  const t1 = Date.now();
  const { report } = scoreGrids(grids);
  const t2 = Date.now();
  await writeScoredWorkbook(bytes, buildScoredSheets(report, GD_2019), path.join(dir, "big.scored.xlsx"));
  const t3 = Date.now();
  clearInterval(timer);
  console.log(
    [
      `${rows}`.padStart(8),
      `${(size / 1e6).toFixed(1)} MB`.padStart(9),
      `${t1 - t0} ms`.padStart(10),
      `${t2 - t1} ms`.padStart(10),
      `${t3 - t2} ms`.padStart(10),
      `${Math.round(peak / 1e6)} MB`.padStart(9),
      `${report.total}`.padStart(6),
    ].join(" "),
  );
  await fs.rm(dir, { recursive: true, force: true });
}

(async () => {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  console.log("培训台账行数    文件大小       读取       评分       写出   峰值内存   总分");
  for (const n of sizes.length ? sizes : [5000, 50000]) await run(n);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
