/**
 * A report log a month a row that keeps the 专栏's updates in columns of its own beside the report's:
 * 月份 | 月报报送日期 | 报送对象 | … | 专栏更新日期 | 当月更新条数. A reviewer reads it as the two logs it is,
 * the report log and the column's update log; recognition takes the table for what most of its
 * columns are (reports), so the update log is read again from the same rows with its own columns.
 */
import type { Sheet } from "../core/grid";
import { compact } from "./normalize/text";
import type { Recognition } from "./recognize";
import { rowTexts } from "./sheet-text";

/** An update's day column: 专栏更新日期, 栏目更新时间, 网站专栏发布日期. */
const UPDATE_DAY = /^(?:网站)?(?:专栏|栏目)(?:信息)?(?:更新|发布)(?:日期|时间)$/;
/** …and how many went up that month: 当月更新条数, 更新条数, 发布条数. */
const UPDATE_COUNT = /^(?:当月|本月)?(?:专栏)?(?:更新|发布)(?:条数|数量|篇数)$/;

/** The update log read from a report log's rows, when its header has an update-day column the reports did not take. */
export function updatesAlongside(sheet: Sheet, rec: Recognition): Recognition | undefined {
  if (rec.kind !== "reports" || rec.mapped || rec.block || rec.matrix || rec.headerRows !== 1) return undefined;
  const said = rowTexts(sheet, rec.headerRow);
  const header = said.map(compact);
  const taken = new Set(Object.values(rec.columns));
  const free = (test: RegExp) => header.findIndex((t, c) => !taken.has(c) && test.test(t));
  const date = free(UPDATE_DAY);
  if (date < 0) return undefined;
  const count = free(UPDATE_COUNT);
  const columns: Record<string, number> = count < 0 ? { date } : { date, count };
  const headers: Record<string, string> = Object.fromEntries(Object.entries(columns).map(([f, c]) => [f, said[c]]));
  return { ...rec, kind: "disclosures", columns, headers, fieldUnits: {}, alternatives: [] };
}
