/**
 * The inspection sample (抽查清单) the provincial review group draws from a county's stations.
 *
 * The indicator table says: "randomly view 30% of the village-station videos (including 50% of the
 * provincial poor-village stations) and visit 5 stations on site (including 2 in poor villages)".
 * Read precisely, as implemented here:
 *
 *  - 视频 (video): ceil(30% × all stations) stations, among them at least ceil(50% × the stations in
 *    provincial poor villages). The poor-village half is drawn first from the poor-village stations;
 *    the rest of the 30% is drawn from all stations not yet drawn (so more poor-village stations may
 *    come in). When half the poor-village stations is more than 30% of all stations, the video
 *    sample is that half (the poor-village rule is never cut to fit the 30%).
 *  - 现场 (on site): 5 stations, among them 2 in poor villages, drawn independently of the video
 *    sample (a station may be both viewed and visited). Fewer when fewer exist, and said so.
 *  - Every draw is uniform from a seeded generator (prng.ts: the seed text hashed, one stream per
 *    draw), so the same stations and the same seed always give the same list.
 *
 * Pure: the stations come from the ledgers (sample-stations.ts); no I/O.
 */
import { drawDistinct, seededRandom } from "./prng";

export interface SampleStation {
  /** Where the station's row is: sheet and one-based Excel row. */
  sheet: string;
  row: number;
  name?: string;
  village: string;
  town?: string;
  address?: string;
  contact?: string;
  phone?: string;
  /** In a provincial poor village (null: the workbook has no poor-village information). */
  poor: boolean | null;
}

export interface SampleRule {
  videoShare: number;
  videoPoorShare: number;
  onSite: number;
  onSitePoor: number;
}

export const GD_SAMPLE_RULE: SampleRule = { videoShare: 0.3, videoPoorShare: 0.5, onSite: 5, onSitePoor: 2 };

export interface DrawnStation extends SampleStation {
  video: boolean;
  onSite: boolean;
}

export interface SampleDraw {
  seed: string;
  rule: SampleRule;
  stations: number;
  poorStations: number;
  /** Sizes required by the rule and drawn. */
  videoRequired: number;
  videoPoorRequired: number;
  onSiteRequired: number;
  onSitePoorRequired: number;
  /** The drawn stations in the order of the given list (the ledgers' order). */
  drawn: DrawnStation[];
  /** Where the rule could not be met in full, and why (fewer stations than asked, …). */
  shortfalls: string[];
}

/** ceil that ignores float noise (0.3 × 10 is 3.0000000000000004). */
const ceil = (x: number) => Math.ceil(x - 1e-9);

export function drawSample(stations: readonly SampleStation[], seed: string, rule: SampleRule = GD_SAMPLE_RULE): SampleDraw {
  const all = stations.map((_, i) => i);
  const poor = all.filter((i) => stations[i].poor === true);
  const videoPoorRequired = ceil(poor.length * rule.videoPoorShare);
  const videoRequired = Math.max(ceil(stations.length * rule.videoShare), videoPoorRequired);
  const onSiteRequired = rule.onSite;
  const onSitePoorRequired = rule.onSitePoor;

  const videoRandom = seededRandom(seed, "视频");
  const video = new Set(drawDistinct(poor, videoPoorRequired, videoRandom));
  for (const i of drawDistinct(
    all.filter((i) => !video.has(i)),
    videoRequired - video.size,
    videoRandom,
  ))
    video.add(i);

  const siteRandom = seededRandom(seed, "现场");
  const site = new Set(drawDistinct(poor, onSitePoorRequired, siteRandom));
  for (const i of drawDistinct(
    all.filter((i) => !site.has(i)),
    onSiteRequired - site.size,
    siteRandom,
  ))
    site.add(i);

  const shortfalls: string[] = [];
  const noPoorInfo = stations.length > 0 && stations.every((s) => s.poor === null);
  if (stations.length === 0) shortfalls.push("台账中没有站点，无法抽查 / no stations in the ledgers");
  if (noPoorInfo) shortfalls.push("工作簿中没有省定贫困村名单或贫困村标记，贫困村站点无法单独抽取 / no poor-village information");
  if (stations.length > 0 && stations.length < onSiteRequired)
    shortfalls.push(
      `站点只有 ${stations.length} 个，现场检查 ${stations.length} 个（应为 ${onSiteRequired} 个）/ only ${stations.length} stations for ${onSiteRequired} on-site visits`,
    );
  if (!noPoorInfo && poor.length < onSitePoorRequired)
    shortfalls.push(
      `贫困村站点只有 ${poor.length} 个，其中现场检查 ${poor.length} 个（应为 ${onSitePoorRequired} 个）/ only ${poor.length} poor-village stations for ${onSitePoorRequired} on-site visits`,
    );

  const drawn: DrawnStation[] = all.filter((i) => video.has(i) || site.has(i)).map((i) => ({ ...stations[i], video: video.has(i), onSite: site.has(i) }));
  return {
    seed,
    rule,
    stations: stations.length,
    poorStations: poor.length,
    videoRequired: Math.min(videoRequired, stations.length),
    videoPoorRequired,
    onSiteRequired: Math.min(onSiteRequired, stations.length),
    onSitePoorRequired: Math.min(onSitePoorRequired, poor.length),
    drawn,
    shortfalls,
  };
}

/** One line: how many stations and poor-village stations were drawn, with the seed. */
export function sampleSummary(d: SampleDraw): string {
  const v = d.drawn.filter((s) => s.video);
  const o = d.drawn.filter((s) => s.onSite);
  return `抽查清单（种子 ${d.seed}）：共 ${d.stations} 个站点（贫困村站点 ${d.poorStations} 个）；视频抽查 ${v.length} 个（其中贫困村 ${v.filter((s) => s.poor).length} 个），现场检查 ${o.length} 个（其中贫困村 ${o.filter((s) => s.poor).length} 个）`;
}
