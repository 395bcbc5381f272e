/**
 * Runs the built CLI (bin/ecom-score.js → lib/, built by `npm run build:cli`; `npm test` builds it
 * first) as a child process, the way a user does, and collects its exit code and output.
 */
import { spawn } from "child_process";
import { existsSync, readdirSync, statSync } from "fs";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const BIN = path.join(ROOT, "bin/ecom-score.js");
export const SAMPLE = path.join(ROOT, "assets/samples/lechang.xlsx");

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /** Run as this user (only possible as root): permission checks do not apply to root. */
  uid?: number;
  gid?: number;
  /** Extra node flags (--max-old-space-size=…). */
  nodeArgs?: string[];
  /** Close the reading end of stdout at once, as `| head -1` does once it has its line. */
  closeStdout?: boolean;
}

function newestSource(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestSource(p) : e.name.endsWith(".ts") ? statSync(p).mtimeMs : 0);
  }
  return t;
}

/** The tests exercise lib/: say so when it is older than the sources of the CLI's own layers. */
export function checkBuilt(): void {
  const main = path.join(ROOT, "lib/cli/main.js");
  if (!existsSync(main)) throw new Error("lib/ is not built: run `npm run build:cli` (npm test does it first)");
  const src = Math.max(...["src/core", "src/cli", "src/node"].map((d) => newestSource(path.join(ROOT, d))));
  if (src > statSync(main).mtimeMs) console.warn("test/safety: lib/ is older than src/core, src/cli or src/node; run `npm run build:cli` first");
}

export function run(args: string[], opts: RunOptions = {}): Promise<Run> {
  const nodeArgs = [...(opts.nodeArgs ?? []), BIN, ...args];
  return new Promise((resolve, reject) => {
    const spawnOpts = { cwd: opts.cwd, ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.gid ?? opts.uid } : {}) };
    const child = spawn(process.execPath, nodeArgs, spawnOpts);
    if (opts.closeStdout) child.stdout.destroy();
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** The reason lines of a refusal: exactly one "ecom-score: …" line and no stack trace. */
export function reasonLines(r: Run): string[] {
  expect(r.stderr).not.toMatch(/\n\s+at .+\(|内部错误|internal error/);
  return r.stderr.split("\n").filter((l) => l.startsWith("ecom-score:"));
}

/**
 * A temporary folder for the tests of one file, made (after checking the CLI is built) before
 * them and removed after: `tmp.dir` inside a test.
 */
export function useTempDir(): { readonly dir: string } {
  const box = { dir: "" };
  beforeAll(async () => {
    checkBuilt();
    box.dir = await tempDir();
  });
  afterAll(async () => {
    await fs.rm(box.dir, { recursive: true, force: true });
  });
  return box;
}

export async function tempDir(prefix = "ecom-safety-"): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

/** A user that is not root, for tests of permissions (undefined when not running as root). */
export function unprivileged(): { uid: number; gid: number } | undefined {
  return process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
}
