/**
 * Status columns that answer a yes/no question in words of their own: 劳动能力 ("有劳动能力",
 * "弱劳动能力", "丧失劳动能力") and 务工状态 ("外出务工", "县内务工", "在家"). Plain yes/no
 * words are accepted too; anything else is undefined so the caller reports the cell.
 */
import { boxedOptions, parseYesNo } from "./yesno";
import { compact, type AnyCell } from "./text";
import { PREFECTURE_NAMES, type TitleCounty } from "../title-county";

/**
 * A survey form typed in as filled, every option written out with its box (☑普通劳动力 ☐技能劳动力 …,
 * ■县外务工（深圳） □县内务工 …): the options ticked, read each as the column reads its words — one
 * answer when they agree, no answer (null) when none is ticked or 不适用 is, unread when they differ.
 */
function tickedAnswer(v: AnyCell, read: (option: string) => boolean | null | undefined): { said: boolean | null | undefined } | undefined {
  if (typeof v !== "string" || !/[☑☒■☐□].*[☑☒■☐□]/s.test(v)) return undefined;
  const options = boxedOptions(v);
  if (options.length < 2) return undefined;
  const said = options.filter((o) => o.ticked).map((o) => (/^(?:不适用|无需|—)/.test(o.option) ? null : read(o.option)));
  if (said.length === 0) return { said: null };
  return { said: said.every((x) => x === said[0]) ? said[0] : undefined };
}

export function parseLabour(v: AnyCell): boolean | null | undefined {
  const boxed = tickedAnswer(v, parseLabour);
  if (boxed) return boxed.said;
  const yn = parseYesNo(v);
  if (yn !== undefined) return yn;
  const t = compact(String(v));
  // (A pupil or a child is no labour: 在校学生, 学龄前.)
  if (/无劳动|丧失|没有劳动|无劳力|在校|学生|学龄前|幼儿/.test(t)) return false;
  if (/劳动|劳力|技能/.test(t)) return true;
  // (A survey's bare 弱 — 半劳动力 — is labour, as its note says: 有、弱 have it, 无 has none.)
  if (/^(?:弱|半|较弱)$/.test(t)) return true;
  return undefined;
}

export function parseMigrant(v: AnyCell): boolean | null | undefined {
  const boxed = tickedAnswer(v, parseMigrant);
  if (boxed) return boxed.said;
  // Back at work after the Spring Festival, where (已返岗（市外）), or not back (未返岗（在家照顾老人）): away only elsewhere.
  if (typeof v === "string" && /返岗/.test(v)) {
    const t = compact(v);
    if (/^(?:未|没有|尚未)返岗/.test(t)) return false;
    if (/[市县区省]外|外地|外省/.test(t)) return true;
    if (/[市县区镇]内|本地|本[市县区镇村]/.test(t)) return false;
  }
  // Back home (已返乡在家): not away, whatever 已 says as a yes.
  if (typeof v === "string" && /返乡|回乡/.test(v) && !/外出/.test(v)) return false;
  const yn = parseYesNo(v);
  if (yn !== undefined) return yn;
  const t = compact(String(v));
  if (/^(?:未|没有|不|非|无)外出/.test(t)) return false;
  if (/外出|省外|县外|区外|市外|外地|外省/.test(t)) return true;
  // (市内 is the county's own where the county is a city, as its papers say: "市内务工", "已返岗（市内）".)
  // (…and one at school, 在校, 在校学生, is not away either.)
  if (/县内|区内|市内|本地|就地|就近|在家|务农|本县|未务工|无|待业|失业|在校|学生/.test(t)) return false;
  // (In the county town, at the town's market: "县城务工", "镇上打零工" — not "遂溪县城月镇", a place elsewhere.)
  if (/^(?:在)?(?:县城|城区|镇上|村里)/.test(t)) return false;
  // Working in a city of its own name elsewhere (深圳打工, 广州务工): away.
  if (/打工|务工|做工/.test(t) && AWAY_CITY.test(t)) return true;
  // 乡（镇）内务工, 镇内, 村内: working at home, not away.
  if (/(?:乡|镇|村)(?:[（(]镇[)）])?内/.test(t)) return false;
  // 本村务农, 本镇务工, 公益性岗位（本村）: at home.
  if (/本(?:村|镇|乡|县|市|区)|公益性岗位/.test(t)) return false;
  return undefined;
}

/**
 * A 务工地点 column ("深圳市宝安区", "信宜市区务工", "茂名市茂南区", "本镇务工") read against the
 * county the roster belongs to: a place in the county is not away, a place named elsewhere is
 * (a prefecture's district is elsewhere too: 茂名市茂南区 is not 信宜市). Without the county a bare
 * place name says nothing, and is left to the caller as unread.
 */
export function parseWorkPlace(v: AnyCell, home: TitleCounty | undefined): boolean | null | undefined {
  const said = parseMigrant(v);
  if (said !== undefined || home === undefined) return said;
  const t = compact(String(v));
  if (t.includes(home.name) || t.startsWith(home.short)) return false;
  return PLACE.test(t) ? true : undefined;
}
/** A city elsewhere named bare, as a worker says where they went (深圳, 东莞, 佛山…). */
const AWAY_CITY = new RegExp(`^(?:${PREFECTURE_NAMES})|省外|外省`);
/** A place's name: 广东省, 深圳市, 茂南区, 博白县, or a city named without its 市 (广州, 东莞…). */
const PLACE = new RegExp(`[\u4e00-\u9fff]{2,}?(?:省|市|区|县)|^(?:北京|上海|天津|重庆|${PREFECTURE_NAMES}|广西|海南|福建|浙江|江苏)`);
