/**
 * A form of two columns, a block's name beside one cell of "标签：值" lines (乳源's 基本情况: 公共服务中心 |
 * "投入运营：二〇二〇年十二月十八日⏎服务内容：☑免费培训场所和设备 ☑… ☐免费摄影美工"; 自评分（评判项） |
 * "方案制定 2  政策支持 1⏎…"). A reviewer reads each line as a line of the form, the block its topic;
 * so does the reader: each line becomes a row of its own, its label (after the block's name where it
 * names little alone) and value in two cells (a line of items with bare points, "方案制定 2  政策支持 1", as their pairs) —
 * every cell named back to the one cell it came from.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

/** A line "标签：值": a short label of words, its value after the colon. */
const PAIR_LINE = /^([^：:]{2,30}?)\s*[：:]\s*(\S.*)$/;
/** A line of items each with its bare points, "方案制定 2  政策支持 1" (wide spaces between). */
const POINTS_ITEM = /^([\u4e00-\u9fff、与和及]{2,16})\s*(\d{1,2}(?:\.\d)?)\s*分?$/;
/** A figure with its unit (and a remark in brackets), then a clause of its own after a comma. */
const FIGURE_THEN_CLAUSE = /^(\d[\d,，.]*\s*(?:万元|亿元|元|万人|人次|人|个|家|%)(?:\s*[（(][^（()）]*[)）])?)\s*[，,；;]\s*(\S.*)$/;
const GROWTH = /^(?:同比|比上年|较上年)?(?:增长|增速|下降|增幅)/;
/** A header naming the blocks, not the lines. */
const GROUPS = /^(?:板块|大类|类别|分类|模块|部分|方面)$/;
/** Cells of lines before a sheet is read so. */
const MIN_CELLS = 3;

const linesOf = (v: CellValue | undefined) =>
  cellText(v ?? null)
    .split(/\r?\n/)
    .map((t) => t.trim())
    .filter(Boolean);

/** "方案制定 2  政策支持 1" → its pairs ["方案制定", "2分"], …; undefined for any other line. */
function pointsItems(line: string): [string, string][] | undefined {
  const parts = line.split(/\u3000+|\s{2,}/).filter(Boolean);
  const items = parts.map((p) => POINTS_ITEM.exec(p.trim()));
  return items.length >= 2 && items.every(Boolean) ? items.map((m) => [(m as RegExpExecArray)[1], `${(m as RegExpExecArray)[2]}分`]) : undefined;
}

/**
 * A line's pairs: one, or several spaced out ("资金管理制度：☑已制定  资金专用台账：☑已建立" — a box after a
 * space being the same pair's other option, "☑已正式印发 ☐未印发"); a line of no pair is its own label.
 * (A box ticked before a figure, "☑100%", is that figure.)
 */
function pairsIn(line: string): [string, string][] {
  const parts = boxesRejoined(line.split(/\u3000+|\s{2,}/).filter(Boolean));
  const pairs = parts.map((p) => PAIR_LINE.exec(p));
  const each = pairs.length > 1 && pairs.every(Boolean) ? (pairs as RegExpExecArray[]) : [PAIR_LINE.exec(line)];
  return each.map((m) => (m ? [m[1], valueOf(m[2])] : [line, ""]));
}

/**
 * Parts split at wide spaces with a pair's boxes put back together: a part opening on a box after one
 * holding a box is that pair's next option ("示范县工作方案：☑已正式印发" | "☐未印发").
 */
export function boxesRejoined(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of parts) {
    if (out.length > 0 && /^\s*[☑☒■□☐]/.test(t) && /[☑☒■□☐]/.test(out[out.length - 1])) out[out.length - 1] += `\u3000${t.trim()}`;
    else out.push(t);
  }
  return out;
}

/**
 * A pair's value as the line says it: a box ticked before a figure ("☑100%") is the figure; a growth in
 * brackets after it ("6.61亿元（同比增长27.1%）") a clause of its own, as the line would be said aloud.
 */
