/**
 * Lines numbered under a parent (17 农村网络零售额, then 17.1 2019年 | 17.2 2020年 | 17.3 同比增速): a
 * child's bare words say what of its parent it is. A reviewer reads 17.3 as 农村网络零售额同比增速 wherever
 * the lines stand — a table sorted by its 单位 column sends the parents to the bottom (连平) — so the
 * reader puts the parent's name before a child that is only a year or a growth.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, compact } from "../normalize/text";

const BARE_CHILD = /^(?:(?:19|20)\d{2}\s*年度?|同比增速|同比增长|同比增长率|增速|增长率|同比)$/;

/** A line's number and its label's column: the first filled cell a number (17, "17.3"), the next a text. */
function numbered(row: readonly CellValue[]): { n: string; label: number } | undefined {
  const first = row.findIndex((v) => cellText(v ?? null) !== "");
  if (first < 0) return undefined;
  const n = compact(cellText(row[first] ?? null));
  if (!/^\d{1,2}(?:\.\d{1,2})?$/.test(n)) return undefined;
  const label = row.findIndex((v, c) => c > first && typeof v === "string" && v.trim() !== "");
  return label < 0 ? undefined : { n, label };
}

/** A child's words with its parent's name: a year goes before it, as the rubric says it (2019年农村网络零售额), the rest after. */
const childLabel = (words: string, parent: string) => (/^(?:19|20)\d{2}/.test(words) ? `${words}${parent}` : `${parent}${words}`);

export function withNumberedParents(sheet: Sheet): Sheet {
  const parents = new Map<string, string>();
  for (const row of sheet.rows) {
    const line = numbered(row ?? []);
    if (line && !line.n.includes(".")) parents.set(line.n, cellText(row[line.label] ?? null).trim());
  }
  if (parents.size === 0) return sheet;
  let rows: CellValue[][] | undefined;
  sheet.rows.forEach((row, r) => {
    const line = numbered(row ?? []);
    if (!line || !line.n.includes(".")) return;
    const words = cellText(row[line.label] ?? null).trim();
    const parent = parents.get(line.n.split(".")[0]);
    if (!parent || !BARE_CHILD.test(compact(words)) || compact(words).includes(compact(parent))) return;
    rows ??= sheet.rows.map((x) => [...x]);
    rows[r][line.label] = childLabel(words, parent);
  });
  return rows ? { ...sheet, rows } : sheet;
}

/**
 * …and a child indented under its item with no number of its own (1 | 农村网络零售额 | 亿元 | 16.82, then
 * "\u3000同比增长" | % | 18.6): its item's name before it, the item being the nearest line above in the same
 * column that is no child itself.
 */
export function withIndentedChildren(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  sheet.rows.forEach((row, r) => {
    const c = (row ?? []).findIndex((v) => typeof v === "string" && v.trim() !== "");
    if (c < 0) return;
    const said = row[c] as string;
    const words = said.trim();
    if (!/^[\s\u3000]+\S/.test(said) || !BARE_CHILD.test(compact(words)) || (row ?? []).slice(0, c).some((v) => cellText(v ?? null).trim() !== "")) return;
    for (let up = r - 1; up >= 0 && up >= r - 4; up--) {
      const above = cellText(sheet.rows[up]?.[c] ?? null).trim();
      if (above === "" || BARE_CHILD.test(compact(above))) continue;
      rows ??= sheet.rows.map((x) => [...(x ?? [])]);
      rows[r][c] = childLabel(words, above);
      return;
    }
  });
  return rows ? { ...sheet, rows } : sheet;
}
