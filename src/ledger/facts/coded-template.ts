/**
 * A city's import template kept in codes: the figures sheet names each line by a code only
 * (行号 | 地区代码 | 指标代码 | 数值 | 备注: JC01 | 85.41), and another sheet says what each code is
 * (指标代码 | 指标名称 | 计量单位: JC01 | 常住人口 | 万人; FW02 | … | 1＝是，0＝否; JC00 | 考评截止日期 |
 * yyyymmdd). A reviewer reads the two side by side; so does the reader: each code becomes its name
 * and unit, each 1 / 0 the answer the legend gives it, each yyyymmdd a day, on the figures sheet's
 * own rows (so every link still points at the clerk's cell). The legend itself states nothing.
 */
import type { CellValue, Sheet, WorkbookGrids } from "../../core/grid";
import { cellText, compact } from "../normalize/text";

/** A template's code: two to four capitals and a number (JC01, PF_GZTZ is a name, not such a code). */
const CODE = /^[A-Z]{1,4}\d{1,3}$/;
const CODE_HEADER = /代码|编码|编号/;
const NAME_HEADER = /名称|指标|项目|含义/;
const UNIT_HEADER = /单位|口径|格式/;
/** A line of the county's points ("自评得分：组织领导"): the words after the colon name the indicator. */
const CLAIM_NAME = /^(?:自评得分|加分项)\s*[:：]\s*(.+)$/;
/** Lines of codes that make a legend or a coded sheet. */
const MIN_CODES = 8;

interface Entry {
  name: string;
  unit: string;
}

/** Code → name and unit, from a sheet with 代码 | 名称 | 单位 columns; undefined for any other sheet. */
function legendOf(sheet: Sheet): Map<string, Entry> | undefined {
  for (let h = 0; h < Math.min(sheet.rows.length, 5); h++) {
    const header = (sheet.rows[h] ?? []).map((v) => compact(cellText(v ?? null)));
    const code = header.findIndex((t) => CODE_HEADER.test(t) && t.length <= 6);
    const name = header.findIndex((t, c) => c !== code && NAME_HEADER.test(t) && !CODE_HEADER.test(t));
    if (code < 0 || name < 0) continue;
    const unit = header.findIndex((t, c) => c !== code && c !== name && UNIT_HEADER.test(t));
    // (A list of stations by 站点编号 | 站点名称 is no legend: a legend says each code's unit.)
    if (unit < 0) continue;
    const out = new Map<string, Entry>();
    for (const row of sheet.rows.slice(h + 1)) {
      const k = compact(cellText(row?.[code] ?? null));
      const n = cellText(row?.[name] ?? null).trim();
      if (CODE.test(k) && n !== "") out.set(k, { name: n, unit: cellText(row?.[unit] ?? null).trim() });
    }
    return out.size >= MIN_CODES ? out : undefined;
  }
  return undefined;
}

/** "1＝是，0＝否" → the words for 1 and 0. */
function answers(unit: string): Map<string, string> | undefined {
  const items = [...unit.matchAll(/([0-9])\s*[＝=:：]\s*([^，,；;、\s]+)/g)];
  return items.length >= 2 ? new Map(items.map((m) => [m[1], m[2]])) : undefined;
}

/** A unit written after a figure (万人, 亿元, %): the part of the 单位 before its bracket. */
function plainUnit(unit: string): string | undefined {
  const u = unit.replace(/[（(][^（()）]*[)）]/g, "").trim();
  return /^(?:万人|人|人次|个|家|万元|亿元|元|%|％|篇|次|期)$/.test(u) ? u : undefined;
}

/** The figure as the legend reads it: 1 → 是, 20201118 → 2020年11月18日, 85.41 → 85.41万人. */
function reading(v: CellValue, unit: string): CellValue {
  const t = cellText(v ?? null).trim();
  if (t === "") return v;
  const said = answers(unit)?.get(t);
  if (said) return said;
  if (/yyyy|年月日|8位/i.test(unit) && /^(19|20)\d{6}$/.test(t)) return `${t.slice(0, 4)}年${Number(t.slice(4, 6))}月${Number(t.slice(6, 8))}日`;
  const u = plainUnit(unit);
  return u && /^-?[\d.,]+$/.test(t) ? `${t}${u}` : v;
}

/** The line's label: its name, a subjective item's without its 主观评分： heading, a claim's as said in words. */
function label(e: Entry, value: CellValue): string {
  const claim = CLAIM_NAME.exec(e.name);
  if (claim) return `${claim[1]}：自评${cellText(value ?? null).trim()}分`;
  return e.name.replace(/^(?:主观评分|主观项|评分项)\s*[:：]\s*/, "");
}

/** The figures sheet with its codes read through the legend; undefined when it is not kept in these codes. */
function withCodesNamed(sheet: Sheet, legend: Map<string, Entry>): Sheet | undefined {
  let codeCol = -1;
  let found = 0;
  for (const row of sheet.rows)
    (row ?? []).forEach((v, c) => {
      if (!legend.has(compact(cellText(v ?? null)))) return;
      if (codeCol < 0) codeCol = c;
      if (c === codeCol) found++;
    });
  if (found < MIN_CODES) return undefined;
  const rows = sheet.rows.map((row) => {
    const head = compact(cellText(row?.[codeCol] ?? null));
    // The header's 指标代码 heads names now (a 代码 column is otherwise read as codes, no labels).
    if (row && CODE_HEADER.test(head) && head.length <= 6) return row.map((v, c) => (c === codeCol ? "指标名称" : c < codeCol ? null : v));
    const e = legend.get(head);
    if (!e || !row) return row;
    // The value: the first filled cell after the code.
    const at = row.findIndex((v, c) => c > codeCol && cellText(v ?? null).trim() !== "");
    const value = at >= 0 ? row[at] : null;
    const claim = CLAIM_NAME.test(e.name);
    // (The row number and the region's code before it are neither labels nor values.)
    return row.map((v, c) => (c === codeCol ? label(e, value) : c === at ? (claim ? null : reading(v, e.unit)) : c < codeCol ? null : v));
  });
  return { ...sheet, rows };
}

