/**
 * The Excel add-in build: dist/ holds taskpane.html (the one page of the shared runtime: task pane
 * and custom functions), the bundles, functions.json (from the JSDoc of src/functions/functions.ts),
 * functions.zh-cn.json (zh-cn.ts merged over it), manifest.xml and the icons.
 *
 * URLs come from one setting: the dev server is https://localhost:3000/; a production build
 * (`webpack --mode production`) replaces that prefix in the manifest with ADDIN_BASE_URL
 * (default https://ecom-score.example.org/).
 *
 *   npm run build                                  production, dist/
 *   ADDIN_BASE_URL=https://addins.example.gov.cn/ecom/ npm run build
 *   npm run build:dev / npm run dev-server         localhost URLs
 */
const path = require("path");
const tsRule = require("./webpack.ts-rule");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { ZhCnMetadataPlugin } = require("./scripts/zh-cn-metadata-plugin");

const DEV_BASE_URL = "https://localhost:3000/";
const DEFAULT_PROD_BASE_URL = "https://ecom-score.example.org/";
const DEV_PORT = 3000;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The base URL the manifest points at: https, ending with "/". */
function baseUrl(production) {
  if (!production) return DEV_BASE_URL;
  let url = (process.env.ADDIN_BASE_URL || DEFAULT_PROD_BASE_URL).trim();
  if (!/^https:\/\/[^\s/]+/i.test(url)) {
    throw new Error(`ADDIN_BASE_URL must be an https:// URL (Office loads add-ins over HTTPS only), got "${url}"`);
  }
  if (!url.endsWith("/")) url += "/";
  return url;
}

/** The two bundles the shared-runtime page loads (taskpane.html); what both use is loaded once. */
const PAGE_ENTRIES = ["functions", "taskpane"];
/** The build's own account of its files, for scripts/bundle-sizes.js and test/addin. */
const BUNDLE_REPORT = "bundle-report.json";

/**
 * Writes BUNDLE_REPORT: per entry its initial files, per chunk its files and the source modules it
 * holds (path and size), so the sizes and the share two bundles repeat can be read without webpack.
 */
class BundleReportPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BundleReportPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "BundleReportPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const { chunkGraph } = compilation;
        const modulesOf = (chunk) => {
          const out = [];
          const visit = (m) => {
            if (m.modules) return m.modules.forEach(visit); // a concatenated module: its parts
            const name = m.resource ? require("path").relative(__dirname, m.resource).split(require("path").sep).join("/") : m.identifier();
            out.push({ name, size: m.size() });
          };
          for (const m of chunkGraph.getChunkModulesIterable(chunk)) visit(m);
          return out.sort((a, b) => a.name.localeCompare(b.name));
        };
        const report = {
          entries: Object.fromEntries([...compilation.entrypoints].map(([name, ep]) => [name, ep.getFiles().filter((f) => f.endsWith(".js"))])),
          chunks: [...compilation.chunks].map((c) => ({
            name: c.name ?? null,
            files: [...c.files].filter((f) => f.endsWith(".js")),
            initial: c.canBeInitial(),
            modules: modulesOf(c),
          })),
        };
        compilation.emitAsset(BUNDLE_REPORT, new compiler.webpack.sources.RawSource(JSON.stringify(report)));
      });
    });
  }
}

/** manifest.xml with the dev prefix replaced by the chosen base URL (and the source's comments dropped). */
function manifestFor(content, url) {
  return content
    .toString()
    .replace(/<!--[\s\S]*?-->\s*/g, "")
    .split(DEV_BASE_URL)
    .join(url);
}

const page = (title) => `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <script type="text/javascript" src="${OFFICE_JS}"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

/**
 * HTTPS options for the dev server from office-addin-dev-certs (creates and trusts a localhost
 * certificate on first use). Where trusting the CA fails (Linux without sudo, CI), the generated
 * files are used as they are and the CA must be trusted by hand.
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const fs = require("fs");
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
    if (Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
      console.warn(`[dev-server] could not trust the dev CA (${e.message.trim()}); using ${dir} as is — trust ${path.join(dir, "ca.crt")} by hand`);
      return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
    }
    throw new Error(`HTTPS certificates for localhost are missing: run "npx office-addin-dev-certs install" (${e.message})`, { cause: e });
  }
}

/**
 * @param {Record<string, unknown>} env webpack --env values (env.WEBPACK_SERVE for the dev server)
 * @param {{ mode?: string }} argv
 * @param {{ outputPath?: string }} [overrides] used by the tests to build into a temporary folder
 */
module.exports = async (env = {}, argv = {}, overrides = {}) => {
  const production = argv.mode === "production";
  const url = baseUrl(production);
  // Absolute: the metadata plugin resolves its input against the working directory.
  const functionsEntry = path.resolve(__dirname, "src/functions/functions.ts");
  const config = {
    context: __dirname,
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: functionsEntry,
    },
    output: {
      path: overrides.outputPath || path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Lazy panels and the scoring worker: named, so the sizes report can say which is which.
      chunkFilename: "[name].js",
      clean: true,
    },
    optimization: {
      splitChunks: {
        // The page loads both bundles: code both use goes to shared.js, loaded once, first. Lazy
        // chunks and the worker are left as they are (the worker loads its own code).
        // usedExports: false — a module the two bundles use different exports of is still one module
        // to share (by default webpack keeps a copy per bundle, each trimmed to its own exports).
        usedExports: false,
        cacheGroups: {
          default: false,
          defaultVendors: false,
          shared: {
            name: "shared",
            chunks: (chunk) => PAGE_ENTRIES.includes(chunk.name),
            minChunks: 2,
            enforce: true,
          },
        },
      },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          // Our modules run no code on import that anything relies on (entries are always kept), so
          // webpack may leave out a module whose exports a bundle does not use: the pane imports
          // a few constants from modules whose other exports (the recognisers) it does not use.
          test: /\.tsx?$/,
          include: path.resolve(__dirname, "src"),
          sideEffects: false,
        },
        tsRule({ sourceMap: true }),
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionsEntry }),
      new ZhCnMetadataPlugin({ table: path.resolve(__dirname, "src/functions/zh-cn.ts") }),
      new BundleReportPlugin(),
      // Shared runtime: one page loads office.js, the functions bundle and the task pane.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        templateContent: page("电商进农村考评 Rural E-commerce Scoring"),
        chunks: PAGE_ENTRIES,
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => manifestFor(content, url) },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist") },
      server: { type: "https", options: env.WEBPACK_SERVE ? await httpsOptions() : {} },
      client: { overlay: { warnings: false } },
    },
  };
  return config;
};

module.exports.DEV_BASE_URL = DEV_BASE_URL;
module.exports.BUNDLE_REPORT = BUNDLE_REPORT;
module.exports.DEFAULT_PROD_BASE_URL = DEFAULT_PROD_BASE_URL;
module.exports.baseUrl = baseUrl;