function valueOf(said: string): string {
  return said.replace(/^[☑✔✓√]\s*(?=\d)/, "").replace(/^(.+?)\s*[（(]((?:同比)?(?:增长|增速|下降)[^（()）]*)[)）]$/, "$1，$2");
}

/** Is the cell at c its row's last, after a block's short name, and lines most of which are pairs? */
function linesCell(row: readonly CellValue[], c: number): boolean {
  const lines = linesOf(row[c]);
  if (lines.length < 2 || row.slice(c + 1).some((v) => cellText(v ?? null).trim() !== "")) return false;
  const before = row.slice(0, c).filter((v) => cellText(v ?? null).trim() !== "");
  if (before.length !== 1 || cellText(before[0] ?? null).trim().length > 12) return false;
  const read = lines.filter((l) => PAIR_LINE.test(l) || pointsItems(l)).length;
  return read >= 2 && read * 3 >= lines.length * 2;
}

export function linesAsRows(
  sheet: Sheet,
  scoreOf: (label: string) => number,
  sure: number,
): { sheet: Sheet; cellOf: (r: number, c: number) => { r: number; c: number } } | undefined {
  const cellsAt = sheet.rows.map((row) => (row ?? []).findIndex((_, c) => c > 0 && linesCell(row ?? [], c)));
  if (cellsAt.filter((c) => c > 0).length < MIN_CELLS) return undefined;
  const firstLines = cellsAt.findIndex((c) => c > 0);
  const rows: CellValue[][] = [];
  const from: { r: number; c?: number }[] = [];
  sheet.rows.forEach((row, r) => {
    const c = cellsAt[r];
    if (c <= 0) {
      // (The header over the blocks, 板块 | 情况: its 板块 now heads the lines' labels.)
      rows.push(r < firstLines ? (row ?? []).map((v) => (GROUPS.test(cellText(v ?? null).trim()) ? "项目" : v)) : row);
      from.push({ r });
      return;
    }
    // (The block's name is the topic of a line that names little alone, 公共服务中心 | 投入运营: said before its
    // label then; before every line it would be a label competing with each line's own.)
    const block = cellText(row.slice(0, c).find((v) => cellText(v ?? null).trim() !== "") ?? null).trim();
    for (const line of linesOf(row[c])) {
      const items = pointsItems(line);
      const pairs: [string, string][] = items ?? pairsIn(line);
      for (const [label, said] of pairs) {
        const named = scoreOf(label) < sure && scoreOf(`${block}${label}`) > scoreOf(label) ? `${block}${label}` : label;
        // (A figure and a clause after it, "419.62万元（截至8月31日），支出率83.92%": the figure the label's, the
        // clause a line of its own.)
        // (Not the figure's own growth, "6.61亿元，同比增长27.1%": read with the figure's label, as one sentence.)
        const split = FIGURE_THEN_CLAUSE.exec(said);
        const [value, more] = split && !GROWTH.test(split[2]) ? [split[1], split[2]] : [said, undefined];
        rows.push([named, value === "" ? null : value]);
        from.push({ r, c });
        if (more !== undefined) {
          rows.push([more, null]);
          from.push({ r, c });
        }
      }
    }
  });
  const cellOf = (r: number, c: number) => {
    const at = from[r] ?? { r };
    return { r: at.r, c: at.c ?? c };
  };
  // (Merges elsewhere kept where their rows now are; one over a row made lines would span lines, and is dropped.)
  const newRow = (r: number) => from.findIndex((f) => f.r === r);
  const merges = (sheet.merges ?? []).flatMap((m) => {
    if (cellsAt.slice(m.top, m.bottom + 1).some((c) => c > 0)) return [];
    return [{ ...m, top: newRow(m.top), bottom: newRow(m.bottom) }];
  });
  return { sheet: { ...sheet, rows, merges }, cellOf };
}
