/**
 * Figures said "respectively" (分别): "2019年农村网络零售额36.8亿元、农产品网络零售额5.12亿元；2020年
 * 分别为45.2亿元、6.83亿元，同比分别增长22.8%、33.4%". A reader pairs each figure after 分别 with the
 * thing listed in the same place before it; so does this step, writing the sentence out in full
 * ("2020年农村网络零售额为45.2亿元，农产品网络零售额为6.83亿元，农村网络零售额同比增长22.8%，…")
 * for the sentence reader (./sentences).
 */

/** A figure with its unit, as the sentence reader counts them. */
const FIGURE_SRC = String.raw`[0-9][0-9,.]*\s*(?:万人次|万人|万元|亿元|元|人次|人|万户|户|个|家|%|％)`;
/** 分别 with its verb, then two figures or more joined by 、 / 和. */
const RESPECTIVELY = new RegExp(String.raw`分别(为|是|达到|达|增长|下降|有)?\s*(${FIGURE_SRC}(?:\s*(?:、|和|及)\s*${FIGURE_SRC})+)`, "g");
/** The things listed before: each a run of words right before its figure. */
const LISTED = new RegExp(String.raw`([\u4e00-\u9fff]{2,16}?)\s*(?:为|是|达到|达|有)?\s*(${FIGURE_SRC})`, "g");
/** Words that are no part of what is counted: a year, scope words. */
// (The words run from the first Chinese character: "2019年全县农村…" gives "年全县农村…".)
const NOT_THE_THING = /^(?:年度?|月)?(?:全县|全市|全区|本县|本市|本区|我县|我市|我区)?/;

export function withRespectively(text: string): string {
  if (!text.includes("分别")) return text;
  let out = "";
  let done = 0;
  /** The things of the last 分别 written out: a second 分别 in the sentence says more of them. */
  let previous: string[] | undefined;
  for (const m of text.matchAll(RESPECTIVELY)) {
    const at = m.index ?? 0;
    const values = m[2].split(/\s*(?:、|和|及)\s*/);
    // The clause up to 分别 (its year, or 同比) goes with each thing said.
    const clauseStart = Math.max(...["，", ",", "；", ";", "。", "\n"].map((p) => text.lastIndexOf(p, at - 1))) + 1;
    if (clauseStart < done) continue;
    let lead = text.slice(clauseStart, at).trim();
    // The things named in the clause itself ("常住人口和户籍人口分别为…"), else listed with figures before.
    const own = lead.split(/、|和|及/).map((t) => t.replace(NOT_THE_THING, ""));
    let things: string[] | undefined;
    if (own.length === values.length && own.every((t) => t.length >= 2)) {
      things = own;
      lead = "";
    } else things = listedBefore(text.slice(0, clauseStart), values.length) ?? (previous?.length === values.length ? previous : undefined);
    if (!things) continue;
    previous = things;
    const year = /^(?:19|20)\d{2}年度?$/.test(lead);
    const said = values.map((v, i) => (year ? `${lead}${things[i]}` : `${things[i]}${lead}`) + `${m[1] ?? "为"}${v}`);
    out += text.slice(done, clauseStart) + said.join("，");
    done = at + m[0].length;
  }
  return out + text.slice(done);
}

/** The last `n` things listed with their figures before (农村网络零售额36.8亿元、农产品网络零售额5.12亿元), or none. */
function listedBefore(before: string, n: number): string[] | undefined {
  const named = [...before.matchAll(LISTED)].map((m) => ({ thing: m[1].replace(NOT_THE_THING, ""), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const last = named.slice(-n);
  if (last.length !== n || last.some((x) => x.thing.length < 2) || new Set(last.map((x) => x.thing)).size !== n) return undefined;
  // Listed together: only a 、 / 和 between one figure and the next thing.
  for (let i = 1; i < n; i++) if (!/^\s*(?:、|和|及)\s*$/.test(before.slice(last[i - 1].end, last[i].start))) return undefined;
  return last.map((x) => x.thing);
}
