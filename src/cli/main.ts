/**
 * ecom-score: scores ledger workbooks (.xlsx) without Excel — the same pipeline as the task pane.
 * Exit codes: 0 a report was produced (with or without diagnostics), 2 unusable input (one line
 * saying why), 1 a bug.
 */
import { promises as fs, readFileSync } from "fs";
import * as path from "path";
import { parseIsoDate, type LDate } from "../scoring/dates";
import { RUBRICS, scoreGrids } from "../pipeline";
import { nearInputsText, parseSettingsSheet, resolveInputKey, withFact } from "../ledger/settings";
import { Diagnostics } from "../core/diagnostics";
import { SETTINGS_SHEET, type FactMappings } from "../ledger/read";
import type { SheetMapping } from "../ledger/mapping";
import { buildScoredSheets, type SheetModel } from "../table";
import type { Rubric } from "../scoring/rubric";
import { gridsForScoring, ownSheetNames, unaliasData } from "../node/own-sheets";
import { HEAP_PER_XML_BYTE, readWorkbook, UnreadableWorkbookError } from "../node/read-xlsx";
import { writeScoredWorkbook } from "../node/write-xlsx";
import { FileSafetyError, checkWritable, fileErrorMessage, sameFile, writeFileAtomic } from "../node/files";
import { parseArgs, UsageError } from "./args";
import { renderTerminalTable } from "./terminal-table";
import { inspectCommand } from "./inspect";
import { mapCommand } from "./map";
import { templateCommand } from "./template";

export const USAGE = `用法 / Usage:
  ecom-score score <workbook.xlsx> [--out <scored.xlsx>] [--json <file>|-] [--as-of YYYY-MM-DD]
                   [--rubric gd-2019] [--mapping <mapping.json>] [--quiet]
      评分并写出评分副本（默认 <名称>.scored.xlsx，原文件不变）；--json - 把报告输出到标准输出
  ecom-score inspect <workbook.xlsx> [--json]
      列出每张工作表识别出的台账类型、表头行、列映射与把握度，以及填报表中未识别的标签和修正命令
  ecom-score map <workbook.xlsx> --sheet <工作表> --kind <类型|ignore> [--header-row N]
                 [--column 字段=列 ...] [--out <file.xlsx>] | --remove --sheet <工作表>
  ecom-score map <workbook.xlsx> --fact "<标签>=<填报项|ignore>" ... | --remove --fact "<标签>"
      保存人工映射到工作簿的隐藏设置表（默认写回原文件，原文件依次备份为 .bak.xlsx、.bak-2.xlsx …）；
      --fact 说明填报表中未识别的标签是哪个填报项（未识别的标签、候选填报项和命令见 inspect）
  ecom-score template <out.xlsx>
      生成“基本情况与自评填报”模板表及各台账空表
`;

/** Something the user must fix; exit 2 with one line. */
export class InputError extends Error {}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/**
 * A reader that stops early (`inspect | head -1`) closes the pipe: further output is dropped
 * quietly instead of crashing with EPIPE, and the command still finishes its files.
 */
function pipeWriter(stream: NodeJS.WriteStream): (s: string) => void {
  let closed = false;
  let listening = false;
  return (s) => {
    if (!listening) {
      listening = true;
      stream.on("error", (e: NodeJS.ErrnoException) => {
        if (e.code !== "EPIPE") throw e;
        closed = true;
      });
    }
    if (!closed) stream.write(s);
  };
}

const defaultIo: Io = { out: pipeWriter(process.stdout), err: pipeWriter(process.stderr) };

export function parseAsOfOption(v: string | true | undefined): LDate | undefined {
  if (v === undefined) return undefined;
  const d = typeof v === "string" ? parseIsoDate(v) : undefined;
  if (!d || d.d === undefined) throw new InputError(`--as-of 应为 YYYY-MM-DD 格式的日期，收到“${String(v)}”`);
  return d;
}

/** The output sheets of an empty report: the tool's sheet names and header rows (see ownSheetNames). */
export function outputTemplates(rubric: Rubric): SheetModel[] {
  return buildScoredSheets(scoreGrids({ sheets: [] }, { rubric }).report, rubric);
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
    const list = Array.isArray(data) ? data : (data as { mappings?: unknown }).mappings ?? [];
    rawFacts = Array.isArray(data) ? undefined : (data as { facts?: unknown }).facts;
    if (!Array.isArray(list) || (rawFacts !== undefined && (typeof rawFacts !== "object" || rawFacts === null || Array.isArray(rawFacts)))) throw new Error();
    mappings = list as SheetMapping[];
  } catch {
    throw new InputError(`映射文件“${file}”不是有效的 JSON（应为 [{"sheet":"…","kind":"stations","columns":{"village":"D"}}]，或 {"mappings":[…],"facts":{"标签":"residentPopulation"}}）`);
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
    if (await sameFile(out, file)) throw new InputError(`${option} 指向输入工作簿本身（${out}）：原工作簿不会被覆盖，请换一个文件名 / ${option} is the input workbook itself; it is never overwritten`);
    if (mapping && (await sameFile(out, mapping))) throw new InputError(`${option} 指向映射文件本身（${out}），未写入 / ${option} is the mapping file itself; nothing was written`);
  }
  for (let i = 0; i < outputs.length; i++)
    for (let j = i + 1; j < outputs.length; j++)
      if (await sameFile(outputs[i][1], outputs[j][1])) throw new InputError(`${outputs[i][0]} 与 ${outputs[j][0]} 是同一个文件（${outputs[j][1]}），未写入 / ${outputs[i][0]} and ${outputs[j][0]} are the same file; nothing was written`);
}

