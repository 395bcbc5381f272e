/**
 * An inspection sheet laid out like a factory's equipment check (点检表): each line's standard, its record and a
 * 判定 column marked OK (meets it), NG (does not) or △ (not judged yet), — where only a value is recorded. A
 * reviewer takes OK as a yes and NG as a no, and reads nothing from a line still to be judged.
 */

/**
 * The verdict column's header. (A 晴雨表's 晴雨 column is one too: its weather marks answer each line as its legend
 * says, ☀ 已完成, ⛅ 推进中, 🌧 未完成 — written as 是 / 否 by ./legend before the table is read.)
 */
export const VERDICT_HEADER = /^(?:判定|判定结果|点检结论|检查结论|晴雨|晴雨情况|晴雨状态)$/;

/** What a verdict mark says: met, not met, not judged yet ("open"), or nothing (— or another mark). */
export function verdictOf(mark: string): boolean | "open" | undefined {
  const t = mark.replace(/\s+/g, "");
  if (/^(?:OK|ＯＫ|合格|符合)$/i.test(t)) return true;
  if (/^(?:NG|ＮＧ|不合格|不符合)$/i.test(t)) return false;
  if (/^(?:△|待确认|待定)$/.test(t)) return "open";
  if (t === "是") return true;
  if (t === "否") return false;
  return undefined;
}
