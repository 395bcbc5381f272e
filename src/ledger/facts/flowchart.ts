/**
 * A self-assessment drawn as a flowchart for the bureau's head (翁源's 自评推演图): one block per
 * indicator, one step per row — "◇ 免费摄影、美工吗？" | "否 →" | "□ 摄影棚可以免费拍照，但美工按件收费" |
 * "→" | "○ 0分", the block's subtotal merged down the right ("小计\n14分"), the judged items' points
 * written "○ 局定2分（1-2分）". A reviewer follows each arrow: the question answered 是 or 否 is the
 * fact, the box's sentences say the figures, the subtotal is the clerk's claim for the block's
 * indicator and 局定 the judged items' points.
 *
 * So does the reader: each box gets its question's answer before its sentences ("免费摄影、美工：否。
 * 摄影棚…") — not a question of who leads, which the box's words answer — the shapes, arrows and
 * questions are left out, and each block's subtotal cell is written as the claim line it is
 * ("组织领导：…，合计自评3分"), a bonus block's steps each as their own claim.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

const QUESTION = /^◇/u;
const BOX = /^□/u;
const POINTS = /^○/u;
const ANSWER = /^(是|否)?\s*[→➔➜]$/u;
const ARROW_ONLY = /^[→↓➔➜⬇]$/u;
const SHAPE = /^[◇□○]\s*/u;
/** Steps fewer than this are no flowchart (a lone ◇ is a bullet). */
const MIN_STEPS = 3;

function columnOf(rows: CellValue[][], mark: RegExp): number | undefined {
  const counts = new Map<number, number>();
  for (const row of rows) row?.forEach((v, c) => typeof v === "string" && mark.test(v.trim()) && counts.set(c, (counts.get(c) ?? 0) + 1));
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= MIN_STEPS ? best[0] : undefined;
}

const plain = (v: CellValue | undefined) => cellText(v ?? null).trim();
const question = (v: CellValue | undefined) =>
  plain(v)
    .replace(SHAPE, "")
    // (Its brackets hint at the criterion, 培训人次够常住人口的1%（3,348人次）吗: no fact of the county's.)
    .replace(/[（(][^（()）]*[)）]/gu, "")
    .replace(/(?:吗|了吗|没有)?\s*[？?]\s*$/u, "")
    .trim();

/**
 * The indicator a block's label names: "二、方案\n（方案制定·满分2）" → 方案制定, the official name in its
 * bracket — unless two blocks share it (服务体系建设 over 县级中心和产业园 and 村级站点): then its own words.
 */
function blockNames(labels: string[]): string[] {
  const parts = labels.map((label) => {
    const flat = label.replace(/\s+/g, "").replace(/^[一二三四五六七八九十]+[、.．]/u, "");
    const inner = /[（(]([^（()）·]*?)(?:·|[）)])/u.exec(flat)?.[1] ?? "";
    return { head: flat.replace(/[（(].*$/u, ""), inner: /满分|最多/.test(inner) ? "" : inner };
  });
  return parts.map(({ head, inner }) => (inner && parts.filter((p) => p.inner === inner).length === 1 ? inner : head));
}

export function withFlowchartRead(sheet: Sheet): Sheet {
  const q = columnOf(sheet.rows, QUESTION);
  const box = columnOf(sheet.rows, BOX);
  if (q === undefined || box === undefined || box <= q) return sheet;
  const pts = columnOf(sheet.rows, POINTS);
  const rows = sheet.rows.map((row) => Array.from(row ?? [], (v) => v ?? null));
  const starts = rows.flatMap((row, r) => (QUESTION.test(plain(row[q])) && plain(row[0]) !== "" && plain(row[0]) !== "↓" ? [r] : []));
  const names = new Map(blockNames(starts.map((r) => plain(rows[r][0]))).map((name, i) => [starts[i], name]));
  // Each block: from a row whose first cell names it to the next such row.
  let block: { name: string; at: number; subtotal?: { c: number; points: string }; judged: string[]; bonus: boolean; last: number } | undefined;
  const close = () => {
    if (!block?.subtotal) return;
    if (block.bonus) {
      rows[block.at][block.subtotal.c] = null;
      return;
    }
    const parts = block.judged.length > 0 ? `：${block.judged.join("，")}，合计` : "";
    // The claim on the arrow's row under the block, left empty: a line of its own, as the boxes'
    // rows are facts (the subtotal's own cell, merged beside them, would make its row a claim line).
    const under = block.last + 1;
    const own = under < rows.length && rows[under].every((v) => plain(v) === "") ? under : block.at;
    rows[block.at][block.subtotal.c] = null;
    rows[own][block.subtotal.c] = `${block.name}${parts}自评${block.subtotal.points}分`;
  };
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const first = plain(row[0]);
    if (!QUESTION.test(plain(row[q]))) {
      // Not a step: the arrows between blocks and the shapes of the header go.
      row.forEach((v, c) => {
        if (typeof v === "string" && ARROW_ONLY.test(v.trim())) row[c] = null;
        else if (typeof v === "string") row[c] = v.replace(SHAPE, "");
      });
      continue;
    }
    if (first !== "" && first !== "↓") {
      close();
      const subtotalAt = row.findIndex((v, c) => c > box && /^小计/.test(plain(v)));
      const said = subtotalAt >= 0 ? /(-?\d+(?:\.\d+)?)\s*分/.exec(plain(row[subtotalAt])) : null;
      block = {
        name: names.get(r) ?? first,
        at: r,
        subtotal: said ? { c: subtotalAt, points: said[1] } : undefined,
        judged: [],
        last: r,
        bonus: /加分/.test(first),
      };
      row[0] = null;
      if (subtotalAt >= 0 && !said) row[subtotalAt] = null;
    }
    const asked = question(row[q]);
    if (block) block.last = r;
    const answer = ANSWER.exec(plain(row[firstAnswerCol(row, q, box)]))?.[1];
    const facts = plain(row[box]).replace(SHAPE, "");
    // A question of who (组长, 成员单位) or of whether all is there (内容全吗) is answered by the box's
    // words, which name them; a 是 / 否 before them would be read instead.
    const byWords = /组长|牵头|挂帅|成员|部门|在里面|全吗|齐全|全面|齐吗/.test(plain(row[q]));
    row[box] = `${answer && !byWords ? `${asked}：${answer}。` : ""}${facts}` || null;
    for (let c = 0; c < row.length; c++) if (c !== box && c !== block?.subtotal?.c) row[c] = null;
    if (block?.subtotal && r !== block.at) row[block.subtotal.c] = null;
    const points = pts === undefined ? "" : plain(sheet.rows[r]?.[pts]).replace(SHAPE, "");
    const judged = /^局定\s*(-?\d+(?:\.\d+)?)\s*分/.exec(points);
    // (The item's words without their commas: the claim line's parts are cut at them.)
    if (block && judged) block.judged.push(`${asked.replace(/[，,；;]/g, "")}${judged[1]}分`);
    // A bonus block's steps are each a bonus indicator: each step's points its claim.
    const own = /^(?:加)?(-?\d+(?:\.\d+)?)\s*分$/.exec(points);
    if (block?.bonus && own && pts !== undefined) row[pts] = `${asked}自评${own[1]}分`;
  }
  close();
  return { ...sheet, rows };
}

/** The answer's column: the first cell after the question holding an arrow. */
function firstAnswerCol(row: CellValue[], q: number, box: number): number {
  for (let c = q + 1; c < box; c++) if (ANSWER.test(plain(row[c]))) return c;
  return q + 1;
}
