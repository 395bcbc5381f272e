/**
 * Village names written many ways (长来村, 长来村委会, 长来村民委员会, "长来 村", 乐昌市长来镇长来村)
 * must meet as one village. villageKey gives them one key; the town is matched separately.
 */
import { AnyCell, cellText, compact } from "./text";

/** Committee suffixes, longest first; 社区 and a final 村 are cut after them. */
const COMMITTEE = ["村民委员会", "居民委员会", "村委员会", "村委会", "居委会", "村委"];
const TOWN_SUFFIX = /(?:街道办事处|街道办|办事处|街道|镇|乡)$/;
/** A residents' committee's name ends so (endsWith, not a pattern tried at every position: it runs per name). */
const isResidentsName = (n: string): boolean => n.endsWith("居委会") || n.endsWith("社区") || n.endsWith("居民委员会");

/**
 * Removes a leading town ("长来镇长来村" → "长来村"), and any county/city before it
 * ("乐昌市长来镇长来村"). town may be given with or without 镇/乡/街道. Returns compact text
 * (half-width, no whitespace); the name unchanged when stripping would leave nothing.
 */
export function stripTownPrefix(name: AnyCell, town?: AnyCell): string {
  const n = compact(cellText(name));
  if (town === undefined || town === null) return withoutTown(n);
  const forms = townForms(compact(cellText(town)));
  if (forms === undefined) return withoutTown(n);
  for (const f of forms) {
    const i = n.indexOf(f);
    if (i < 0) continue;
    const before = n.slice(0, i);
    // Only a county/city/province may precede the town: "乐昌市" yes, "新长来镇" no.
    if (before !== "" && !/^(?:.{1,6}(?:省|自治区))?(?:.{1,6}(?:市|州|盟))?(?:.{1,6}(?:县|区|市|旗))?$/.test(before)) continue;
    const rest = n.slice(i + f.length).replace(/^[-－—–―·/／]/, "");
    if (rest !== "") return rest;
  }
  return n;
}

/**
 * The ways a town's name can appear before a village, longest first; undefined for no town. The
 * town must appear with a town suffix, so 长来村 is never cut by town "长来". Made once per town:
 * a town column repeats a few names down thousands of rows.
 */
function townForms(full: string): string[] | undefined {
  let forms = formsByTown.get(full);
  if (forms === undefined) {
    const stem = full.replace(TOWN_SUFFIX, "");
    forms =
      stem === ""
        ? []
        : [full, ...["镇", "乡", "街道办事处", "街道办", "街道"].map((s) => stem + s)].filter((f) => TOWN_SUFFIX.test(f)).sort((a, b) => b.length - a.length);
    if (formsByTown.size > 10000) formsByTown.clear();
    formsByTown.set(full, forms);
  }
  return forms.length ? forms : undefined;
}
const formsByTown = new Map<string, string[]>();

/**
 * No town column, but the town written before the village in one cell ("织篢镇石角村", 所在镇村):
 * a town of two to four characters, then a village or committee of at least two. `n` is compact.
 */
function withoutTown(n: string): string {
  // The pattern needs a town word: a name without one (nearly every name) is itself.
  if (!/[镇乡]|街道/.test(n)) return n;
  // (Town and village may be joined by a dash: "闸岗镇-下岭村委会", "怀城街道—凤背村".)
  return /^(?:.{1,6}(?:县|区|市))?.{2,4}(?:镇|乡|街道办事处|街道办|街道)[-－—–―·/／]?(.{1,}(?:村|村委会|村民委员会|居委会|居民委员会|社区|村委))$/.exec(n)?.[1] ?? n;
}

/**
 * A village's key, or "" for a residents' committee by its name (居委会/社区 are no villages):
 * what a list of village names is counted by.
 */
export function villageKeyUnlessResidents(name: AnyCell): string {
  const n = compact(cellText(name));
  return isResidentsName(n) ? "" : withoutSuffixes(withoutTown(n));
}

/**
 * The matching key of a village or residents' committee: 长来村委会 → 长来, 长来社区居委会 → 长来.
 * Note: 长来村 and 长来社区 get the same key; keep the type (isResidentsCommittee) beside the key
 * where both can occur in one town.
 */
