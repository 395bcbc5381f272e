/** ecom-score score: reads a workbook, scores it, writes the scored copy (and the JSON report). */
import { promises as fs } from "fs";
import * as path from "path";
import { parseIsoDate, type LDate } from "../scoring/dates";
import { scoreGrids } from "../pipeline";
import { nearInputsText, parseSettingsSheet, resolveInputKey, withFact } from "../ledger/settings";
import { Diagnostics } from "../core/diagnostics";
import { SETTINGS_SHEET, type FactMappings } from "../ledger/read";
import type { SheetMapping } from "../ledger/mapping";
import { buildScoredSheets, type SheetModel } from "../table";
import type { Rubric } from "../scoring/rubric";
import { aliasedMappings, gridsForScoring, ownSheetNames, unaliasData } from "../node/own-sheets";
import { readWorkbook } from "../node/read-xlsx";
import { writeScoredWorkbook } from "../node/write-xlsx";
import { FileSafetyError, checkWritable, fileErrorMessage, sameFile, writeFileAtomic } from "../node/files";
import { InputError } from "./errors";
import type { Io } from "./io";
import { renderTerminalTable } from "./terminal-table";
import { loadRubric } from "./rubric-option";
import { toolTemplates } from "./score-run";
import { VERSION } from "./version";
import { fingerprintSheet, fingerprintUnderRealNames, realSheetName } from "../review/fingerprint";
import { COMBINED_NAME, scoreSeveral, writeCombined } from "./score-several";

function parseAsOfOption(v: string | undefined): LDate | undefined {
  if (v === undefined) return undefined;
  const d = parseIsoDate(v);
  if (!d || d.d === undefined) throw new InputError(`--as-of 应为 YYYY-MM-DD 格式的日期，收到“${v}”`);
  return d;
}

/** Every sheet the tool writes, header rows only: the tool's sheet names and header rows (see ownSheetNames). */
function outputTemplates(rubric: Rubric): SheetModel[] {
  return toolTemplates(rubric);
}

/** A --mapping file: a list of sheet mappings, or { mappings, facts: { label: key } }. */
async function readMappingFile(file: string, rubric: Rubric): Promise<{ mappings: SheetMapping[]; facts: Record<string, string> }> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    throw new InputError(`无法读取映射文件“${file}”`);
  }
  let mappings: SheetMapping[];
  let rawFacts: unknown;
  try {
    const data = JSON.parse(text) as unknown;
    const list = Array.isArray(data) ? data : ((data as { mappings?: unknown }).mappings ?? []);
    rawFacts = Array.isArray(data) ? undefined : (data as { facts?: unknown }).facts;
    if (!Array.isArray(list) || (rawFacts !== undefined && (typeof rawFacts !== "object" || rawFacts === null || Array.isArray(rawFacts)))) throw new Error();
    mappings = list as SheetMapping[];
  } catch {
    throw new InputError(
      `映射文件“${file}”不是有效的 JSON（应为 [{"sheet":"…","kind":"stations","columns":{"village":"D"}}]，或 {"mappings":[…],"facts":{"标签":"residentPopulation"}}）`,
    );
  }
  const facts: Record<string, string> = {};
  for (const [label, value] of Object.entries((rawFacts ?? {}) as Record<string, unknown>)) {
    const key = typeof value === "string" ? resolveInputKey(rubric, value) : undefined;
    if (!key) throw new InputError(`映射文件“${file}”把“${label}”映射到“${String(value)}”，但没有这个填报项${nearInputsText(rubric, String(value))}`);
    facts[label] = key;
  }
  return { mappings, facts };
}

/**
 * Before anything is read or written: no output may be the input workbook, the mapping file or the
 * other output. Files are compared, not path strings (a symlinked folder, a hard link, `./x` and
 * `x` are the same file).
 */
