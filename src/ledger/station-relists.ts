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

function identities(s: StationRecord): string[] {
  const out: string[] = [];
  if (s.name) out.push(`n:${compact(s.name)}`);
  if (s.opened && s.contact) out.push(`v:${s.villageKey}|${s.opened.y}-${s.opened.m}-${s.opened.d ?? ""}|${compact(s.contact)}`);
  return out;
}

export function oncePerStation(sheet: Sheet, stations: StationRecord[], diags: Diagnostics): StationRecord[] {
  const firstOf = new Map<string, number>();
  const group: number[] = [];
  for (let i = 0; i < stations.length; i++) {
    const keys = identities(stations[i]);
    // The station first listed under any of its identities (looked up in their order).
    let first: number | undefined;
    for (const k of keys) if ((first = firstOf.get(k)) !== undefined) break;
    group.push(first ?? i);
    for (const k of keys) if (!firstOf.has(k)) firstOf.set(k, first ?? i);
  }
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
