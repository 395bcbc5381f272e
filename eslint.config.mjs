// ESLint (flat config): TypeScript rules, and the layers of the code kept by eslint-plugin-boundaries.
// docs/architecture.md explains the layers; in short, each may import only those to its left:
//   core ← scoring ← ledger ← pipeline ← table ← {node, cli, functions, taskpane, web}
//   xlsx (the pure .xlsx package reader/writer, rendering table models) and review (pure reviewer
//   logic) sit beside the adapters, importable by them.
// Office.js (the Office / Excel globals, its packages) is used only under src/taskpane/office.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import boundaries from "eslint-plugin-boundaries";

/** Each layer and the layers it may import (besides itself). */
const LAYERS = {
  core: [],
  scoring: ["core"],
  ledger: ["core", "scoring"],
  pipeline: ["core", "scoring", "ledger"],
  table: ["core", "scoring", "ledger"],
  xlsx: ["core", "scoring", "ledger", "table"],
  review: ["core", "scoring", "ledger", "pipeline", "table", "xlsx"],
  node: ["core", "scoring", "ledger", "pipeline", "table", "xlsx"],
  cli: ["core", "scoring", "ledger", "pipeline", "table", "xlsx", "review", "node"],
  functions: ["core", "scoring", "ledger", "pipeline"],
  taskpane: ["core", "scoring", "ledger", "pipeline", "table", "xlsx", "review", "taskpane-office"],
  "taskpane-office": ["core", "scoring", "ledger", "pipeline", "table", "xlsx", "review", "taskpane"],
  web: ["core", "scoring", "ledger", "pipeline", "table", "xlsx", "review", "taskpane"],
};

const OFFICE_ONLY = "Office.js 只在 src/taskpane/office 中使用 / Office.js only under src/taskpane/office";

const NODE_GLOBALS = Object.fromEntries(
  ["require", "module", "exports", "__dirname", "__filename", "process", "Buffer", "console", "setTimeout", "clearTimeout", "URL"].map((g) => [g, "readonly"]),
);

/** Pure layers run in Node, the browser and Excel alike: no Node modules, no Office, no UI. */
const PURE = ["src/core/**", "src/scoring/**", "src/ledger/**", "src/table/**", "src/pipeline/**", "src/xlsx/**", "src/review/**"];
const NODE_MODULES = ["fs", "fs/*", "path", "os", "zlib", "child_process", "worker_threads", "stream", "util", "crypto", "url", "buffer"];

export default tseslint.config(
  { ignores: ["lib/**", "dist/**", "out/**", "coverage/**", "node_modules/**", "test/corpus/counties/_make/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      // Unused parameters named _x are deliberate (an interface's shape); anything else unused is dead.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // The build scripts and configs are CommonJS run by Node.
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: NODE_GLOBALS },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    // Excel hands a custom function's range arguments as any[][], and custom-functions-metadata
    // reads the parameter types from the signatures: `any` is the declared contract there.
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { boundaries },
    settings: {
      "import/resolver": { node: { extensions: [".ts", ".tsx", ".js"] } },
      // The first matching pattern wins: src/taskpane/office before src/taskpane.
      "boundaries/elements": [
        { type: "taskpane-office", pattern: "src/taskpane/office/**", partialMatch: false },
        ...Object.keys(LAYERS)
          .filter((t) => t !== "taskpane-office")
          .map((t) => ({ type: t, pattern: `src/${t}/**`, partialMatch: false })),
      ],
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          policies: Object.entries(LAYERS).map(([from, to]) => ({
            from: { element: { type: from } },
            allow: { to: { element: { types: { anyOf: [from, ...to] } } } },
          })),
        },
      ],
      // Every file of src/ belongs to a layer.
      "boundaries/no-unknown-files": "error",
      // Office.js lives under src/taskpane/office only.
      "no-restricted-globals": ["error", ...["Office", "Excel", "OfficeExtension"].map((name) => ({ name, message: OFFICE_ONLY }))],
      // Office.js types too (Excel.Range, Office.HostType in a type position).
      "no-restricted-syntax": ["error", { selector: "TSQualifiedName[left.name=/^(Office|Excel|OfficeExtension)$/]", message: OFFICE_ONLY }],
      "no-restricted-imports": ["error", { patterns: [{ group: ["@microsoft/office-js", "office-js", "@types/office-js"], message: OFFICE_ONLY }] }],
    },
  },
  {
    files: ["src/taskpane/office/**/*.{ts,tsx}"],
    rules: { "no-restricted-globals": "off", "no-restricted-syntax": "off", "no-restricted-imports": "off" },
  },
  {
    files: PURE,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: [...NODE_MODULES, "node:*"], message: "纯逻辑层不使用 Node 模块 / pure layers use no Node modules" },
            {
              group: ["exceljs", "react", "react-dom", "@fluentui/*", "@microsoft/office-js"],
              message: "纯逻辑层不依赖 Excel、Office 或界面 / pure layers depend on no workbook library, Office or UI",
            },
          ],
        },
      ],
    },
  },
);
