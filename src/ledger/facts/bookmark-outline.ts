/**
 * An evidence binder's PDF bookmarks exported and pasted into Excel: 序号 | 一级书签 | 二级书签 | 三级书签 | 页码,
 * each bookmark in the column of its level, its title the binder's own words ("常住人口17.52万人（第七次全国人口
 * 普查公报）", "1.组织领导（2分）自评2分", "项目管理制度及验收记录（自评2分）"). A reviewer reads each title as a
 * line of the county's account, the levels only its nesting and the pages where to look; so does the reader:
 * each title a sentence where it stands, the numbering and pages gone.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, compact } from "../normalize/text";

/** A level's column: 一级书签, 二级标题, 3级目录. */
const LEVEL = /^(?:[一二三四五六]|[1-6])级(?:书签|标题|目录|大纲|节点)$/;
/** An indicator's weight in brackets right before its claim: "组织领导（2分）自评2分". */
const WEIGHT_THEN_CLAIM = /([（(]\s*\d+(?:\.\d+)?\s*分\s*[)）])\s*(?=自评)/;
/** A section's numbering: 一、, 二． */
const SECTION = /^\s*[一二三四五六七八九十]+[、.．]/;
/** …its weight and claim: "（10分）自评10分". */
const SECTION_CLAIM = /\s*(?:[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）])?\s*自评.*$/;
/** How far down the header is looked for. */
const LOOK = 10;

export function withBookmarkOutline(sheet: Sheet): Sheet {
  let header = -1;
  let levels: number[] = [];
  for (let r = 0; r < Math.min(LOOK, sheet.rows.length) && header < 0; r++) {
    const cols = (sheet.rows[r] ?? []).flatMap((v, c) => (LEVEL.test(compact(cellText(v ?? null))) ? [c] : []));
    if (cols.length >= 2) [header, levels] = [r, cols];
  }
  if (header < 0) return sheet;
  const rows = sheet.rows.map((row, r): CellValue[] => {
    if (r < header) return Array.from(row ?? [], (v) => v ?? null);
    if (r === header) return [];
    // (A bookmark's title in one level's column; a row with several, a table pasted under the outline, is left out.)
    const at = levels.filter((c) => cellText(row?.[c] ?? null) !== "");
    if (at.length !== 1) return [];
    const said = cellText(row?.[at[0]] ?? null);
    // (A title ended as a sentence, so it is read as one; an indicator's "1.组织领导（2分）自评2分" as its heading's
    // claim, "1.组织领导（2分）：自评2分", as a report's line says it.)
    // (A section's, "一、加强组织领导与统筹协调（10分）自评10分", sums its indicators' claims: its heading alone, as
    // its words would name the indicators it holds.)
    const title = SECTION.test(said) ? said.replace(SECTION_CLAIM, "") : said.replace(WEIGHT_THEN_CLAIM, "$1：");
    // (Left where it stands, so a fact's evidence is the bookmark's own cell.)
    const line: CellValue[] = new Array<CellValue>(at[0] + 1).fill(null);
    line[at[0]] = /[。！？；]$/.test(title) ? title : `${title}。`;
    return line;
  });
  return { ...sheet, rows };
}
