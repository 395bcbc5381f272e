/**
 * A 300,000-row workbook (the Lechang sample with its training ledger padded) is scored through the
 * CLI under a 512 MB heap: the read streams, and nothing keeps a model of the whole workbook.
 * Slow (a minute or more on a small machine); how fast it is is `npm run bench`'s business.
 */
import { existsSync } from "fs";
import * as path from "path";
import { paddedLechang, writeWorkbookStreaming } from "../../scripts/lib/padded-sample";
import { checkBuilt, run, useTempDir } from "./run";

const tmp = useTempDir();
const ROWS = 300000;

test(
  `${ROWS.toLocaleString("en")} training rows are scored under --max-old-space-size=512`,
  async () => {
    checkBuilt();
    const file = path.join(tmp.dir, "large.xlsx");
    await writeWorkbookStreaming(paddedLechang({ 培训台账: ROWS }), file);
    const out = path.join(tmp.dir, "large.scored.xlsx");
    const r = await run(["score", file, "--json", "-", "--quiet", "--out", out], { nodeArgs: ["--max-old-space-size=512"] });
    expect(r.stderr).not.toMatch(/heap|内部错误/);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { total: number; diagnostics: unknown[] };
    // The padding repeats the sample's sign-ins: the same people, so the same score as the sample.
    expect(report.total).toBe(89);
    // Per-row problems are merged, never one line per row.
    expect(report.diagnostics.length).toBeLessThan(100);
    expect(existsSync(out)).toBe(true);
  },
  20 * 60 * 1000,
);
