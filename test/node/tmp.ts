import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

/** A fresh temporary directory, removed by the returned cleanup. */
export function tempDir(prefix = "ecom-score-"): { dir: string; file: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, file: (name) => path.join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
