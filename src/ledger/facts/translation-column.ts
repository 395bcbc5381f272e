/**
 * A bilingual facts table, each line's name in Chinese and again in English beside it (项目 | Item | 数值 Value:
 * 方案制定自评（1-2分） | Self-rating: work plan (1–2) | 2). The English is the same name translated, no answer
 * and no second label: a reviewer reads the Chinese one. So does the reader: the English column is left blank
 * under its header (every cell keeps its address).
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

const HEADER_SCAN = 10;
const CHINESE_NAME = /^(?:项目|指标|指标名称|内容|事项|名称|数据项|填报项)$/;
const ENGLISH_NAME = /^(?:items?|indicators?|descriptions?|names?|data items?)$/i;

/** The sheet with the English names' column blank below its header; the same sheet when it has none. */
export function withoutTranslationColumn(sheet: Sheet): Sheet {
  for (let h = 0; h < Math.min(sheet.rows.length, HEADER_SCAN); h++) {
    const texts = (sheet.rows[h] ?? []).map((v) => cellText(v ?? null).trim());
    const c = texts.findIndex((t, i) => i > 0 && ENGLISH_NAME.test(t) && CHINESE_NAME.test(texts[i - 1].replace(/\s+/g, "")));
    if (c < 0) continue;
    const rows: CellValue[][] = sheet.rows.map((row, r) => (r <= h || c >= row.length ? row : row.map((v, i) => (i === c ? null : v))));
    return { ...sheet, rows };
  }
  return sheet;
}
