/**
 * A clerk's worksheet by steps (遂溪's 自评底表（查·算·评）: 评价指标 | 步骤 | 内容): under each indicator,
 * 查 rows say what the files show, 算 rows the clerk's own arithmetic (146÷200＝73%, 5,250÷500,000 —
 * figures that are no inputs), and a 评 row the clerk's points, the judged items' split written
 * inside ("3分（管理制度2分＋工作台账1分）", "9分＝网销调研2＋促销活动2＋…"). A reviewer reads the 查 rows as
 * the facts, skips the arithmetic, and takes the 评 row as the indicator's claim and its items' points.
 * So does the reader: 算 rows are left out, and a 评 row is written as the claim line it is
 * ("项目管理：管理制度2分，工作台账1分，合计自评3分", "组织领导自评2分").
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText, spacelessText } from "../normalize/text";
import { tableEnd } from "./table-end";

const STEP_HEAD = /^(?:步骤|环节|步骤类别)$/;
const NAME_HEAD = /指标|项目|事项/;
/** The points first, the split after in brackets or after ＝. */
const POINTS = /^(\d+(?:\.\d+)?)\s*分\s*(?:[（(](.*)[)）]|[＝=](.*))?\s*[。.]?$/s;
const ITEM = /^([\u4e00-\u9fff]{2,14}?)\s*(\d+(?:\.\d+)?)\s*分?$/;

/** The items' points a split lists ("管理制度2分＋工作台账1分"), or none unless every part is one. */
function itemsOf(split: string | undefined): string[] {
  const parts = (split ?? "")
    .split(/[＋+、，,；;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const items = parts.map((p) => ITEM.exec(p));
  return items.length >= 2 && items.every(Boolean) ? items.map((m) => `${(m as RegExpExecArray)[1]}${(m as RegExpExecArray)[2]}分`) : [];
}

export function withStepRows(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  sheet.rows.forEach((header, h) => {
    const keys = (header ?? []).map((v) => spacelessText(v ?? null));
    const step = keys.findIndex((k) => STEP_HEAD.test(k));
    const name = keys.findIndex((k, c) => c < step && NAME_HEAD.test(k));
    if (step < 0 || name < 0) return;
    const content = keys.findIndex((k, c) => c > step && k !== "");
    if (content < 0) return;
    const end = tableEnd(sheet, h);
    const steps = sheet.rows.slice(h + 1, end).map((row) => spacelessText(row?.[step] ?? null));
    if (steps.filter((s) => s === "评").length < 3 || steps.filter((s) => s === "查").length < 3) return;
    rows ??= sheet.rows.map((r) => r);
    let indicator = "";
    for (let r = h + 1; r < end; r++) {
      const row = sheet.rows[r] ?? [];
      const named = cellText(row[name] ?? null)
        .replace(/[（(][^（()）]*[)）]\s*$/, "")
        .trim();
      if (named) indicator = named;
      const kind = spacelessText(row[step] ?? null);
      if (kind !== "算" && kind !== "评") continue;
      const out = [...row];
      out[step] = null;
      if (kind === "算") out[content] = null;
      else {
        const said = POINTS.exec(cellText(row[content] ?? null).trim());
        if (said && indicator) {
          const items = itemsOf(said[2] ?? said[3]);
          out[content] = items.length > 0 ? `${indicator}：${items.join("，")}，合计自评${said[1]}分` : `${indicator}自评${said[1]}分`;
        }
      }
      rows[r] = out;
    }
  });
  return rows ? { ...sheet, rows } : sheet;
}
