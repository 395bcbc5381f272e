#!/usr/bin/env node
/**
 * Prints every file of dist/ (or the folder given) with its size (and gzip size for text files)
 * and the total — run after `npm run build` (the postbuild script).
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const dir = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));

function walk(d) {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(d, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

const human = (n) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`);

if (!fs.existsSync(dir)) {
  console.error(`bundle-sizes: ${dir} does not exist (run npm run build first)`);
  process.exit(1);
}
const files = walk(dir)
  .map((f) => ({ name: path.relative(dir, f).split(path.sep).join("/"), size: fs.statSync(f).size, gz: /\.(js|html|json|xml)$/.test(f) ? zlib.gzipSync(fs.readFileSync(f)).length : undefined }))
  .sort((a, b) => a.name.localeCompare(b.name));
const width = Math.max(...files.map((f) => f.name.length), 4);
console.log(`\nBundle sizes (${path.relative(process.cwd(), dir) || "."}):`);
for (const f of files) console.log(`  ${f.name.padEnd(width)}  ${human(f.size).padStart(10)}${f.gz !== undefined ? `  (gzip ${human(f.gz)})` : ""}`);
const total = files.reduce((a, f) => a + f.size, 0);
const shipped = files.filter((f) => !f.name.endsWith(".map")).reduce((a, f) => a + f.size, 0);
console.log(`  ${"total".padEnd(width)}  ${human(total).padStart(10)}  (${human(shipped)} without source maps, ${files.length} files)`);
