/**
 * The hidden settings sheet (_ecom_settings) that travels with the workbook: manual sheet mappings
 * and options (rubric, cut-off date, county). The CLI, the task pane and a reviewer's copy all read
 * the same sheet, so a correction made once is used everywhere.
 *
 * Layout (one row each, after a header row):
 *   option  | asOf        | 2021-08-31
 *   mapping | 站点台账     | stations | 3 | village=D;opened=H
 *   fact    | 常住人口(万) | residentPopulation        (a facts-sheet label, as written → an input key or "ignore")
 */
import { Diagnostics } from "../core/diagnostics";
import { cellAddress, type CellValue, type Sheet } from "../core/grid";
import { NO_COLUMN, type SheetMapping } from "./mapping";
import { cellText } from "./normalize/text";
import { LEDGER_KINDS, type LedgerKind } from "./records";
import { SETTINGS_SHEET } from "./sheet-names";
import { matchKey } from "./facts/similarity";
import { factsVocabulary } from "./facts/vocabulary";
import type { Rubric, RubricInput } from "../scoring/rubric";
import { GD_2019 } from "../scoring/rubrics/gd-2019";

export interface WorkbookSettings {
  mappings: SheetMapping[];
  options: Record<string, string>;
  /** Facts-sheet labels mapped by hand: label as written → input key, or "ignore". Absent when none. */
  facts?: Record<string, string>;
}

/** The key a fact mapping uses to skip a label. */
export const IGNORE_FACT = "ignore";

export const SETTINGS_HEADER = ["类别", "名称", "值 / 台账类型", "表头行", "列映射（字段=列）"];

export function emptySettings(): WorkbookSettings {
  return { mappings: [], options: {} };
}

/**
 * `rubric`: the one whose inputs a fact row may name (a row naming another key is dropped with a
 * located warning, since the reader would silently read nothing for it).
 */
export function parseSettingsSheet(sheet: Sheet | undefined, diags = new Diagnostics(), rubric: Rubric = GD_2019): WorkbookSettings {
  const s = emptySettings();
  if (!sheet) return s;
  sheet.rows.forEach((row, r) => {
    if (r === 0) return;
    const [what, name, value, header, cols] = [0, 1, 2, 3, 4].map((c) => cellText(row[c] ?? null));
    if (!what) return;
    const where = cellAddress(r, 0);
    if (what === "option") {
      if (name) s.options[name] = value;
      return;
    }
    if (what === "fact") {
      if (!name) {
        diags.warn(`设置表第 ${r + 1} 行的填报项映射缺少填报项名称，已忽略`, SETTINGS_SHEET, cellAddress(r, 1));
        return;
      }
      const key = resolveInputKey(rubric, value);
      if (!key) {
        diags.warn(
          `设置表第 ${r + 1} 行把“${name}”映射到“${value}”，但${value ? "没有这个填报项" : "未写填报项"}${nearInputsText(rubric, value)}，已忽略`,
          SETTINGS_SHEET,
          cellAddress(r, 2),
        );
        return;
      }
      s.facts = withFact(s, name, key).facts;
      return;
    }
    if (what !== "mapping" || !name) {
      diags.warn(`设置表第 ${r + 1} 行无法识别，已忽略`, SETTINGS_SHEET, where);
      return;
    }
    if (value !== "ignore" && !LEDGER_KINDS.includes(value as LedgerKind)) {
      diags.warn(`设置表第 ${r + 1} 行的台账类型“${value}”无效，已忽略`, SETTINGS_SHEET, cellAddress(r, 2));
      return;
    }
    const m: SheetMapping = { sheet: name, kind: value as SheetMapping["kind"] };
    if (header) {
      const n = Number(header);
      if (Number.isInteger(n) && n >= 1) m.headerRow = n;
      else diags.warn(`设置表第 ${r + 1} 行的表头行“${header}”不是正整数，已忽略`, SETTINGS_SHEET, cellAddress(r, 3));
    }
    if (cols) {
      m.columns = {};
      for (const part of cols.split(/[;；,，\s]+/).filter(Boolean)) {
        const [field, letter] = part.split("=").map((x) => x.trim());
        if (field && letter && (/^[A-Za-z]{1,3}$/.test(letter) || letter === NO_COLUMN)) m.columns[field] = letter.toUpperCase();
        else diags.warn(`设置表第 ${r + 1} 行的列映射“${part}”应写成 字段=列，如 village=D`, SETTINGS_SHEET, cellAddress(r, 4));
      }
    }
    s.mappings.push(m);
  });
  return s;
}

