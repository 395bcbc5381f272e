/**
 * ecom-score map: store a manual mapping (sheet → kind, header row, columns) in the workbook's
 * hidden settings sheet, so the CLI, the task pane and a reviewer's copy all use it.
 *
 * It rewrites the user's own workbook, so: nothing exceljs would lose (refused, naming the
 * feature), a numbered backup that never overwrites a file, one map at a time (a lock file), no
 * write over a change saved since the read, and an atomic replacement.
 */
import { promises as fs } from "fs";
import { SETTINGS_SHEET } from "../ledger/read";
import { NO_COLUMN, type SheetMapping } from "../ledger/mapping";
import { LEDGER_KINDS, type LedgerKind } from "../ledger/records";
import { kindSpec } from "../ledger/schema";
import { parseSettingsSheet, withMapping } from "../ledger/settings";
import { acquireLock, checkWritable, fileStamp, sameFile, sameStamp, writeBackup, writeFileAtomic } from "../node/files";
import { isOwnSettingsSheet } from "../node/own-sheets";
import { HEAP_PER_XML_BYTE, readWorkbook } from "../node/read-xlsx";
import { rewriteLosses } from "../node/rewrite-check";
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
  const mapping = options.remove === true ? undefined : mappingFromOptions(sheet, columns, options);
  const out = typeof options.out === "string" ? options.out : file;
  // A missing or unreadable file is reported as such (not as a lock that cannot be made).
  if (!(await fileStamp(file))) await readWorkbook(file);
  // `--out` naming the workbook itself (another spelling, a link) is the in-place write too.
  const inPlace = await sameFile(out, file);
  // The lock keeps concurrent maps of one file from overwriting each other's mappings.
  const release = inPlace ? await acquireLock(file) : undefined;
  try {
    return await writeMapping(file, out, inPlace, sheet, mapping, io);
  } finally {
    await release?.();
  }
}

/** `mapping` undefined: remove the sheet's mapping. */
async function writeMapping(file: string, out: string, inPlace: boolean, sheet: string, mapping: SheetMapping | undefined, io: Io): Promise<number> {
  if (inPlace) await checkWritable(file);
  else await checkWritable(out);
  const stamp = await fileStamp(file);
  const { grids, workbook, lost, bytes } = await readWorkbook(file, { heapPerXmlByte: HEAP_PER_XML_BYTE.rewrite });
  if (!grids.sheets.some((s) => s.name === sheet)) throw new InputError(`工作簿中没有工作表“${sheet}”（现有：${grids.sheets.map((s) => s.name).join("、")}）`);
  const settingsSheet = grids.sheets.find((s) => s.name === SETTINGS_SHEET);
  if (settingsSheet && !isOwnSettingsSheet(settingsSheet)) {
    throw new InputError(`工作簿中已有一张名为“${SETTINGS_SHEET}”的工作表，但不是本工具写的；为避免覆盖，未写入（可改用 score --mapping <映射.json>）`);
  }
  let settings = parseSettingsSheet(settingsSheet);
  settings = mapping ? withMapping(settings, mapping) : { ...settings, mappings: settings.mappings.filter((m) => m.sheet !== sheet) };
  putSettingsSheet(workbook, settings);
  const buf = Buffer.from(await workbook.xlsx.writeBuffer());
  // Every write of map rewrites the whole workbook with exceljs: refuse what that would lose.
  const losses = [...lost, ...rewriteLosses(bytes, buf)];
  if (losses.length) {
    throw new InputError(
      `该工作簿含有本工具改写时无法原样保存的内容（${losses.map((l) => l.split(" / ")[0]).join("、")}），为避免丢失，未写入；可把映射写进 JSON 文件，评分时用 score --mapping <映射.json> 给出` +
        ` / the workbook has content a rewrite would lose (${losses.map((l) => l.split(" / ")[1]).join(", ")}); nothing was written — give the mapping with score --mapping <file.json> instead`,
    );
  }
  if (inPlace) {
    const backup = await writeBackup(file, bytes);
    // Saved by someone else since it was read (Excel, another tool): their change would be lost.
    if (!sameStamp(stamp, await fileStamp(file))) {
      await fs.rm(backup, { force: true });
      throw new InputError(`“${file}”在读取之后被修改过，为避免丢失他人的修改，未写入；请重新运行 / "${file}" changed after it was read; nothing was written, run the command again`);
    }
    io.err(`已备份原文件到 ${backup}\n`);
    await writeFileAtomic(file, buf);
  } else {
    await writeFileAtomic(out, buf);
  }
  io.out(`已保存映射到 ${out} 的隐藏设置表（${settings.mappings.length} 条映射）\n`);
  return 0;
}

function mappingFromOptions(sheet: string, columns: string[], options: Record<string, string | true>): SheetMapping {
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
  return m;
}
