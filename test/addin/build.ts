/**
 * One production build of the add-in for the tests, through webpack's Node API, into a fresh
 * temporary folder (so a stale or hand-made dist/ can never pass the tests). The base URL is set
 * the way an IT department would (ADDIN_BASE_URL, here without the trailing slash).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type webpack from "webpack";
import { runWebpack } from "../support/run-webpack";

export const ROOT = path.resolve(__dirname, "../..");
export const TEST_BASE_URL_SETTING = "https://addins.example.gov.cn/ecom";
export const TEST_BASE_URL = `${TEST_BASE_URL_SETTING}/`;

export interface Built {
  dir: string;
  baseUrl: string;
  files: string[];
  read(name: string): string;
}

let built: Promise<Built> | undefined;

function listFiles(dir: string, prefix = ""): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

async function build(): Promise<Built> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ecom-score-dist-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (
    env: Record<string, unknown>,
    argv: { mode: string },
    overrides: { outputPath: string },
  ) => Promise<webpack.Configuration>;
  const saved = process.env.ADDIN_BASE_URL;
  process.env.ADDIN_BASE_URL = TEST_BASE_URL_SETTING;
  let config: webpack.Configuration;
  try {
    config = await makeConfig({}, { mode: "production" }, { outputPath: dir });
  } finally {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  }
  config.devtool = false; // source maps are not under test; keep the build quick
  await runWebpack(config);
  return {
    dir,
    baseUrl: TEST_BASE_URL,
    files: listFiles(dir),
    read: (name) => fs.readFileSync(path.join(dir, name), "utf8"),
  };
}

/** The build, made at most once per test process. */
export function buildOnce(): Promise<Built> {
  built ??= build();
  return built;
}
