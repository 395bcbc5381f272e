/**
 * Which sheets of a workbook the tool wrote itself. A bureau may well have a sheet named 诊断信息 or
 * 评分明细: a sheet counts as the tool's only when it also carries the tool's header row (the one
 * every writer renders from the table model), and the settings sheet only with the settings header.
 * The tool never replaces, and the ledgers never skip, a sheet that is not its own; new output
 * sheets are named around a bureau's (考评指标自评表(2), …).
 */
import type { CellValue, Sheet, WorkbookGrids } from "../core/grid";
import { SETTINGS_SHEET } from "../ledger/read";
import { SETTINGS_HEADER } from "../ledger/settings";
import { TOOL_SHEET_NAMES, type CellModel, type SheetModel } from "../table";

const squash = (v: unknown) => (typeof v === "string" ? v.replace(/\s+/g, "") : v === null || v === undefined ? "" : String(v));

function rowMatches(row: CellValue[] | undefined, expected: unknown[]): boolean {
  const got = (row ?? []).map(squash);
  while (got.length && got[got.length - 1] === "") got.pop();
  const want = expected.map(squash);
  return got.length === want.length && want.every((w, i) => w === got[i]);
}

/** "考评指标自评表(2)" → "考评指标自评表"; undefined for a name no output sheet has. */
export function outputBase(name: string): string | undefined {
  const base = name.replace(/\s*[(（]\d+[)）]$/, "");
  return TOOL_SHEET_NAMES.includes(base) ? base : undefined;
}

export function isOwnSettingsSheet(sheet: Sheet): boolean {
  return sheet.name === SETTINGS_SHEET && rowMatches(sheet.rows[0], SETTINGS_HEADER);
}

/**
 * The tool's own sheets of a workbook. `templates`: the output models (of any report; only their
 * names and header rows are used).
 */
export function ownSheetNames(grids: WorkbookGrids, templates: SheetModel[]): Set<string> {
  const own = new Set<string>();
  for (const sheet of grids.sheets) {
    if (sheet.name === SETTINGS_SHEET) {
      if (isOwnSettingsSheet(sheet)) own.add(sheet.name);
      continue;
    }
    const base = outputBase(sheet.name);
    const t = base ? templates.find((m) => outputBase(m.name) === base) : undefined;
    if (!t) continue;
    const headers: unknown[][] = [t.rows[t.headerRow].map((c) => c.value), ...(t.formerHeaders ?? [])];
    if (headers.some((h) => rowMatches(sheet.rows[t.headerRow], h))) own.add(sheet.name);
  }
  return own;
}

/** Sheet names compare as Excel compares them (case-insensitively). */
const key = (s: string) => s.toLowerCase();

/**
 * The names of the new output sheets: their base name, unless a sheet the tool did not write has
 * it; then base(2), base(3)…
 */
export function outputNames(existing: string[], own: Set<string>, bases: string[]): Map<string, string> {
  const taken = new Set(existing.filter((n) => !own.has(n)).map(key));
  const out = new Map<string, string>();
  for (const base of bases) {
    let name = base;
    for (let n = 2; taken.has(key(name)); n++) name = `${base}(${n})`;
    taken.add(key(name));
    out.set(base, name);
  }
  return out;
}

/**
 * The ledger layer skips sheets named like the tool's (and reads `_ecom_settings` as settings), so
 * a bureau's sheet of such a name is handed to it under an alias that no sheet can have, and the
 * results are renamed back. The tool's own output sheets are not handed over at all.
 */
export const ALIAS_MARK = "\uE000";

export function gridsForScoring(grids: WorkbookGrids, own: Set<string>): { grids: WorkbookGrids; aliases: Map<string, string> } {
  const aliases = new Map<string, string>();
  const sheets: Sheet[] = [];
  for (const s of grids.sheets) {
    if (own.has(s.name)) {
      if (s.name === SETTINGS_SHEET) sheets.push(s);
      continue;
    }
    if (s.name === SETTINGS_SHEET || outputBase(s.name) === s.name) {
      const alias = `${s.name}${ALIAS_MARK}`;
      aliases.set(alias, s.name);
      sheets.push({ ...s, name: alias });
    } else {
      sheets.push(s);
    }
  }
  return { grids: { ...grids, sheets }, aliases };
}

/** Mappings saved under a sheet's real name, pointed at the alias it is scored under. */
export function aliasedMappings<M extends { sheet: string }>(mappings: M[], aliases: Map<string, string>): M[] {
  const aliasOf = new Map([...aliases].map(([alias, real]) => [real, alias]));
  return mappings.map((m) => (aliasOf.has(m.sheet) ? { ...m, sheet: aliasOf.get(m.sheet) as string } : m));
}

/** `text` with every alias replaced by the real sheet name. */
export function unaliasText(text: string, aliases: Map<string, string>): string {
  if (!text.includes(ALIAS_MARK)) return text;
  let out = text;
  for (const [alias, real] of aliases) out = out.split(alias).join(real);
  return out;
}

/** A deep copy of plain data (a report) with every alias replaced by the real sheet name. */
export function unaliasData<T>(data: T, aliases: Map<string, string>): T {
  if (aliases.size === 0) return data;
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return unaliasText(v, aliases);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object" && !(v instanceof Date)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(data) as T;
}

/**
 * The models under their final names (`names`: base → name), with links and quoted mentions of a
 * renamed output sheet following it and aliased bureau sheets named as they really are.
 */
export function renameModels(models: SheetModel[], names: Map<string, string>, aliases: Map<string, string>): SheetModel[] {
  const renamed = [...names].filter(([base, name]) => base !== name);
  if (renamed.length === 0 && aliases.size === 0) return models;
  const text = (s: string) => {
    let out = s;
    for (const [base, name] of renamed) out = out.split(`“${base}”`).join(`“${name}”`);
    return unaliasText(out, aliases);
  };
  const sheet = (s: string) => names.get(s) ?? aliases.get(s) ?? s;
  const cell = (c: CellModel): CellModel => {
    const next: CellModel = { ...c };
    if (typeof c.value === "string") next.value = text(c.value);
    if (c.link) next.link = { ...c.link, sheet: sheet(c.link.sheet) };
    return next;
  };
  return models.map((m) => ({ ...m, name: names.get(m.name) ?? m.name, rows: m.rows.map((row) => row.map(cell)) }));
}
