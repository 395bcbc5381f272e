/**
 * A cell may hold 32,767 characters; a diagnostic that quotes such a value (or a basis that lists
 * it) must not make a cell of the scored copy longer than that, which Excel cannot open.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { workbookCells } from "../support/package-xml";
import type { ScoreReport } from "../../src/scoring/report";
import { SAMPLE, run, useTempDir } from "./run";

const LONG = "长".repeat(32760);
const tmp = useTempDir();

test("32,760-character values in every ledger: no cell of the copy over 32,767, quoted values cut to 60", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  // The fifth row of every sheet, every column: a data row of each ledger (and a facts line).
  for (const ws of wb.worksheets) for (let c = 1; c <= Math.max(2, ws.columnCount); c++) ws.getCell(5, c).value = `${LONG}${c}`;
  const input = path.join(tmp.dir, "long.xlsx");
  const out = path.join(tmp.dir, "long.scored.xlsx");
  await wb.xlsx.writeFile(input);

  const r = await run(["score", input, "--out", out, "--json", "-", "--quiet"]);
  expect(r.code).toBe(0);
  const report = JSON.parse(r.stdout) as ScoreReport;
  const quoting = report.diagnostics.filter((d) => d.message.includes("长长长"));
  expect(quoting.length).toBeGreaterThan(5);
  for (const d of quoting) {
    for (const q of d.message.match(/“[^“”]*”/g) ?? []) expect(Array.from(q).length).toBeLessThanOrEqual(60 + 3);
  }

  const cells = workbookCells(await fs.readFile(out), ["考评指标自评表", "评分明细", "诊断信息"]);
  const longest = [...cells.values()].flatMap((m) => [...m.values()]).reduce((n, c) => Math.max(n, typeof c.value === "string" ? c.value.length : 0), 0);
  expect(longest).toBeLessThanOrEqual(32767);
  // The bureau's own long values are theirs, kept whole.
  const own = workbookCells(await fs.readFile(out), ["行政村清单"]).get("行政村清单");
  expect(own?.get("A5")?.value).toBe(`${LONG}1`);
});
