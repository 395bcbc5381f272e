/**
 * A 核实单 the city filled in beforehand (or a self-assessment meeting's minutes, 汇报情况 | 会议核定): "核实事项 | 单位 | 市局掌握情况 | 核实情况（县填） | 差异说明",
 * where the county writes 一致 when the city's figure stands and its own figure when it does not
 * ("核实情况为准"). A reviewer reads the county's column, taking the city's figure where the county
 * said 一致; so does the reader: the county's cell becomes the figure it confirms, and the city's
 * column is left out, down to the table's end.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { spacelessText } from "../normalize/text";
import { withTablesRewritten } from "./table-end";

/** The figures someone else filled in for the county to check. */
const PREFILLED =
  /^(?:市局|市级|市商务局|上级|系统|平台|原)(?:掌握|预填|统计|核定|填报|数据|数)[\u4e00-\u9fff]{0,4}$|^预填(?:情况|数据|值|数)?$|^(?:汇报|报告)(?:情况|数据|值|数)$/;
/** The county's answer to them (or a self-assessment meeting's: 汇报情况 | 会议核定, 同意 keeping the report). */
const VERIFIED =
  /^(?:县|区|市县)?(?:核实|复核|核对|确认)(?:情况|结果|数据|后数据|后|数|值|意见)?(?:[(（](?:县|区|县区|县市区)(?:填|填写|填报)?[)）])?$|^(?:县|区)填(?:报)?$|^(?:会议)?(?:核定|审定)(?:情况|结果|意见|值|数)?$/;
/** The county saying the figure stands. */
const SAME = /^(?:一致|相符|无误|属实|无异议|正确|准确|确认|同左|与市局一致|数据一致|核实一致|同意|通过|认可|√|✓|✔)$/;

/**
 * The value a correction sets, without the words setting it: "核定为42人：其中4人…" → 42人,
 * "核定为“无”：…" → 无, "改按第七次全国人口普查数：101.96万人" → 101.96万人, "核定为截至8月31日388.6万元" → 388.6万元.
 */
function valueSet(t: string): string | undefined {
  const by = /改按[^:：]{0,20}[:：](.+)$/.exec(t);
  if (by) return by[1];
  // (A figure's thousands comma, 核定为4,668人次, is no comma ending the value.)
  const to = /(?:改为|更正为|调整为|核定为)[“"']?((?:\d,\d|[^”"'：:，,；;（(])+)/.exec(t);
  return to ? to[1].replace(/^截至\d{1,2}月\d{1,2}日/, "") : undefined;
}

function columnsOf(row: readonly CellValue[]): [number, number] | undefined {
  const keys = row.map((v) => spacelessText(v ?? null));
  const prefilled = keys.findIndex((k) => PREFILLED.test(k));
  const verified = keys.findIndex((k) => VERIFIED.test(k));
  return prefilled >= 0 && verified >= 0 && prefilled !== verified ? [prefilled, verified] : undefined;
}

/**
 * The clerk's entry checked by someone above, who writes only what they correct: 经办人填报 | 审核修正
 * ("以审核修正栏为准；该栏空白的，表示经办人填报无误"), 初评分 | 审核调整分. A blank correction keeps the entry.
 * (…or a city's check form sent back: 县填报情况 | 市局核查意见 | 核实后数据/情况, 揭西.)
 */
const COUNTY_ENTERED = /^(?:县|区|县区)填报(?:情况|数据|值)$/;
const ENTERED = new RegExp(`^(?:经办人|填报人|经办)(?:填报|填写|自评)?$|^初评分?$|${COUNTY_ENTERED.source}`);
const CORRECTED = /^审核(?:修正|调整|更正)(?:分|值|数|后)?$|^(?:核实|核查|核定)后的?(?:数据|情况|数值|值)?(?:[/／、](?:数据|情况|数值))?$/;

/** The checkers' remarks between the two (市局核查意见: 一致, 有成立文件…): no answer of the county's. */
const REMARK = /^(?:市局)?(?:核查|核实|审核|复核)(?:意见|说明)$/;

function checkedColumnsOf(row: readonly CellValue[]): [number, number, number] | undefined {
  const keys = row.map((v) => spacelessText(v ?? null));
  const entered = keys.findIndex((k) => ENTERED.test(k));
  const corrected = keys.findIndex((k) => CORRECTED.test(k));
  const remark = keys.findIndex((k, c) => c > entered && c < corrected && REMARK.test(k));
  return entered >= 0 && corrected > entered ? [entered, corrected, remark] : undefined;
}

export function withVerifiedValues(sheet: Sheet): Sheet {
  return withTablesRewritten(
    withCheckedEntries(sheet),
    (row) => columnsOf(row),
    (row, [from, to]) => {
      const cells = [...row];
      if (SAME.test(spacelessText(cells[to] ?? null))) cells[to] = cells[from] ?? null;
      else {
        const set = valueSet(spacelessText(cells[to] ?? null));
        if (set) cells[to] = set;
      }
      if (from < cells.length) cells[from] = null;
      return cells;
    },
    // The county's column holds the values now, under a header that says so; the city's holds none.
    (row, [from, to]) => row.map((v, c) => (c === to ? "填报值" : c === from ? null : v)),
  );
}

/** The entries as their checker left them: the correction where one is written, else the entry. */
function withCheckedEntries(sheet: Sheet): Sheet {
  return withTablesRewritten(
    sheet,
    (row) => checkedColumnsOf(row),
    (row, [from, to, remark]) => {
      const cells = [...row];
      if (spacelessText(cells[to] ?? null) === "") cells[to] = cells[from] ?? null;
      if (from < cells.length) cells[from] = null;
      if (remark >= 0 && remark < cells.length) cells[remark] = null;
      return cells;
    },
    // (Points checked, 初评分 | 审核调整分, are the clerk's claim; figures checked, the answers.)
    // (A county's column, 县填报情况, keeps its header: a table under it, 评判项 | 分值 | 县自评分, is read by its own.)
    (row, [from, to, remark]) =>
      row.map((v, c) =>
        c === to
          ? /分$/.test(spacelessText(row[from] ?? null))
            ? "自评分"
            : COUNTY_ENTERED.test(spacelessText(row[from] ?? null))
              ? row[from]
              : "填报值"
          : c === from || c === remark
            ? null
            : v,
      ),
  );
}
