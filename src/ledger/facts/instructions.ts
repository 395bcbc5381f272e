/**
 * A draft sent up on a 呈批表 (文件呈批表, 签报): the table below is the 拟报稿, and the head's
 * 批示 / 意见 says what to change before it goes ("附表第13项不能报“有”，改为“无”", "常住人口统一按
 * 七普数报（96.82万人）", "网络促销活动…自评改为1分"). What was sent is the draft as instructed, so a
 * reviewer reads each line the instruction names with its new value; the reader does the same, in
 * the line's own value cell (its address stays the evidence).
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, compact } from "../normalize/text";

/** The head's lines that decide: 主要领导批示, 局长意见, 审定意见 (not 拟办意见, the clerk's own proposal). */
const INSTRUCTION_LABEL = /^(?:主要领导|分管领导|局长|领导|局领导)?(?:批示|批示意见|意见|审定意见|审批意见|审核意见)$/;
const PROPOSAL_LABEL = /^拟办/;
/** One numbered instruction per line ("1.…\n2.…"), or the whole text as one. */
const NUMBERED = /(?:^|\n)\s*\d{1,2}\s*[.、．]\s*/;
/** The new value: 改为“无”, 改为1分, 按七普数报（96.82万人）. */
const NEW_VALUE = [
  /(?:改为|改成|调整为|更正为|修改为)\s*[“"「]([^”"」]{1,20})[”"」]/,
  /(?:改为|改成|调整为|更正为|修改为)\s*([-\d.]+\s*(?:分|万人|人次|人|个|家|万元|亿元|元|%)?)/,
  /按[^，。；;（(]{0,12}?报\s*[（(]\s*([-\d.]+\s*(?:万人|人次|人|个|家|万元|亿元|元|%)?)\s*[)）]/,
];
const ITEM_NUMBER = /(?:附表|表中|表)?第\s*(\d{1,3})\s*(?:项|行|条)/;

interface Line {
  r: number;
  /** The column of the line's label and of its value (the first filled cell after the label). */
  label: number;
  value: number;
  number?: number;
  text: string;
}

function linesOf(sheet: Sheet, from: number): Line[] {
  const out: Line[] = [];
  for (let r = from; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const label = row.findIndex((v) => typeof v === "string" && /[\u4e00-\u9fff]/.test(v));
    if (label < 0) continue;
    const value = row.findIndex((v, c) => c > label && cellText(v ?? null) !== "");
    if (value < 0) continue;
    const first = row.findIndex((v) => cellText(v ?? null) !== "");
    const n = first < label ? Number(cellText(row[first] ?? null)) : NaN;
    out.push({ r, label, value, number: Number.isInteger(n) ? n : undefined, text: compact(cellText(row[label] ?? null)) });
  }
  return out;
}

/** The instructions in the sheet's head: the text beside each deciding label, split into its items. */
function instructionsOf(sheet: Sheet): { r: number; items: string[] }[] {
  const out: { r: number; items: string[] }[] = [];
  for (let r = 0; r < Math.min(sheet.rows.length, 15); r++) {
    const row = sheet.rows[r] ?? [];
    const c = row.findIndex((v) => cellText(v ?? null) !== "");
    if (c < 0) continue;
    const label = compact(cellText(row[c] ?? null));
    if (!INSTRUCTION_LABEL.test(label) || PROPOSAL_LABEL.test(label)) continue;
    const said = row.slice(c + 1).find((v): v is string => typeof v === "string" && v.trim() !== "");
    if (!said) continue;
    out.push({ r, items: said.split(NUMBERED).filter((t) => t.trim() !== "") });
  }
  return out;
}

/** The value an instruction sets, written as the line's cell holds it (a bare figure before its unit cell). */
function newValue(item: string, sheet: Sheet, line: Line): CellValue | undefined {
  const m = NEW_VALUE.map((re) => re.exec(item)).find((x) => x !== null);
  if (!m) return undefined;
  const said = m[1].trim();
  const figure = /^(-?\d+(?:\.\d+)?)\s*(\D*)$/.exec(said);
  if (!figure) return said;
  const unitCell = compact(cellText(sheet.rows[line.r]?.[line.value + 1] ?? null));
  const old = sheet.rows[line.r]?.[line.value];
  // 改为1分 on a line of points, 96.82万人 on a line whose unit column says 万人: the figure alone.
  if (typeof old === "number" && (figure[2] === "" || figure[2] === "分" || figure[2] === unitCell)) return Number(figure[1]);
  return said;
}

/** The line an instruction names: by its number in the table (第13项), else by its label's words (longest first). */
function lineNamed(item: string, lines: Line[]): Line | undefined {
  const n = ITEM_NUMBER.exec(item);
  if (n) return lines.find((l) => l.number === Number(n[1]));
  const words = compact(item);
  const named = lines.filter((l) => l.text.length >= 2 && words.includes(l.text)).sort((a, b) => b.text.length - a.text.length);
  return named[0];
}

export function withInstructions(sheet: Sheet): Sheet {
  const said = instructionsOf(sheet);
  if (said.length === 0) return sheet;
  const lines = linesOf(sheet, Math.max(...said.map((s) => s.r)) + 1);
  let rows: CellValue[][] | undefined;
  for (const { items } of said)
    for (const item of items) {
      const line = lineNamed(item, lines);
      const v = line && newValue(item, sheet, line);
      if (!line || v === undefined) continue;
      rows ??= sheet.rows.map((row) => [...row]);
      rows[line.r][line.value] = v;
    }
  return rows ? { ...sheet, rows } : sheet;
}
