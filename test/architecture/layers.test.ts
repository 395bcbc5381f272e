/**
 * The lint config keeps the layers: a file importing a layer to its right, a pure layer importing
 * a Node module, or Office.js outside src/taskpane/office is an error; the same import the other
 * way round is not. Linted as text at a path inside src/, so no file is written.
 */
import { execFileSync } from "child_process";
import * as path from "path";

const ROOT = path.join(__dirname, "../..");

/**
 * ESLint loads its (ESM) config by a dynamic import, which Jest's module system does not run: the
 * cases are linted in one plain Node process, through ESLint's API.
 */
const LINT = `
const { ESLint } = require("eslint");
const cases = JSON.parse(require("fs").readFileSync(0, "utf8"));
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const [file, code] of cases) {
    const [r] = await eslint.lintText(code, { filePath: require("path").join(process.cwd(), file) });
    out.push(r.messages.map((m) => m.ruleId + ": " + m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

function lint(cases: [string, string][]): string[][] {
  return JSON.parse(execFileSync(process.execPath, ["-e", LINT], { cwd: ROOT, input: JSON.stringify(cases), encoding: "utf8" })) as string[][];
}

jest.setTimeout(60_000);

const REFUSED: [string, string, RegExp][] = [
  ["src/core/probe.ts", 'import { readLedgers } from "../ledger/read";\nexport const x = readLedgers;\n', /boundaries\/dependencies.*"core" to .*"ledger"/],
  ["src/scoring/probe.ts", 'import { cellText } from "../ledger/normalize/text";\nexport const x = cellText;\n', /boundaries\/dependencies.*"scoring" to .*"ledger"/],
  ["src/ledger/probe.ts", 'import { buildScoredSheets } from "../table";\nexport const x = buildScoredSheets;\n', /boundaries\/dependencies.*"ledger" to .*"table"/],
  ["src/table/probe.ts", 'import { readWorkbook } from "../node/read-xlsx";\nexport const x = readWorkbook;\n', /boundaries\/dependencies.*"table" to .*"node"/],
  ["src/node/probe.ts", 'import { main } from "../cli/main";\nexport const x = main;\n', /boundaries\/dependencies.*"node" to .*"cli"/],
  ["src/ledger/probe.ts", 'import * as fs from "fs";\nexport const x = fs;\n', /no-restricted-imports/],
  ["src/table/probe.ts", "export const x: Excel.Range | undefined = undefined;\n", /no-restricted-syntax: Office.js/],
  ["src/taskpane/components/probe.ts", "export const x = typeof Office;\n", /no-restricted-globals/],
  ["src/somewhere/probe.ts", "export const x = 1;\n", /boundaries\/no-unknown-files/],
];

const ALLOWED: [string, string][] = [
  ["src/ledger/probe.ts", 'import { Q } from "../scoring/rational";\nimport { cellAddress } from "../core/grid";\nexport const x = [Q, cellAddress];\n'],
  ["src/cli/probe.ts", 'import { readWorkbook } from "../node/read-xlsx";\nimport { scoreGrids } from "../pipeline";\nexport const x = [readWorkbook, scoreGrids];\n'],
  ["src/taskpane/office/probe.ts", "export const x: Excel.Range | undefined = undefined;\nexport const y = typeof Office;\n"],
];

test("imports to the right, Node modules in pure layers and Office.js outside its adapter are refused; imports to the left are not", () => {
  const results = lint([...REFUSED.map(([f, c]): [string, string] => [f, c]), ...ALLOWED]);
  REFUSED.forEach(([file, code, rule], i) => expect({ file, code, problems: results[i].join("\n") }).toMatchObject({ problems: expect.stringMatching(rule) }));
  ALLOWED.forEach(([file, code], i) => expect({ file, code, problems: results[REFUSED.length + i] }).toEqual({ file, code, problems: [] }));
});
