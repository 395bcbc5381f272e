/**
 * A village list laid out one column per town (民政 区划名录 printed 横排): the towns across a header row,
 * each column its villages down, then a "——社区——" line and its communities; a "▲" after a name marks a
 * province-designated poor village (阳西: a "★" before it). A town's count under its name ((22村4居)),
 * rows of counts under the lists (村委会（个） | 3 | 4 …) and notes are not villages. Each name is read as
 * a village of its column's town.
 */
import type { Diagnostics } from "../core/diagnostics";
import type { Sheet } from "../core/grid";
import { cellText } from "./normalize/text";
import { isResidentsCommittee, villageKey } from "./normalize/village";
import type { VillageRecord } from "./records";

export interface TownColumns {
  headerRow: number;
  /** Column → its town. */
  towns: Map<number, string>;
}

const TOWN = /^[\u4e00-\u9fff]{1,6}(?:镇|乡|街道)$/;
const VILLAGE = /^[▲△★*]?\s*[\u4e00-\u9fff]{1,8}(?:村|村委会|村民委员会|居委会|社区|居民委员会)\s*[▲△★*]?\s*[○◯]?$/;
// (…or a bare "社区：" over them.)
const COMMUNITIES = /^[—\-－=\s]{2,}\s*(?:社区|居委会|居民委员会)[^—\-－=]*[—\-－=\s]{2,}$|^(?:社区|居委会|社区居委会|居民委员会)\s*[:：]$/;
const POOR_MARK = /\s*[▲△★*]$|^[▲△★*]\s*/;
/** After a name, a village express delivery does not reach (连平's legend: 村名后“○”为快递未进村). */
const NO_EXPRESS = /\s*[○◯]$/;
/** A town's count under its name: (22村4居). */
const COUNT = /^[（(][^（()）]*\d[^（()）]*[)）]$/;
/** Fewest towns across that make such a list. */
const MIN_TOWNS = 4;

export function findTownColumns(sheet: Sheet): TownColumns | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, 10); r++) {
    const towns = new Map<number, string>();
    (sheet.rows[r] ?? []).forEach((v, c) => {
      const t = cellText(v ?? null).trim();
      if (TOWN.test(t)) towns.set(c, t);
    });
    if (towns.size < MIN_TOWNS) continue;
    // Under the towns, villages: most filled cells of the next rows are village names.
    let names = 0;
    let others = 0;
    for (const row of sheet.rows.slice(r + 1, r + 6))
      for (const c of towns.keys()) {
        const v = row?.[c] ?? null;
        const t = cellText(v).trim();
        // (The counts under a short list are figures, neither names nor words.)
        if (!t || typeof v === "number" || COUNT.test(t)) continue;
        if (VILLAGE.test(t) || COMMUNITIES.test(t)) names++;
        else others++;
      }
    if (names >= MIN_TOWNS * 2 && names > 3 * others) return { headerRow: r, towns };
  }
  return undefined;
}

export function readTownColumns(sheet: Sheet, tc: TownColumns, diags: Diagnostics): VillageRecord[] {
  const out: VillageRecord[] = [];
  const anyCell = (re: RegExp) => sheet.rows.some((row) => [...tc.towns.keys()].some((c) => re.test(cellText(row?.[c] ?? null).trim())));
  // A list that marks some names says by the mark's absence that the others are not so.
  const marked = anyCell(POOR_MARK);
  const expressMarked = anyCell(NO_EXPRESS);
  for (const [c, town] of tc.towns) {
    let communities = false;
    for (let r = tc.headerRow + 1; r < sheet.rows.length; r++) {
      const t = cellText(sheet.rows[r]?.[c] ?? null).trim();
      if (!t) continue;
      if (COMMUNITIES.test(t)) {
        communities = true;
        continue;
      }
      if (r === tc.headerRow + 1 && COUNT.test(t)) continue;
      // The counts under the lists (村委会（个） | 3 …) end the town's column.
      if (!VILLAGE.test(t)) break;
      const name = t.replace(NO_EXPRESS, "").replace(POOR_MARK, "");
      out.push({
        source: { sheet: sheet.name, row: r + 1 },
        town,
        name,
        key: villageKey(name),
        type: communities || isResidentsCommittee(name, undefined) ? "residents" : "admin",
        poor: POOR_MARK.test(t.replace(NO_EXPRESS, "")) ? true : marked ? false : null,
        express: NO_EXPRESS.test(t) ? false : expressMarked ? true : null,
      });
    }
  }
  diags.info(`工作表“${sheet.name}”按镇分列（每列一个镇），逐列读取村（居）委会`, sheet.name, `${tc.headerRow + 1}:${tc.headerRow + 1}`);
  return out;
}
