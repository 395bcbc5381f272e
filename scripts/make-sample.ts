/** Regenerates assets/samples/lechang.xlsx from scripts/sample/lechang.ts (npm run sample). */
import * as path from "path";
import { writeWorkbook } from "./lib/grid-xlsx";
import { lechangSheets } from "./sample/lechang";

const out = path.resolve(__dirname, "../assets/samples/lechang.xlsx");
writeWorkbook(lechangSheets(), out).then(
  () => console.error(`wrote ${out}`),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
