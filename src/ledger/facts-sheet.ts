/**
 * Reads a facts / self-assessment sheet: label/value pairs anywhere on the sheet (a label in any
 * column, its value in the first non-empty cell to its right, pairs possibly side by side), and an
 * evidence note from a 佐证材料 / 说明 column when the sheet has one.
 */
import type { Rubric, RubricInput } from "../scoring/rubric";
import { cellAddress, type Sheet } from "./grid";
import { cellText, normalizeLabel, splitUnit } from "./normalize/text";
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

export function readFactsSheet(sheet: Sheet, rubric: Rubric): FactsSheetResult {
  const index = inputIndex(rubric);
  const entries: FactsSheetResult["entries"] = [];
  // Columns whose header (anywhere in the first rows) says it holds evidence notes.
  const noteCols = new Set<number>();
  sheet.rows.slice(0, 10).forEach((row) =>
    row.forEach((v, c) => {
      if (NOTE_HEADERS.some((h) => normalizeLabel(cellText(v)).startsWith(h))) noteCols.add(c);
    }),
  );
  sheet.rows.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c] ?? null);
      if (!text) continue;
      const input = index.get(labelKey(text));
      if (!input) continue;
      // The value: the first non-empty cell to the right that is not itself a label.
      let vc = c + 1;
      while (vc < row.length && cellText(row[vc] ?? null) === "" && !noteCols.has(vc)) vc++;
      const valueCell = vc < row.length && !noteCols.has(vc) ? row[vc] : null;
      const valueIsLabel = valueCell !== null && index.has(labelKey(cellText(valueCell)));
      const entry: FactsSheetResult["entries"][number] = {
        key: input.key,
        source: { sheet: sheet.name, row: r + 1 },
        cell: cellAddress(r, vc < row.length ? vc : c + 1),
        label: text,
        value: valueIsLabel ? null : valueCell,
      };
      const unit = splitUnit(text).unit;
      if (unit) entry.unit = unit;
      const noteCol = [...noteCols].find((n) => n > vc);
      if (noteCol !== undefined) {
        const note = cellText(row[noteCol] ?? null);
        if (note) entry.note = note;
      }
      entries.push(entry);
      if (!valueIsLabel) c = vc; // pairs side by side: continue after this value
    }
  });
  return { entries, unknownLabels: [] };
}
