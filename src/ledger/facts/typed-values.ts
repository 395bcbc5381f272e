/**
 * A data platform's fields exported as text with their type beside them (字段名 | 字段说明 | 类型 | 值):
 * a double as the program prints it (342270.0, 9.8735E8), a timestamp as Unix milliseconds
 * (1630339200000, midnight in Beijing), null for a field not filled in. A reviewer reads each value by
 * its type, as the export's note says; so does the reader: 9.8735E8 is 987350000, 1630339200000 is
 * 2021年8月31日, null is blank. (Exactly: the decimal point moved in the digits, not through a float.)
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, spacelessText } from "../normalize/text";
import { shiftPoint } from "../normalize/number";

const TYPE_HEADER = /^(?:类型|数据类型|字段类型|值类型|type|datatype)$/i;
const VALUE_HEADER = /^(?:值|字段值|取值|返回值|value)$/i;
const TYPES = /^(?:string|int|integer|long|double|float|decimal|number|boolean|bool|timestamp|date|datetime)$/i;
/** Fewer typed rows than this: no export of fields. */
const MIN_ROWS = 5;
const BEIJING_MS = 8 * 3600 * 1000;

const key = (v: CellValue | undefined) => spacelessText(v ?? null);

/** "9.8735E8" → "987350000", "1.5E-2" → "0.015": the digits with the point moved, exactly. */
export function expandExponent(t: string): string | undefined {
  const m = /^([+-]?)(\d+(?:\.\d*)?)[eE]([+-]?\d+)$/.exec(t.trim());
  return m ? `${m[1]}${shiftPoint(m[2], Number(m[3]))}` : undefined;
}

/** A Unix timestamp in milliseconds as the day it is in Beijing ("2021年8月31日"). */
function dayOfTimestamp(t: string): string | undefined {
  if (!/^\d{12,13}$/.test(t.trim())) return undefined;
  const d = new Date(Number(t) + BEIJING_MS);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

export function withTypedValues(sheet: Sheet): Sheet {
  for (let h = 0; h < Math.min(sheet.rows.length, 15); h++) {
    const head = sheet.rows[h] ?? [];
    const typeCol = head.findIndex((v) => TYPE_HEADER.test(key(v)));
    const valueCol = head.findIndex((v) => VALUE_HEADER.test(key(v)));
    if (typeCol < 0 || valueCol < 0) continue;
    const typed = sheet.rows.slice(h + 1).filter((row) => TYPES.test(key(row?.[typeCol])));
    if (typed.length < MIN_ROWS) continue;
    const rows = sheet.rows.map((row, r) => {
      if (r <= h || !TYPES.test(key(row?.[typeCol]))) return row;
      const type = key(row[typeCol]).toLowerCase();
      const v = cellText(row[valueCol] ?? null).trim();
      const read =
        v.toLowerCase() === "null"
          ? null
          : type === "timestamp"
            ? (dayOfTimestamp(v) ?? v)
            : /^(?:double|float|decimal|number)$/.test(type)
              ? (expandExponent(v) ?? v)
              : v;
      const out = [...row];
      out[valueCol] = read;
      return out;
    });
    return { ...sheet, rows };
  }
  return sheet;
}
