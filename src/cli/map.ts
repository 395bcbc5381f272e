/**
 * ecom-score map: store a manual mapping (sheet → kind, header row, columns), or what a facts-sheet
 * label means (--fact "<label>=<input key>"), in the workbook's hidden settings sheet, so the CLI,
 * the task pane and a reviewer's copy all use it.
 *
 * It writes into the user's own workbook, so: only the settings sheet changes (the package writer
 * copies every other part as it is stored), a numbered backup that never overwrites a file, one map
 * at a time (a lock file), no write over a change saved since the read, and an atomic replacement.
 */
import { promises as fs } from "fs";
import { OUTPUT_SHEETS, SETTINGS_SHEET } from "../ledger/read";
import { NO_COLUMN, type SheetMapping } from "../ledger/mapping";
import { LEDGER_KINDS, type LedgerKind } from "../ledger/records";
import { kindSpec } from "../ledger/schema";
import { nearInputsText, parseSettingsSheet, resolveInputKey, settingsSheetRows, withFact, withMapping } from "../ledger/settings";
import { matchKey } from "../ledger/facts/similarity";
import type { WorkbookGrids } from "../core/grid";
import { cellText } from "../ledger/normalize/text";
import type { Rubric } from "../scoring/rubric";
import { acquireLock, checkWritable, fileStamp, sameFile, sameStamp, writeBackup, writeFileAtomic } from "../node/files";
import { isOwnSettingsSheet } from "../node/own-sheets";
import { readWorkbook } from "../node/read-xlsx";
import { writeSettingsPackage } from "../xlsx";
import { InputError, UsageError } from "./errors";
import type { Io } from "./io";
import { loadRubric } from "./rubric-option";

/** One --fact: the label and, unless removing, the input key it names (checked against the rubric). */
interface FactOption {
  label: string;
  key?: string;
}

function factFromOption(v: string, removing: boolean, rubric: Rubric): FactOption {
  // Keys hold no "=", labels rarely do: the last one splits.
  const eq = v.lastIndexOf("=");
  const label = (eq >= 0 ? v.slice(0, eq) : v).trim();
  const given = eq >= 0 ? v.slice(eq + 1).trim() : "";
  if (!label) throw new UsageError(`--fact 应写成 "标签=填报项"，如 --fact "全县常住人口=residentPopulation"；忽略写 =ignore（收到“${v}”）`);
  if (removing) return { label };
  if (eq < 0 || !given) throw new UsageError(`--fact 应写成 "标签=填报项"，如 --fact "${label}=residentPopulation"；忽略写 "${label}=ignore"`);
  const key = resolveInputKey(rubric, given);
  if (!key) throw new InputError(`--fact “${label}”：没有填报项“${given}”${nearInputsText(rubric, given)}；忽略此项写 ignore`);
  return { label, key };
}

export interface MapOptions {
  sheet?: string;
  kind?: string;
  headerRow?: string;
  /** Repeatable: field=letter. */
  column: string[];
  /** Repeatable: "label=key". */
  fact: string[];
  out?: string;
  remove?: boolean;
  rubric?: string;
}

export async function mapCommand(file: string, options: MapOptions, io: Io): Promise<number> {
  const sheet = options.sheet;
  const removing = options.remove === true;
  const rubric = await loadRubric(options.rubric);
  const facts = options.fact.map((v) => factFromOption(v, removing, rubric));
  if (sheet === undefined && facts.length === 0) throw new UsageError('map 需要 --sheet <工作表名> 或 --fact "标签=填报项"');
  if (sheet === undefined && (options.kind !== undefined || options.headerRow !== undefined || options.column.length))
    throw new UsageError("--kind、--header-row、--column 需要 --sheet <工作表名>");
  const mapping = sheet === undefined || removing ? undefined : mappingFromOptions(sheet, options.column, options);
  const out = options.out ?? file;
  // A missing or unreadable file is reported as such (not as a lock that cannot be made).
  if (!(await fileStamp(file))) await readWorkbook(file);
  // `--out` naming the workbook itself (another spelling, a link) is the in-place write too.
  const inPlace = await sameFile(out, file);
  // The lock keeps concurrent maps of one file from overwriting each other's mappings.
  const release = inPlace ? await acquireLock(file) : undefined;
  try {
    return await writeMapping(file, out, inPlace, sheet !== undefined ? { sheet, mapping } : undefined, facts, io);
  } finally {
    await release?.();
  }
}

/**
 * `sheetEdit.mapping` undefined: remove the sheet's mapping; a fact without a key: remove the
 * label's mapping.
 */
