/**
 * ecom-score: scores ledger workbooks (.xlsx) without Excel — the same pipeline as the task pane.
 * Exit codes: 0 a report was produced (with or without diagnostics), 2 unusable input (one line
 * saying why), 1 a bug.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { parseIsoDate, type LDate } from "../scoring/dates";
import { RUBRICS, scoreGrids } from "../pipeline";
import { parseSettingsSheet } from "../ledger/settings";
import { SETTINGS_SHEET } from "../ledger/read";
import type { SheetMapping } from "../ledger/mapping";
import { buildScoredSheets } from "../table";
import { readWorkbook, UnreadableWorkbookError } from "../node/read-xlsx";
import { writeScoredWorkbook } from "../node/write-xlsx";
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
      列出每张工作表识别出的台账类型、表头行、列映射与把握度
  ecom-score map <workbook.xlsx> --sheet <工作表> --kind <类型|ignore> [--header-row N]
                 [--column 字段=列 ...] [--out <file.xlsx>] | --remove --sheet <工作表>
      保存人工映射到工作簿的隐藏设置表（默认写回原文件并保留 .bak.xlsx 备份）
  ecom-score template <out.xlsx>
      生成“基本情况与自评填报”模板表及各台账空表
`;

/** Something the user must fix; exit 2 with one line. */
export class InputError extends Error {}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

export function parseAsOfOption(v: string | true | undefined): LDate | undefined {
  if (v === undefined) return undefined;
  const d = typeof v === "string" ? parseIsoDate(v) : undefined;
  if (!d || d.d === undefined) throw new InputError(`--as-of 应为 YYYY-MM-DD 格式的日期，收到“${String(v)}”`);
  return d;
}

async function readMappingFile(file: string): Promise<SheetMapping[]> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    throw new InputError(`无法读取映射文件“${file}”`);
  }
  try {
    const data = JSON.parse(text) as unknown;
    const list = Array.isArray(data) ? data : (data as { mappings?: unknown }).mappings;
    if (!Array.isArray(list)) throw new Error();
    return list as SheetMapping[];
  } catch {
    throw new InputError(`映射文件“${file}”不是有效的 JSON（应为 [{"sheet":"…","kind":"stations","columns":{"village":"D"}}]）`);
  }
}

async function scoreCommand(args: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(args, ["out", "json", "as-of", "rubric", "mapping"]);
  const file = positional[0];
  if (!file) throw new UsageError("score 需要一个工作簿文件");
  const quiet = options.quiet === true;
  const progress = (s: string) => quiet || io.err(`${s}\n`);
  const rubricId = typeof options.rubric === "string" ? options.rubric : "gd-2019";
  const rubric = RUBRICS[rubricId];
  if (!rubric) throw new InputError(`未知的考评指标体系“${rubricId}”（可用：${Object.keys(RUBRICS).join("、")}）`);
  let asOf = parseAsOfOption(options["as-of"]);

  progress(`读取 ${file} …`);
  const started = Date.now();
  const { grids, workbook, warnings } = await readWorkbook(file);
  for (const w of warnings) io.err(`注意：${w}\n`);
  const settings = parseSettingsSheet(grids.sheets.find((s) => s.name === SETTINGS_SHEET));
  let mappings = settings.mappings;
  if (typeof options.mapping === "string") {
    const extra = await readMappingFile(options.mapping);
    mappings = [...mappings.filter((m) => !extra.some((e) => e.sheet === m.sheet)), ...extra];
  }
  if (!asOf && settings.options.asOf) asOf = parseIsoDate(settings.options.asOf);
  progress(`识别台账并评分（${grids.sheets.length} 张工作表）…`);
  const { report } = scoreGrids(grids, { rubric, mappings, ...(asOf ? { asOf } : {}) });
  for (const w of warnings) report.diagnostics.push({ severity: "warning", message: w });

  const json = options.json;
  if (json === "-") io.out(`${JSON.stringify(report, null, 2)}\n`);
  else if (typeof json === "string") await fs.writeFile(json, `${JSON.stringify(report, null, 2)}\n`, "utf8");
  else if (json === true) throw new UsageError("--json 需要文件名，或用 - 表示标准输出");

  const outFile = typeof options.out === "string" ? options.out : path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.scored.xlsx`);
  if (path.resolve(outFile) === path.resolve(file)) throw new InputError("--out 不能与输入文件相同：原工作簿不会被修改");
  progress(`写出评分副本 ${outFile} …`);
  await fs.mkdir(path.dirname(path.resolve(outFile)), { recursive: true });
  await writeScoredWorkbook(workbook, buildScoredSheets(report, rubric), outFile, { onWarning: (w) => io.err(`注意：${w}\n`) });
  // Fit the basis column to the terminal (the fixed columns take 66); 70 when not a terminal.
  const basisWidth = process.stdout.isTTY && process.stdout.columns ? Math.max(24, process.stdout.columns - 67) : 70;
  if (json !== "-") io.out(`${renderTerminalTable(report, basisWidth)}\n评分副本：${outFile}\n`);
  progress(`完成，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
  return 0;
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
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
    if (e instanceof UnreadableWorkbookError || e instanceof InputError) {
      io.err(`ecom-score: ${e.message}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.err(`ecom-score: ${e.message}\n${USAGE}`);
      return 2;
    }
    io.err(`ecom-score: 内部错误（请把以下信息反馈给开发者）/ internal error:\n${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}
