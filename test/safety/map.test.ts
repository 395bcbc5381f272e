/**
 * map writes into the user's own workbook: it must never lose it, an earlier original, a feature, a
 * concurrent mapping, or a change saved by someone else.
 */
import { spawn } from "child_process";
import { createHash } from "crypto";
import { promises as fs, statSync } from "fs";
import { hostname } from "os";
import * as path from "path";
import { readWorkbook } from "../../src/node/read-xlsx";
import { SETTINGS_SHEET } from "../../src/ledger/read";
import { parseSettingsSheet } from "../../src/ledger/settings";
import { BIN, SAMPLE, checkBuilt, reasonLines, run, tempDir, unprivileged } from "./run";
import { REWRITE_FEATURES, ledgerBuffer, sheetsBuffer, withPrintTitles } from "./workbooks";
import { listZip, readText, storedBytes } from "../support/zip";

/** What a settings write changes besides the settings sheet's own part. */
const PACKAGE_PARTS_MAP_WRITES = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "docProps/app.xml", "xl/styles.xml"];

let dir: string;
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const shaOf = async (f: string) => sha(await fs.readFile(f));
const exists = (f: string) =>
  fs.stat(f).then(
    () => true,
    () => false,
  );

async function mappings(file: string) {
  const { grids } = await readWorkbook(file);
  return parseSettingsSheet(grids.sheets.find((s) => s.name === SETTINGS_SHEET)).mappings;
}

let n = 0;
/** A fresh folder holding `name` with the given bytes. */
async function place(bytes: Buffer, name = "台账.xlsx"): Promise<string> {
  const sub = path.join(dir, `case${++n}`);
  await fs.mkdir(sub);
  const file = path.join(sub, name);
  await fs.writeFile(file, bytes);
  return file;
}

const mapIgnore = (file: string, sheet = "参数", extra: string[] = []) => run(["map", file, "--sheet", sheet, "--kind", "ignore", ...extra]);

