/**
 * One log kept as several side by side, with no empty column between: a column's register of what
 * it published, a group per section ("一、创建方案 | 二、项目基本信息 | 三、项目建设进度 | 四、征求意见及
 * 监督举报", each merged over 发布日期 | 标题). A reviewer reads every group's rows; so does the reader:
 * each group is read as a table of its own (the other columns blanked, every cell keeping its address).
 * So are two logs kept side by side on one row a month (kindGroupBlocks).
 */
import { mergeAt, type Merge, type Sheet } from "../core/grid";
import { cellText, compact, isNoteText } from "./normalize/text";
import type { Block } from "./stacked";

/** Header rows looked at. */
const HEAD_ROWS = 10;

/** The group headers merged across row r, left to right. */
const groupsAt = (merges: readonly Merge[], r: number) => merges.filter((m) => m.top === r && m.bottom === r && m.right > m.left).sort((a, b) => a.left - b.left);

/** The sub-headers under a group header on row r, joined: "发布日期|标题". */
const subHeaders = (sheet: Sheet, r: number, g: Merge) =>
  Array.from({ length: g.right - g.left + 1 }, (_, i) => compact(cellText(sheet.rows[r + 1]?.[g.left + i] ?? null))).join("|");

/** The column groups under a row of merged group headers repeating one sub-header; undefined for any other sheet. */
export function columnGroupBlocks(sheet: Sheet): Block[] | undefined {
  const merges = sheet.merges ?? [];
  for (let r = 0; r + 1 < Math.min(sheet.rows.length, HEAD_ROWS); r++) {
    const groups = groupsAt(merges, r);
    if (groups.length < 2) continue;
    const width = groups[0].right - groups[0].left;
    // Side by side, one as wide as the next.
    if (groups.some((g, i) => g.right - g.left !== width || (i > 0 && g.left !== groups[i - 1].right + 1))) continue;
    // The same sub-headers under each ("发布日期 | 标题").
    const under = (g: Merge) => subHeaders(sheet, r, g);
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

/** Columns beside the groups that are the row's own key (月份, 序号), read with each group. */
const MAX_KEYS = 2;

/** A group header over a village list's columns: 村（居）基本情况, 行政村情况, 村居信息. */
const VILLAGES_GROUP = /^(?:村[（(]居[)）](?:委会)?|村居|行政村|建制村)(?:基本)?(?:情况|信息|名单)?$/;
/** …and over the stations' beside it: 村级电子商务服务站点, 电商服务站点情况, 站点信息. */
const STATIONS_GROUP = /站点|服务站/;

/** A village list's name column among its group's sub-headers: 村（居）委会, 行政村名称. */
function villageNameColumn(sheet: Sheet, r: number, g: Merge): number | undefined {
  for (let c = g.left; c <= g.right; c++)
    if (/^(?:村[（(]居[)）](?:委会|民委员会)?|村委会|行政村|村名)(?:名称)?$/.test(compact(cellText(sheet.rows[r]?.[c] ?? null)))) return c;
  return undefined;
}

/**
 * Two logs kept on one row a month, each under its merged group header with sub-headers of its own: 月份 |
 * 向市商务局报送（报送日期 | 报送内容 | 含电商扶贫统计）| 专栏更新（更新日期 | 更新内容）. Each group is a table
 * of its own, read with the row's key columns beside the groups (the 月份 giving the year of days written
 * 8月10日). The caller keeps the groups only when they are logs of different kinds. So are a village list and its
 * villages' stations on the same rows (村（居）基本情况 | 村级电子商务服务站点), each read from its group header down.
 */
export function kindGroupBlocks(sheet: Sheet): Block[] | undefined {
  const merges = sheet.merges ?? [];
  const text = (r: number, c: number) => compact(cellText(sheet.rows[r]?.[c] ?? null));
  for (let r = 0; r + 1 < Math.min(sheet.rows.length, HEAD_ROWS); r++) {
    const groups = groupsAt(merges, r);
    if (groups.length < 2 || groups.some((g) => text(r, g.left) === "")) continue;
    const inGroup = (c: number) => groups.some((g) => c >= g.left && c <= g.right);
    const width = Math.max(sheet.rows[r]?.length ?? 0, sheet.rows[r + 1]?.length ?? 0);
    // Beside the groups only the row's key, its header merged down over both rows: no other column.
    const keys: number[] = [];
    let beside = false;
    for (let c = 0; c < width; c++) {
      if (inGroup(c)) continue;
      const down = mergeAt(merges, r, c);
      if (text(r, c) !== "" && down && down.top === r && down.bottom > r && down.left === c && down.right === c) keys.push(c);
      else if (text(r, c) !== "" || text(r + 1, c) !== "") beside = true;
    }
    if (beside || keys.length > MAX_KEYS) continue;
    // Each group's sub-headers its own.
    const under = (g: Merge) => subHeaders(sheet, r, g);
    if (groups.some((g) => under(g).replace(/\|/g, "") === "") || new Set(groups.map(under)).size < groups.length) continue;
    // Each a log of its own, dated in its own column (报送日期, 更新日期): not one record's groups of fields (学员信息 | 培训信息).
    // (…or a village list with each village's station on its row, 村（居）基本情况 | 村级电子商务服务站点: two lists.)
    const titles = groups.map((g) => text(r, g.left));
    const villagesAndStations = titles.length === 2 && VILLAGES_GROUP.test(titles[0]) && STATIONS_GROUP.test(titles[1]);
    if (!villagesAndStations && !groups.every((g) => /日期|时间/.test(under(g)))) continue;
    // (The sheet's title above names both lists, 村（社区）基本情况及村级电子商务服务站点一览表: each is known by its group header.)
    const top = villagesAndStations ? r : 0;
    // (…each station placed by its row's village, the list's name column read with the stations.)
    const named = villagesAndStations ? villageNameColumn(sheet, r + 1, groups[0]) : undefined;
    return groups.map((g, i) => ({
      top,
      bottom: sheet.rows.length,
      left: g.left,
      right: g.right,
      alsoCols: i === 1 && named !== undefined ? [...keys, named] : keys,
      title: text(r, g.left),
    }));
  }
  return undefined;
}
