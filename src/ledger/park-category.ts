/**
 * A registry export (企查查, 天眼查) kept as the park's list, the clerk's own columns added at its right: its 企业类型
 * is the firm's legal form (有限责任公司（自然人独资）), and the park's category the added 园区企业类别 (销售型,
 * 电商运营商). A reviewer reads the category from the added column; so does the reader.
 */
import type { Sheet } from "../core/grid";
import { cellText, compact } from "./normalize/text";
import type { Recognition } from "./recognize";

const PARK_CATEGORY = /^园区(?:企业|入驻企业)?(?:类别|类型|分类)/;

export function withParkCategory(sheet: Sheet, rec: Recognition): Recognition {
  if (rec.kind !== "enterprises" || rec.mapped || rec.columns.type === undefined) return rec;
  const head = sheet.rows[rec.headerRow] ?? [];
  const said = compact(cellText(head[rec.columns.type] ?? null));
  if (PARK_CATEGORY.test(said)) return rec;
  const c = head.findIndex((v) => PARK_CATEGORY.test(compact(cellText(v ?? null))));
  if (c < 0 || Object.values(rec.columns).includes(c)) return rec;
  return { ...rec, columns: { ...rec.columns, type: c }, headers: { ...rec.headers, type: cellText(head[c] ?? null) } };
}
