#!/usr/bin/env node
/**
 * Bundle sizes after `npm run build` (the postbuild script), from dist/ (or the folder given) and
 * the build's own report (bundle-report.json, written by webpack.config.js):
 *  - the task pane's first load: the files taskpane.html loads for the pane (shared.js +
 *    taskpane.js), gzipped — issue 12's budget is 160 KB;
 *  - the chunks loaded later (lazy panels, the scoring worker, the work run on the page when
 *    there is no worker);
 *  - the functions bundle, and the share of it that repeats modules the pane already loads (0 when
 *    the page's two bundles put what they share in shared.js);
 *  - every file, and the total.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const PANE_BUDGET_GZ = 160 * 1024;
const dir = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));

function walk(d) {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(d, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

const human = (n) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`);
const gz = (file) => zlib.gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).length;
const raw = (file) => fs.statSync(path.join(dir, file)).size;

if (!fs.existsSync(dir)) {
  console.error(`bundle-sizes: ${dir} does not exist (run npm run build first)`);
  process.exit(1);
}

const reportFile = path.join(dir, "bundle-report.json");
if (fs.existsSync(reportFile)) {
  const report = JSON.parse(fs.readFileSync(reportFile, "utf8"));
  const sum = (files, f) => files.reduce((n, x) => n + f(x), 0);
  const paneFiles = report.entries.taskpane ?? [];
  const functionFiles = report.entries.functions ?? [];
  const paneGz = sum(paneFiles, gz);
  console.log(
    `\nTask pane, first load: ${paneFiles.join(" + ")} = ${human(sum(paneFiles, raw))} (gzip ${human(paneGz)}; budget ${human(PANE_BUDGET_GZ)}: ${paneGz <= PANE_BUDGET_GZ ? "ok" : "OVER"})`,
  );
  const lazy = report.chunks.filter((c) => !c.initial);
  console.log("Loaded later:");
  for (const c of lazy) for (const f of c.files) console.log(`  ${f.padEnd(24)} ${human(raw(f)).padStart(10)}  (gzip ${human(gz(f))})`);
  // Modules the functions' own files hold that the pane's files hold too.
  const modulesIn = (files) => {
    const out = new Map();
    for (const c of report.chunks) if (c.files.some((f) => files.includes(f))) for (const m of c.modules) out.set(m.name, { size: m.size, files: c.files });
    return out;
  };
  const ownFunctionFiles = functionFiles.filter((f) => !paneFiles.includes(f));
  const own = modulesIn(ownFunctionFiles);
  const pane = modulesIn(paneFiles.filter((f) => !functionFiles.includes(f)));
  const ownSize = [...own.values()].reduce((n, m) => n + m.size, 0);
  // webpack's own runtime helpers are one per entry by design (each bundle starts itself).
  const repeated = [...own].filter(([name]) => pane.has(name) && !name.startsWith("webpack/runtime/"));
  const repeatedSize = repeated.reduce((n, [, m]) => n + m.size, 0);
  const sharedFiles = functionFiles.filter((f) => paneFiles.includes(f));
  console.log(
    `Functions: ${functionFiles.join(" + ")}; its own ${ownFunctionFiles.join(" + ")} ${human(sum(ownFunctionFiles, raw))} (gzip ${human(sum(ownFunctionFiles, gz))}), ` +
      `shared with the pane ${sharedFiles.join(" + ") || "nothing"} ${human(sum(sharedFiles, raw))} (gzip ${human(sum(sharedFiles, gz))})`,
  );
  console.log(
    `Modules of the functions' own files that the pane's files repeat: ${repeated.length} (${ownSize ? ((100 * repeatedSize) / ownSize).toFixed(1) : "0"}% of their source)` +
      (repeated.length
        ? `: ${repeated
            .slice(0, 8)
            .map(([n]) => n)
            .join(", ")}${repeated.length > 8 ? " …" : ""}`
        : ""),
  );
}

const files = walk(dir)
  .map((f) => ({
    name: path.relative(dir, f).split(path.sep).join("/"),
    size: fs.statSync(f).size,
    gz: /\.(js|html|json|xml)$/.test(f) ? zlib.gzipSync(fs.readFileSync(f)).length : undefined,
  }))
  .sort((a, b) => a.name.localeCompare(b.name));
const width = Math.max(...files.map((f) => f.name.length), 4);
console.log(`\nBundle sizes (${path.relative(process.cwd(), dir) || "."}):`);
for (const f of files) console.log(`  ${f.name.padEnd(width)}  ${human(f.size).padStart(10)}${f.gz !== undefined ? `  (gzip ${human(f.gz)})` : ""}`);
const total = files.reduce((a, f) => a + f.size, 0);
const shipped = files.filter((f) => !f.name.endsWith(".map")).reduce((a, f) => a + f.size, 0);
console.log(`  ${"total".padEnd(width)}  ${human(total).padStart(10)}  (${human(shipped)} without source maps, ${files.length} files)`);

// The web page (dist/web: one file, the worker inlined) against the task pane: what a browser loads
// to open the pane first, and all the pane loads once it has scored (panels and worker included).
const bundle = (pick) => {
  const list = files.filter((f) => pick(f.name) && !f.name.endsWith(".map") && !f.name.endsWith(".txt"));
  return { size: list.reduce((a, f) => a + f.size, 0), gz: list.reduce((a, f) => a + (f.gz || 0), 0), n: list.length };
};
const web = bundle((n) => n.startsWith("web/"));
const paneFirst = bundle((n) => /^(taskpane\.(js|html)|shared\.js)$/.test(n));
// Every script of dist/ but the functions' own (lazy chunks may be unnamed) and the page's.
const paneAll = bundle((n) => n === "taskpane.html" || (/^[^/]+\.js$/.test(n) && n !== "functions.js"));
if (web.n && paneFirst.n) {
  console.log(
    `  web page ${human(web.size)} (gzip ${human(web.gz)}) vs task pane first load ${human(paneFirst.size)} (gzip ${human(paneFirst.gz)}), ` +
      `all of it with panels and worker ${human(paneAll.size)} (gzip ${human(paneAll.gz)})`,
  );
}
