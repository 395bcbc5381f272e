/**
 * A government site's column page copied whole into a sheet (龙门's 专栏页面留底): the column's
 * sub-sections (▌创建方案, ▌项目公示, ▌建设进度, ▌政策文件), each a list of articles "· 标题 | 发布日期".
 * A reviewer reads each article listed as published on the column — and a notice issuing a document
 * (关于印发…的通知) as that document issued; the dates, "更多>>" and the sections' names say nothing more.
 * So does the reader: each article a sentence of its own, "<标题>，已在专栏公示。"
 */
import type { CellValue, Sheet } from "../../core/grid";
import { parseDate } from "../normalize/date";
import { cellText } from "../normalize/text";

const SECTION = /^\s*[▌▍▎■◆]\s*[\u4e00-\u9fff]/;
const ARTICLE = /^\s*[·•・]\s*(\S.*)$/;

export function withColumnArticles(sheet: Sheet): Sheet {
  const first = (row: readonly CellValue[] | undefined) => cellText(row?.find((v) => cellText(v ?? null) !== "") ?? null);
  const dated = (row: readonly CellValue[] | undefined) => (row ?? []).slice(1).some((v) => cellText(v ?? null) !== "" && parseDate(v ?? null).ok);
  const article = (row: readonly CellValue[] | undefined) => ARTICLE.test(first(row)) && dated(row);
  const sections = sheet.rows.filter((row) => SECTION.test(first(row))).length;
  const articles = sheet.rows.filter(article).length;
  if (sections < 2 || articles < 3) return sheet;
  // (Each sentence written across the page, as the page's paragraphs are: merged over its width.)
  const width = Math.max(3, ...sheet.rows.map((row) => (row ?? []).length));
  const merges = [...(sheet.merges ?? [])];
  const rows = sheet.rows.map((row, r): CellValue[] => {
    if (SECTION.test(first(row))) return [];
    if (!article(row)) return row;
    const title = (ARTICLE.exec(first(row)) as RegExpExecArray)[1].trim();
    if (!merges.some((m) => m.top <= r && m.bottom >= r)) merges.push({ top: r, bottom: r, left: 0, right: width - 1 });
    return [`${title}，已在专栏公示。`];
  });
  return { ...sheet, rows, merges };
}
