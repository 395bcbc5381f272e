/**
 * A checklist answered in its own marks, explained in a note: "“绿”表示已落实，“红”表示未落实",
 * "●表示已完成（具备），○表示未完成". Each mark the legend explains reads as 是 or 否; so do a form's
 * codes for its 是否 lines ("1=是，2=否").
 */
import type { Sheet } from "../../core/grid";
import { parseYesNo } from "../normalize/yesno";

// (A mark may carry its name before the sign, "☀ 晴＝已完成", "⛅ 多云＝推进中（按未完成计）"; 不涉及 is no answer.)
const LEGEND =
  /[“"‘']?([^\s“”"‘’，,；;：:、。()（）\d]{1,2})[”"’']?\s*(?:[\u4e00-\u9fff]{1,2}\s*(?=[＝=]))?(?:表示|代表|即为|即|为|=|＝)\s*(已|未|不(?!涉及|适用)|没有|尚未|具备|不具备|推进中|部分|有|无)/g;
/** A legend's entry for the veto lines ("一票否决项 ☀＝未触及否决情形"): the same mark says the opposite there. */
const VETO_ENTRY = /否决[^，,；;。\u3000]{0,6}$/;
/** A veto line: what must not have happened. */
const VETO_LINE = /一票否决|安全生产|质量事故|重大损失|弄虚作假|严重滞后/;

export function withLegend(sheet: Sheet): Sheet {
  const marks = new Map<string, string>();
  const vetoMarks = new Map<string, string>();
  for (const row of sheet.rows)
    for (const v of row)
      if (typeof v === "string" && /表示|代表|[=＝]/.test(v))
        for (const m of v.matchAll(LEGEND)) {
          // (A word the reader knows is no mark to explain; a symbol is what its legend says, ○＝有 too.)
          if (parseYesNo(m[1]) !== undefined && !/^[○●◎△×√✓✗]$/.test(m[1])) continue;
          // (On a veto line the mark answers whether the veto's case happened: 未触及 is a no.)
          (VETO_ENTRY.test(v.slice(0, m.index)) ? vetoMarks : marks).set(m[1], /^(?:已|具备|有)/.test(m[2]) ? "是" : "否");
        }
  // A statistical form's codes: "“是否”类指标填代码：1=是，2=否" — the codes of its 是否 lines only.
  const codes = new Map<number, string>();
  for (const row of sheet.rows)
    for (const v of row)
      if (typeof v === "string" && /代码/.test(v)) for (const m of v.matchAll(CODE_LEGEND)) codes.set(Number(m[1]), /^[是有能]/.test(m[2]) ? "是" : "否");
  if (marks.size === 0 && vetoMarks.size === 0 && codes.size === 0) return sheet;
  return {
    ...sheet,
    rows: sheet.rows.map((row) => {
      const asks = codes.size > 0 && row.some((v) => typeof v === "string" && /是否|能否|有无/.test(v));
      const own = vetoMarks.size > 0 && row.some((v) => typeof v === "string" && VETO_LINE.test(v)) ? vetoMarks : marks;
      return row.map((v) => {
        const mark = typeof v === "string" ? (own.get(v.trim()) ?? marks.get(v.trim())) : undefined;
        return mark ?? (asks && typeof v === "number" && codes.has(v) ? (codes.get(v) as string) : v);
      });
    }),
  };
}

const CODE_LEGEND = /(\d)\s*(?:=|＝|表示|代表|为)\s*(是|否|有|无|能|不能)/g;
