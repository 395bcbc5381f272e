/**
 * Builds the browser harness (harness.ts + the task pane it loads) with webpack's Node API in
 * development mode, using the module rules and resolution of the add-in's own webpack.config.js.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type webpack from "webpack";
import { runWebpack } from "../support/run-webpack";

export const ROOT = path.resolve(__dirname, "../..");

const PAGE = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>电商进农村考评 (harness)</title>
  </head>
  <body>
    <div id="root"></div>
    <script src="harness.js"></script>
  </body>
</html>
`;

/** Bundles the harness into a new temporary folder; returns the folder. */
export async function buildHarness(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ecom-score-harness-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (env: Record<string, unknown>, argv: { mode: string }) => Promise<webpack.Configuration>;
  const base = await makeConfig({}, { mode: "development" });
  const config: webpack.Configuration = {
    context: ROOT,
    mode: "development",
    devtool: false,
    entry: { harness: path.join(__dirname, "harness.ts") },
    output: { path: dir, filename: "[name].js", chunkFilename: "[name].chunk.js", publicPath: "" },
    resolve: base.resolve,
    module: base.module,
    performance: { hints: false },
    infrastructureLogging: { level: "error" },
  };
  await runWebpack(config);
  fs.writeFileSync(path.join(dir, "index.html"), PAGE);
  return dir;
}
