// The floor of `npm run bench`: exceljs's own streaming reader touching every cell of every sheet,
// nothing else. Prints {"ms": …, "cells": …} on stdout. Plain JavaScript so no compiler runs first.
const ExcelJS = require("exceljs");

(async () => {
  const started = Date.now();
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[2], { sharedStrings: "cache", styles: "cache", worksheets: "emit", hyperlinks: "ignore" });
  for await (const ws of reader) {
    for await (const row of ws) {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.value !== undefined) cells++;
      });
    }
  }
  process.stdout.write(`${JSON.stringify({ ms: Date.now() - started, cells })}\n`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
