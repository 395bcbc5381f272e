/**
 * Figures reconciled the way a bank statement is (a 考评数据调节表 after the 银行存款余额调节表): each
 * figure a block under its own title ("（一）培训人次（单位：人次）"), the ledger's figure on one side
 * and the system's on the other, each brought by its 加：/ 减： lines to the same 调节后余额 — the
 * figure reported. Neither starting figure nor any adjustment is a fact: each block is read as one
 * line, its title the label, its balance the value (with the balance line's remark).
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, compact } from "../normalize/text";

const BALANCE = /^调节后(?:余额|数额?|金额)$/;
/** A block's title: the only text of its row, numbered (（一） / 一、 / 1.). */
const TITLE = /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[.、．])\s*(.+)$/;

const texts = (row: CellValue[] | undefined) => (row ?? []).map((v) => compact(cellText(v ?? null)));

export function withReconciledBalances(sheet: Sheet): Sheet {
  const balances = sheet.rows.map((row, r) => (texts(row).some((t) => BALANCE.test(t)) ? r : -1)).filter((r) => r >= 0);
  if (balances.length < 2) return sheet;
  const rows = sheet.rows.map((row) => [...row]);
  for (const b of balances) {
    let title = -1;
    for (let r = b - 1; r >= 0 && title < 0; r--) {
      const filled = texts(rows[r]).filter((t) => t !== "");
      if (filled.length === 1 && TITLE.test(filled[0])) title = r;
      // (Another block's balance above first: this one has no title of its own.)
      if (balances.includes(r)) break;
    }
    if (title < 0) continue;
    const label = (TITLE.exec(texts(rows[title]).find((t) => t !== "") as string) as RegExpExecArray)[1];
    // The lines between the block's header and its balance: starting figures and adjustments.
    for (let r = title + 2; r < b; r++) rows[r] = [];
    const row = rows[b];
    const at = texts(row)
      .map((t, c) => (BALANCE.test(t) ? c : -1))
      .filter((c) => c >= 0);
    row[at[0]] = label;
    // The other side's balance says the same: left out, so that the line has one value.
    for (const c of at.slice(1)) {
      row[c] = null;
      const next = row.findIndex((v, i) => i > c && cellText(v ?? null).trim() !== "");
      if (next >= 0 && next < row.length - 1) row[next] = null;
    }
  }
  return { ...sheet, rows };
}
