/** The committed sample is what `npm run sample` builds: the script is its source, not a one-off. */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { writeWorkbook } from "../../scripts/lib/grid-xlsx";
import { lechangSheets } from "../../scripts/sample/lechang";
import { readWorkbook } from "../../src/node/read-xlsx";

test("assets/samples/lechang.xlsx equals a fresh build of scripts/sample/lechang.ts, cell for cell", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ecom-sample-"));
  const fresh = path.join(dir, "lechang.xlsx");
  await writeWorkbook(lechangSheets(), fresh);
  const a = (await readWorkbook(path.resolve(__dirname, "../../assets/samples/lechang.xlsx"))).grids;
  const b = (await readWorkbook(fresh)).grids;
  expect(a.sheets.map((s) => s.name)).toEqual(b.sheets.map((s) => s.name));
  for (let i = 0; i < a.sheets.length; i++) {
    expect({ sheet: a.sheets[i].name, rows: a.sheets[i].rows }).toEqual({ sheet: b.sheets[i].name, rows: b.sheets[i].rows });
  }
  await fs.rm(dir, { recursive: true, force: true });
});
