/**
 * A facts sheet kept "with its changes showing" (新会: 终稿·修改留痕): the figures as first sent, then a
 * 修改记录 under them — 序号 | 修改日期 | 项目（上表序号） | 原值 | 修改为 | 修改依据 — one line a change, in
 * the order made. A reviewer reads each item as its last change left it, a change another line
 * withdraws ("撤销第5条修改") not counting, and the log itself as no figures; so does the reader: the
 * changed value is put in the item's own value cell (where the reviewer finds the item) and the log
 * is left out.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { spacelessText } from "../normalize/text";
import { withoutTrailingBracket } from "./header-key";
import { tableEnd } from "./table-end";

const NEW = /^(?:修改为|修改后|改为|更正为|更正后|变更为|变更后|调整为|调整后|现值|新值|修改后数据|修改后内容)(?:[(（].*[)）])?$/;
const OLD = /^(?:原值|原填|原填报值?|原数据|原数值|原内容|修改前|更正前|变更前|调整前)(?:[(（].*[)）])?$/;
const ITEM = /项目|指标|事项|内容|栏目/;
const SEQ = /^(?:序号|编号|顺序号|No\.?)$/i;
const VALUE = /填报值|填报数|数值|数据|填报内容|^值$|情况|^内容$/;
/** "撤销第5条修改", "第5条作废": a change taken back. */
const WITHDRAWN = /(?:撤销|撤回|取消|作废).*?第\s*(\d+)\s*[条项]|第\s*(\d+)\s*[条项](?:修改)?.*?(?:撤销|撤回|作废|不生效)/;
/** The item named by the main table's 序号 ("3 常住人口", "第11项", "26、累计培训人次"). */
const ITEM_NUMBER = /^(?:第\s*)?(\d+)(?=\s|[.、．:：,，项条号]|$|[^\d.])/;
/** The log's own title above it and its closing line under it. */
const LOG_LINE = /(?:修改|更正|变更|调整)(?:记录|登记|情况)/;

interface LogHead {
  row: number;
  seq: number;
  item: number;
  newValue: number;
}

function logHead(row: readonly CellValue[], r: number): LogHead | undefined {
  const keys = row.map((v) => spacelessText(v ?? null));
  const newValue = keys.findIndex((k) => NEW.test(k));
  if (newValue < 0 || !keys.some((k) => OLD.test(k))) return undefined;
  const item = keys.findIndex((k) => ITEM.test(k) && !NEW.test(k) && !OLD.test(k));
  if (item < 0) return undefined;
  return { row: r, seq: keys.findIndex((k) => SEQ.test(k)), item, newValue };
}

interface MainTable {
  seq: number;
  label: number;
  value: number;
  unit: number;
  header: number;
}

/** The table the log changes: the nearest header above it with a 序号 and a value column. */
function mainTableAbove(sheet: Sheet, logRow: number): MainTable | undefined {
  for (let r = logRow - 1; r >= 0; r--) {
    const keys = (sheet.rows[r] ?? []).map((v) => spacelessText(v ?? null));
    const seq = keys.findIndex((k) => SEQ.test(k));
    if (seq < 0) continue;
    const label = keys.findIndex((k, i) => i !== seq && /项目|指标|名称|事项/.test(k));
    if (label < 0) continue;
    const value = keys.findIndex((k, i) => i > label && VALUE.test(k) && !/单位|备注|说明|依据/.test(k));
    return { seq, label, value: value >= 0 ? value : label + 1, unit: keys.findIndex((k) => k === "单位"), header: r };
  }
  return undefined;
}

function numberIn(v: CellValue | undefined): number | undefined {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  const m = /^\s*(\d+)\s*$/.exec(typeof v === "string" ? v : "");
  return m ? Number(m[1]) : undefined;
}

/** The main table's row the item names: by its 序号, else by its label. */
function targetRow(sheet: Sheet, table: MainTable, end: number, item: string): number | undefined {
  const byNumber = ITEM_NUMBER.exec(item.trim());
  for (let r = table.header + 1; r < end; r++) {
    const row = sheet.rows[r] ?? [];
    if (byNumber && numberIn(row[table.seq]) === Number(byNumber[1])) return r;
  }
  const said = spacelessText(item).replace(/^\d+[.、．:：]?/, "");
  if (said.length < 2) return undefined;
  for (let r = table.header + 1; r < end; r++) {
    const label = spacelessText((sheet.rows[r] ?? [])[table.label] ?? null);
    if (label !== "" && (label === said || label.includes(said) || said.includes(label))) return r;
  }
  return undefined;
}

/** The new value without the unit its line already gives ("85.83万人" on a 万人 line, "88%" on a % line). */
function withoutUnit(v: CellValue, unit: string): CellValue {
  if (typeof v !== "string" || unit === "") return v;
  const t = v.trim();
  return t.endsWith(unit) && t.length > unit.length ? t.slice(0, -unit.length).trim() : v;
}

