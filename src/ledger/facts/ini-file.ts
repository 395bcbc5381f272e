/**
 * A tool's settings file opened in Excel as it is, a line to a cell (龙川's 县情参数.ini): `[基本信息]`
 * sections, `常住人口_万人=68.37 ; 七普` lines, comment lines after `;` or `#` (old values, figures the
 * tool works out itself), a section's unit in its comment (`[网络零售] ; 本节单位：万元`), yes / no as
 * 1 / 0 by the file's own legend, a section of points (`[主观项自评] ; 本节填分值`). A reviewer reads
 * each setting as a line of label and value, in its section's unit, its comment no part of it and a
 * commented-out line not at all. So does the reader: the file becomes a table of two columns.
 */
import type { CellValue, Sheet } from "../../core/grid";

const SECTION = /^\s*\[([^\]]+)\]\s*(?:[;#]\s*(.*))?$/;
const SETTING = /^\s*([^;#=\s][^=]*?)\s*=\s*([^;#]*?)\s*(?:[;#].*)?$/;
const COMMENT = /^\s*[;#]/;
/** Settings and sections fewer than these are no settings file. */
const MIN_SETTINGS = 8;
const MIN_SECTIONS = 2;
const UNIT_SEGMENT = /^(?:万人|万元|亿元|元|人|人次|个|%|％)$/;

/** "常住人口_万人" → "常住人口（万人）", "农村网零_2019" → "2019年农村网零", "…人口_不含外出" → "…人口（不含外出）". */
export function iniLabel(key: string): string {
  const [base, ...segments] = key.trim().split("_");
  let label = base;
  let year = "";
  for (const s of segments) {
    if (/^(?:19|20)\d{2}$/.test(s)) year = `${s}年`;
    else if (UNIT_SEGMENT.test(s) || /^(?:不含|含|除)/.test(s)) label += `（${s}）`;
    else label += s;
  }
  return `${year}${label}`;
}

function lineOf(row: CellValue[] | undefined): string | undefined {
  const cells = (row ?? []).filter((v) => v !== null && v !== undefined && String(v).trim() !== "");
  return cells.length === 1 && typeof cells[0] === "string" && row?.[0] === cells[0] ? cells[0] : undefined;
}

/** A file pasted a line to a cell: each row's line in column A (undefined for an empty row), or undefined when any row holds more. */
export function pastedLines(sheet: Sheet): (string | undefined)[] | undefined {
  const lines = sheet.rows.map(lineOf);
  // (A table's cells are no file's lines.)
  return sheet.rows.some((row, r) => lines[r] === undefined && (row ?? []).some((v) => v !== null && v !== undefined && String(v).trim() !== "")) ? undefined : lines;
}

export function withIniRead(sheet: Sheet): Sheet {
  const lines = pastedLines(sheet);
  if (!lines) return sheet;
  const settings = lines.filter((l) => l !== undefined && !COMMENT.test(l) && !SECTION.test(l) && SETTING.test(l)).length;
  const sections = lines.filter((l) => l !== undefined && SECTION.test(l)).length;
  if (settings < MIN_SETTINGS || sections < MIN_SECTIONS) return sheet;
  // The file's legend for yes / no ("是否类填 1=是 0=否").
  const yesNo = lines.some((l) => l !== undefined && COMMENT.test(l) && /1\s*[=＝]\s*是/.test(l) && /0\s*[=＝]\s*否/.test(l));
  let unit = "";
  let points = false;
  const rows = lines.map((l): CellValue[] => {
    if (l === undefined || COMMENT.test(l)) return [];
    const section = SECTION.exec(l);
    if (section) {
      const note = section[2] ?? "";
      unit = /单位\s*[:：]\s*(万元|亿元|元|万人|人次|人|个)/.exec(note)?.[1] ?? "";
      points = /自评|分值|打分|评分|得分/.test(`${section[1]}${note}`);
      return [section[1].trim()];
    }
    const setting = SETTING.exec(l);
    if (!setting) return [l];
    const label = iniLabel(setting[1]);
    const raw = setting[2];
    const number = /^-?\d+(?:\.\d+)?$/.test(raw);
    let value: CellValue = raw;
    if (number && points) value = `${raw}分`;
    // (A count is no yes / no, whatever the legend says: 省定贫困村数=0 is none.)
    else if (number && yesNo && /^[01]$/.test(raw) && !/数|人次|人口|额|率|日期|进度/.test(label)) value = raw === "1" ? "是" : "否";
    // (A rate in a section of amounts, 总体进度=0.86 under 本节金额单位：元, is a rate still.)
    else if (number && unit && !/（[^）]*）/.test(label) && !/进度|率|比例|增速|占比/.test(label)) value = `${raw}${unit}`;
    return [label, value];
  });
  return { ...sheet, rows, merges: [] };
}