export function settingsSheetRows(s: WorkbookSettings): CellValue[][] {
  const rows: CellValue[][] = [SETTINGS_HEADER];
  for (const [k, v] of Object.entries(s.options)) rows.push(["option", k, v, null, null]);
  for (const m of s.mappings) {
    const cols = Object.entries(m.columns ?? {})
      .map(([f, c]) => `${f}=${c}`)
      .join(";");
    rows.push(["mapping", m.sheet, m.kind, m.headerRow ?? null, cols || null]);
  }
  for (const [label, key] of Object.entries(s.facts ?? {})) rows.push(["fact", label, key, null, null]);
  return rows;
}

/** Replace (or add) the mapping of one sheet. */
export function withMapping(s: WorkbookSettings, m: SheetMapping): WorkbookSettings {
  return { ...s, mappings: [...s.mappings.filter((x) => x.sheet !== m.sheet), m] };
}

/** Replace (or add) the mapping of one facts-sheet label; `key` undefined removes it. */
export function withFact(s: WorkbookSettings, label: string, key: string | undefined): WorkbookSettings {
  // The reader compares labels by matchKey, so "常住人口（万人）" and "常住人口(万人)" are one label.
  const k = matchKey(label);
  const facts = Object.fromEntries(Object.entries(s.facts ?? {}).filter(([l]) => matchKey(l) !== k));
  if (key !== undefined) facts[label.trim()] = key;
  const out: WorkbookSettings = { ...s, facts };
  if (Object.keys(facts).length === 0) delete out.facts;
  return out;
}

/**
 * The input key a user's text names: a key (any letter case), "ignore", or an input's own label or
 * synonym (the clerk may write 常住人口 rather than residentPopulation); undefined otherwise.
 */
export function resolveInputKey(rubric: Rubric, text: string): string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  if (t.toLowerCase() === IGNORE_FACT || t === "忽略") return IGNORE_FACT;
  const byKey = rubric.inputs.find((i) => i.key === t) ?? rubric.inputs.find((i) => i.key.toLowerCase() === t.toLowerCase());
  if (byKey) return byKey.key;
  const k = matchKey(t);
  const byLabel = rubric.inputs.filter((i) => [i.label, ...(i.synonyms ?? [])].some((l) => matchKey(l) === k));
  return byLabel.length === 1 ? byLabel[0].key : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** The inputs closest to a text that named none: by meaning for Chinese, by spelling for a key. */
export function nearInputs(rubric: Rubric, text: string, n = 3): RubricInput[] {
  const t = text.trim();
  if (!t) return [];
  if (/[\u4e00-\u9fff]/.test(t))
    return factsVocabulary(rubric)
      .inputs.match(t)
      .slice(0, n)
      .map((m) => m.target);
  const lower = t.toLowerCase();
  const judged = lower.startsWith("judged:");
  return rubric.inputs
    .map((i) => {
      const key = i.key.toLowerCase();
      // A part of a key ("population") is near its key; otherwise the spelling distance decides.
      const d = key.includes(lower) || (lower.length >= 4 && lower.includes(key)) ? 0 : editDistance(lower, key) / Math.max(lower.length, key.length);
      return { i, d: d + (judged === key.startsWith("judged:") ? 0 : 0.5) };
    })
    .filter((x) => x.d <= 0.6)
    .sort((a, b) => a.d - b.d)
    .slice(0, n)
    .map((x) => x.i);
}

/** "（最接近：residentPopulation 常住人口、…）", or "" when nothing is near. */
export function nearInputsText(rubric: Rubric, text: string): string {
  const near = nearInputs(rubric, text);
  return near.length ? `（最接近：${near.map((i) => `${i.key}（${i.label}）`).join("、")}）` : "";
}