async function writeMapping(
  file: string,
  out: string,
  inPlace: boolean,
  sheetEdit: { sheet: string; mapping: SheetMapping | undefined } | undefined,
  facts: FactOption[],
  io: Io,
): Promise<number> {
  if (inPlace) await checkWritable(file);
  else await checkWritable(out);
  const stamp = await fileStamp(file);
  const { grids, bytes } = await readWorkbook(file, { formats: false });
  const sheet = sheetEdit?.sheet;
  if (sheet !== undefined && !grids.sheets.some((s) => s.name === sheet))
    throw new InputError(`工作簿中没有工作表“${sheet}”（现有：${grids.sheets.map((s) => s.name).join("、")}）`);
  const settingsSheet = grids.sheets.find((s) => s.name === SETTINGS_SHEET);
  if (settingsSheet && !isOwnSettingsSheet(settingsSheet)) {
    throw new InputError(`工作簿中已有一张名为“${SETTINGS_SHEET}”的工作表，但不是本工具写的；为避免覆盖，未写入（可改用 score --mapping <映射.json>）`);
  }
  let settings = parseSettingsSheet(settingsSheet);
  if (sheetEdit) {
    const { mapping } = sheetEdit;
    settings = mapping ? withMapping(settings, mapping) : { ...settings, mappings: settings.mappings.filter((m) => m.sheet !== sheet) };
  }
  for (const f of facts) {
    if (f.key === undefined) {
      if (!settings.facts || !Object.keys(settings.facts).some((l) => matchKey(l) === matchKey(f.label)))
        throw new InputError(`设置表中没有标签“${f.label}”的映射，未写入`);
      settings = withFact(settings, f.label, undefined);
    } else {
      settings = withFact(settings, labelAsWritten(grids, f.label), f.key);
    }
  }
  // Only the settings sheet is written; every other part of the package is copied as stored.
  const written = writeSettingsPackage(bytes, settingsSheetRows(settings));
  const buf = Buffer.from(written.buffer, written.byteOffset, written.byteLength);
  if (inPlace) {
    const backup = await writeBackup(file, bytes);
    // Saved by someone else since it was read (Excel, another tool): their change would be lost.
    if (!sameStamp(stamp, await fileStamp(file))) {
      await fs.rm(backup, { force: true });
      throw new InputError(
        `“${file}”在读取之后被修改过，为避免丢失他人的修改，未写入；请重新运行 / "${file}" changed after it was read; nothing was written, run the command again`,
      );
    }
    io.err(`已备份原文件到 ${backup}\n`);
    await writeFileAtomic(file, buf);
  } else {
    await writeFileAtomic(out, buf);
  }
  const factCount = Object.keys(settings.facts ?? {}).length;
  io.out(`已保存映射到 ${out} 的隐藏设置表（${settings.mappings.length} 条映射${factCount || facts.length ? `，${factCount} 条填报项映射` : ""}）\n`);
  return 0;
}

/**
 * The label as the workbook writes it: a cell of a user sheet (or the part before "：" in one)
 * that is the same label once normalised. A label quoted cut short ("…") names the one label it
 * begins. A label the workbook does not have is refused: its mapping would never be used.
 */
function labelAsWritten(grids: WorkbookGrids, label: string): string {
  const texts = new Set<string>();
  for (const s of grids.sheets) {
    if (s.name === SETTINGS_SHEET || OUTPUT_SHEETS.includes(s.name)) continue;
    for (const row of s.rows)
      for (const v of row) {
        if (typeof v !== "string" || !v.trim()) continue;
        const t = cellText(v);
        texts.add(t);
        const colon = t.search(/[：:]/);
        if (colon > 0) texts.add(t.slice(0, colon).trim());
      }
  }
  const want = matchKey(label);
  if (want) for (const t of texts) if (matchKey(t) === want) return t;
  const cut = label.replace(/(?:…|\.\.\.)$/, "");
  if (cut !== label && cut.trim()) {
    const begun = [...texts].filter((t) => t.startsWith(cut.trim()));
    if (begun.length === 1) return begun[0];
  }
  throw new InputError(`工作簿中没有标签“${label}”，未写入；未识别的标签及其写法见 ecom-score inspect`);
}

function mappingFromOptions(sheet: string, columns: string[], options: MapOptions): SheetMapping {
  const kind = options.kind;
  if (kind === undefined || (kind !== "ignore" && !LEDGER_KINDS.includes(kind as LedgerKind))) {
    throw new UsageError(`--kind 应为以下之一：${[...LEDGER_KINDS, "ignore"].join("、")}`);
  }
  const m: SheetMapping = { sheet, kind: kind as SheetMapping["kind"] };
  if (options.headerRow !== undefined) {
    const n = Number(options.headerRow);
    if (!Number.isInteger(n) || n < 1) throw new UsageError("--header-row 应为正整数（Excel 行号）");
    m.headerRow = n;
  }
  if (columns.length) {
    const spec = kind === "ignore" || kind === "facts" ? undefined : kindSpec(kind as LedgerKind);
    m.columns = {};
    for (const c of columns) {
      const [field, letter] = c.split("=");
      if (!field || !letter || !(/^[A-Za-z]{1,3}$/.test(letter) || letter === NO_COLUMN))
        throw new UsageError(`--column 应写成 字段=列，如 village=D；没有该列写 字段=-（收到“${c}”）`);
      if (!spec?.fields.some((f) => f.field === field))
        throw new UsageError(`“${kind}”没有字段“${field}”（可用：${spec?.fields.map((f) => f.field).join("、") ?? "无"}）`);
      m.columns[field] = letter.toUpperCase();
    }
  }
  return m;
}
