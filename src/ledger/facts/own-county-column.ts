/**
 * A comparison handed in as the facts sheet: a study trip's appendix setting another county beside
 * this one (对比项目 | 遂昌县（浙江丽水） | 连平县 | 差距与启示). A reviewer reads the county's own
 * column only; the other county's figures are what its hosts said, and are no fact of this county.
 * So does the reader: the other counties' columns are blanked (every cell keeps its address) and
 * the own column is headed as the table's answers (完成情况).
 *
 * The own column is the one left when the others are set aside by what the sheet says of them: a
 * bracket placing the county in another province (浙江丽水), a line calling its column hearsay or
 * reference only (遂昌县一栏未经核实，仅作参考; 遂昌县数据为对方介绍), or the county the title says
 * was visited (赴浙江省遂昌县学习考察); or, in a city's template a district a column, the one district its
 * 填报单位 or title names (the others' columns and the 全市合计 set aside). The rows-per-county twin: ./own-county-row.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { spacelessText } from "../normalize/text";
import type { LaidOut } from "./read";

/** A column headed by a county's name, a bracket after it allowed (遂昌县（浙江丽水）). */
const COUNTY_HEAD = /^([\u4e00-\u9fff]{1,5}(?:县|市|区))(?:[（(]([^（()）]{1,12})[)）])?$/;
/** The provinces and regions other than Guangdong, by the short names a bracket uses. */
const OTHER_PROVINCE =
  /浙江|江苏|福建|山东|安徽|江西|湖南|湖北|河南|河北|山西|陕西|四川|贵州|云南|广西|海南|甘肃|青海|宁夏|新疆|西藏|内蒙古|辽宁|吉林|黑龙江|北京|天津|上海|重庆/;
/** What a line says of a column that is not the county's own. */
const NOT_OWN = /(?:仅作|仅供|供)参考|未经(?:核实|核对)|对方(?:介绍|提供)|考察时/;
const VISITED = /赴|到|去|考察|学习/;
const HEADER_SCAN = 10;

interface OwnCounty {
  /** The header row naming the counties. */
  h: number;
  /** The own county's column. */
  own: number;
  /** The other counties' columns (every column of a pair) and the city's total. */
  gone: Set<number>;
}

/** Where a comparison or a city's template keeps the own county, the other counties and their total; undefined when it is none. */
function ownCountyOf(sheet: Sheet): OwnCounty | undefined {
  for (let h = 0; h < Math.min(sheet.rows.length, HEADER_SCAN); h++) {
    const header = sheet.rows[h] ?? [];
    const counties = header.flatMap((v, c) => {
      const m = COUNTY_HEAD.exec(spacelessText(v ?? null));
      return m && c > 0 ? [{ c, name: m[1], bracket: m[2] ?? "" }] : [];
    });
    if (counties.length < 2) continue;
    // Every line but the header's: the title, the notes above and under the table.
    const lines = sheet.rows.filter((_, r) => r !== h).map((row) => row.map((v) => spacelessText(v ?? null)).join(""));
    const said = (name: string) => lines.some((line) => piecesOf(line).some((clause) => clause.includes(name) && NOT_OWN.test(clause)));
    const visited = (name: string) => lines.slice(0, h).some((line) => new RegExp(`(?:${VISITED.source})[^，。；]{0,6}${name}`).test(line));
    // (…or a city's template a district a column, the own one the district its 填报单位 or title names: the others'
    // columns the city's prefilled figures, its 全市合计 column theirs added up.)
    const above = lines.slice(0, h).join("") + spacelessText(sheet.name);
    const named = counties.filter((x) => above.includes(x.name));
    const others =
      named.length === 1 && counties.length >= 3
        ? counties.filter((x) => x !== named[0])
        : counties.filter((x) => OTHER_PROVINCE.test(x.bracket) || said(x.name) || visited(x.name));
    if (others.length !== counties.length - 1) continue;
    const own = (counties.find((x) => !others.includes(x)) as { c: number }).c;
    const totals = named.length === 1 ? totalColumns(sheet, h) : [];
    // (A county's head merged over its pair of columns, 海丰县 over 填报数 | 自评分: both are its.)
    return { h, own, gone: new Set([...others.flatMap((x) => spanOf(sheet, h, x.c)), ...totals]) };
  }
  return undefined;
}