async function scoreCommand(args: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(args, ["out", "json", "as-of", "rubric", "mapping"], ["quiet"]);
  const file = positional[0];
  if (!file) throw new UsageError("score 需要一个工作簿文件");
  const quiet = options.quiet === true;
  const progress = (s: string) => quiet || io.err(`${s}\n`);
  const rubricId = typeof options.rubric === "string" ? options.rubric : "gd-2019";
  const rubric = RUBRICS[rubricId];
  if (!rubric) throw new InputError(`未知的考评指标体系“${rubricId}”（可用：${Object.keys(RUBRICS).join("、")}）`);
  let asOf = parseAsOfOption(options["as-of"]);
  const json = options.json;
  if (json === true) throw new UsageError("--json 需要文件名，或用 - 表示标准输出");
  const jsonFile = typeof json === "string" && json !== "-" ? json : undefined;
  const outFile = typeof options.out === "string" ? options.out : path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.scored.xlsx`);
  const mappingFile = typeof options.mapping === "string" ? options.mapping : undefined;
  await checkOutputs(file, [["--out", outFile], ...(jsonFile ? [["--json", jsonFile] as [string, string]] : [])], mappingFile);
  // A missing --json folder is refused (a typo must not create folders); --out's folder is created.
  if (jsonFile) await checkWritable(jsonFile);
  if (await fs.stat(path.dirname(path.resolve(outFile))).then(() => true, () => false)) await checkWritable(outFile);

  progress(`读取 ${file} …`);
  const started = Date.now();
  const { grids, workbook, warnings } = await readWorkbook(file, { heapPerXmlByte: HEAP_PER_XML_BYTE.rewrite });
  for (const w of warnings) io.err(`注意：${w}\n`);
  // Sheets named like the tool's that the tool did not write are the bureau's: read, and kept.
  const own = ownSheetNames(grids, outputTemplates(rubric));
  // What the settings sheet gets wrong (a fact row naming no input…) is said in the report.
  const settingsDiags = new Diagnostics();
  const settings = parseSettingsSheet(grids.sheets.find((s) => s.name === SETTINGS_SHEET && own.has(s.name)), settingsDiags, rubric);
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
  const aliasOf = new Map([...scoring.aliases].map(([alias, real]) => [real, alias]));
  mappings = mappings.map((m) => (aliasOf.has(m.sheet) ? { ...m, sheet: aliasOf.get(m.sheet) as string } : m));
  const { report: aliased } = scoreGrids(scoring.grids, { rubric, mappings, factMappings, ...(asOf ? { asOf } : {}) });
  aliased.diagnostics.push(...settingsDiags.list);
  for (const w of warnings) aliased.diagnostics.push({ severity: "warning", message: w });
  const report = unaliasData(aliased, scoring.aliases);

  if (json === "-") io.out(`${JSON.stringify(report, null, 2)}\n`);
  else if (jsonFile) await writeFileAtomic(jsonFile, `${JSON.stringify(report, null, 2)}\n`);

  progress(`写出评分副本 ${outFile} …`);
  await fs.mkdir(path.dirname(path.resolve(outFile)), { recursive: true }).catch((e) => {
    throw new FileSafetyError(fileErrorMessage(e, path.dirname(outFile), "创建"));
  });
  await writeScoredWorkbook(workbook, buildScoredSheets(aliased, rubric), outFile, { aliases: scoring.aliases, onWarning: (w) => io.err(`注意：${w}\n`) });
  // Fit the basis column to the terminal (the fixed columns take 66); 70 when not a terminal.
  const basisWidth = process.stdout.isTTY && process.stdout.columns ? Math.max(24, process.stdout.columns - 67) : 70;
  if (json !== "-") io.out(`${renderTerminalTable(report, basisWidth)}\n评分副本：${outFile}\n`);
  progress(`完成，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
  return 0;
}

/** File-system errors the user can act on (permissions, a full disk, a missing folder). */
const USER_FS_ERRORS = new Set(["EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT", "ENOENT", "ENOTDIR", "EISDIR", "EBUSY", "ENAMETOOLONG"]);

/** The package's version, read once from package.json beside the built CLI. */
const VERSION: string = (() => {
  try {
    return (JSON.parse(readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
})();

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    // `<command> --help` prints the usage, whatever else the line holds.
    if (command !== undefined && rest.some((a) => a === "--help" || a === "-h")) {
      io.out(USAGE);
      return 0;
    }
    switch (command) {
      case "--version":
      case "-v":
      case "version":
        io.out(`${VERSION}\n`);
        return 0;
      case "score":
        return await scoreCommand(rest, io);
      case "inspect":
        return await inspectCommand(rest, io);
      case "map":
        return await mapCommand(rest, io);
      case "template":
        return await templateCommand(rest, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`未知命令“${command}”`);
    }
  } catch (e) {
    if (e instanceof UnreadableWorkbookError || e instanceof InputError || e instanceof FileSafetyError) {
      io.err(`ecom-score: ${e.message}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.err(`ecom-score: ${e.message}\n${USAGE}`);
      return 2;
    }
    // A file error that escaped the commands' own checks is still the user's to fix: one line.
    const fsError = e as NodeJS.ErrnoException;
    if (fsError && USER_FS_ERRORS.has(fsError.code ?? "") && fsError.path) {
      io.err(`ecom-score: ${fileErrorMessage(e, fsError.path)}\n`);
      return 2;
    }
    io.err(`ecom-score: 内部错误（请把以下信息反馈给开发者）/ internal error:\n${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}
