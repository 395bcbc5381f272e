/**
 * One log kept as several side by side, with no empty column between: a column's register of what
 * it published, a group per section ("一、创建方案 | 二、项目基本信息 | 三、项目建设进度 | 四、征求意见及
 * 监督举报", each merged over 发布日期 | 标题). A reviewer reads every group's rows; so does the reader:
 * each group is read as a table of its own (the other columns blanked, every cell keeping its address).
 */
import type { Sheet } from "../core/grid";
import { cellText, compact, isNoteText } from "./normalize/text";
import type { Block } from "./stacked";

/** Header rows looked at. */
const HEAD_ROWS = 10;

/** The column groups under a row of merged group headers repeating one sub-header; undefined for any other sheet. */
export function columnGroupBlocks(sheet: Sheet): Block[] | undefined {
  const merges = sheet.merges ?? [];
  for (let r = 0; r + 1 < Math.min(sheet.rows.length, HEAD_ROWS); r++) {
    const groups = merges.filter((m) => m.top === r && m.bottom === r && m.right > m.left).sort((a, b) => a.left - b.left);
    if (groups.length < 2) continue;
    const width = groups[0].right - groups[0].left;
    // Side by side, one as wide as the next.
    if (groups.some((g, i) => g.right - g.left !== width || (i > 0 && g.left !== groups[i - 1].right + 1))) continue;
    // The same sub-headers under each ("发布日期 | 标题").
    const under = (g: (typeof groups)[number]) => Array.from({ length: width + 1 }, (_, i) => compact(cellText(sheet.rows[r + 1]?.[g.left + i] ?? null))).join("|");
    const first = under(groups[0]);
    if (first.replace(/\|/g, "") === "" || groups.some((g) => under(g) !== first)) continue;
    // Nothing outside the groups but a 序号: columns beside them holding a row's own fields (a contract's
    // 项目 and 合同金额 beside its 第一期 | 第二期 payments) make the groups parts of one record.
    const outside = (c: number) => c < groups[0].left || c > groups[groups.length - 1].right;
    const ownFields = sheet.rows
      .slice(r + 2)
      .some((row) => (row ?? []).some((v, c) => outside(c) && typeof v === "string" && v.trim() !== "" && !/^\d+$/.test(v.trim()) && !isNoteText(v)));
    if (ownFields) continue;
    return groups.map((g) => ({ top: 0, bottom: sheet.rows.length, left: g.left, right: g.right }));
  }
  return undefined;
}
