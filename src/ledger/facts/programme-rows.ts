/**
 * A facts sheet that is the bureau's whole work tracker (徐闻: 重点工作任务推进台账 — foreign trade, fuel
 * stations, Party study and the programme in one table), a column marking the lines the programme's
 * evaluation asks about ("示范考评" ticked √; "打√的为电子商务进农村综合示范县考评事项"). A reviewer reads the
 * marked lines only; so does the reader: below that header, a line not marked is left out.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";
import { headerKey } from "./header-key";

const MARK_HEADER = /^(?:示范考评|示范县考评|考评事项|是否考评事项|纳入考评|考评相关|是否纳入考评)$/;
const MARKED = /^(?:√|✓|✔|☑|是|Y)$/i;

/** The programme named as a line of a wider table: 电子商务进农村综合示范县创建. */
// (A project's name, short and no sentence: an official table's criterion quoting the programme is no line of it.)
const PROGRAMME = /^[^，,。；;：:]{0,16}(?:电子商务|电商)进农村综合示范[^，,。；;：:]{0,12}$/;
/** A column of each project's leading county leader. */
const LEAD_HEADER = /^(?:牵头县领导|牵头领导|牵头县(?:市|区)?领导|县牵头领导)$/;
/** The header of a column of projects: 民生实事项目, 项目名称, 重点工作. */
const PROJECT_HEADER = /^(?:[\u4e00-\u9fff]{0,6}项目(?:名称)?|[\u4e00-\u9fff]{0,4}事项|重点工作|工作任务|任务名称)$/;
/** Lines of other projects a table needs around the programme's before it counts as a table of projects. */
const MIN_OTHERS = 3;

/**
 * A table of the county's projects, one a line (海丰's 十件民生实事进展情况表: sewage, school places, roads,
 * vocational training… and the programme on line 7), each line with its own figures in the same
 * columns. Only the programme's line is about it: a reviewer reads that line, never 职业技能培训's
 * 2.1万人次. So does the reader: the other lines of the table, and its 合计, are left out.
 */
function withProgrammeLineOnly(sheet: Sheet): Sheet {
  const filled = (row: CellValue[] | undefined) => (row ?? []).filter((v) => cellText(v ?? null) !== "").length;
  for (let c = 0; c < 4; c++) {
    const lines = sheet.rows.flatMap((row, r) => (filled(row) >= 4 && cellText(row?.[c] ?? null).trim().length >= 4 ? [r] : []));
    const own = lines.filter((r) => PROGRAMME.test(cellText(sheet.rows[r]?.[c] ?? null).trim()));
    if (own.length !== 1) continue;
    // (The header is the first such line, naming the column the projects': the others are the projects, below it.)
    if (!PROJECT_HEADER.test(cellText(sheet.rows[lines[0]]?.[c] ?? null).replace(/\s+/g, ""))) continue;
    const others = lines.filter((r) => r > lines[0] && r !== own[0]);
    if (others.length < MIN_OTHERS) continue;
    // (A line of another project that speaks of e-commerce, 消费帮扶（电商扶贫）, may state the programme's facts: kept.)
    const elsewhere = others.filter((r) => !(sheet.rows[r] ?? []).some((v) => /电商|电子商务/.test(cellText(v ?? null))));
    const drop = new Set([
      ...elsewhere,
      ...sheet.rows.flatMap((row, r) => (r > own[0] && /^(?:合计|总计|小计)$/.test(cellText(row?.[0] ?? null).replace(/\s+/g, "")) ? [r] : [])),
    ]);
    const rows = sheet.rows.map((row, r) => (drop.has(r) ? row.map(() => null) : row));
    // The programme's 牵头县领导 is who leads it, said with its header as the line's own words ("牵头县领导：副县长 黄××").
    const head = sheet.rows[lines[0]] ?? [];
    const lead = head.findIndex((v) => LEAD_HEADER.test(headerKey(v ?? null)));
    const leader = lead < 0 ? "" : cellText(rows[own[0]]?.[lead] ?? null).trim();
    if (leader !== "") rows[own[0]] = rows[own[0]].map((v, k) => (k === lead ? `${cellText(head[lead] ?? null).trim()}：${leader}` : v));
    return { ...sheet, rows };
  }
  return sheet;
}

export function withProgrammeRowsOnly(given: Sheet): Sheet {
  const sheet = withProgrammeLineOnly(given);
  for (let h = 0; h < Math.min(sheet.rows.length, 10); h++) {
    const col = (sheet.rows[h] ?? []).findIndex((v) => MARK_HEADER.test(headerKey(v ?? null)));
    if (col < 0) continue;
    const below = sheet.rows.slice(h + 1);
    const marked = below.filter((row) => MARKED.test(cellText(row[col] ?? null).trim())).length;
    // (A column of marks on a few lines among others: a column of answers would be marked throughout.)
    const unmarked = below.filter((row) => row.some((v) => cellText(v ?? null) !== "") && !MARKED.test(cellText(row[col] ?? null).trim())).length;
    if (marked < 3 || unmarked === 0) return sheet;
    const rows: CellValue[][] = sheet.rows.map((row, r) => (r <= h || MARKED.test(cellText(row[col] ?? null).trim()) ? row : row.map(() => null)));
    return { ...sheet, rows };
  }
  return sheet;
}