beforeAll(async () => {
  checkBuilt();
  dir = await tempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("backups", () => {
  test("numbered: the first original is kept as X.bak.xlsx, later ones go to X.bak-2.xlsx …", async () => {
    const original = await ledgerBuffer();
    const file = await place(original);
    expect((await mapIgnore(file, "参数")).code).toBe(0);
    const afterFirst = await shaOf(file);
    expect((await run(["map", file, "--sheet", "站点台账", "--kind", "stations"])).code).toBe(0);
    const folder = path.dirname(file);
    expect(await shaOf(path.join(folder, "台账.bak.xlsx"))).toBe(sha(original));
    expect(await shaOf(path.join(folder, "台账.bak-2.xlsx"))).toBe(afterFirst);
    expect((await mappings(file)).map((m) => m.sheet).sort()).toEqual(["参数", "站点台账"]);
  });

  test("a user's own X.bak.xlsx is never overwritten", async () => {
    const file = await place(await ledgerBuffer());
    const mine = path.join(path.dirname(file), "台账.bak.xlsx");
    await fs.writeFile(mine, "my own backup");
    const r = await mapIgnore(file);
    expect(r.code).toBe(0);
    expect(await fs.readFile(mine, "utf8")).toBe("my own backup");
    expect(r.stderr).toContain("台账.bak-2.xlsx");
  });
});

describe("content an exceljs rewrite used to lose is kept: only the settings sheet is written", () => {
  test.each(REWRITE_FEATURES.map((f) => [f.name, f] as const))("%s", async (_, feature) => {
    const bytes = feature.make(await ledgerBuffer());
    const file = await place(bytes);
    const other = path.join(path.dirname(file), "other.xlsx");
    for (const extra of [[], ["--out", other]]) {
      const r = await mapIgnore(file, "参数", extra);
      expect(reasonLines(r)).toEqual([]);
      expect(r.code).toBe(0);
    }
    // A fact mapping goes through the same writer.
    const fact = await run(["map", file, "--fact", "投入金额=ignore"]);
    expect(reasonLines(fact)).toEqual([]);
    expect(fact.code).toBe(0);
    const folder = path.dirname(file);
    expect(await shaOf(path.join(folder, "台账.bak.xlsx"))).toBe(sha(bytes));
    for (const out of [file, other]) {
      const written = await fs.readFile(out);
      const before = new Map(listZip(bytes).map((e) => [e.name, e]));
      for (const e of listZip(written)) {
        const old = before.get(e.name);
        if (!old || PACKAGE_PARTS_MAP_WRITES.includes(e.name)) continue;
        // Every other entry, the one holding the feature included, is stored byte for byte as it was.
        expect([e.name, storedBytes(written, e).equals(storedBytes(bytes, old))]).toEqual([e.name, true]);
      }
      expect(listZip(written).map((e) => e.name)).toEqual(expect.arrayContaining(listZip(bytes).map((e) => e.name)));
      // The part holding the feature: the same, or (the workbook part) still holding it.
      const now = readText(written, listZip(written), feature.part);
      if (feature.keeps) expect(now).toContain(feature.keeps);
      else expect(now).toBe(readText(bytes, listZip(bytes), feature.part));
    }
    expect(await mappings(file)).toEqual([{ sheet: "参数", kind: "ignore" }]);
    expect(await mappings(other)).toEqual([{ sheet: "参数", kind: "ignore" }]);
  });

  test("print titles of a bureau sheet stay", async () => {
    const file = await place(withPrintTitles(await ledgerBuffer()));
    expect((await mapIgnore(file)).code).toBe(0);
    expect(await mappings(file)).toEqual([{ sheet: "参数", kind: "ignore" }]);
    const wb = readText(await fs.readFile(file), listZip(await fs.readFile(file)), "xl/workbook.xml");
    expect(wb).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">站点台账!$3:$4</definedName>');
  });
});

test("map --out naming the workbook itself is the in-place write: backup, lock, same checks", async () => {
  const original = await ledgerBuffer();
  const file = await place(original);
  const r = await run(["map", path.basename(file), "--sheet", "参数", "--kind", "ignore", "--out", `./${path.basename(file)}`], { cwd: path.dirname(file) });
  expect(r.code).toBe(0);
  expect(await shaOf(path.join(path.dirname(file), "台账.bak.xlsx"))).toBe(sha(original));
  expect(await mappings(file)).toEqual([{ sheet: "参数", kind: "ignore" }]);
});

test("kill -9 during the write never leaves a broken workbook, and the next map takes over the lock", async () => {
  const file = await place(await fs.readFile(SAMPLE));
  const before = statSync(file);
  const child = spawn(process.execPath, [BIN, "map", file, "--sheet", "宣传报道", "--kind", "ignore"], { stdio: "ignore" });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  // Kill it the moment the workbook changes at all (a truncation, a rename).
  let killedAfterChange = false;
  const deadline = Date.now() + 60000;
  while (child.exitCode === null && Date.now() < deadline) {
    let st;
    try {
      st = statSync(file);
    } catch {
      st = undefined;
    }
    if (!st || st.size !== before.size || st.ino !== before.ino || st.mtimeMs !== before.mtimeMs) {
      child.kill("SIGKILL");
      killedAfterChange = true;
      break;
    }
    await new Promise((r) => setImmediate(r));
  }
  await exited;
  expect(killedAfterChange).toBe(true);
  // Whatever moment it died in, the workbook opens and is either the original or the mapped one.
  const { grids } = await readWorkbook(file);
  expect(grids.sheets.map((s) => s.name)).toContain("宣传报道");
  // The lock of the killed process is stale (its pid is gone): the next map proceeds.
  const again = await run(["map", file, "--sheet", "报送记录", "--kind", "ignore"]);
  expect(reasonLines(again)).toEqual([]);
  expect(again.code).toBe(0);
});

test("8 concurrent maps of one file: each exits 0 with its mapping kept, or 2 with one line", async () => {
  const file = await place(await sheetsBuffer(8));
  const runs = await Promise.all(Array.from({ length: 8 }, (_, i) => mapIgnore(file, `S${i + 1}`)));
  const ok = runs
    .map((r, i) => [r.code, `S${i + 1}`] as const)
    .filter(([code]) => code === 0)
    .map(([, s]) => s);
  for (const r of runs) {
    expect([0, 2]).toContain(r.code);
    if (r.code === 2) expect(reasonLines(r)).toEqual([expect.stringMatching(/正被另一个 ecom-score 命令修改/)]);
  }
  expect(ok.length).toBeGreaterThan(0);
  expect((await mappings(file)).map((m) => m.sheet).sort()).toEqual(ok.sort());
  expect(await exists(`${file}.lock`)).toBe(false);
});

describe("locks", () => {
  test("a lock held by a live process: exit 2, nothing written", async () => {
    const bytes = await ledgerBuffer();
    const file = await place(bytes);
    await fs.writeFile(`${file}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), time: Date.now() }));
    const r = await mapIgnore(file);
    expect(r.code).toBe(2);
    expect(reasonLines(r)).toEqual([expect.stringMatching(/锁文件/)]);
    expect(sha(await fs.readFile(file))).toBe(sha(bytes));
    expect(await exists(`${file}.lock`)).toBe(true);
  });

  test("a lock older than ten minutes is taken over", async () => {
    const file = await place(await ledgerBuffer());
    await fs.writeFile(`${file}.lock`, "");
    const old = new Date(Date.now() - 11 * 60 * 1000);
    await fs.utimes(`${file}.lock`, old, old);
    expect((await mapIgnore(file)).code).toBe(0);
    expect(await exists(`${file}.lock`)).toBe(false);
  });
});

describe("read-only: exit 2 with one line, never a stack", () => {
  test("a read-only workbook", async () => {
    const bytes = await ledgerBuffer();
    const file = await place(bytes);
    await fs.chmod(file, 0o444);
    const r = await mapIgnore(file);
    expect(r.code).toBe(2);
    expect(reasonLines(r)).toEqual([expect.stringMatching(/只读/)]);
    expect(sha(await fs.readFile(file))).toBe(sha(bytes));
  });

  test("a read-only folder", async () => {
    const user = unprivileged();
    const bytes = await ledgerBuffer();
    const file = await place(bytes);
    await fs.chmod(dir, 0o755);
    await fs.chmod(file, 0o666);
    await fs.chmod(path.dirname(file), 0o555);
    try {
      const r = await run(["map", file, "--sheet", "参数", "--kind", "ignore"], user ?? {});
      expect(r.code).toBe(2);
      expect(reasonLines(r)).toEqual([expect.stringMatching(/没有权限/)]);
      expect(sha(await fs.readFile(file))).toBe(sha(bytes));
    } finally {
      await fs.chmod(path.dirname(file), 0o755);
    }
  });
});

test("a bureau sheet named like the settings sheet is not replaced: exit 2", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await ledgerBuffer()) as unknown as ArrayBuffer);
  wb.addWorksheet(SETTINGS_SHEET).getCell("A1").value = "我们自己的表";
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const file = await place(bytes);
  const r = await mapIgnore(file);
  expect(r.code).toBe(2);
  expect(reasonLines(r)).toEqual([expect.stringMatching(/不是本工具写的/)]);
  expect(sha(await fs.readFile(file))).toBe(sha(bytes));
});
