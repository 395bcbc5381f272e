/**
 * A before-and-after table (创建前 | 现状 | 变化情况) whose retail section says in its title what its
 * columns are there: "四、农村产品上行（创建前栏为2019年全年，现状栏为2020年全年）". A reviewer reads
 * that section's 创建前 figures as 2019's, its 现状 figures as 2020's and its 变化情况 as the growth;
 * so does the reader: the section's title line becomes the header it states (2019年 | 2020年 |
 * 同比增速, read as a table of figures by year) and the next section's title line its end.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { spacelessText } from "../normalize/text";

const SAYS = /([\u4e00-\u9fff]{1,6})栏(?:为|是|指|系)((?:19|20)\d{2})年/g;
const CHANGE = /^(?:变化情况|变化|增减情况|增减|变动情况|增长情况)$/;
/** A section's title line: one text in the row ("五、电商培训"). */
const oneText = (row: readonly CellValue[] | undefined) => (row ?? []).filter((v) => spacelessText(v ?? null) !== "").length === 1;

export function withSectionYears(sheet: Sheet): Sheet {
  for (let r = 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!oneText(row)) continue;
    const line = spacelessText((row ?? []).find((v) => spacelessText(v ?? null) !== "") ?? null);
    const said = [...line.matchAll(SAYS)];
    if (said.length < 2) continue;
    // The header naming those columns, above the line.
    let header = -1;
    let cols: number[] = [];
    for (let h = r - 1; h >= 0 && header < 0; h--) {
      const keys = (sheet.rows[h] ?? []).map((v) => spacelessText(v ?? null));
      const found = said.map((m) => keys.findIndex((k) => k === m[1] || k.startsWith(m[1])));
      if (found.every((c) => c >= 0)) [header, cols] = [h, found];
    }
    if (header < 0) return sheet;
    const keys = (sheet.rows[header] ?? []).map((v) => spacelessText(v ?? null));
    const heading: CellValue[] = keys.map(() => null);
    said.forEach((m, i) => (heading[cols[i]] = `${m[2]}年`));
    const change = keys.findIndex((k) => CHANGE.test(k));
    if (change >= 0) heading[change] = "同比增速";
    const rows = sheet.rows.map((x) => x);
    rows[r] = heading;
    // The section ends at the next title line: a blank row there ends the table of years.
    for (let k = r + 1; k < rows.length; k++) {
      if (oneText(rows[k])) {
        rows[k] = [];
        break;
      }
      // "增长24.6%" under 变化情况 is the growth, 24.6%.
      if (change >= 0) rows[k] = (rows[k] ?? []).map((v, c) => (c === change ? growthOf(v) : v));
    }
    return { ...sheet, rows };
  }
  return sheet;
}

/** "增长24.6%" → "24.6%", "下降3%" → "-3%"; anything else as it is. */
function growthOf(v: CellValue | undefined): CellValue {
  const t = spacelessText(v ?? null);
  const up = /^(?:同比)?(?:增长|增加|上升|提高)([\d.]+%)$/.exec(t);
  if (up) return up[1];
  const down = /^(?:同比)?(?:下降|减少|降低)([\d.]+%)$/.exec(t);
  return down ? `-${down[1]}` : (v ?? null);
}
