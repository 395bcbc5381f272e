/**
 * The stations a sample is drawn from, read from the ledgers: every station record with its
 * ledger row, and whether its village is a provincial poor village — by the poor-village list
 * when the workbook has one, else by the villages list's 是否省定贫困村 column, as the scoring does
 * (src/ledger/derive.ts deriveVillageFacts).
 */
import type { Ledgers } from "../ledger/records";
import type { SampleStation } from "./sample";

export function poorVillageKeys(l: Ledgers): Set<string> | undefined {
  if (l.poorVillages.length > 0) return new Set(l.poorVillages.map((p) => p.key));
  if ((l.columnsPresent.villages ?? []).includes("poor")) return new Set(l.villages.filter((v) => v.poor === true && v.type === "admin").map((v) => v.key));
  return undefined;
}

export function sampleStations(l: Ledgers): SampleStation[] {
  const poor = poorVillageKeys(l);
  // (A station not open yet is no station to visit.)
  return l.stations
    .filter((s) => !s.pending)
    .map((s) => {
      const out: SampleStation = { sheet: s.source.sheet, row: s.source.row, village: s.village, poor: poor ? poor.has(s.villageKey) : null };
      if (s.name) out.name = s.name;
      if (s.town) out.town = s.town;
      if (s.address) out.address = s.address;
      if (s.contact) out.contact = s.contact;
      if (s.phone) out.phone = s.phone;
      return out;
    });
}