export function villageKey(name: AnyCell, town?: AnyCell): string {
  return withoutSuffixes(withoutHamlet(stripTownPrefix(name, town)));
}

/**
 * A committee with the 自然村 (or 村民小组) it is about in brackets after it ("上洋村委会（上门自然村）",
 * a station set up in a hamlet): the committee is the village.
 */
function withoutHamlet(name: string): string {
  if (!name.endsWith(")") && !name.endsWith("）")) return name;
  const m = /^(.+?)\s*[（(][^（()）]*(?:自然村|村民小组|村小组|组)[)）]$/.exec(name);
  return m ? m[1] : name;
}

/** The committee suffix (longest first), then 社区, then every final 村, each only when something is left. */
function withoutSuffixes(name: string): string {
  let k = name;
  // Every suffix ends in 会, 委, 区 or 村: most keys are done after one look at their last character.
  const last = k.charCodeAt(k.length - 1);
  if (last !== 0x4f1a && last !== 0x59d4 && last !== 0x533a && last !== 0x6751) return k;
  for (const suffix of COMMITTEE)
    if (k.length > suffix.length && k.endsWith(suffix)) {
      k = k.slice(0, -suffix.length);
      break;
    }
  if (k.length > 2 && k.endsWith("社区")) k = k.slice(0, -2);
  // 新村村委会 → 新村 → 新, the same as 新村; a bare 村 left by the committee cut goes too.
  while (k.length > 1 && k.endsWith("村")) k = k.slice(0, -1);
  return k;
}

/**
 * A residents' committee (居委会/社区) rather than an administrative village. The type cell decides
 * when it is unambiguous (居委会, 社区, 居 vs 行政村, 村委会, 村); otherwise the name's ending.
 */
export function isResidentsCommittee(name: AnyCell, typeCell?: AnyCell): boolean {
  const t = compact(cellText(typeCell));
  if (t !== "") {
    const residents = /居委会|居民委员会|社区|^居$/.test(t);
    const admin = /行政村|村委会|村民委员会|^村$/.test(t);
    if (residents !== admin) return residents;
  }
  return isResidentsName(compact(cellText(name)));
}

/**
 * The village in a station's address, when the list has no village column of its own:
 * "惠城镇林厝村委会村部一楼" → 林厝村, "惠来县华湖镇 洋美村委会" → 洋美村, "仙庵镇（圆山村）村部" → 圆山村,
 * "靖海镇后洋村委会下寮村" → 后洋村 (the 村委会's village, not the natural village after it).
 * Undefined when the address names no 村 after its town.
 */
export function villageInAddress(address: AnyCell, communities = false): string | undefined {
  const t = compact(cellText(address)).replace(/[（(]([^（()）]*)[)）]/g, "$1");
  const afterTown = t.replace(/^(?:.{1,6}?(?:省|自治区))?(?:.{1,6}?(?:市|州))?(?:.{1,6}?(?:县|区|市))?.{1,6}?(?:镇|乡|街道)/, "");
  if (afterTown === t) return undefined;
  // (…or, asked for, a community's: "河西街道北岸社区居委会旁" → 北岸社区.)
  const village = /^(.{1,6}?村)(?:委会|民委员会|委|民小组)?/.exec(afterTown)?.[1];
  return village ?? (communities ? /^(.{1,6}?社区)(?:居委会|居民委员会)?/.exec(afterTown)?.[1] : undefined);
}

/**
 * The village a station's name carries when its 所在村 cell is blank: "紫城镇桂山村电商服务站" → 桂山村,
 * "古竹镇华阳村 电商服务站" → 华阳村, "吉溪村益农信息社" → 吉溪村. Undefined when the name names none
 * (农村电商服务站 is no village).
 */
export function villageInStationName(name: AnyCell): string | undefined {
  const inAddress = villageInAddress(name);
  if (inAddress) return inAddress;
  const m = /^([\u4e00-\u9fff]{2,5}?村)(?:委会|民委员会)?(?=.*(?:站|点|社|中心))/.exec(compact(cellText(name)));
  return m && !/农村$/.test(m[1]) ? m[1] : undefined;
}
