/**
 * A station list kept as snapshots: each quarter the clerk lists every station then running again,
 * under the period's own title and header (每季度末把在运营的站点全部重新列一遍). A station is one
 * record, as first listed; its later listings are the same station, even renamed (兰石村电商服务站 →
 * 兰石村益农电商服务站: same village, same day hung, same keeper). A station a later period says is
 * closed (已撤销, 2021年5月撤销) runs no more and is no record.
 */
import type { Diagnostics } from "../core/diagnostics";
import type { Sheet } from "../core/grid";
import { compact } from "./normalize/text";
import type { StationRecord } from "./records";
import type { LDate } from "../scoring/dates";

/**
 * Words saying a station runs no more. read-kinds' CLOSED adds 取消 for a station's own status
 * column; a whole row's remark cancels other things too (取消培训, 取消预约), so it is not looked for here.
 */
export const CLOSED_WORDS = "撤销|撤并|撤除|关闭|停止运营|停运|停业|注销|已撤";
const CLOSED = new RegExp(CLOSED_WORDS);
/**
 * The first characters of the closing words: a cell holding none (nearly every cell of 100,000
 * listings) says no closing word, and is not compacted to look. (Compacting only drops spaces and
 * folds full-width letters: it never makes one of these.)
 */
const CLOSED_START = new RegExp(`[${[...new Set(CLOSED_WORDS.split("|").map((w) => w[0]))].join("")}]`);
const saysClosed = (v: unknown): boolean => typeof v === "string" && CLOSED_START.test(v) && CLOSED.test(compact(v));

/** Fewer relistings than this are a list's own slips, not a sheet kept as snapshots. */
const SNAPSHOT_RELISTS = 3;

/**
 * The station first listed under each of a listing's identities: its village and name, and its village, day
 * hung and keeper together. Kept in maps of the listing's own texts (the day as a number), not under
 * a key text made for each listing: 100,000 listings name a few hundred stations, and making and
 * hashing two new texts for each cost more than all the rest of this pass.
 */
class FirstListed {
  /**
   * Village key → name → first listing. (A name alone is no identity: shops' stations in several villages share
   * one, 惠民超市电商服务站, each its village's own.)
   */
  private readonly byName = new Map<string, Map<string, number>>();
  /** Village key → day → keeper → first listing. */
  private readonly byVisit = new Map<string, Map<number, Map<string, number>>>();
  /** A visit whose parts a plain key cannot hold apart (a "|" in a text, an odd day): its key text, as before. */
  private readonly odd = new Map<string, number>();

  /** The first listing under any of `s`'s identities (looked up in their order: name, then visit); `i` noted under those it lacked. */
  firstOf(s: StationRecord, i: number): number {
    const name = s.name ? compact(s.name) : undefined;
    const contact = s.opened && s.contact ? compact(s.contact) : undefined;
    let names = name === undefined ? undefined : this.byName.get(s.villageKey);
    if (name !== undefined && !names) this.byName.set(s.villageKey, (names = new Map()));
    const byName = name === undefined ? undefined : names?.get(name);
    let visits: Map<string, number> | undefined;
    let oddKey: string | undefined;
    let byVisit: number | undefined;
    if (s.opened && contact !== undefined) {
      const day = dayNumber(s.opened);
      if (day === undefined || s.villageKey.includes("|") || contact.includes("|")) {
        oddKey = `v:${s.villageKey}|${s.opened.y}-${s.opened.m}-${s.opened.d ?? ""}|${contact}`;
        byVisit = this.odd.get(oddKey);
      } else {
        let days = this.byVisit.get(s.villageKey);
        if (!days) this.byVisit.set(s.villageKey, (days = new Map()));
        visits = days.get(day);
        if (!visits) days.set(day, (visits = new Map()));
        byVisit = visits.get(contact);
      }
    }
    const first = byName ?? byVisit ?? i;
    if (name !== undefined && byName === undefined) names?.set(name, first);
    if (byVisit === undefined) {
      if (visits && contact !== undefined) visits.set(contact, first);
      else if (oddKey !== undefined) this.odd.set(oddKey, first);
    }
    return first;
  }
}

/** y-m-d as one number, for a day of the calendar (a month alone has d 0); undefined for any other. */
function dayNumber(d: LDate): number | undefined {
  const day = d.d ?? 0;
  if (!Number.isInteger(d.y) || d.y < 0 || d.y > 9999 || !Number.isInteger(d.m) || d.m < 1 || d.m > 12) return undefined;
  if (!Number.isInteger(day) || day < 0 || day > 31 || (d.d !== undefined && day === 0)) return undefined;
  return (d.y * 100 + d.m) * 100 + day;
}

export function oncePerStation(sheet: Sheet, stations: StationRecord[], diags: Diagnostics): StationRecord[] {
  const listed = new FirstListed();
  const group: number[] = [];
  for (let i = 0; i < stations.length; i++) group.push(listed.firstOf(stations[i], i));
  let relists = 0;
  for (let i = 0; i < group.length; i++) if (group[i] !== i) relists++;
  if (relists < SNAPSHOT_RELISTS) return stations;
  const closed = new Set<number>();
  for (let i = 0; i < stations.length; i++) {
    // (Each text cell looked at alone: a row's cells joined for 300,000 listings cost more than the words.)
    const row = sheet.rows[stations[i].source.row - 1] ?? [];
    if (row.some(saysClosed)) closed.add(group[i]);
  }
  const kept: StationRecord[] = [];
  const relisted: number[] = [];
  for (let i = 0; i < stations.length; i++) {
    const s = stations[i];
    const name = s.name ?? s.village;
    if (closed.has(group[i])) {
      if (group[i] === i)
        diags.repeated("info", `站点“${name}”在后面的一期注明已撤销，不计入`, "后面一期注明已撤销的站点不计入", name, sheet.name, `${s.source.row}:${s.source.row}`);
      continue;
    }
    if (group[i] !== i) relisted.push(i);
    else kept.push(s);
  }
  sayRelisted(sheet, stations, group, relisted, diags);
  return kept;
}

/** One line for all the relistings, naming the rows and a few of them with the row first listed. */
function sayRelisted(sheet: Sheet, stations: StationRecord[], group: number[], relisted: number[], diags: Diagnostics): void {
  if (relisted.length === 0) return;
  const rowOf = (i: number) => stations[i].source.row;
  const examples = relisted
    .slice(0, 3)
    .map((i) => `第 ${rowOf(i)} 行同第 ${rowOf(group[i])} 行`)
    .join("、");
  const first = rowOf(relisted[0]);
  const last = rowOf(relisted[relisted.length - 1]);
  const rows = relisted.length === 1 ? `第 ${first} 行` : `第 ${first}–${last} 行中共 ${relisted.length} 行`;
  diags.info(`${rows}是前面已列站点在后面一期的重列，只计一次（${examples}${relisted.length > 3 ? " 等" : ""}）`, sheet.name, `${first}:${last}`);
}
