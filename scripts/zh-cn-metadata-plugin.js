/**
 * Webpack plugin: dist/functions.zh-cn.json = the generated dist/functions.json with the Chinese
 * names, descriptions and parameter names of src/functions/zh-cn.ts merged over it. Ids, types,
 * dimensionality and options stay as generated, so the two files always describe the same
 * functions. A function or parameter missing from (or extra in) the table is a build error.
 *
 * Also usable without webpack: `mergeZhCn(metadata, table)` and `loadZhCnTable(file)`.
 */
const fs = require("fs");
const path = require("path");
const Module = require("module");
const ts = require("typescript");

const PLUGIN = "ZhCnMetadataPlugin";
/** Excel's rule for a function name: starts with a letter, then letters, digits, "_" or "."; 3+ characters. */
const NAME_RE = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;

/** Loads the ZH_CN table of a TypeScript module (transpiled in memory; it must not import anything). */
function loadZhCnTable(file) {
  const source = fs.readFileSync(file, "utf8");
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  m._compile(js, file);
  if (!m.exports.ZH_CN) throw new Error(`${file} does not export ZH_CN`);
  return m.exports.ZH_CN;
}

/** The generated metadata with the table merged over it; throws listing every mismatch. */
function mergeZhCn(metadata, table) {
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(table)) if (!ids.has(id)) problems.push(`zh-cn.ts has ${id}, which is not a @customfunction`);
  const names = new Map();
  const functions = metadata.functions.map((f) => {
    const zh = table[f.id];
    if (!zh) {
      problems.push(`zh-cn.ts lacks ${f.id}`);
      return f;
    }
    if (!NAME_RE.test(zh.name)) problems.push(`${f.id}: "${zh.name}" is not a valid function name`);
    if (names.has(zh.name)) problems.push(`${f.id}: name "${zh.name}" is also used by ${names.get(zh.name)}`);
    names.set(zh.name, f.id);
    const params = f.parameters || [];
    if (zh.parameters.length !== params.length) {
      problems.push(`${f.id}: ${params.length} parameters (${params.map((p) => p.name).join(", ")}), zh-cn.ts has ${zh.parameters.length}`);
    }
    const seen = new Set();
    for (const p of zh.parameters) {
      if (seen.has(p.name)) problems.push(`${f.id}: parameter name "${p.name}" twice`);
      seen.add(p.name);
      if (!p.name || !p.description) problems.push(`${f.id}: a parameter without name or description`);
    }
    return {
      ...f,
      name: zh.name,
      description: zh.description,
      parameters: params.map((p, i) => (zh.parameters[i] ? { ...p, name: zh.parameters[i].name, description: zh.parameters[i].description } : p)),
    };
  });
  if (problems.length) throw new Error(`functions.zh-cn.json: ${problems.join("; ")}`);
  return { ...metadata, functions };
}

class ZhCnMetadataPlugin {
  /** @param {{ table: string, input?: string, output?: string }} options */
  constructor(options) {
    this.table = path.resolve(options.table);
    this.input = options.input || "functions.json";
    this.output = options.output || "functions.zh-cn.json";
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.fileDependencies.add(this.table);
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_DERIVED }, () => {
        const asset = compilation.getAsset(this.input);
        if (!asset) {
          // The metadata plugin reports its own errors; without its output there is nothing to merge.
          if (compilation.errors.length === 0) compilation.errors.push(new WebpackError(`${PLUGIN}: ${this.input} was not generated`));
          return;
        }
        try {
          const merged = mergeZhCn(JSON.parse(asset.source.source().toString()), loadZhCnTable(this.table));
          compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(merged, null, 4)));
        } catch (e) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: ${e.message}`));
        }
      });
    });
  }
}

module.exports = { ZhCnMetadataPlugin, mergeZhCn, loadZhCnTable };
