/**
 * Reads a facts / self-assessment sheet: label/value pairs anywhere on the sheet (a label in any
 * column, its value in the first non-empty cell to its right, pairs possibly side by side), and an
 * evidence note from a 佐证材料 / 说明 column when the sheet has one.
 */
import type { Rubric, RubricInput } from "../scoring/rubric";
import { cellAddress, type Sheet } from "./grid";
import { cellText, isNoteText, normalizeLabel, splitUnit } from "./normalize/text";
import type { FactEntry } from "./records";

const NOTE_HEADERS = ["佐证材料", "佐证说明", "佐证", "依据", "说明", "备注", "证明材料"].map((h) => normalizeLabel(h));

/** Normalised label → input, for every label and synonym of the rubric's inputs. */
export function inputIndex(rubric: Rubric): Map<string, RubricInput> {
  const m = new Map<string, RubricInput>();
  for (const input of rubric.inputs) for (const l of [input.label, ...(input.synonyms ?? [])]) m.set(labelKey(l), input);
  return m;
}

/** "1. 常住人口（人）：" → the key used to look labels up. */
export function labelKey(text: string): string {
  const stripped = text.replace(/^\s*[（(]?[0-9０-９一二三四五六七八九十]+[)）.、．]\s*/, "");
  return normalizeLabel(splitUnit(stripped).label);
}

export function allFactLabels(rubric: Rubric): string[] {
  return rubric.inputs.flatMap((i) => [i.label, ...(i.synonyms ?? [])]);
}

export interface FactsSheetResult {
  entries: (FactEntry & { key: string; unit?: string })[];
  unknownLabels: { cell: string; text: string }[];
}

const UNIT_HEADERS = ["单位", "计量单位"];
const VALUE_HEADERS = ["填报值", "填报数", "填报数据", "填报内容", "填写内容", "填报情况", "数值", "值", "自评得分", "自评分", "自评分数", "得分", "实际值", "完成值"].map((h) => normalizeLabel(h));

/** A unit cell ("万元", "（万人）"). */
function unitOf(v: unknown): string | undefined {
  const t = cellText(v as never).replace(/\s+/g, "").replace(/^[(（]|[)）]$/g, "");
  return ["元", "万元", "人", "万人", "人次", "%", "个", "家"].includes(t) ? t : undefined;
}

/** Header and title words of a facts sheet's label columns: not labels that went unrecognised. */
const HEADER_WORDS = /^(?:序号|编号|项目|项目名称|指标|指标名称|评价指标|考评指标|名称|内容|事项|填报项|填报项目|填报内容|填报值|填报数|数值|数据|值|自评|自评分|自评得分|得分|说明|备注|类别|分类|单位|佐证材料|佐证)$/;

