/**
 * A report's table of contents pasted into Excel (吴川's 报告目录): under 目录, each heading a line
 * and its page number split off into the next cell by the tab leader — headings written as the
 * report's conclusions ("（一）辖5个街道、10个镇，常住人口92.73万人"). A reviewer reads the headings as
 * what the report says and the page numbers as nothing; so does the reader, each heading a
 * sentence of its own and its page number gone.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { compact } from "../normalize/text";

/** Headings fewer than this are no table of contents. */
const MIN_HEADINGS = 6;

export function withContentsRead(sheet: Sheet): Sheet {
  const title = sheet.rows.findIndex((row) => (row ?? []).some((v) => typeof v === "string" && /^目录$/.test(compact(v))));
  if (title < 0) return sheet;
  // Below it: a heading, then its page (a whole number), the pages never going back.
  const lines: number[] = [];
  let page = 0;
  for (let r = title + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const filled = row.filter((v) => v !== null && v !== undefined && String(v).trim() !== "");
    if (filled.length === 0) continue;
    const [heading, at] = [row[0], row[1]];
    const n = typeof at === "number" ? at : typeof at === "string" && /^\s*\d{1,3}\s*$/.test(at) ? Number(at) : NaN;
    if (filled.length !== 2 || typeof heading !== "string" || !Number.isInteger(n) || n < page) return sheet;
    page = n;
    lines.push(r);
  }
  if (lines.length < MIN_HEADINGS) return sheet;
  const rows = sheet.rows.map((row): CellValue[] => Array.from(row ?? [], (v) => v ?? null));
  for (const r of lines) {
    const heading = String(rows[r][0]).trim();
    // (A heading is a sentence of the report's: ended as one, so it is read as one.)
    rows[r] = [/[。！？]$/.test(heading) ? heading : `${heading}。`];
  }
  return { ...sheet, rows };
}
