/**
 * A city's template, one row per county (序号 | 县（市、区） | 常住人口 | …), sent to every county to
 * fill in its own row: the other counties' rows keep what the city prefilled (their population,
 * their funds) and a 全市合计 row adds them up. A reviewer reads the county's own row only; so
 * does the reader: under each such header the other counties' rows and the totals are not there.
 * The own row is the one the sheet names (报送单位：阳西县商务局, a tab "汇总表（阳西县填报）"), else
 * the fullest. Turned on its side, the headers are the labels down and the row their values.
 */
import { mergeAt, type CellValue, type Sheet } from "../../core/grid";
import { cellText, spacelessText } from "../normalize/text";
import { transpose } from "../sideways";

const COUNTY_HEADER = /^(?:县[（(]市、?区[)）]|县市区|县区|县[（(]区[)）]|地区|县别|县[（(]市[)）]|区县)$/;
const COUNTY_NAME = /^[\u4e00-\u9fff]{1,5}(?:县|市|区)$/;
const TOTAL = /^(?:全市)?(?:合计|总计|小计|汇总)$/;
const HEADER_SCAN = 30;
/** The template's example row's county, or its first cell: ××县, 填写示例. */
const EXAMPLE_ROW = /^(?:[×xX＊*○]{1,3}(?:县|市|区)|填写示例|填报示例|示例|样例)$/;
/** What a template asks each column to hold: 文本, Y/N, yyyy-mm-dd, a unit, a range of points. */
const FORMAT_WORD = /^(?:—|-|文本|文本[，,].*|数字|数值|整数|日期|Y\/N|是\/否|yyyy-mm(?:-dd)?|yyyy年mm月(?:dd日)?|万人|人|人次|个|家|万元|元|亿元|%|\d-\d分)$/i;

/** A column's words that name no subject of their own: 是否建成, 是否具备, 已建立. */
const BARE_QUESTION = /^(?:是否)?(?:已?建成|已?建立|具备|已?开设|已?设立|已?出台|已?印发|有无)$/;
const UNIT_WORD = /^(?:万人|人|人次|个|家|万元|元|亿元|%)$/;

/** A row of the formats the template asks for, under its headers. */
function formatRow(row: readonly CellValue[] | undefined): boolean {
  const filled = (row ?? []).map((v) => spacelessText(v ?? null)).filter((t) => t !== "");
  return filled.length >= 3 && filled.filter((t) => FORMAT_WORD.test(t)).length >= filled.length * 0.8;
}
const NOT_A_FACT = /^(?:序号|编号|备注|说明|填报人.*|联系人.*|联系电话)$/;

function rowText(row: readonly CellValue[] | undefined): string {
  return (row ?? []).map((v) => cellText(v ?? null)).join(" ");
}

/**
 * The template's tables turned on its side with only the county's own row left, and the lines
 * above them as they are (数据截至2021年8月31日 is read there); undefined: no such template.
 */
export function ownCountyRowTurned(sheet: Sheet): { turned: Sheet; above: Sheet } | undefined {
  const own = withOwnCountyRow(sheet);
  if (own === sheet) return undefined;
  const top = own.rows.findIndex((row) => row.some((v) => COUNTY_HEADER.test(spacelessText(v ?? null))));
  const tables = { ...own, rows: own.rows.map((row, r) => (r < top ? row.map(() => null) : row)) };
  return {
    turned: transpose(tables),
    above: { ...sheet, rows: sheet.rows.map((row, r) => (r < top ? row : [])), merges: (sheet.merges ?? []).filter((m) => m.bottom < top) },
  };
}

/**
 * The county's row over its periods: each column's figure as its 累计 row states it, else as its first row does
 * (a figure that does not change with the period is merged down over them, written once).
 */
function ownPeriodsJoined(sheet: Sheet, own: number, later: readonly number[]): CellValue[] {
  const first = sheet.rows[own] ?? [];
  const total = later.find((r) => (sheet.rows[r] ?? []).some((v) => CUMULATIVE.test(spacelessText(v ?? null))));
  if (total === undefined) return [...first];
  const totals = sheet.rows[total] ?? [];
  return Array.from({ length: Math.max(first.length, totals.length) }, (_, c) =>
    CUMULATIVE.test(spacelessText(totals[c] ?? null)) ? null : cellText(totals[c] ?? null).trim() !== "" ? totals[c] : (first[c] ?? null),
  );
}
const CUMULATIVE = /^(?:累计|合计|总计|累计数|截至目前累计)$/;

