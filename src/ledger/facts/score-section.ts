/**
 * A data table's last section holding the county's own points, under its numbered heading and in the
 * table's own columns (项目 | 单位 | 数值 | 备注):
 *
 *   十、自评得分（省考评）
 *   53 | 组织领导 | 分 | 2 | | 满分2
 *   54 | 方案制定 | 分 | 2 | | 满分2
 *
 * Each line names an indicator in 分 with its points in the first value column: a score table of its
 * own with no header of its own. It is read apart from the facts above it, the heading standing as its
 * header (评价指标 | 单位 | 自评分), so that its lines are the county's claims. A section of judged
 * items (九、主观评分项自评, 分（1-2）) is no such table: its unit gives a range, and it stays a fact.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { spacelessText } from "../normalize/text";
import { parseNumber } from "../normalize/number";
import { blockSheet } from "../stacked";

const spaceless = (v: CellValue | undefined) => spacelessText(v ?? null);
const UNIT_HEADER = /^(?:计量)?单位$/;
const NAME_HEADER = /^(?:项目|指标|指标名称|评价指标|考评指标|事项|内容|名称|填报项目)$/;
/** A numbered section heading of the county's own points: 十、自评得分（省考评）, 五．自评分情况. */
const OWN_POINTS_SECTION = /^[一二三四五六七八九十]+\s*[、.．]\s*[^，。]{0,8}自评(?:得分|分|情况)/;
const SECTION = /^[一二三四五六七八九十]+\s*[、.．]/;
/** A data table's one value column, where it has no unit column. */
const VALUE_HEADER = /^(?:数值|填报值|数据|填报数据)$/;
/** At least this many lines in 分, so that one stray line is no score table. */
const MIN_LINES = 5;

const filled = (row: readonly (CellValue | undefined)[]) => row.filter((v) => spaceless(v) !== "").length;

/** The facts above the section and the section read as a score table; undefined when the sheet has none. */
export function ownPointsSection(sheet: Sheet): [Sheet, Sheet] | undefined {
  // (…or a table with no unit column, 序号 | 指标 | 数值 | 备注, whose sections say their units: 十、逐项自评得分（以下单位：分）.)
  const h = sheet.rows.slice(0, 10).findIndex((row) => (row ?? []).some((v) => UNIT_HEADER.test(spaceless(v)) || VALUE_HEADER.test(spaceless(v))));
  if (h < 0) return undefined;
  const header = sheet.rows[h] ?? [];
  const unitCol = header.findIndex((v) => UNIT_HEADER.test(spaceless(v)));
  const valueHead = header.findIndex((v) => VALUE_HEADER.test(spaceless(v)));
  const named = header.findIndex((v, c) => c < (unitCol >= 0 ? unitCol : valueHead) && NAME_HEADER.test(spaceless(v)));
  const nameCol = named >= 0 ? named : unitCol - 1;
  // (The column the points may stand in from: after the unit's, or, with none, after the name's.)
  const after = unitCol >= 0 ? unitCol : nameCol;
  if (nameCol < 0 || after + 1 >= header.length) return undefined;
  for (let r = h + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const heading = row.find((v) => spaceless(v) !== "");
    // (Not a section of the judged items' points, 主观 / 评判项自评分: points of items, not of indicators.)
    if (filled(row) !== 1 || !OWN_POINTS_SECTION.test(spaceless(heading)) || /主观|评判/.test(spaceless(heading))) continue;
    if (unitCol < 0 && !/单位[:：]\s*分/.test(spaceless(heading))) continue;
    // The points' column: the first after the unit holding them (a city's template a district a column has the
    // other districts' columns blank here).
    const lines = new Map<number, number>();
    for (let x = r + 1; x < sheet.rows.length; x++) {
      const line = sheet.rows[x] ?? [];
      if (filled(line) === 1 && SECTION.test(spaceless(line.find((v) => spaceless(v) !== "")))) return undefined;
      if ((unitCol >= 0 && spaceless(line[unitCol]) !== "分") || spaceless(line[nameCol]) === "") continue;
      const c = line.findIndex((v, i) => i > after && parseNumber(v ?? null).ok);
      if (c > 0) lines.set(c, (lines.get(c) ?? 0) + 1);
    }
    const valueCol = [...lines.keys()].sort((a, b) => a - b).find((c) => (lines.get(c) ?? 0) >= MIN_LINES);
    if (valueCol === undefined) return undefined;
    const table = blockSheet(sheet, { top: r, bottom: sheet.rows.length });
    const head: CellValue[] = header.map((_, c) => (c === nameCol ? "评价指标" : c === unitCol && unitCol >= 0 ? "单位" : c === valueCol ? "自评分" : null));
    return [
      blockSheet(sheet, { top: 0, bottom: r }),
      { ...table, rows: table.rows.map((row, i) => (i === r ? head : row)), merges: (table.merges ?? []).filter((m) => m.top !== r) },
    ];
  }
  return undefined;
}