/**
 * A system's legend of the codes its answers are given in (代码类别 | 代码 | 含义): 是否类指标 1 是 / 2 否,
 * 牵头领导级别（ZZ01） 1 县（市、区）政府主要领导…, 参与部门（ZZ02，多选…） 01 商务…. A category naming
 * its lines' codes in its words is theirs; the yes/no one is every other coded line's.
 */
interface ValueLegend {
  yesNo?: Map<string, string>;
  byLine: Map<string, Map<string, string>>;
}

function valueLegendOf(sheet: Sheet): ValueLegend | undefined {
  for (let h = 0; h < Math.min(sheet.rows.length, 5); h++) {
    const header = (sheet.rows[h] ?? []).map((v) => compact(cellText(v ?? null)));
    const cat = header.findIndex((t) => /^(?:代码类别|代码类型|类别)$/.test(t));
    const code = header.findIndex((t) => /^(?:代码|代码值|编码)$/.test(t));
    const meaning = header.findIndex((t) => /^(?:含义|代码含义|说明|名称)$/.test(t));
    if (cat < 0 || code < 0 || meaning < 0) continue;
    const out: ValueLegend = { byLine: new Map() };
    let category = "";
    let entries = 0;
    for (const row of sheet.rows.slice(h + 1)) {
      // (A category merged down its codes: written on its first line only.)
      category = cellText(row?.[cat] ?? null).trim() || category;
      const k = compact(cellText(row?.[code] ?? null));
      const m = cellText(row?.[meaning] ?? null).trim();
      if (k === "" || m === "" || category === "") continue;
      const lines = [...category.matchAll(/[A-Z]{1,4}\d{1,3}/g)].map((x) => x[0]);
      const mapOf = (l: string) => {
        const m = out.byLine.get(l) ?? new Map<string, string>();
        out.byLine.set(l, m);
        return m;
      };
      const maps = lines.length > 0 ? lines.map(mapOf) : /是否/.test(category) ? [(out.yesNo ??= new Map())] : [];
      for (const map of maps) map.set(k, m);
      entries++;
    }
    return entries >= 4 && (out.yesNo || out.byLine.size > 0) ? out : undefined;
  }
  return undefined;
}

/** A figures sheet whose 计量单位 says 代码 on its coded lines, each line's answer read through the legend. */
function withValueCodesRead(sheet: Sheet, legend: ValueLegend): Sheet | undefined {
  for (let h = 0; h < Math.min(sheet.rows.length, 6); h++) {
    const header = (sheet.rows[h] ?? []).map((v) => compact(cellText(v ?? null)));
    const unit = header.findIndex((t) => /^(?:计量单位|单位)$/.test(t));
    const value = header.findIndex((t) => /^(?:填报值|数值|指标值|值)$/.test(t));
    const codeCol = header.findIndex((t) => CODE_HEADER.test(t) && t.length <= 6);
    if (unit < 0 || value < 0) continue;
    let read = 0;
    const rows = sheet.rows.map((row, r) => {
      if (r <= h || !row || compact(cellText(row[unit] ?? null)) !== "代码") return row;
      const line = codeCol >= 0 ? compact(cellText(row[codeCol] ?? null)) : "";
      const map = legend.byLine.get(line) ?? legend.yesNo;
      const said = cellText(row[value] ?? null).trim();
      if (!map || said === "") return row;
      const meanings = said.split(/\s*[,，、]\s*/).map((c) => map.get(c));
      if (meanings.some((m) => m === undefined)) return row;
      read++;
      return row.map((v, c) => (c === value ? meanings.join("、") : c === unit ? null : v));
    });
    return read > 0 ? { ...sheet, rows } : undefined;
  }
  return undefined;
}

/**
 * The workbook's coded figures sheets (among the facts sheets `facts` names) read through their
 * legend, by name, and the legends' names.
 */
export function codedSheets(grids: WorkbookGrids, facts: Set<string>): { named: Map<string, Sheet>; legends: Set<string> } {
  const named = new Map<string, Sheet>();
  const legends = new Set<string>();
  for (const l of grids.sheets) {
    const legend = facts.size > 0 ? legendOf(l) : undefined;
    if (!legend) continue;
    for (const s of grids.sheets) {
      if (s === l || !facts.has(s.name)) continue;
      const read = withCodesNamed(s, legend);
      if (!read) continue;
      named.set(s.name, read);
      legends.add(l.name);
    }
  }
  // (…or the answers given in codes, their meanings on a sheet of their own.)
  for (const l of grids.sheets) {
    const legend = facts.size > 0 ? valueLegendOf(l) : undefined;
    if (!legend) continue;
    for (const s of grids.sheets) {
      if (s === l || !facts.has(s.name)) continue;
      const read = withValueCodesRead(named.get(s.name) ?? s, legend);
      if (!read) continue;
      named.set(s.name, read);
      legends.add(l.name);
    }
  }
  return { named, legends };
}
