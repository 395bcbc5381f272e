/** A macro workbook scored by the CLI: the copy keeps its macros, so it is written as .xlsm only. */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { listEntries } from "../../src/xlsx/zip";
import { featurePackage } from "./feature-package";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ecom-xlsm-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

test("score writes X.scored.xlsm beside X.xlsm, with the macro project copied", async () => {
  const file = path.join(dir, "台账.xlsm");
  await fs.writeFile(file, featurePackage());
  const r = io();
  expect(await main(["score", file, "--quiet"], r.io)).toBe(0);
  const out = await fs.readFile(path.join(dir, "台账.scored.xlsm"));
  const vba = listEntries(out).find((e) => e.name === "xl/vbaProject.bin");
  expect(vba).toBeDefined();
});

test("--out naming an .xlsx for a macro workbook: exit 2 with one line, nothing written", async () => {
  const file = path.join(dir, "宏.xlsm");
  await fs.writeFile(file, featurePackage());
  const r = io();
  const target = path.join(dir, "宏.scored.xlsx");
  expect(await main(["score", file, "--quiet", "--out", target], r.io)).toBe(2);
  expect(r.err.join("").trim().split("\n")).toEqual([expect.stringMatching(/含有宏.*\.xlsm/)]);
  await expect(fs.stat(target)).rejects.toThrow();
});