export function readFactsSheet(sheet: Sheet, rubric: Rubric): FactsSheetResult {
  const index = inputIndex(rubric);
  const entries: FactsSheetResult["entries"] = [];
  const isLabel = (v: unknown) => index.has(labelKey(cellText(v as never))) || inlinePair(index, cellText(v as never)) !== undefined;
  // Columns whose header (anywhere in the first rows) says it holds evidence notes.
  const noteCols = new Set<number>();
  sheet.rows.slice(0, 10).forEach((row) =>
    row.forEach((v, c) => {
      if (NOTE_HEADERS.some((h) => normalizeLabel(cellText(v)).startsWith(h))) noteCols.add(c);
    }),
  );
  // A 单位 column between label and value ("常住人口 | 万人 | 42.6"): its cells are units, not values.
  const unitCols = new Set<number>();
  sheet.rows.slice(0, 10).forEach((row) =>
    row.forEach((v, c) => {
      if (UNIT_HEADERS.includes(normalizeLabel(cellText(v)))) unitCols.add(c);
    }),
  );
  // Columns headed 填报值 / 自评得分 hold the values: a label's value is in the first of them to its
  // right, even when other columns come between (权重 and 指标解释 in the official indicator table).
  const valueCols: number[] = [];
  sheet.rows.slice(0, 10).forEach((row) =>
    row.forEach((v, c) => {
      if (VALUE_HEADERS.includes(normalizeLabel(splitUnit(cellText(v)).label)) && !valueCols.includes(c)) valueCols.push(c);
    }),
  );
  valueCols.sort((a, b) => a - b);
  const valueHeaderRow = new Map<number, number>();
  sheet.rows.slice(0, 10).forEach((row, r) =>
    row.forEach((v, c) => {
      if (valueCols.includes(c) && !valueHeaderRow.has(c) && VALUE_HEADERS.includes(normalizeLabel(splitUnit(cellText(v)).label))) valueHeaderRow.set(c, r);
    }),
  );
  const headerRowOf = (c: number) => valueHeaderRow.get(c) ?? -1;
  const labelCols = new Set<number>();
  let firstLabelRow = -1;
  sheet.rows.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c] ?? null);
      if (!text) continue;
      const input = index.get(labelKey(text));
      if (!input) {
        // "常住人口：42.6万人" — label and value typed into one cell.
        const pair = inlinePair(index, text);
        if (pair) {
          labelCols.add(c);
          if (firstLabelRow < 0) firstLabelRow = r;
          const entry: FactsSheetResult["entries"][number] = { key: pair.input.key, source: { sheet: sheet.name, row: r + 1 }, cell: cellAddress(r, c), label: pair.label, value: pair.value };
          const unit = splitUnit(pair.label).unit;
          if (unit) entry.unit = unit;
          entries.push(entry);
        }
        continue;
      }
      labelCols.add(c);
      if (firstLabelRow < 0) firstLabelRow = r;
      // The value: the first non-empty cell to the right that is not itself a label.
      let vc = c + 1;
      const valueCol = valueCols.find((v) => v > c);
      if (valueCol !== undefined && r > headerRowOf(valueCol)) vc = valueCol;
      else while (vc < row.length && (cellText(row[vc] ?? null) === "" || unitCols.has(vc)) && !noteCols.has(vc)) vc++;
      const valueCell = vc < row.length && !noteCols.has(vc) ? row[vc] : null;
      const valueIsLabel = valueCell !== null && isLabel(valueCell);
      const entry: FactsSheetResult["entries"][number] = {
        key: input.key,
        source: { sheet: sheet.name, row: r + 1 },
        cell: cellAddress(r, vc < row.length ? vc : c + 1),
        label: text,
        value: valueIsLabel ? null : valueCell,
      };
      const unitCell = [...unitCols].find((u) => u > c && u < vc);
      const unit = splitUnit(text).unit ?? (unitCell !== undefined ? unitOf(row[unitCell]) : undefined);
      if (unit) entry.unit = unit;
      // The evidence note of this pair: the next note column, unless another label comes first
      // (pairs side by side share a row; each note belongs to the pair just before it).
      const noteCol = [...noteCols].sort((a, b) => a - b).find((n) => n > vc);
      if (noteCol !== undefined && !row.slice(vc + 1, noteCol).some((v) => isLabel(v))) {
        const note = cellText(row[noteCol] ?? null);
        if (note) entry.note = note;
      }
      entries.push(entry);
      if (!valueIsLabel) c = vc; // pairs side by side: continue after this value
    }
  });
  return { entries, unknownLabels: unknownLabels(sheet, labelCols, noteCols, valueCols, firstLabelRow, isLabel) };
}

/** A cell holding "label：value" whose label the rubric reads. */
function inlinePair(index: Map<string, RubricInput>, text: string): { input: RubricInput; label: string; value: string } | undefined {
  const m = /^([^:：]{2,40})[:：]\s*(\S.*)$/s.exec(text.trim());
  if (!m) return undefined;
  const input = index.get(labelKey(m[1]));
  return input ? { input, label: m[1].trim(), value: m[2].trim() } : undefined;
}

/**
 * Text in a label column that is no label the rubric reads, with a value beside it: a fact the
 * clerk filled in that would otherwise be silently ignored (a typo, or a wording we do not know).
 */
function unknownLabels(sheet: Sheet, labelCols: Set<number>, noteCols: Set<number>, valueCols: number[], firstLabelRow: number, isLabel: (v: unknown) => boolean): { cell: string; text: string }[] {
  const out: { cell: string; text: string }[] = [];
  if (firstLabelRow < 0) return out;
  const cols = [...labelCols].sort((a, b) => a - b);
  sheet.rows.forEach((row, r) => {
    if (r < firstLabelRow) return; // titles and the header row above the first label
    cols.forEach((c, i) => {
      const v = row[c] ?? null;
      const text = cellText(v);
      if (typeof v !== "string" || !text || isLabel(v) || noteCols.has(c)) return;
      if (HEADER_WORDS.test(normalizeLabel(text)) || isNoteText(text) || !/[\u4e00-\u9fff]/.test(text)) return;
      // Its value: in the value column to its right, or a non-empty cell before the next label column.
      const valueCol = valueCols.find((v) => v > c);
      const end = cols[i + 1] ?? row.length;
      let hasValue = valueCol !== undefined && cellText(row[valueCol] ?? null) !== "";
      if (valueCol === undefined) for (let vc = c + 1; vc < end; vc++) if (!noteCols.has(vc) && cellText(row[vc] ?? null) !== "") hasValue = true;
      if (hasValue) out.push({ cell: cellAddress(r, c), text });
    });
  });
  return out;
}
