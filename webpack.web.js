/**
 * The web page (dist/web/): a static page that scores workbooks in the browser, offline, from any
 * static host or opened as a local file. Two builds, in order:
 *  1. the worker bundle (target webworker) into .build/web-worker/worker.js;
 *  2. the page (dist/web/index.html + index.js), which inlines the worker's text (asset/source)
 *     and starts it from a blob URL — Chromium refuses a worker from a file:// URL.
 * One file per build (no split chunks, nothing loaded later), so the page works from file://.
 *
 *   npm run build              (runs this after the add-in build)
 *   npx webpack -c webpack.web.js --mode production
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEFAULT_WORKER_DIR = path.resolve(__dirname, ".build/web-worker");

const tsRule = require("./webpack.ts-rule")({ sourceMap: false });

const page = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; worker-src blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' blob:" />
    <title>电商进农村考评 · 网页版 Rural E-commerce Scoring</title>
  </head>
  <body>
    <div id="root"></div>
    <noscript>请启用 JavaScript / Please enable JavaScript.</noscript>
  </body>
</html>
`;

/**
 * @param {{ outputPath?: string, workerPath?: string }} env  the tests build into temporary folders
 * @param {{ mode?: string }} argv
 */
module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const WORKER_DIR = env.workerPath || DEFAULT_WORKER_DIR;
  const common = {
    context: __dirname,
    mode,
    devtool: false,
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    performance: { hints: false },
  };
  const worker = {
    ...common,
    name: "web-worker",
    target: "webworker",
    entry: { worker: "./src/web/worker.ts" },
    output: { path: WORKER_DIR, filename: "[name].js", clean: true },
    module: { rules: [tsRule] },
  };
  const pageConfig = {
    ...common,
    name: "web-page",
    dependencies: ["web-worker"],
    target: "web",
    entry: { index: "./src/web/index.tsx" },
    output: { path: env.outputPath || path.resolve(__dirname, "dist/web"), filename: "[name].js", publicPath: "", clean: true },
    resolve: { ...common.resolve, alias: { "ecom-web-worker-source$": path.join(WORKER_DIR, "worker.js") } },
    module: { rules: [tsRule, { test: /\.js$/, include: WORKER_DIR, type: "asset/source" }] },
    optimization: { splitChunks: false },
    plugins: [new HtmlWebpackPlugin({ filename: "index.html", templateContent: page, scriptLoading: "defer" })],
  };
  return [worker, pageConfig];
};
