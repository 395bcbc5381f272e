/**
 * A 推进流水账 (惠东: 日期 | 事项 | 类别 | 本次 | 累计 | 单位 | 文号/出处 | 备注): one row per thing done,
 * in the order it happened, under a date column. Each row is a sentence — on 2021年1月18日 the centre
 * opened, free training in its second-floor room — with its figure and unit beside it, and a 累计
 * that was the running total when the row was written. A reviewer reads it so: each row as what was
 * done on its day, the rows after the evaluation's cut-off (stated above the table) as not counting.
 * So does the reader: each row becomes one sentence in the date's cell (its day and its 事项), the
 * other cells blank, and rows after the cut-off blank too; the header goes, so the log is no table
 * of labels and values. Of the figures, each kind's running total at its last row before the cut-off
 * is said (培训累计4620人次), not each row's increment — unless the kind keeps no running total. Rows
 * keep their places, so every cell is named where it is.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { onOrBefore, type LDate } from "../../scoring/dates";
import { parseDate } from "../normalize/date";
import { cellText, spacelessText } from "../normalize/text";
import { cutOffAbove } from "./dated-rows";
import { tableEnd } from "./table-end";

const DATE_HEAD = /^(?:日期|时间|记账日期|发生日期|办理日期|完成日期)$/;
const EVENT_HEAD = /^(?:事项|事件|工作事项|推进事项|大事|内容|工作内容|工作事项及进展|事由|摘要|进展情况|工作进展)$/;
const THIS_TIME = /^(?:本次|本期|数量|数额|金额)$/;
const RUNNING = /^(?:累计|累计数|累计数量|截至当时累计)$/;
const UNIT_HEAD = /^(?:单位|计量单位)$/;
const KIND_HEAD = /^(?:类别|类型|分类|事项类别|板块)$/;
/** A remark saying the row is not counted in the evaluation ("9月，考评不算"). */
const NOT_COUNTED = /考评不算|不算进考评|不计入考评|考评不计|不作考评/;

interface LogColumns {
  date: number;
  event: number;
  thisTime?: number;
  running?: number;
  unit?: number;
  kind?: number;
  remarks: number[];
}

function columnsOf(row: readonly CellValue[]): LogColumns | undefined {
  const keys = row.map((v) => spacelessText(v ?? null));
  const date = keys.findIndex((k) => k !== "");
  if (date < 0 || !DATE_HEAD.test(keys[date])) return undefined;
  const event = keys.findIndex((k) => EVENT_HEAD.test(k));
  if (event <= date) return undefined;
  const at = (re: RegExp) => {
    const c = keys.findIndex((k) => re.test(k));
    return c >= 0 ? c : undefined;
  };
  return {
    date,
    event,
    thisTime: at(THIS_TIME),
    running: at(RUNNING),
    unit: at(UNIT_HEAD),
    kind: at(KIND_HEAD),
    remarks: keys.flatMap((k, c) => (/备注|说明/.test(k) ? [c] : [])),
  };
}

function dayOf(v: CellValue | undefined): LDate | undefined {
  const d = parseDate(v ?? null);
  return d.ok ? d.value : undefined;
}

const dayText = (d: LDate) => `${d.y}年${d.m}月${d.d === undefined ? "" : `${d.d}日`}`;

export function withEventLog(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  sheet.rows.forEach((header, h) => {
    const cols = columnsOf(header ?? []);
    if (!cols) return;
    const end = tableEnd(sheet, h);
    // A log is rows of things done by day: most rows dated, their 事项 in words.
    let dated = 0;
    for (let r = h + 1; r < end; r++) {
      const row = sheet.rows[r] ?? [];
      if (dayOf(row[cols.date]) && cellText(row[cols.event] ?? null).trim().length >= 4) dated++;
    }
    if (dated < 5 || dated * 2 < end - h - 1) return;
    const cutOff = cutOffAbove(sheet, h);
    const at = (row: readonly CellValue[], c: number | undefined) => (c === undefined ? "" : cellText(row[c] ?? null).trim());
    const counted = (r: number) => {
      const row = sheet.rows[r] ?? [];
      const day = dayOf(row[cols.date]);
      return !(day && cutOff && !onOrBefore(day, cutOff)) && !NOT_COUNTED.test(cols.remarks.map((c) => at(row, c)).join(" "));
    };
    // Each kind's running total as it stood at its last row before the cut-off: what the log says of
    // the whole (培训累计4620人次), not each row's increment.
    const lastRunning = new Map<string, number>();
    for (let r = h + 1; r < end; r++) {
      const row = sheet.rows[r] ?? [];
      if (counted(r) && at(row, cols.running) !== "") lastRunning.set(`${at(row, cols.kind)}|${at(row, cols.unit)}`, r);
    }
    rows ??= sheet.rows.map((r) => r);
    rows[h] = (header ?? []).map(() => null);
    for (let r = h + 1; r < end; r++) {
      const row = sheet.rows[r] ?? [];
      const blank = row.map(() => null as CellValue);
      rows[r] = blank;
      const event = at(row, cols.event);
      if (!counted(r) || event === "") continue;
      const day = dayOf(row[cols.date]);
      const kind = at(row, cols.kind);
      const unit = at(row, cols.unit);
      const running = at(row, cols.running);
      // (A row of a kind kept without a running total says its own figure.)
      const figure =
        running !== ""
          ? lastRunning.get(`${kind}|${unit}`) === r
            ? `，${kind}累计${running}${unit}`
            : ""
          : at(row, cols.thisTime) !== ""
            ? `${at(row, cols.thisTime)}${unit}`
            : "";
      blank[cols.date] = `${day ? `${dayText(day)}，` : ""}${event}${figure}`;
    }
  });
  return rows ? { ...sheet, rows } : sheet;
}
