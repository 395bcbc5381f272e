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
export function ownCountyRowTurned(sheet: Sheet, namesBetter: NamesBetter = () => false): { turned: Sheet; above: Sheet; claims?: Sheet } | undefined {
  const { sheet: own, claims } = ownCountyRow(sheet, namesBetter);
  if (own === sheet) return undefined;
  const top = sheet.rows.findIndex((row) => row.some((v) => COUNTY_HEADER.test(spacelessText(v ?? null))));
  const tables = { ...own, rows: own.rows.map((row, r) => (r < top ? row.map(() => null) : row)) };
  return {
    turned: transpose(tables),
    above: { ...sheet, rows: sheet.rows.map((row, r) => (r < top ? row : [])), merges: (sheet.merges ?? []).filter((m) => m.bottom < top) },
    ...(claims ? { claims: transpose(claims) } : {}),
  };
}

/**
 * A header three rows deep (大类 | 小类 | 2019年): each column's label is its own lowest words, read with the group
 * right above them where that names the column better (2019年农产品网络零售额（万元）, 免费服务（✓/✗）培训场所设备,
 * 电商产业园建成或整合; 行政村（个） alone under 基本情况), written on the lowest header row; the rows above are
 * emptied, so no group name is read as a label of its own.
 */
function headersJoined(sheet: Sheet, rows: CellValue[][], h: number, lower: number, namesBetter: NamesBetter): void {
  const width = Math.max(...rows.slice(h, lower + 1).map((row) => row.length));
  for (let c = 0; c < width; c++) {
    if (rows.slice(h, lower + 1).every((row) => cellText(row[c] ?? null).trim() === "")) continue;
    const words: string[] = [];
    for (let r = h; r <= lower; r++) {
      const m = mergeAt(sheet.merges, r, c);
      if (m && m.top !== r) continue;
      const t = cellText(sheet.rows[r]?.[m?.left ?? c] ?? null).trim();
      if (t !== "") words.push(t);
    }
    const own = words[words.length - 1];
    const group = words[words.length - 2];
    const year = own !== undefined && /^(?:19|20)\d{2}\s*年/.test(own);
    const joined = group === undefined || own === undefined ? own : year ? `${own}${group}` : `${group}${own}`;
    // (A year or a bare question names nothing alone; other words keep the group's only where it names them better.)
    rows[lower][c] = own === undefined ? null : joined !== own && (year || BARE_QUESTION.test(own) || namesBetter(joined as string, own)) ? (joined as string) : own;
    for (let r = h; r < lower; r++) rows[r][c] = null;
  }
}

/** A group of the template's columns holding the county's own points per indicator: 自评得分（分） over 组织领导 | 方案制定 …. */
const CLAIMS_GROUP = /^(?:县级)?(?:自评得分|自评分数?|自评)(?:[（(]分[)）])?$/;

/**
 * The claims group's columns taken out of the template: a table of their own, the indicator's name (its
 * lowest header) over the county's points, headed 指标 | 自评得分 in the column before the group, so that,
 * turned, it reads as a score table. The cells stay where they are on the sheet.
 */
function claimsApart(sheet: Sheet, rows: CellValue[][], h: number, lower: number, own: number): CellValue[][] | undefined {
  const group = (sheet.merges ?? []).find((m) => m.top === h && m.bottom === h && m.right > m.left && CLAIMS_GROUP.test(spacelessText(sheet.rows[h]?.[m.left] ?? null)));
  if (!group) return undefined;
  if (group.left === 0) return undefined;
  const out: CellValue[][] = rows.map((row) => row.map(() => null));
  out[lower][group.left - 1] = "指标";
  out[own][group.left - 1] = "自评得分";
  for (let c = group.left; c <= group.right; c++) {
    let label: CellValue = null;
    for (let r = lower; r > h && label === null; r--) if (cellText(sheet.rows[r]?.[c] ?? null).trim() !== "") label = sheet.rows[r][c];
    out[lower][c] = label;
    out[own][c] = rows[own][c];
    for (let r = h; r <= lower; r++) rows[r][c] = null;
    rows[own][c] = null;
  }
  return out;
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

/** Whether a label read with its group's words names what the column holds better than its own words alone. */
export type NamesBetter = (joined: string, own: string) => boolean;

export function withOwnCountyRow(sheet: Sheet): Sheet {
  return ownCountyRow(sheet, () => false).sheet;
}

function ownCountyRow(sheet: Sheet, namesBetter: NamesBetter): { sheet: Sheet; claims?: Sheet } {
  let rows: CellValue[][] | undefined;
  let claims: CellValue[][] | undefined;
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
    claims ??= claimsApart(sheet, rows, h, lower, own);
    if (lower > h + 1) headersJoined(sheet, rows, h, lower, namesBetter);
    else if (lower > h) {
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
  if (!rows) return { sheet };
  return { sheet: { ...sheet, rows }, ...(claims ? { claims: { name: sheet.name, rows: claims } } : {}) };
}