export function withOwnCountyRow(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  for (let h = 0; h < Math.min(sheet.rows.length, HEADER_SCAN); h++) {
    const col = (sheet.rows[h] ?? []).findIndex((v) => COUNTY_HEADER.test(spacelessText(v ?? null)));
    if (col < 0) continue;
    // The table's rows: a county's or a total, down to the first row that is neither (a blank, a note).
    const counties: number[] = [];
    const totals: number[] = [];
    let r = h + 1;
    // (A second header row under the first, or a third: its column keeps no county name.)
    // (…or a row of what to write, 文本 | yyyy-mm-dd | 万人 | Y/N: no county's, read as nothing.)
    const formats: number[] = [];
    while (r < sheet.rows.length && r <= h + 2 && rowText(sheet.rows[r]).trim() !== "") {
      if (formatRow(sheet.rows[r])) formats.push(r);
      else if (spacelessText(sheet.rows[r]?.[col] ?? null) !== "") break;
      r++;
    }
    /** Each county's rows after its first, one per period (2020年1—12月 | 2021年1—8月 | 累计), its name merged down over them. */
    const periods = new Map<number, number[]>();
    for (; r < sheet.rows.length; r++) {
      const row = sheet.rows[r] ?? [];
      const name = spacelessText(row[col] ?? null);
      const last = counties[counties.length - 1];
      // (The template's own example row, 填写示例 | ××县, is a county's row the county does not fill.)
      if (COUNTY_NAME.test(name) || EXAMPLE_ROW.test(name) || row.slice(0, col).some((v) => EXAMPLE_ROW.test(spacelessText(v ?? null)))) counties.push(r);
      else if (row.slice(0, col + 1).some((v) => TOTAL.test(spacelessText(v ?? null)))) totals.push(r);
      else if (last !== undefined && name === "" && mergeAt(sheet.merges, r, col)?.top === last) periods.set(last, [...(periods.get(last) ?? []), r]);
      else break;
    }
    if (counties.length < 2) continue;
    const said = `${sheet.name} ${sheet.rows.slice(0, h).map(rowText).join(" ")}`;
    const named = counties.filter((cr) => said.includes(spacelessText(sheet.rows[cr][col] ?? null)));
    const filled = (cr: number) => (sheet.rows[cr] ?? []).filter((v) => cellText(v ?? null).trim() !== "").length;
    const own = named.length === 1 ? named[0] : [...counties].sort((a, b) => filled(b) - filled(a))[0];
    rows ??= sheet.rows.map((x) => [...x]);
    for (const other of [...counties, ...totals, ...formats, ...[...periods.values()].flat()]) if (other !== own) rows[other] = rows[other].map(() => null);
    rows[own] = ownPeriodsJoined(sheet, own, periods.get(own) ?? []);
    // A header of two rows: a group's name over its columns says less than each column's own.
    let lower = counties[0] - 1;
    while (formats.includes(lower)) lower--;
    // (A unit the format row asks for is the column's: 常住人口 over 万人 is 常住人口（万人）.)
    for (const f of formats)
      (sheet.rows[f] ?? []).forEach((v, c) => {
        const unit = spacelessText(v ?? null);
        const head = rows?.[lower]?.[c];
        if (rows && UNIT_WORD.test(unit) && typeof head === "string" && !/[（(]/.test(head)) rows[lower][c] = `${head}（${unit}）`;
      });
    if (lower > h) {
      // (…unless the column's own words name nothing alone, 是否建成 under 电商产业园: read with the group's.)
      const groupOf = (c: number) => {
        const m = mergeAt(sheet.merges, h, c);
        return cellText(sheet.rows[h]?.[m?.left ?? c] ?? null).trim();
      };
      rows[lower] = rows[lower].map((v, c) => {
        const own = cellText(v ?? null).trim();
        return own !== "" && BARE_QUESTION.test(own) && groupOf(c) !== "" ? `${groupOf(c)}${own}` : v;
      });
      rows[h] = rows[h].map((v, c) => (cellText(sheet.rows[lower]?.[c] ?? null).trim() !== "" ? null : v));
    }
    // The row's number, its remarks and who filled it in state nothing.
    for (let c = 0; c < (sheet.rows[h]?.length ?? 0); c++) {
      const head = spacelessText(sheet.rows[lower]?.[c] ?? null) || spacelessText(sheet.rows[h]?.[c] ?? null);
      if (!NOT_A_FACT.test(head)) continue;
      for (const x of [h, lower, own]) rows[x][c] = null;
    }
    h = r - 1;
  }
  return rows ? { ...sheet, rows } : sheet;
}
