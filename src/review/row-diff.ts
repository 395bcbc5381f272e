/**
 * Which rows of a sheet differ between two lists of row hashes: rows changed in place, deleted or
 * added, named by Excel row number (old numbering for deleted rows, new for the others). The common
 * head and tail are set aside first; the middle is aligned by longest common subsequence when small
 * enough, else reported as one changed block.
 */
export type RowChange =
  | { kind: "changed"; row: number; oldRow: number }
  | { kind: "deleted"; oldRow: number }
  | { kind: "added"; row: number }
  /** A block too large to align row by row. */
  | { kind: "block"; fromRow: number; toRow: number; oldFromRow: number; oldToRow: number };

/** Above this many cells the LCS table is not built. */
const MAX_LCS_CELLS = 4_000_000;

export function diffRows(before: string[], after: string[]): RowChange[] {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const a = before.slice(head, before.length - tail);
  const b = after.slice(head, after.length - tail);
  if (a.length === 0 && b.length === 0) return [];
  const out: RowChange[] = [];
  if (a.length === b.length) {
    // Same count: rows edited in place (the common case: one cell typed over).
    a.forEach((h, i) => {
      if (h !== b[i]) out.push({ kind: "changed", row: head + i + 1, oldRow: head + i + 1 });
    });
    return out;
  }
  if ((a.length + 1) * (b.length + 1) > MAX_LCS_CELLS) {
    return [{ kind: "block", fromRow: head + 1, toRow: head + b.length, oldFromRow: head + 1, oldToRow: head + a.length }];
  }
  // LCS lengths from the end, so the walk below goes forward.
  const w = b.length + 1;
  const L = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) L[i * w + j] = a[i] === b[j] ? L[(i + 1) * w + j + 1] + 1 : Math.max(L[(i + 1) * w + j], L[i * w + j + 1]);
  let i = 0;
  let j = 0;
  const pending: RowChange[] = [];
  const flush = () => {
    // A deletion next to an addition is one row changed in place.
    const dels = pending.filter((c) => c.kind === "deleted") as { kind: "deleted"; oldRow: number }[];
    const adds = pending.filter((c) => c.kind === "added") as { kind: "added"; row: number }[];
    const n = Math.min(dels.length, adds.length);
    for (let k = 0; k < n; k++) out.push({ kind: "changed", row: adds[k].row, oldRow: dels[k].oldRow });
    for (const d of dels.slice(n)) out.push(d);
    for (const x of adds.slice(n)) out.push(x);
    pending.length = 0;
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && L[(i + 1) * w + j] >= L[i * w + j + 1])) {
      pending.push({ kind: "deleted", oldRow: head + i + 1 });
      i++;
    } else {
      pending.push({ kind: "added", row: head + j + 1 });
      j++;
    }
  }
  flush();
  return out;
}

/** "第 5 行已修改" … for one change; `en` for the English half. */
export function describeRowChange(c: RowChange): string {
  switch (c.kind) {
    case "changed":
      return c.row === c.oldRow ? `第 ${c.row} 行已修改` : `第 ${c.row} 行已修改（原第 ${c.oldRow} 行）`;
    case "deleted":
      return `原第 ${c.oldRow} 行已删除`;
    case "added":
      return `第 ${c.row} 行为新增`;
    case "block":
      return `第 ${c.fromRow}-${c.toRow} 行（原第 ${c.oldFromRow}-${c.oldToRow} 行）有改动`;
  }
}
