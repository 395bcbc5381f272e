/** Builds the web page (webpack.web.js, production, as `npm run build` does) into a temporary folder. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";

export const ROOT = path.resolve(__dirname, "../..");

export async function buildPage(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ecom-web-page-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const make = require(path.join(ROOT, "webpack.web.js")) as (env: Record<string, string>, argv: { mode: string }) => webpack.Configuration[];
  const configs = make({ outputPath: path.join(dir, "web"), workerPath: path.join(dir, "worker") }, { mode: "production" }).map((c) => ({
    ...c,
    infrastructureLogging: { level: "error" as const },
  }));
  await new Promise<void>((resolve, reject) => {
    const compiler = webpack(configs);
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) return reject(new Error(stats ? stats.toString({ all: false, errors: true }) : "no stats"));
      resolve();
    });
  });
  return path.join(dir, "web");
}
