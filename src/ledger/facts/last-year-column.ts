/**
 * A statistical form's 本期 | 上年同期 columns (| 同比增减(%)): the period reported and the same period a year
 * before. For most lines the last year's figure is only for comparison; for the retail sums it is the year the
 * rubric asks for too ("农村网络零售额（本期填2020年，上年同期填2019年）", "农村网络零售额（2020年度）" with
 * 备注 "上年同期为2019年度"). A reviewer reads the line as both years' figures and its growth; so does the
 * reader: the line named with its year, and its 备注 saying the year before's figure and the stated growth.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, spacelessText } from "../normalize/text";

const THIS_PERIOD = /^本期(?:值|数)?$/;
const LAST_YEAR = /^上年同期(?:值|数)?$/;
const GROWTH = /^同比(?:增减|增长|增速)(?:率)?(?:[（(]%[)）])?$/;
const REMARK = /^(?:备注|说明)$/;
const UNIT = /^(?:计量单位|单位)$/;
const NAME = /^(?:指标名称|指标|项目|名称)$/;
/** The lines whose year before is an input: the retail sums. */
const RETAIL = /零售额/;

const text = (v: CellValue | undefined) => cellText(v ?? null).trim();
const isBlank = (t: string) => t === "" || /^[—–\-－/]+$/.test(t);

export function withLastYearInRemarks(sheet: Sheet): Sheet {
  const h = sheet.rows
    .slice(0, 12)
    .findIndex((row) => row.some((v) => THIS_PERIOD.test(spacelessText(v ?? null))) && row.some((v) => LAST_YEAR.test(spacelessText(v ?? null))));
  if (h < 0) return sheet;
  const head = (sheet.rows[h] ?? []).map((v) => spacelessText(v ?? null));
  const col = (re: RegExp) => head.findIndex((t) => re.test(t));
  const [now, last, growth, remark, unit, name] = [col(THIS_PERIOD), col(LAST_YEAR), col(GROWTH), col(REMARK), col(UNIT), col(NAME)];
  if (remark < 0 || name < 0) return sheet;
  let rows: CellValue[][] | undefined;
  for (let r = h + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const label = text(row[name]);
    if (!RETAIL.test(label) || isBlank(text(row[now])) || isBlank(text(row[last]))) continue;
    const said = `${label} ${text(row[remark])}`;
    const thisYear = Number(/本期(?:填|为)?\s*((?:19|20)\d{2})/.exec(said)?.[1] ?? /((?:19|20)\d{2})\s*年/.exec(label)?.[1]);
    if (!thisYear) continue;
    const lastYear = Number(/上年同期(?:填|为)?\s*((?:19|20)\d{2})/.exec(said)?.[1] ?? thisYear - 1);
    const subject = label.replace(/[（(][^（()）]*[)）]/g, "").trim();
    const rate = growth >= 0 ? text(row[growth]) : "";
    const notes = [text(row[remark]), `${lastYear}年${subject}${text(row[last])}${unit >= 0 ? text(row[unit]) : ""}`, ...(isBlank(rate) ? [] : [`同比增长${rate}%`])];
    rows ??= sheet.rows.map((x) => [...x]);
    rows[r][name] = `${thisYear}年${subject}`;
    rows[r][remark] = notes.filter(Boolean).join("；");
    if (growth >= 0) rows[r][growth] = null;
  }
  return rows ? { ...sheet, rows } : sheet;
}
