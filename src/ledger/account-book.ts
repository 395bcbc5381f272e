/**
 * A fund ledger kept as an account book (明细账): the date in two columns 月 | 日 under a header
 * cell that gives the year ("2020年", merged over both), one sheet per year. Recognition finds the
 * book's header row (凭证号 | 摘要 | 借方 | 贷方 | 余额); the row of 月 and 日 under it belongs to
 * the header, and the year comes from the cell above 月, else a title line, else the sheet's name.
 */
import { mergeAt, type Sheet } from "../core/grid";
import { cellText } from "./normalize/text";
import type { Recognition } from "./recognize";

/** A 摘要 or 类别 that says money came in (下达, 收到…资金, 利息收入), not that it was paid out. */
// (A bank statement's 摘要 says it shorter: "收区财政局拨入…专项资金", "收区级配套资金", "结息".)
export const INCOME_WORDS = /^(?:下达|收入|拨入|到账|收到|入账|收(?![款费])|结息)|利息收入|收到.*资金/;

export type BookSide = "借方" | "贷方";

/** The side of a book that is not `side`. */
export function otherSide(side: BookSide): BookSide {
  return side === "贷方" ? "借方" : "贷方";
}

/** Rows looked at to tell a book's sides apart. */
const SIDE_ROWS = 500;

/** A year the programme's books can be in (written "2020年", "2020", "二〇二〇年" is not read). */
const YEAR = /(?:^|[^\d])((?:19|20)\d\d)(?:年|$|[^\d])/;