export function withAmendmentsApplied(sheet: Sheet): Sheet {
  let head: LogHead | undefined;
  for (let r = 0; r < sheet.rows.length && !head; r++) head = logHead(sheet.rows[r] ?? [], r);
  if (!head) return sheet;
  const table = mainTableAbove(sheet, head.row);
  if (!table) return sheet;
  // The log's lines: to the first blank line.
  const entries: { row: number; seq: number | undefined; target: number | undefined; value: CellValue }[] = [];
  const withdrawn = new Set<number>();
  let end = head.row + 1;
  for (; end < sheet.rows.length; end++) {
    const row = sheet.rows[end] ?? [];
    if (row.every((v) => spacelessText(v ?? null) === "")) break;
    const item = spacelessText(row[head.item] ?? null);
    const back = WITHDRAWN.exec(item);
    if (back) {
      withdrawn.add(Number(back[1] ?? back[2]));
      continue;
    }
    if (item === "" && spacelessText(row[head.newValue] ?? null) === "") break;
    entries.push({
      row: end,
      seq: head.seq >= 0 ? numberIn(row[head.seq]) : undefined,
      target: targetRow(sheet, table, head.row, item),
      value: row[head.newValue] ?? null,
    });
  }
  const rows = Array.from(sheet.rows, (row) => [...(row ?? [])]);
  for (const e of entries) {
    if (e.target === undefined || (e.seq !== undefined && withdrawn.has(e.seq))) continue;
    const unit = table.unit >= 0 ? spacelessText(rows[e.target][table.unit] ?? null) : "";
    rows[e.target][table.value] = withoutUnit(e.value, unit);
  }
  // The log is history, not figures: its title, head, lines and closing line are left out.
  const blank = (r: number) => (rows[r] = rows[r].map(() => null));
  const isLogLine = (r: number) => LOG_LINE.test(rows[r].map((v) => spacelessText(v ?? null)).join(""));
  for (let r = head.row; r < end; r++) blank(r);
  for (let r = head.row - 1; r > table.header && r >= head.row - 2; r--) if (isLogLine(r)) blank(r);
  for (let r = end; r < Math.min(rows.length, end + 3); r++) if (isLogLine(r)) blank(r);
  return { ...sheet, rows };
}

/** A column of what the clerk did about each line (a validation report's 处理情况). */
// (…or a self-check sent back by the city with its 修改说明 beside each line: "录入错误，更正为3.12亿元".)
const HANDLING = /^(?:处理情况|处理意见|处理结果|修改情况|整改情况|核实情况|更正情况|修改说明|更正说明)$/;
const CODE = /编码|代码|编号/;
/** "已改为613600（原误按万人填）", "已改为40,650万元；本项…不变": the value now (a thousands comma no end). */
const CHANGED_TO = /(?:改为|更正为|修改为|调整为|改成)\s*[“"「]?((?:[^，；;。（(”"」,]|,(?=\d{3}))+)/;

/**
 * A validation report whose errors were settled in its 处理情况 column ("已改为613600（原误按万人填）";
 * "SX-05误填，已改为40,650万元" on another line's note, naming that line by its code): each value as
 * the note changed it, put in the line's own value cell.
 */
export function withHandledValues(sheet: Sheet): Sheet {
  for (let h = 0; h < sheet.rows.length; h++) {
    const keys = (sheet.rows[h] ?? []).map((v) => withoutTrailingBracket(spacelessText(v ?? null)));
    const note = keys.findIndex((k) => HANDLING.test(k));
    if (note < 0) continue;
    const label = keys.findIndex((k) => /项目|指标|名称|事项|内容/.test(k) && !CODE.test(k));
    // (填报数据/情况说明 is the value's column, what else it holds said after it.)
    const value = keys.findIndex((k, i) => i > label && i !== note && VALUE.test(k) && (!/单位|备注|说明|状态|提示/.test(k) || /^填报/.test(k)));
    if (label < 0 || value < 0) continue;
    const code = keys.findIndex((k) => CODE.test(k));
    const unit = keys.findIndex((k) => /单位/.test(k));
    const end = tableEnd(sheet, h);
    const rows = Array.from(sheet.rows, (row) => [...(row ?? [])]);
    let changed = false;
    for (let r = h + 1; r < end; r++) {
      const said = spacelessText(rows[r][note] ?? null);
      const to = CHANGED_TO.exec(said);
      if (!to) continue;
      // The line the change names before its verb (by code), else its own.
      const before = said.slice(0, to.index);
      let target = r;
      if (code >= 0)
        for (let o = h + 1; o < end; o++) {
          const c = spacelessText(rows[o][code] ?? null);
          if (o !== r && c !== "" && before.includes(c)) target = o;
        }
      const u = unit >= 0 ? spacelessText(rows[target][unit] ?? null) : "";
      // ("改为常住人口：138.45万人": the figure after what it is of.)
      const set = to[1].trim().replace(/^[\u4e00-\u9fff]{2,8}[:：](?=\S)/, "");
      rows[target][value] = withoutUnit(set, u);
      changed = true;
    }
    if (changed) return { ...sheet, rows };
  }
  return sheet;
}