/** The sheet with only its own county's column of a comparison; the same sheet when it is none. */
export function withOwnCountyColumn(sheet: Sheet): Sheet {
  const found = ownCountyOf(sheet);
  if (!found) return sheet;
  const { h, own, gone } = found;
  const rows: CellValue[][] = sheet.rows.map((row, r) => (r < h ? row : row.map((v, c) => (gone.has(c) ? null : c === own && r === h ? "完成情况" : v))));
  return { ...sheet, rows, merges: (sheet.merges ?? []).filter((m) => m.bottom < h || ![...gone].some((c) => m.left <= c && c <= m.right)) };
}

/**
 * A city's shared sheet, a county a pair of columns (海丰县 over 填报数 | 自评分, …, 全市合计), laid out with the own
 * county's pair only: the others' columns and the total taken out, not blanked (blank columns between would be read
 * as a gap between two tables), the pair's columns named on the header's line (完成情况 | 自评分), every cell named
 * back to where it is. Undefined for any other sheet.
 */
export function ownCountyPairLaidOut(sheet: Sheet): LaidOut | undefined {
  const found = ownCountyOf(sheet);
  if (!found) return undefined;
  const { h, own, gone } = found;
  const pair = spanOf(sheet, h, own);
  if (pair.length < 2) return undefined;
  const width = sheet.rows.reduce((w, row) => Math.max(w, row.length), 0);
  const kept = Array.from({ length: width }, (_, c) => c).filter((c) => !gone.has(c));
  const at = new Map(kept.map((c, i) => [c, i]));
  const sub = sheet.rows[h + 1] ?? [];
  const head = (c: number, v: CellValue | undefined): CellValue =>
    c === own ? "完成情况" : pair.includes(c) && typeof sub[c] === "string" ? (sub[c] as string) : (v ?? null);
  const rows: CellValue[][] = sheet.rows.map((row, r) => (r < h ? [...row] : kept.map((c) => (r === h ? head(c, row[c]) : (row[c] ?? null)))));
  // (Merges kept where they lie wholly in the kept columns, the own county's over its pair gone with its name.)
  const merges = (sheet.merges ?? []).flatMap((m) => {
    if (m.bottom < h) return [m];
    if (m.top === h && m.left === own) return [];
    const left = at.get(m.left);
    const right = at.get(m.right);
    if (left === undefined || right === undefined || right - left !== m.right - m.left) return [];
    return [{ ...m, left, right }];
  });
  return { sheet: { ...sheet, rows, merges }, cellOf: (r, c) => ({ r, c: r < h ? c : (kept[c] ?? c) }) };
}

/** The columns a header cell heads: its own, or every one its merge runs over. */
function spanOf(sheet: Sheet, r: number, c: number): number[] {
  const m = (sheet.merges ?? []).find((x) => x.top <= r && r <= x.bottom && x.left === c);
  return m ? Array.from({ length: m.right - m.left + 1 }, (_, i) => m.left + i) : [c];
}

/** A template's 全市合计 column, its header on the counties' row or merged down from the row above. */
const TOTAL_HEAD = /^(?:全市|全区|全县)?(?:合计|总计|汇总|小计)$/;
function totalColumns(sheet: Sheet, h: number): number[] {
  const width = Math.max(sheet.rows[h]?.length ?? 0, sheet.rows[h - 1]?.length ?? 0);
  return Array.from({ length: width }, (_, c) => c).filter((c) => [h, h - 1].some((r) => r >= 0 && TOTAL_HEAD.test(spacelessText(sheet.rows[r]?.[c] ?? null))));
}

/**
 * A line's pieces between its commas and stops, brackets or not: what is said of one county does not
 * spill onto the next one's (a note in brackets, "（…连平县数据截至…，遂昌县数据为对方介绍的情况）", names both).
 */
function piecesOf(line: string): string[] {
  return line.split(/[，。；;,]/).filter((clause) => clause !== "");
}
