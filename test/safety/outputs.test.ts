/**
 * score never writes over its input: outputs are compared with the input as files (device + inode
 * after resolving), before anything is written; unwritable outputs and a closed stdout are one line
 * or nothing, never a stack.
 */
import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import { SAMPLE, checkBuilt, reasonLines, run, tempDir, unprivileged } from "./run";

let dir: string;
let input: string;
let before: string;

async function sha(file: string) {
  return createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");
}

const exists = (f: string) =>
  fs.stat(f).then(
    () => true,
    () => false,
  );

beforeAll(async () => {
  checkBuilt();
  dir = await tempDir();
  await fs.mkdir(path.join(dir, "real"));
  input = path.join(dir, "real", "台账.xlsx");
  await fs.copyFile(SAMPLE, input);
  before = await sha(input);
  await fs.symlink(path.join(dir, "real"), path.join(dir, "link"));
  await fs.link(input, path.join(dir, "hard.xlsx"));
});
// Each case starts from the sample again (same inode, so the hard link stays), whatever the last did.
beforeEach(async () => {
  await fs.copyFile(SAMPLE, input);
  await fs.rm(path.join(dir, "real", "台账.scored.xlsx"), { force: true });
});
afterAll(async () => {
  await fs.chmod(path.join(dir, "ro"), 0o755).catch(() => undefined);
  await fs.rm(dir, { recursive: true, force: true });
});

describe("an output that is the input is refused with exit 2 before anything is written", () => {
  test.each([
    ["--json is the input", ["--json", "real/台账.xlsx"], /--json 指向输入工作簿本身/],
    ["--json is the input through another spelling", ["--json", "./real/../real/台账.xlsx"], /--json 指向输入工作簿本身/],
    ["--out reaches the input through a symlinked folder", ["--out", "link/台账.xlsx"], /--out 指向输入工作簿本身/],
    ["--out is a hard link to the input", ["--out", "hard.xlsx"], /--out 指向输入工作簿本身/],
    ["--json is a hard link to the input", ["--json", "hard.xlsx"], /--json 指向输入工作簿本身/],
  ])("%s", async (_, options, message) => {
    const r = await run(["score", "real/台账.xlsx", ...options, "--quiet"], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = reasonLines(r);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(await sha(input)).toBe(before);
    expect(await exists(path.join(dir, "real", "台账.scored.xlsx"))).toBe(false);
  });

  test("--json and --out naming the same file (through the symlinked folder) are refused", async () => {
    const r = await run(["score", "real/台账.xlsx", "--out", "real/r.xlsx", "--json", "link/r.xlsx", "--quiet"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(reasonLines(r)).toEqual([expect.stringMatching(/--out 与 --json 是同一个文件/)]);
    expect(await exists(path.join(dir, "real", "r.xlsx"))).toBe(false);
  });

  test("--json naming the --mapping file is refused and the mapping file is kept", async () => {
    const mapping = path.join(dir, "mapping.json");
    await fs.writeFile(mapping, "[]");
    const r = await run(["score", "real/台账.xlsx", "--mapping", mapping, "--json", "mapping.json", "--out", "m.xlsx", "--quiet"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(reasonLines(r)).toEqual([expect.stringMatching(/映射文件本身/)]);
    expect(await fs.readFile(mapping, "utf8")).toBe("[]");
  });
});

test("--json into a missing folder: exit 2 with one line, no folder created and no copy written", async () => {
  const r = await run(["score", "real/台账.xlsx", "--json", "no/such/folder/r.json", "--quiet"], { cwd: dir });
  expect(r.code).toBe(2);
  expect(reasonLines(r)).toEqual([expect.stringMatching(/文件夹不存在/)]);
  expect(await exists(path.join(dir, "no"))).toBe(false);
  expect(await exists(path.join(dir, "real", "台账.scored.xlsx"))).toBe(false);
});

test("--out into a read-only folder: exit 2 with one line", async () => {
  const user = unprivileged();
  const ro = path.join(dir, "ro");
  await fs.mkdir(ro);
  await fs.chmod(dir, 0o755);
  await fs.chmod(path.join(dir, "real"), 0o755);
  await fs.chmod(input, 0o644);
  await fs.chmod(ro, 0o555);
  const r = await run(["score", input, "--out", path.join(ro, "x.xlsx"), "--quiet"], user ?? {});
  expect(r.code).toBe(2);
  expect(reasonLines(r)).toEqual([expect.stringMatching(/无法写入.*没有权限|只读/)]);
  if (!user) console.warn("not root: the read-only folder is tested as the current user");
});

test("an existing read-only --out file is not replaced", async () => {
  const out = path.join(dir, "readonly.xlsx");
  await fs.writeFile(out, "keep me");
  await fs.chmod(out, 0o444);
  const r = await run(["score", input, "--out", out, "--quiet"]);
  expect(r.code).toBe(2);
  expect(reasonLines(r)).toEqual([expect.stringMatching(/只读/)]);
  expect(await fs.readFile(out, "utf8")).toBe("keep me");
});

describe("a reader that closes stdout early (| head -1)", () => {
  test("inspect exits quietly, without an EPIPE crash", async () => {
    const r = await run(["inspect", input], { closeStdout: true });
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.code).toBe(0);
  });

  test("score --json - still writes the scored copy", async () => {
    const out = path.join(dir, "piped.scored.xlsx");
    const r = await run(["score", input, "--json", "-", "--quiet", "--out", out], { closeStdout: true });
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.code).toBe(0);
    expect(await exists(out)).toBe(true);
  });
});

test("a normal run still works: the copy and the JSON are written, the input unchanged", async () => {
  const r = await run(["score", "link/台账.xlsx", "--json", "link/report.json", "--quiet"], { cwd: dir });
  expect(r.code).toBe(0);
  expect(JSON.parse(await fs.readFile(path.join(dir, "real", "report.json"), "utf8")).total).toBe(89);
  expect(await exists(path.join(dir, "real", "台账.scored.xlsx"))).toBe(true);
  expect(await sha(input)).toBe(before);
  // No temporary file is left beside the outputs.
  expect((await fs.readdir(path.join(dir, "real"))).filter((f) => f.endsWith(".tmp"))).toEqual([]);
});
