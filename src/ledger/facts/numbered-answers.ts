/**
 * Answers numbered after a list beside them: a task table whose 目标任务 lists "①免费培训场所及设备；②农特产品免费
 * 展示销售；③免费摄影美工…" and whose 完成情况 answers "①已具备（…）；②已具备；③未开展（…）…". A reviewer reads
 * each number's answer as said of the item with that number; so does the reader: the answer cell becomes
 * "免费培训场所及设备：已具备（…）；农特产品免费展示销售：已具备；…", a pair for each item (the list's cell stays
 * as it is, so every cell keeps its address).
 */
import type { CellValue, Sheet } from "../../core/grid";

/** Each circled number's words in a cell: ①…；②… (two or more), else undefined. */
function numbered(text: string): Map<string, string> | undefined {
  const parts = text.split(/(?=[①-⑩])/).filter((p) => /^[①-⑩]/.test(p));
  if (parts.length < 2) return undefined;
  const out = new Map<string, string>();
  for (const p of parts)
    out.set(
      p[0],
      p
        .slice(1)
        .replace(/[；;，,。.\s]+$/, "")
        .trim(),
    );
  return out.size === parts.length ? out : undefined;
}

export function withNumberedAnswers(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  sheet.rows.forEach((row, r) => {
    const lists = (row ?? []).map((v) => (typeof v === "string" && /[①-⑩][^①-⑩]+[①-⑩]/.test(v) ? numbered(v) : undefined));
    for (let a = 0; a < lists.length; a++) {
      const items = lists[a];
      if (!items) continue;
      // (The answers to the right of the list, every number among the list's.)
      const b = lists.findIndex((x, c) => c > a && x !== undefined && [...x.keys()].every((n) => items.has(n)));
      const answers = b >= 0 ? lists[b] : undefined;
      if (!answers) continue;
      rows ??= [...sheet.rows];
      rows[r] = (row ?? []).map((v, c) => (c === b ? [...answers].map(([n, said]) => `${items.get(n)}：${said}`).join("；") : v));
      return;
    }
  });
  return rows ? { ...sheet, rows } : sheet;
}
