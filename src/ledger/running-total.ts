/**
 * A fund register that keeps only the running total after each payment (高州's 拨付进度登记表: 拨付日期 |
 * 事项 | 支付凭证号 | 累计已拨付（元） | 累计拨付率, "单笔金额以财务股支付凭证为准，本表不另列"). A reviewer
 * reads each payment as the rise of the total since the row before: a fall is money sent back, a row
 * where the total stands still (收到资金, 年末核对, a 统计行) paid nothing, and a row correcting the
 * total written before (更正：上一行累计数误记…) mends the payment of that row, no payment of its own.
 * So does the reader, row by row down the sheet.
 */
import { Q } from "../scoring/rational";
import type { FundRecord } from "./records";
import type { Recognition } from "./recognize";

/** Whether the recognition's amounts are running totals (the amount column is the 累计 column). */
export function isRunningTotal(rec: Recognition): boolean {
  return rec.kind === "funds" && rec.columns.amount !== undefined && rec.columns.amount === rec.columns.runningTotal;
}

/** A row mending the total written before it. */
const CORRECTION = /更正|订正|误记|应为|改正/;

interface Run {
  /** The row read last, so that a new pass over the sheet starts again. */
  row: number;
  total: Q;
  /** The last payment and the total before it, for a correction to mend. */
  last?: { record: FundRecord; before: Q };
}

const runs = new WeakMap<Recognition, Run>();

export type RunningStep = { kind: "paid"; amount: Q; keep: (record: FundRecord) => FundRecord } | { kind: "unchanged" } | { kind: "corrected"; mended?: FundRecord };

/**
 * What row `r`'s running total says, given the rows above it read already: a payment (the rise, or a
 * fall sent back), nothing, or a correction of the last payment (which is mended in place).
 */
export function stepOf(rec: Recognition, r: number, total: Q, rowText: string): RunningStep {
  let run = runs.get(rec);
  if (!run || r <= run.row) runs.set(rec, (run = { row: r, total: Q.ZERO }));
  run.row = r;
  const rise = total.sub(run.total);
  if (CORRECTION.test(rowText)) {
    const last = run.last;
    run.total = total;
    if (!last) return { kind: "corrected" };
    last.record.amount = total.sub(last.before);
    return { kind: "corrected", mended: last.record };
  }
  if (rise.isZero()) return { kind: "unchanged" };
  const before = run.total;
  run.total = total;
  const current = run;
  return {
    kind: "paid",
    amount: rise,
    keep: (record) => {
      current.last = { record, before };
      return record;
    },
  };
}
