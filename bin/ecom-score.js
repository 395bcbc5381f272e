#!/usr/bin/env node
// Entry point of the ecom-score CLI; the TypeScript is compiled to lib/ by `npm install` (prepare).
const { main } = require("../lib/cli/main.js");
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