function yearIn(text: string): number | undefined {
  const m = YEAR.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * The recognition with the 月 | 日 row under its header taken into the header (columns month and
 * day) and the year the dates are in; unchanged when the row under the header is no such row.
 */
export function withMonthDayRow(sheet: Sheet, rec: Recognition): Recognition {
  if (rec.kind !== "funds" || "date" in rec.columns || rec.sideways) return rec;
  // (A header of two rows read whole already, "2020年 | | 凭证 | 摘要…" over "月 | 日 | 字 | 号": its year.)
  if (rec.columns.month !== undefined) {
    if (rec.bookYear !== undefined) return rec;
    const year = yearOfBook(sheet, rec.headerRow - rec.headerRows + 1, rec.columns.month);
    return year ? { ...rec, bookYear: year } : rec;
  }
  const below = sheet.rows[rec.headerRow + 1] ?? [];
  let month = -1;
  let day = -1;
  for (let c = 0; c < below.length; c++) {
    const t = cellText(below[c]).replace(/\s+/g, "");
    if (t === "") continue;
    if (t === "月" && month < 0) month = c;
    else if (t === "日" && day < 0) day = c;
    else return rec;
  }
  if (month < 0 || Object.values(rec.columns).includes(month) || (day >= 0 && Object.values(rec.columns).includes(day))) return rec;
  const year = yearOfBook(sheet, rec.headerRow, month);
  const columns: Record<string, number> = { ...rec.columns, month };
  const headers: Record<string, string> = { ...rec.headers, month: "月" };
  if (day >= 0) {
    columns.day = day;
    headers.day = "日";
  }
  return { ...rec, headerRow: rec.headerRow + 1, headerRows: 2, columns, headers, ...(year ? { bookYear: year } : {}) };
}

/** The year above the 月 column (a merged group cell), else in a line above the header, else the sheet's name. */
function yearOfBook(sheet: Sheet, headerRow: number, monthCol: number): number | undefined {
  const merged = mergeAt(sheet.merges, headerRow, monthCol);
  const above = merged ? sheet.rows[merged.top]?.[merged.left] : sheet.rows[headerRow]?.[monthCol];
  const fromHeader = yearIn(cellText(above ?? null));
  if (fromHeader) return fromHeader;
  for (let r = 0; r < headerRow; r++)
    for (const v of sheet.rows[r] ?? []) {
      const y = yearIn(cellText(v));
      if (y) return y;
    }
  return yearIn(sheet.name);
}

/** A side's header saying what it holds: 借方发生额（支出）, 贷方发生额（收入）. */
const SAYS_OUT = /[（(]\s*(?:支出|付出|付款|拨付)\s*[)）]/;
const SAYS_IN = /[（(]\s*(?:收入|收款|存入|到账|收到(?:资金|款项)?)\s*[)）]/;

/**
 * A bank statement whose sides say in brackets which pays out (借方发生额（支出） | 贷方发生额（收入）): that side,
 * whatever the book's usual way round; undefined when no side says so.
 */
function sidesSaid(sheet: Sheet, rec: Recognition): Recognition | undefined {
  const top = rec.headerRow - rec.headerRows + 1;
  const width = Math.max(0, ...Array.from({ length: rec.headerRows }, (_, i) => (sheet.rows[top + i] ?? []).length));
  const headerOf = (c: number) =>
    Array.from({ length: rec.headerRows }, (_, i) => cellText(sheet.rows[top + i]?.[c] ?? null))
      .join("")
      .replace(/\s+/g, "");
  const heads = Array.from({ length: width }, (_, c) => headerOf(c));
  const said = heads.findIndex((h) => /借方|贷方/.test(h) && SAYS_OUT.test(h));
  if (said < 0) return undefined;
  const out = sideTotal(sheet, top, said) ?? said;
  const into = heads.findIndex((h) => /借方|贷方/.test(h) && SAYS_IN.test(h));
  const side = /借方|贷方/.exec(heads[said])?.[0] as BookSide;
  return {
    ...rec,
    columns: { ...rec.columns, amount: out, ...(into >= 0 ? { income: into } : {}) },
    headers: { ...rec.headers, amount: heads[out], ...(into >= 0 ? { income: heads[into] } : {}) },
    bookPaysOn: side,
  };
}

/**
 * A side spread over a column per project, its total at the end (a 多栏式 book: 借方（支出） merged over 中心建设 |
 * 站点建设 | … | 借方合计): the total's column, each payment once.
 */
function sideTotal(sheet: Sheet, top: number, c: number): number | undefined {
  const group = mergeAt(sheet.merges, top, c);
  if (!group || group.right === group.left || group.bottom !== top) return undefined;
  const under = sheet.rows[top + 1] ?? [];
  for (let k = group.right; k >= group.left; k--) if (/合计|小计|总计/.test(cellText(under[k] ?? null))) return k;
  return undefined;
}

/** A 摘要 saying money went out: 付…首期款, 支付, 拨付, 预付. */
const PAY_WORDS = /^(?:付|支付|拨付|预付|支)(?!.*(?:收到|退回|退还))/;

/**
 * Which side of a 借方 | 贷方 book pays out. A fund account kept as a bank deposit (the usual case)
 * receives on the debit side and pays on the credit side, so 贷方 is taken for payments; a book
 * kept the other way round (专项应付款) shows it in its own rows: where the 摘要 says money came in
 * (收到…资金, 下达), the amount stands in the column that receives. The recognition records the
 * side it pays on (`bookPaysOn`), so the clerk is told which column was counted.
 */
export function withBookSides(sheet: Sheet, rec: Recognition): Recognition {
  const said = rec.kind === "funds" ? sidesSaid(sheet, rec) : undefined;
  if (said) return said;
  const paid = rec.columns.amount;
  const received = rec.columns.income;
  const side = (field: string) => /借方|贷方/.exec((rec.headers[field] ?? "").replace(/\s+/g, ""))?.[0] as BookSide | undefined;
  const paysOn = side("amount");
  const other = side("income");
  if (rec.kind !== "funds" || paid === undefined || received === undefined || !paysOn || !other || paysOn === other) return rec;
  const project = rec.columns.project;
  let incomeInPaid = 0;
  let incomeInReceived = 0;
  let paidOnly = 0;
  let receivedOnly = 0;
  let payInPaid = 0;
  let payInReceived = 0;
  for (let r = rec.headerRow + 1; r < Math.min(sheet.rows.length, rec.headerRow + 1 + SIDE_ROWS); r++) {
    const row = sheet.rows[r] ?? [];
    const inPaid = cellText(row[paid] ?? null) !== "";
    const inReceived = cellText(row[received] ?? null) !== "";
    if (inPaid && !inReceived) paidOnly++;
    if (inReceived && !inPaid) receivedOnly++;
    const said = project === undefined ? "" : cellText(row[project] ?? null).replace(/\s+/g, "");
    if (PAY_WORDS.test(said) && inPaid !== inReceived) {
      if (inPaid) payInPaid++;
      else payInReceived++;
    }
    if (project === undefined || !INCOME_WORDS.test(said)) continue;
    if (inPaid && !inReceived) incomeInPaid++;
    if (inReceived && !inPaid) incomeInReceived++;
  }
  // The 摘要 decides: its words of income, else its words of paying (an expense account, 行政支出, pays on the
  // debit side: "付…首期款" there); without either, a side with no amounts at all is not the paying one.
  const noIncome = incomeInPaid === 0 && incomeInReceived === 0;
  const swap =
    incomeInPaid > incomeInReceived || (noIncome && (payInReceived > payInPaid || (payInReceived === 0 && payInPaid === 0 && paidOnly === 0 && receivedOnly > 0)));
  if (!swap) return { ...rec, bookPaysOn: paysOn };
  return {
    ...rec,
    columns: { ...rec.columns, amount: received, income: paid },
    headers: { ...rec.headers, amount: rec.headers.income, income: rec.headers.amount },
    bookPaysOn: other,
  };
}
