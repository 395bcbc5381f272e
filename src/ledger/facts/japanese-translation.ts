/**
 * A fact sheet in Chinese and Japanese side by side, for a visiting delegation (龙湖: No. | 项目 | 項目 |
 * 数值／状况\n数値／状況 | 单位\n単位 | 备注\n備考; "2020年3月印发／2020年3月公布", "亿元（億元）"). A reviewer
 * reads the Chinese and skips its translation; so does the reader: a column of Japanese wordings left
 * out, and in the other cells each Japanese part — a bracket, a part after ／, a header's second line —
 * taken away. Japanese is told by its kana (の, ・, カタカナ): kanji alone could be either language.
 * Only on a sheet with many such cells: a katakana brand in a Chinese note changes nothing.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { toSimplified } from "../normalize/simplified";
import { translationColumns } from "./translation-columns";

const KANA = /[\u3040-\u309f\u30a0-\u30ff]/;
/** A bracket holding Japanese: "（あり・実施済み）", "（延べ人数）". */
const JAPANESE_BRACKET = /[（(][^（()）]*[\u3040-\u309f\u30a0-\u30ff][^（()）]*[)）]/g;
/** The sheet is bilingual when this many cells carry kana. */
const MIN_KANA_CELLS = 8;
/** A column is a translation when this share of its texts are Japanese only ("うち省指定貧困村", "指導グループ組長"). */
const TRANSLATION_SHARE = 0.25;

export function withJapaneseLeftOut(sheet: Sheet): Sheet {
  let kanaCells = 0;
  for (const row of sheet.rows) for (const v of row ?? []) if (typeof v === "string" && KANA.test(v)) kanaCells++;
  if (kanaCells < MIN_KANA_CELLS) return sheet;
  // (Japanese through and through, "うち省指定貧困村": not a note with its translation after ／, whose Chinese stays;
  // nor a column of the table's own answers, ○ / ×.)
  const translation = translationColumns(sheet, (t) => chinesePart(t) === null, TRANSLATION_SHARE, isAnswer);
  return {
    ...sheet,
    rows: sheet.rows.map((row) => Array.from(row ?? [], (v, c): CellValue => (translation.has(c) ? null : typeof v === "string" ? chinesePart(v) : (v ?? null)))),
  };
}

/** A value column's answers (○, ×, 是): a column holding them is the table's own, whatever else it holds. */
const isAnswer = (t: string) => /^\s*[○×✓√●]\s*$/.test(t);

/** The cell without its Japanese: a bracket, a part after ／ or on a line of its own; blank when all of it is. */
function chinesePart(v: string): CellValue {
  if (!KANA.test(v) && !v.includes("\n") && !/[)）]$/.test(v)) return v;
  const lines = v.split("\n");
  // "单位\n単位", "备注\n備考": a header and its translation on the line under it, as long as it.
  const kept = lines.length === 2 && lines[0].trim().length === lines[1].trim().length && lines[0].trim().length <= 8 ? [lines[0]] : lines;
  const out = kept
    .map((line) =>
      line
        .replace(JAPANESE_BRACKET, "")
        // "亿元（億元）": the words again in Japanese kanji, no kana to tell them by.
        .replace(/^([^（(]+)[（(]([^（()）]+)[)）]$/, (all, words: string, again: string) => (toSimplified(again) === words.trim() ? words : all))
        .split("／")
        .filter((part) => !KANA.test(part))
        .join("／"),
    )
    .filter((line) => line.trim() !== "")
    .join("\n");
  if (out === v) return v;
  return out.trim() === "" ? null : out;
}
