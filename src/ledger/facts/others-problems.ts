/**
 * A 举一反三 self-check against a notice of problems found elsewhere (广宁's 对照自查表: 通报指出的问题
 * （摘录） | 我县是否存在同类问题 | 我县情况): each line quotes another county's problem — "个别县领导小组由分管
 * 副县长任组长", "某县行政村站点覆盖率仅62%" — before the county says whether it has the same and how
 * things stand with it. A reviewer reads the county's own words, never the quote, as its facts; so
 * does the reader, the quoted column left blank under its header.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { headerKey } from "./header-key";

/** The column quoting the notice: 通报指出的问题, 督查发现的问题, 考评反馈问题（摘录）. */
const QUOTED = /^(?:通报|督查|检查|考评|巡查|审计|暗访|上级)[\u4e00-\u9fff]{0,4}?(?:指出|发现|反馈|通报)?的?(?:问题|不足)(?:摘录|表现|描述)?$/;
/** The county's answer whether it has the same: 我县是否存在同类问题. */
const VERDICT = /是否存在[\u4e00-\u9fff]{0,4}问题/;

export function withOthersProblemsLeftOut(sheet: Sheet): Sheet {
  for (let r = 0; r < Math.min(sheet.rows.length, 15); r++) {
    const keys = Array.from(sheet.rows[r] ?? [], (v) => headerKey(v ?? null));
    const quoted = keys.findIndex((k) => QUOTED.test(k));
    if (quoted < 0 || !keys.some((k) => VERDICT.test(k))) continue;
    const rows = sheet.rows.map((row, i): CellValue[] => (i <= r ? row : Array.from(row ?? [], (v, c) => (c === quoted ? null : (v ?? null)))));
    return { ...sheet, rows };
  }
  return sheet;
}
