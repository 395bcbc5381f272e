// How much of "recognise + score" is the engine warming up (uses the built lib/): scoreGrids timed
// on its first call in a fresh process, on a second call, and again once the code has run on other
// workbooks first (its code compiled and optimised, this workbook's data not seen). Each figure is
// the main thread's CPU time (from /proc, so another process on the machine does not count), the
// median of --runs fresh processes.
//   node scripts/bench/warmup.js out/bench/S.xlsx [--runs 7] [--warm-on a.xlsx b.xlsx …]
const { execFileSync } = require("child_process");
const { readFileSync } = require("fs");
const path = require("path");

/** CPU time of this process's main thread, in ms (Linux: the thread's schedstat). */
function mainThreadMs() {
  return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
}

async function child(file, warmOn) {
  const { readWorkbook } = require(path.join(__dirname, "../../lib/node/read-xlsx.js"));
  const { scoreGrids } = require(path.join(__dirname, "../../lib/pipeline"));
  const { grids } = await readWorkbook(file, { formats: false });
  const others = [];
  for (const f of warmOn) others.push((await readWorkbook(f, { formats: false })).grids);
  for (const g of others) scoreGrids(g);
  const timed = () => {
    const t = mainThreadMs();
    scoreGrids(grids);
    return mainThreadMs() - t;
  };
  const first = timed();
  const second = timed();
  process.stdout.write(`${JSON.stringify({ first, second })}\n`);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function main() {
  const args = process.argv.slice(2);
  if (args[0] === "--child") return child(args[1], args.slice(2));
  const file = args[0];
  const runs = args.includes("--runs") ? Number(args[args.indexOf("--runs") + 1]) : 7;
  const warmOn = args.includes("--warm-on") ? args.slice(args.indexOf("--warm-on") + 1) : [];
  const run = (others) => JSON.parse(execFileSync(process.execPath, [__filename, "--child", file, ...others], { encoding: "utf8" }));
  const cold = [];
  const warm = [];
  // Alternated, so that a busy spell on the machine falls on both.
  for (let i = 0; i < runs; i++) {
    cold.push(run([]));
    if (warmOn.length > 0) warm.push(run(warmOn));
  }
  const ms = (x) => `${x.toFixed(0)} ms`;
  console.log(`${path.basename(file)}: main-thread CPU, median of ${runs} processes`);
  console.log(`  first call, fresh process:           ${ms(median(cold.map((r) => r.first)))}`);
  console.log(`  second call, same process:           ${ms(median(cold.map((r) => r.second)))}`);
  if (warm.length > 0) console.log(`  first call after other workbook(s):  ${ms(median(warm.map((r) => r.first)))} (${warmOn.length} scored first)`);
}

Promise.resolve(main()).catch((e) => {
  console.error(e);
  process.exit(1);
});
