/**
 * A bilingual fact sheet's translation columns (./japanese-translation, ./latin-translation): the columns, past the
 * first (the table's own labels), of five texts at least, this share of them in the other language only.
 */
import type { Sheet } from "../../core/grid";

export function translationColumns(sheet: Sheet, foreign: (text: string) => boolean, share: number, keeps?: (text: string) => boolean): Set<number> {
  const width = sheet.rows.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  const out = new Set<number>();
  for (let c = 1; c < width; c++) {
    const texts = sheet.rows.map((row) => row?.[c]).filter((v): v is string => typeof v === "string" && v.trim() !== "");
    if (texts.length >= 5 && texts.filter(foreign).length >= texts.length * share && !(keeps && texts.some(keeps))) out.add(c);
  }
  return out;
}
