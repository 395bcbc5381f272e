/**
 * A table exported from Word's track changes (新丰: "〔删：…〕为删去的文字，〔增：…〕为增加的文字…一律以修订后的
 * 文字为准"): every cell, the score cells too, still holds both the deleted and the inserted words,
 * "〔删：11〕〔增：12〕个部门". A reviewer reads the revised text; so does the reader: in each cell the
 * deletions go and the insertions stay, without their marks. A sheet with no such marks is unchanged.
 */
import type { CellValue, Sheet } from "../../core/grid";

/** A deletion: 〔删：…〕, 【删除：…】, [删:…]. */
const DELETED = /[〔【[［]\s*(?:删|删除|删去)\s*[:：][^〕】\]］]*[〕】\]］]/g;
/** An insertion, its words kept: 〔增：…〕, 【增加：…】, [插入:…]. */
const INSERTED = /[〔【[［]\s*(?:增|增加|插入|添加)\s*[:：]([^〕】\]］]*)[〕】\]］]/g;
/** A cell with a mark of either kind (looked for first: most sheets have none). */
const MARKED = /[〔【[［]\s*(?:删|删除|删去|增|增加|插入|添加)\s*[:：]/;

/** The cell as revised, a lone figure as the number it is ("〔删：1〕〔增：2〕" → 2). */
function revised(v: CellValue): CellValue {
  if (typeof v !== "string" || !MARKED.test(v)) return v;
  const text = v.replace(DELETED, "").replace(INSERTED, "$1");
  return /^\s*-?\d+(?:\.\d+)?\s*$/.test(text) ? Number(text) : text;
}

export function withTrackedChangesApplied(sheet: Sheet): Sheet {
  // (Only a sheet whose cells carry the marks: a look at each string, no copy otherwise.)
  if (!sheet.rows.some((row) => row.some((v) => typeof v === "string" && MARKED.test(v)))) return sheet;
  return { ...sheet, rows: sheet.rows.map((row) => row.map((v) => revised(v ?? null))) };
}