async function checkOutputs(file: string, outputs: [string, string][], mapping?: string): Promise<void> {
  for (const [option, out] of outputs) {
    if (await sameFile(out, file))
      throw new InputError(
        `${option} 指向输入工作簿本身（${out}）：原工作簿不会被覆盖，请换一个文件名 / ${option} is the input workbook itself; it is never overwritten`,
      );
    if (mapping && (await sameFile(out, mapping)))
      throw new InputError(`${option} 指向映射文件本身（${out}），未写入 / ${option} is the mapping file itself; nothing was written`);
  }
  for (let i = 0; i < outputs.length; i++)
    for (let j = i + 1; j < outputs.length; j++)
      if (await sameFile(outputs[i][1], outputs[j][1]))
        throw new InputError(
          `${outputs[i][0]} 与 ${outputs[j][0]} 是同一个文件（${outputs[j][1]}），未写入 / ${outputs[i][0]} and ${outputs[j][0]} are the same file; nothing was written`,
        );
}

export interface ScoreOptions {
  out?: string;
  /** A file name, or "-" for stdout. */
  json?: string;
  asOf?: string;
  rubric?: string;
  mapping?: string;
  quiet?: boolean;
}

export async function scoreCommand(files: string[], options: ScoreOptions, io: Io): Promise<number> {
  const file = files[0];
  const several = files.length > 1;
  const quiet = options.quiet === true;
  const progress = (s: string) => quiet || io.err(`${s}\n`);
  const rubric = await loadRubric(options.rubric);
  const asOf = parseAsOfOption(options.asOf);
  const json = options.json;
  const jsonFile = json !== undefined && json !== "-" ? json : undefined;
  // A macro workbook's copy keeps its macros, so it stays .xlsm.
  const outExt = path.extname(file).toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
  const defaultOut = several ? path.join(path.dirname(file), COMBINED_NAME) : path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.scored${outExt}`);
  const outFile = options.out ?? defaultOut;
  const mappingFile = options.mapping;
  for (const input of files) await checkOutputs(input, [["--out", outFile], ...(jsonFile ? [["--json", jsonFile] as [string, string]] : [])], mappingFile);
  for (let i = 0; i < files.length; i++)
    for (let j = i + 1; j < files.length; j++) if (await sameFile(files[i], files[j])) throw new InputError(`工作簿“${files[j]}”给了两次 / "${files[j]}" is given twice`);
  // A missing --json folder is refused (a typo must not create folders); --out's folder is created.
  if (jsonFile) await checkWritable(jsonFile);
  if (
    await fs.stat(path.dirname(path.resolve(outFile))).then(
      () => true,
      () => false,
    )
  )
    await checkWritable(outFile);

  const started = Date.now();
  if (several) {
    const extra = mappingFile ? await readMappingFile(mappingFile, rubric) : undefined;
    const warn = (w: string) => io.err(`注意：${w}\n`);
    const { report, models } = await scoreSeveral(files, {
      rubric,
      templates: outputTemplates(rubric),
      ...(asOf ? { asOf } : {}),
      ...(extra ? { extra } : {}),
      warn,
      progress,
    });
    if (json === "-") io.out(`${JSON.stringify(report, null, 2)}\n`);
    else if (jsonFile) await writeFileAtomic(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
    progress(`写出合并评分工作簿 ${outFile} …`);
    await fs.mkdir(path.dirname(path.resolve(outFile)), { recursive: true }).catch((e) => {
      throw new FileSafetyError(fileErrorMessage(e, path.dirname(outFile), "创建"));
    });
    await writeCombined(models, outFile, warn);
    const basisWidth = process.stdout.isTTY && process.stdout.columns ? Math.max(24, process.stdout.columns - 67) : 70;
    if (json !== "-") io.out(`${renderTerminalTable(report, basisWidth)}\n评分工作簿：${outFile}\n`);
    progress(`完成，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
    return 0;
  }
  const { report, models, printed, bytes, aliases } = await readAndScore(file, { rubric, asOf, mappingFile, outFile, json }, io, progress);
  await writeScoredWorkbook(bytes, [...models, fingerprintSheet(printed)], outFile, { aliases, onWarning: (w) => io.err(`注意：${w}\n`) });
  // Fit the basis column to the terminal (the fixed columns take 66); 70 when not a terminal.
  const basisWidth = process.stdout.isTTY && process.stdout.columns ? Math.max(24, process.stdout.columns - 67) : 70;
  if (json !== "-") io.out(`${renderTerminalTable(report, basisWidth)}\n评分副本：${outFile}\n`);
  progress(`完成，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
  return 0;
}

/**
 * One workbook: read, score, say the report (--json) and fingerprint what was read. A function of
 * its own so that the grids (hundreds of megabytes for a large ledger) are let go before the copy
 * is written: an async function's locals live until it returns.
 */
async function readAndScore(
  file: string,
  run: { rubric: Rubric; asOf: LDate | undefined; mappingFile: string | undefined; outFile: string; json: string | undefined },
  io: Io,
  progress: (s: string) => void,
) {
  const { rubric, mappingFile, outFile, json } = run;
  let asOf = run.asOf;
  const jsonFile = json !== undefined && json !== "-" ? json : undefined;
  progress(`读取 ${file} …`);
  const { grids, warnings, bytes } = await readWorkbook(file, { formats: false });
  for (const w of warnings) io.err(`注意：${w}\n`);
  // Sheets named like the tool's that the tool did not write are the bureau's: read, and kept.
  const own = ownSheetNames(grids, outputTemplates(rubric));
  // What the settings sheet gets wrong (a fact row naming no input…) is said in the report.
  const settingsDiags = new Diagnostics();
  const settings = parseSettingsSheet(
    grids.sheets.find((s) => s.name === SETTINGS_SHEET && own.has(s.name)),
    settingsDiags,
    rubric,
  );
  let mappings = settings.mappings;
  let withFile = settings;
  if (mappingFile) {
    const extra = await readMappingFile(mappingFile, rubric);
    mappings = [...mappings.filter((m) => !extra.mappings.some((e) => e.sheet === m.sheet)), ...extra.mappings];
    // The file's fact mappings win over the stored ones for the same label.
    for (const [label, key] of Object.entries(extra.facts)) withFile = withFact(withFile, label, key);
  }
  const factMappings: FactMappings = withFile.facts ?? {};
  if (!asOf && settings.options.asOf) asOf = parseIsoDate(settings.options.asOf);
  progress(`识别台账并评分（${grids.sheets.length} 张工作表）…`);
  const scoring = gridsForScoring(grids, own);
  mappings = aliasedMappings(mappings, scoring.aliases);
  const { report: aliased, recognitions } = scoreGrids(scoring.grids, { rubric, mappings, factMappings, ...(asOf ? { asOf } : {}) });
  aliased.diagnostics.push(...settingsDiags.list);
  for (const w of warnings) aliased.diagnostics.push({ severity: "warning", message: w });
  const report = unaliasData(aliased, scoring.aliases);

  if (json === "-") io.out(`${JSON.stringify(report, null, 2)}\n`);
  else if (jsonFile) await writeFileAtomic(jsonFile, `${JSON.stringify(report, null, 2)}\n`);

  progress(`写出评分副本 ${outFile} …`);
  await fs.mkdir(path.dirname(path.resolve(outFile)), { recursive: true }).catch((e) => {
    throw new FileSafetyError(fileErrorMessage(e, path.dirname(outFile), "创建"));
  });
  const models = buildScoredSheets(aliased, rubric);
  // The fingerprint of what was read (verify re-checks it), under the sheets' real names.
  const real = realSheetName(scoring.aliases);
  const options = mappingFile ? { options: JSON.stringify({ mappings: mappings.map((m) => ({ ...m, sheet: real(m.sheet) })), facts: factMappings }) } : {};
  const printed = fingerprintUnderRealNames(scoring, recognitions, report, { program: VERSION, ...options }, models[0]);
  return { report, models, printed, bytes, aliases: scoring.aliases };
}
