/**
 * A register keeping several of a row's records side by side, each under a merged group header of its
 * own over the same sub-headers: a trainee's times (第一次 | 第二次 | 第三次, each over 日期 | 期次), or a
 * village's stations (站点一 | 站点二, each over 站点名称 | 挂牌时间). Every group filled in is a record of
 * its own, as a reviewer counts them (as a row's several days written in one cell are). Groups naming the
 * days of one class (第一天 | 第二天, 上午 | 下午) are not times: such a class's trainee counts once.
 */
import { mergeAt, type Sheet } from "../core/grid";
import type { Recognition } from "./recognize";
import { spacelessText } from "./normalize/text";
import { oncePerRecognition } from "./per-recognition";

export interface RepeatedGroup {
  /** The group header (第二次, 站点二). */
  name: string;
  /** The column, in this group, of the field the recognition found in the first group. */
  col: number;
  /** The column, in this group, of a second field of the first group (its 期次, its 站点名称). */
  other?: number;
}

/** The groups side by side from the one holding column `col`, with `other`'s column in each; undefined when none. */
function groupsFrom(sheet: Sheet, rec: Recognition, col: number | undefined, other: number | undefined): RepeatedGroup[] | undefined {
  if (col === undefined || rec.headerRow < 1) return undefined;
  const groupRow = rec.headerRow - 1;
  const sub = sheet.rows[rec.headerRow] ?? [];
  const key = (c: number) => spacelessText(sub[c] ?? null);
  const first = mergeAt(sheet.merges, groupRow, col);
  if (!first || first.top !== groupRow || first.bottom !== groupRow || first.right === first.left || key(col) === "") return undefined;
  const offset = col - first.left;
  const width = first.right - first.left;
  const otherOffset = other !== undefined && other >= first.left && other <= first.right ? other - first.left : undefined;
  const out: RepeatedGroup[] = [];
  for (let left = first.left; left < sub.length; left += width + 1) {
    const group = mergeAt(sheet.merges, groupRow, left);
    if (!group || group.left !== left || group.right - group.left !== width || group.top !== groupRow || group.bottom !== groupRow) break;
    if (key(left + offset) !== key(col)) break;
    out.push({ name: spacelessText(sheet.rows[groupRow]?.[left] ?? null), col: left + offset, other: otherOffset === undefined ? undefined : left + otherOffset });
  }
  return out.length >= 2 ? out : undefined;
}

/** A group header naming a time: 第二次, 第3次参训, 再次参训. */
const TIME = /次/;
/** …not a day or half-day of one class. */
const DAY_OF_CLASS = /天|日|上午|下午|晚上/;

/** A trainee register's times, the first one the recognition's own date column (`other`: each time's 期次). */
export const repeatedTimes = oncePerRecognition((sheet: Sheet, rec: Recognition): RepeatedGroup[] | undefined => {
  if (rec.kind !== "training") return undefined;
  const groups = groupsFrom(sheet, rec, rec.columns.date, rec.columns.topic);
  return groups?.every((g) => TIME.test(g.name) && !DAY_OF_CLASS.test(g.name)) ? groups : undefined;
});

/** A village's stations side by side, the first one the recognition's own 挂牌时间 (`other`: each one's name). */
export const repeatedStations = oncePerRecognition((sheet: Sheet, rec: Recognition): RepeatedGroup[] | undefined =>
  rec.kind === "stations" ? groupsFrom(sheet, rec, rec.columns.opened, rec.columns.name) : undefined,
);
