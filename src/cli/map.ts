/**
 * ecom-score map: store a manual mapping (sheet → kind, header row, columns) in the workbook's
 * hidden settings sheet, so the CLI, the task pane and a reviewer's copy all use it.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { SETTINGS_SHEET } from "../ledger/read";
import { NO_COLUMN, type SheetMapping } from "../ledger/mapping";
import { LEDGER_KINDS, type LedgerKind } from "../ledger/records";
import { kindSpec } from "../ledger/schema";
import { parseSettingsSheet, withMapping } from "../ledger/settings";
import { readWorkbook } from "../node/read-xlsx";
import { putSettingsSheet } from "../node/settings-xlsx";
import { parseArgs, UsageError } from "./args";
import { InputError, type Io } from "./main";

function collectColumns(args: string[]): { rest: string[]; columns: string[] } {
  const rest: string[] = [];
  const columns: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--column") columns.push(args[++i] ?? "");
    else if (args[i].startsWith("--column=")) columns.push(args[i].slice(9));
    else rest.push(args[i]);
  }
  return { rest, columns };
}

export async function mapCommand(args: string[], io: Io): Promise<number> {
  const { rest, columns } = collectColumns(args);
  const { positional, options } = parseArgs(rest, ["sheet", "kind", "header-row", "out"]);
  const file = positional[0];
  if (!file) throw new UsageError("map 需要一个工作簿文件");
  const sheet = options.sheet;
  if (typeof sheet !== "string") throw new UsageError("map 需要 --sheet <工作表名>");
  const { grids, workbook, warnings } = await readWorkbook(file);
  if (!grids.sheets.some((s) => s.name === sheet)) throw new InputError(`工作簿中没有工作表“${sheet}”（现有：${grids.sheets.map((s) => s.name).join("、")}）`);
  let settings = parseSettingsSheet(grids.sheets.find((s) => s.name === SETTINGS_SHEET));
  if (options.remove === true) {
    settings = { ...settings, mappings: settings.mappings.filter((m) => m.sheet !== sheet) };
  } else {
    const kind = options.kind;
    if (typeof kind !== "string" || (kind !== "ignore" && !LEDGER_KINDS.includes(kind as LedgerKind))) {
      throw new UsageError(`--kind 应为以下之一：${[...LEDGER_KINDS, "ignore"].join("、")}`);
    }
    const m: SheetMapping = { sheet, kind: kind as SheetMapping["kind"] };
    if (options["header-row"] !== undefined) {
      const n = Number(options["header-row"]);
      if (!Number.isInteger(n) || n < 1) throw new UsageError("--header-row 应为正整数（Excel 行号）");
      m.headerRow = n;
    }
    if (columns.length) {
      const spec = kind === "ignore" || kind === "facts" ? undefined : kindSpec(kind as LedgerKind);
      m.columns = {};
      for (const c of columns) {
        const [field, letter] = c.split("=");
        if (!field || !letter || !(/^[A-Za-z]{1,3}$/.test(letter) || letter === NO_COLUMN)) throw new UsageError(`--column 应写成 字段=列，如 village=D；没有该列写 字段=-（收到“${c}”）`);
        if (!spec?.fields.some((f) => f.field === field)) throw new UsageError(`“${kind}”没有字段“${field}”（可用：${spec?.fields.map((f) => f.field).join("、") ?? "无"}）`);
        m.columns[field] = letter.toUpperCase();
      }
    }
    settings = withMapping(settings, m);
  }
  const out = typeof options.out === "string" ? options.out : file;
  if (out === file) {
    if (warnings.length) throw new InputError(`该工作簿含有本工具无法原样保存的内容（${warnings.join("；")}），为避免丢失，不写回原文件；请用 --out 指定新文件`);
    const backup = path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.bak.xlsx`);
    await fs.copyFile(file, backup);
    io.err(`已备份原文件到 ${backup}\n`);
  }
  putSettingsSheet(workbook, settings);
  await workbook.xlsx.writeFile(out);
  io.out(`已保存映射到 ${out} 的隐藏设置表（${settings.mappings.length} 条映射）\n`);
  return 0;
}
