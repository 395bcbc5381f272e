/**
 * The styles part, reduced to what reading needs: each cell style's number format, and whether
 * that format shows a date (a number in such a cell is a date serial).
 */
import { parseXml } from "./read-xml";

/**
 * The built-in number formats that have a fixed code (ECMA-376 §18.8.30; the ids whose code depends
 * on the locale, 27–36 and 50–81, have none here and are read as plain numbers, as before).
 */
const BUILT_IN: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** Does a number format show a date or time? Text in quotes and [brackets] does not count. */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

export interface CellStyles {
  /** Number format of cell style `s` (undefined: General or unknown). */
  format: (string | undefined)[];
  /** Whether that format is a date format. */
  date: boolean[];
}

export const NO_STYLES: CellStyles = { format: [], date: [] };

export function readStyles(xml: string): CellStyles {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  parseXml("xl/styles.xml", xml, {
    open(name, a, selfClosing) {
      if (name === "numFmt") {
        // A backslash escapes the next character of a format code; the code is kept without them.
        const id = parseInt(a.numFmtId, 10);
        if (a.formatCode !== undefined) custom.set(id, a.formatCode.replace(/\\(.)/g, "$1"));
      } else if (name === "cellXfs") {
        inCellXfs = !selfClosing;
      } else if (name === "xf" && inCellXfs) {
        ids.push(parseInt(a.numFmtId, 10));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  const format = ids.map((id, s) => {
    // Style 0 is the default look; its format is never applied to a value (as exceljs read it).
    if (s === 0 || !id) return undefined;
    return custom.get(id) ?? BUILT_IN[id];
  });
  return { format, date: format.map(isDateFormat) };
}
