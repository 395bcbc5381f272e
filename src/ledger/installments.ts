/**
 * A contract's payments side by side on its row: 第一期（预付款）| 第二期（进度款）| 第三期（尾款） each
 * merged over its own 支付日期 | 金额. Every pair paid is one disbursement; one written 待付 or — is not
 * (yet) paid.
 */
import { mergeAt, type Sheet } from "../core/grid";
import type { Recognition } from "./recognize";
import { cellText, spacelessText } from "./normalize/text";
import { oncePerRecognition } from "./per-recognition";

export interface Installment {
  date: number;
  amount: number;
  /** The group header above the pair (第二期（进度款）). */
  name: string;
}

/** The (date, amount) column pairs of such a sheet; undefined when the payments are one per row. */
export const installmentColumns = oncePerRecognition(find);

function find(sheet: Sheet, rec: Recognition): Installment[] | undefined {
  const dateCol = rec.columns.date;
  const amountCol = rec.columns.amount;
  if (dateCol === undefined || amountCol === undefined || rec.headerRow < 1) return undefined;
  const sub = sheet.rows[rec.headerRow] ?? [];
  const key = (c: number) => spacelessText(sub[c] ?? null);
  const dateKey = key(dateCol);
  const amountKey = key(amountCol);
  const step = amountCol - dateCol;
  if (dateKey === "" || amountKey === "" || Math.abs(step) !== 1) return undefined;
  const out: Installment[] = [];
  for (let c = 0; c < sub.length; c++) {
    if (key(c) !== dateKey || key(c + step) !== amountKey) continue;
    // Each pair under a group header of its own, merged over the two.
    const group = mergeAt(sheet.merges, rec.headerRow - 1, c);
    if (!group || group.left !== Math.min(c, c + step) || group.right !== Math.max(c, c + step)) return undefined;
    out.push({ date: c, amount: c + step, name: cellText(sheet.rows[group.top]?.[group.left] ?? null) });
  }
  return out.length >= 2 ? out : undefined;
}
