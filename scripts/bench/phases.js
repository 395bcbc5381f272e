// The CLI's first two phases, timed apart inside one process (uses the built lib/): reading the
// workbook into grids, then recognising the ledgers and scoring. Prints {"readMs", "scoreMs",
// "total", "diagnostics"} on stdout.
const path = require("path");
const { readWorkbook } = require(path.join(__dirname, "../../lib/node/read-xlsx.js"));
const { scoreGrids } = require(path.join(__dirname, "../../lib/pipeline"));

(async () => {
  const t0 = process.hrtime.bigint();
  const { grids } = await readWorkbook(process.argv[2], { formats: false });
  const t1 = process.hrtime.bigint();
  const { report } = scoreGrids(grids);
  const t2 = process.hrtime.bigint();
  const ms = (a, b) => Number(b - a) / 1e6;
  process.stdout.write(`${JSON.stringify({ readMs: ms(t0, t1), scoreMs: ms(t1, t2), total: report.total, diagnostics: report.diagnostics.length })}\n`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
