/**
 * The built add-in (one production build per run, test/addin/build.ts):
 * - metadata: every @customfunction of src/functions/functions.ts is in functions.json with the
 *   right parameter types, dimensionality and optionality; functions.zh-cn.json lists the same ids
 *   and parameters with Chinese names;
 * - manifest: well-formed, every resid defined, every URL points at a file the build emitted,
 *   one runtime id everywhere, requirement sets declared (an offline stand-in for
 *   `office-addin-manifest validate`, which needs the internet).
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { JSDOM } from "jsdom";
import { buildOnce, ROOT, type Built } from "./build";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { mergeZhCn, loadZhCnTable } = require("../../scripts/zh-cn-metadata-plugin.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js");

interface ParamMeta {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  parameters: ParamMeta[];
  result: { type?: string; dimensionality?: string };
}

let built: Built;
let metadata: { functions: FunctionMeta[] };
let zh: { functions: FunctionMeta[] };

beforeAll(async () => {
  built = await buildOnce();
  metadata = JSON.parse(built.read("functions.json"));
  zh = JSON.parse(built.read("functions.zh-cn.json"));
});

afterAll(() => {
  if (built) fs.rmSync(built.dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// The source of truth: the JSDoc-tagged functions of functions.ts, read with the TS compiler.

interface SourceFunction {
  id: string;
  params: { name: string; type: string; optional: boolean }[];
  returns: string;
}

function sourceFunctions(): SourceFunction[] {
  const file = path.join(ROOT, "src/functions/functions.ts");
  const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2020, true);
  const out: SourceFunction[] = [];
  sf.forEachChild((node) => {
    if (!ts.isFunctionDeclaration(node)) return;
    const tag = ts.getJSDocTags(node).find((t) => t.tagName.text === "customfunction");
    if (!tag) return;
    const id = String(tag.comment ?? "")
      .trim()
      .split(/\s+/)[0];
    out.push({
      id,
      params: node.parameters.map((p) => ({ name: p.name.getText(sf), type: p.type ? p.type.getText(sf) : "any", optional: !!p.questionToken })),
      returns: node.type ? node.type.getText(sf) : "any",
    });
  });
  return out;
}

describe("functions.json", () => {
  test("lists exactly the @customfunction functions of functions.ts, in order", () => {
    const src = sourceFunctions();
    expect(src.length).toBeGreaterThanOrEqual(20);
    expect(metadata.functions.map((f) => f.id)).toEqual(src.map((f) => f.id));
    for (const id of [
      "TRAINING_RATE_SCORE",
      "POOR_TRAINING_SCORE",
      "COVERAGE_SCORE",
      "FUND_SPENDING_SCORE",
      "MEDIA_SCORE",
      "MONTHLY_REGULARITY_SCORE",
      "PARK_SCORE",
      "GROWTH_SCORE",
      "TRAINING_RATE",
      "COVERAGE_RATE",
      "FUND_SPENDING_RATE",
      "RUBRIC",
    ]) {
      expect(src.map((f) => f.id)).toContain(id);
    }
  });

  test("parameter names, types, dimensionality and optionality follow the TypeScript signatures", () => {
    for (const s of sourceFunctions()) {
      const f = metadata.functions.find((x) => x.id === s.id) as FunctionMeta;
      expect(f.name).toBe(s.id);
      expect(f.parameters.map((p) => p.name)).toEqual(s.params.map((p) => p.name));
      s.params.forEach((p, i) => {
        const m = f.parameters[i];
        expect({ id: s.id, param: p.name, type: m.type }).toEqual({ id: s.id, param: p.name, type: "any" });
        const matrix = p.type.endsWith("[][]");
        expect({ id: s.id, param: p.name, dim: m.dimensionality ?? "scalar" }).toEqual({ id: s.id, param: p.name, dim: matrix ? "matrix" : "scalar" });
        expect({ id: s.id, param: p.name, optional: m.optional ?? false }).toEqual({ id: s.id, param: p.name, optional: p.optional });
      });
      if (s.returns === "number") expect(f.result).toEqual({ type: "number" });
      else expect(f.result.dimensionality).toBe("matrix");
    }
  });

  test("list arguments are matrices (a range or a single value), optional ones come last", () => {
    const byId = new Map(metadata.functions.map((f) => [f.id, f]));
    const dims = (id: string) => (byId.get(id) as FunctionMeta).parameters.map((p) => `${p.name}:${p.dimensionality ?? "scalar"}${p.optional ? "?" : ""}`);
    expect(dims("COVERAGE_SCORE")).toEqual(["adminVillages:matrix", "coveredVillages:matrix", "poorVillages:matrix", "coveredPoorVillages:matrix?"]);
    expect(dims("MONTHLY_REGULARITY_SCORE")).toEqual(["dates:matrix", "cutoff:scalar?", "fullPoints:scalar?", "partialPoints:scalar?"]);
    expect(dims("TRAINING_RATE_SCORE")).toEqual(["personTimes:matrix", "population:scalar"]);
    for (const f of metadata.functions) {
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });

  test("every function and parameter has help text", () => {
    for (const f of metadata.functions) {
      expect(f.description && f.description.length > 10).toBe(true);
      for (const p of f.parameters) expect({ id: f.id, p: p.name, ok: !!p.description && p.description.length > 5 }).toEqual({ id: f.id, p: p.name, ok: true });
    }
  });

  test("the functions bundle associates every id", () => {
    const js = built.read("functions.js");
    for (const f of metadata.functions) expect(js).toContain(`CustomFunctions.associate("${f.id}"`);
  });
});

describe("functions.zh-cn.json", () => {
  test("the same ids and parameters (types, dimensionality, optionality) as functions.json", () => {
    expect(zh.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    zh.functions.forEach((z, i) => {
      const d = metadata.functions[i];
      const shape = (f: FunctionMeta) => ({ id: f.id, result: f.result, params: f.parameters.map((p) => [p.type, p.dimensionality ?? "scalar", !!p.optional]) });
      expect(shape(z)).toEqual(shape(d));
    });
  });

  test("Chinese names, descriptions and parameter names; function names unique and valid", () => {
    const han = /\p{Script=Han}/u;
    const names = new Set<string>();
    for (const f of zh.functions) {
      expect({ id: f.id, name: f.name, ok: /^\p{L}[\p{L}\p{N}_.]{2,}$/u.test(f.name) && han.test(f.name) }).toEqual({ id: f.id, name: f.name, ok: true });
      expect(names.has(f.name)).toBe(false);
      names.add(f.name);
      expect(han.test(f.description ?? "")).toBe(true);
      for (const p of f.parameters) {
        expect(han.test(p.name)).toBe(true);
        expect(han.test(p.description ?? "")).toBe(true);
      }
      expect(new Set(f.parameters.map((p) => p.name)).size).toBe(f.parameters.length);
    }
    expect(zh.functions.find((f) => f.id === "TRAINING_RATE_SCORE")?.name).toBe("培训人次得分");
  });

  test("the merge refuses a table that does not match the functions", () => {
    const table = loadZhCnTable(path.join(ROOT, "src/functions/zh-cn.ts"));
    expect(() => mergeZhCn(metadata, table)).not.toThrow();
    const { TRAINING_RATE: _dropped, ...missing } = table;
    expect(() => mergeZhCn(metadata, missing)).toThrow(/lacks TRAINING_RATE/);
    const extraParam = { ...table, RUBRIC: { ...table.RUBRIC, parameters: [{ name: "多余", description: "多余参数" }] } };
    expect(() => mergeZhCn(metadata, extraParam)).toThrow(/RUBRIC: 0 parameters/);
    expect(() => mergeZhCn(metadata, { ...table, NOT_A_FUNCTION: table.RUBRIC })).toThrow(/not a @customfunction/);
  });
});

// ---------------------------------------------------------------------------------------------
// The manifest

const OFFICE_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const BT_NS = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const OV_NS = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

describe("manifest.xml (built)", () => {
  let doc: Document;
  const all = (localName: string, ns = "*") => [...doc.getElementsByTagNameNS(ns, localName)];
  const one = (localName: string, ns = "*") => {
    const xs = all(localName, ns);
    expect({ localName, count: xs.length }).toEqual({ localName, count: 1 });
    return xs[0];
  };

  beforeAll(() => {
    doc = new JSDOM(built.read("manifest.xml"), { contentType: "application/xml" }).window.document;
  });

  test("is well-formed XML: an Excel task pane add-in with custom functions", () => {
    expect(() => new JSDOM(built.read("manifest.xml"), { contentType: "application/xml" })).not.toThrow();
    const root = doc.documentElement;
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(OFFICE_NS);
    expect(root.getAttributeNS(XSI_NS, "type")).toBe("TaskPaneApp");
    expect(one("Id", OFFICE_NS).textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(one("Version", OFFICE_NS).textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(
      all("Host", OFFICE_NS)
        .map((h) => h.getAttribute("Name"))
        .filter(Boolean),
    ).toEqual(["Workbook"]);
    expect(one("Permissions", OFFICE_NS).textContent).toBe("ReadWriteDocument");
    const vo = one("VersionOverrides", OV_NS);
    expect(vo.getAttributeNS(XSI_NS, "type")).toBe("VersionOverridesV1_0");
    const cf = all("ExtensionPoint", OV_NS).filter((e) => e.getAttributeNS(XSI_NS, "type") === "CustomFunctions");
    expect(cf).toHaveLength(1);
    expect(doc.lookupNamespaceURI("bt")).toBe(BT_NS);
  });

  test("English and Chinese display names", () => {
    const dn = one("DisplayName", OFFICE_NS);
    expect(dn.getAttribute("DefaultValue")).toBe("Rural E-commerce Scoring");
    const zhName = [...dn.getElementsByTagNameNS(OFFICE_NS, "Override")].find((o) => o.getAttribute("Locale") === "zh-CN");
    expect(zhName?.getAttribute("Value")).toBe("电商进农村考评");
  });

  test("every resid referenced is defined once, and every resource is used", () => {
    const defined = new Map<string, Element>();
    for (const kind of ["Image", "Url", "String"]) {
      for (const e of all(kind, BT_NS)) {
        const id = e.getAttribute("id");
        if (!id) continue;
        expect({ duplicate: defined.has(id) ? id : null }).toEqual({ duplicate: null });
        defined.set(id, e);
      }
    }
    const referenced = new Set([...doc.getElementsByTagName("*")].map((e) => e.getAttribute("resid")).filter((x): x is string => !!x));
    expect(referenced.size).toBeGreaterThan(5);
    for (const r of referenced) expect({ resid: r, defined: defined.has(r) }).toEqual({ resid: r, defined: true });
    for (const id of defined.keys()) expect({ id, used: referenced.has(id) }).toEqual({ id, used: true });
  });

  test("every URL points at a file the build emitted (base URL → the output folder)", () => {
    const urls: string[] = [];
    for (const e of doc.getElementsByTagName("*")) {
      for (const attr of ["DefaultValue", "Value"]) {
        const v = e.getAttribute(attr);
        if (v && /^https?:/i.test(v)) urls.push(v);
      }
    }
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) {
      expect({ url: u, underBase: u.startsWith(built.baseUrl) }).toEqual({ url: u, underBase: true });
      const file = u.slice(built.baseUrl.length).split(/[?#]/)[0];
      expect({ url: u, emitted: built.files.includes(file) }).toEqual({ url: u, emitted: true });
    }
    expect(built.read("manifest.xml")).not.toMatch(/localhost/);
  });

  test("one shared runtime: the same resid for the runtime, the functions page, the function file and the task pane", () => {
    const runtimes = all("Runtime", OV_NS);
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute("lifetime")).toBe("long");
    const runtimeId = runtimes[0].getAttribute("resid");
    expect(runtimeId).toBe("Taskpane.Url");
    const page = one("Page", OV_NS).getElementsByTagNameNS(OV_NS, "SourceLocation")[0];
    expect(page.getAttribute("resid")).toBe(runtimeId);
    expect(one("FunctionFile", OV_NS).getAttribute("resid")).toBe(runtimeId);
    const actions = all("Action", OV_NS).filter((a) => a.getAttributeNS(XSI_NS, "type") === "ShowTaskpane");
    expect(actions.length).toBeGreaterThan(0);
    for (const a of actions) expect(a.getElementsByTagNameNS(OV_NS, "SourceLocation")[0].getAttribute("resid")).toBe(runtimeId);
    const url = all("Url", BT_NS).find((u) => u.getAttribute("id") === runtimeId);
    expect(url?.getAttribute("DefaultValue")).toBe(`${built.baseUrl}taskpane.html`);
    expect(one("SourceLocation", OFFICE_NS).getAttribute("DefaultValue")).toBe(`${built.baseUrl}taskpane.html`);
  });

  test("requirement sets: SharedRuntime 1.1", () => {
    const sets = all("Set", OFFICE_NS).map((s) => `${s.getAttribute("Name")} ${s.getAttribute("MinVersion")}`);
    expect(sets).toContain("SharedRuntime 1.1");
  });

  test("custom functions: namespace ECOM, script, metadata with a zh-CN override", () => {
    const res = (id: string) => [...all("Url", BT_NS), ...all("String", BT_NS)].find((e) => e.getAttribute("id") === id) as Element;
    const cf = all("ExtensionPoint", OV_NS).find((e) => e.getAttributeNS(XSI_NS, "type") === "CustomFunctions") as Element;
    const resOf = (tag: string) =>
      (cf.getElementsByTagNameNS(OV_NS, tag)[0].getElementsByTagNameNS(OV_NS, "SourceLocation")[0] as Element).getAttribute("resid") as string;
    expect(res((cf.getElementsByTagNameNS(OV_NS, "Namespace")[0] as Element).getAttribute("resid") as string).getAttribute("DefaultValue")).toBe("ECOM");
    expect(res(resOf("Script")).getAttribute("DefaultValue")).toBe(`${built.baseUrl}functions.js`);
    const meta = res(resOf("Metadata"));
    expect(meta.getAttribute("DefaultValue")).toBe(`${built.baseUrl}functions.json`);
    const override = [...meta.getElementsByTagNameNS(BT_NS, "Override")].find((o) => o.getAttribute("Locale") === "zh-CN");
    expect(override?.getAttribute("Value")).toBe(`${built.baseUrl}functions.zh-cn.json`);
  });

  test("a ribbon button opens the task pane; icons are PNGs of the stated sizes", () => {
    const buttons = all("Control", OV_NS).filter((c) => c.getAttributeNS(XSI_NS, "type") === "Button");
    expect(buttons).toHaveLength(1);
    const images = new Map(
      all("Image", BT_NS)
        .filter((i) => i.getAttribute("id"))
        .map((i) => [i.getAttribute("id") as string, i.getAttribute("DefaultValue") as string]),
    );
    for (const img of buttons[0].getElementsByTagNameNS(BT_NS, "Image")) {
      const size = Number(img.getAttribute("size"));
      const file = (images.get(img.getAttribute("resid") as string) as string).slice(built.baseUrl.length);
      const png = fs.readFileSync(path.join(built.dir, file));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

describe("bundles", () => {
  interface Report {
    entries: Record<string, string[]>;
    chunks: { name: string | null; files: string[]; initial: boolean; modules: { name: string; size: number }[] }[];
  }
  const report = (): Report => JSON.parse(built.read(webpackConfig.BUNDLE_REPORT));
  const modulesOf = (r: Report, files: string[]) =>
    new Set(
      r.chunks
        .filter((c) => c.files.some((f) => files.includes(f)))
        .flatMap((c) => c.modules.map((m) => m.name))
        .filter((n) => !n.startsWith("webpack/runtime/")),
    );

  test("the functions bundle repeats no module of what the pane loads on the same page: what both use is in one shared file", () => {
    const r = report();
    const pane = r.entries.taskpane;
    const fns = r.entries.functions;
    const shared = fns.filter((f) => pane.includes(f));
    expect(shared.length).toBeGreaterThan(0);
    const ownFns = modulesOf(
      r,
      fns.filter((f) => !shared.includes(f)),
    );
    const ownPane = modulesOf(
      r,
      pane.filter((f) => !shared.includes(f)),
    );
    expect(ownFns.has("src/functions/functions.ts")).toBe(true);
    expect(ownPane.has("src/taskpane/index.tsx")).toBe(true);
    expect([...ownFns].filter((m) => ownPane.has(m))).toEqual([]);
    // The rubric both need (the functions score against it, the pane shows it) is in the shared file, once.
    expect(modulesOf(r, shared).has("src/scoring/rubrics/gd-2019.ts")).toBe(true);
    // And the page loads the shared file before either bundle.
    const html = built.read("taskpane.html");
    for (const f of shared) expect(html.indexOf(f)).toBeLessThan(html.indexOf("functions.js"));
  });

  test("the pane's first load holds no recognition or scoring pipeline: that is the worker's, and panels load when shown", () => {
    const r = report();
    const first = modulesOf(r, r.entries.taskpane);
    for (const m of [
      "src/pipeline/index.ts",
      "src/ledger/recognize.ts",
      "src/ledger/rows.ts",
      "src/taskpane/model/work.ts",
      "src/taskpane/components/SheetCard.tsx",
      "src/taskpane/components/ScoreSummary.tsx",
    ]) {
      expect({ m, inFirstLoad: first.has(m) }).toEqual({ m, inFirstLoad: false });
    }
    const worker = r.chunks.find((c) => c.modules.some((m) => m.name === "src/taskpane/worker/score.worker.ts"));
    expect(worker?.modules.some((m) => m.name === "src/pipeline/index.ts")).toBe(true);
    for (const f of worker!.files) expect(built.files).toContain(f);
    const lazy = r.chunks.filter((c) => !c.initial).map((c) => c.name);
    expect(lazy).toEqual(expect.arrayContaining(["panel-summary", "panel-sheets", "panel-settings"]));
  });
});

describe("pages and settings", () => {
  test("taskpane.html loads office.js from Microsoft's CDN, then the functions and task pane bundles", () => {
    const html = built.read("taskpane.html");
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const order = ["office.js", "functions.js", "taskpane.js"].map((s) => html.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test("the base URL setting: default, trailing slash added, https only", () => {
    const saved = process.env.ADDIN_BASE_URL;
    try {
      delete process.env.ADDIN_BASE_URL;
      expect(webpackConfig.baseUrl(true)).toBe("https://ecom-score.example.org/");
      expect(webpackConfig.baseUrl(false)).toBe("https://localhost:3000/");
      process.env.ADDIN_BASE_URL = "https://intranet.example.cn/addins/ecom";
      expect(webpackConfig.baseUrl(true)).toBe("https://intranet.example.cn/addins/ecom/");
      process.env.ADDIN_BASE_URL = "http://intranet.example.cn/";
      expect(() => webpackConfig.baseUrl(true)).toThrow(/https/);
    } finally {
      if (saved === undefined) delete process.env.ADDIN_BASE_URL;
      else process.env.ADDIN_BASE_URL = saved;
    }
  });

  test("the source manifest points at the dev server (for npm start / sideloading in development)", () => {
    const src = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const urls = [...src.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u.startsWith("https://localhost:3000/")).toBe(true);
  });
});
