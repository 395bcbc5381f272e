/**
 * The county a sheet's title names: "蕉岭县电子商务进农村综合示范工作自评报告" → 蕉岭县,
 * "广东省梅州市蕉岭县…" → 蕉岭县. A prefecture's name ("韶关市…") says nothing of the county.
 */
import type { Sheet } from "../core/grid";

export const PREFECTURE_NAMES = "广州|深圳|珠海|汕头|佛山|韶关|河源|梅州|惠州|汕尾|东莞|中山|江门|阳江|湛江|茂名|肇庆|清远|潮州|揭阳|云浮";
/** Guangdong's prefecture-level cities: an outlet named after one (韶关发布, 韶关电视台) is a city outlet. */
export const PREFECTURES = new RegExp(`^(?:${PREFECTURE_NAMES})`);

/** A zone run as a county: 经济开发区, 新区, 合作区. */
const ZONE_SUFFIX = /(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|新区|合作区)/;

export interface TitleCounty {
  /** As written, with its 县/市/区 (蕉岭县, 连山壮族瑶族自治县). */
  name: string;
  /** Without it (蕉岭, 连山): what the county's own outlets start with (蕉岭电视台). */
  short: string;
}

/**
 * A county's name as written, its 县 / 市 / 区 with it (an autonomous county's whole name; a zone run as a county,
 * 红海湾经济开发区, 江东新区, by its own).
 */
const COUNTY_NAME = String.raw`([\u4e00-\u9fff]{2,6}自治县|[\u4e00-\u9fff]{2,4}?${ZONE_SUFFIX.source}|[\u4e00-\u9fff]{2,4}?(?:县|市|区))`;

// A province and a prefecture may come first; 示范县 is the programme, not a county's name.
// An email pasted in names it in its subject line (主题：揭西县…的报告); its sender line says only who
// wrote (a reply's 主题 is "回复：…", naming no county first).
// (A document titled 关于…的… names its subject after 关于: "关于湛江市霞山区…实施情况的法律意见书".)
// (…or after an article's series name and its bar, as a WeChat account titles it: "数说吴川电商｜吴川市…".)
// (The prefecture's 市 may be left out: "河源江东新区…".)
const TITLE = new RegExp(String.raw`^\s*(?:主题\s*[:：]\s*)?(?:[^｜|\s]{2,12}\s*[｜|]\s*)?(?:关于)?(?:广东省)?(?:(?:${PREFECTURE_NAMES})市?)?${COUNTY_NAME}`);

// (…or a note under the title naming it by the form's own label: "…核对，县（市、区）：新丰县，数据截至…".)
// (…or a city's check form's, "被核查县（区）：揭西县".)
const LABELLED = new RegExp(String.raw`县\s*[（(]\s*(?:市\s*[、,，]\s*)?区\s*[)）]\s*(?:名称)?\s*[:：]\s*${COUNTY_NAME}`);

const ANOTHER_COUNTY_BESIDE = new RegExp(String.raw`^\s*(?:与|和|同|及|、|对比|比较|vs\.?)\s*${COUNTY_NAME}`, "i");

export function countyInTitle(text: string): TitleCounty | undefined {
  const m = LABELLED.exec(text) ?? TITLE.exec(text);
  if (!m) return undefined;
  // A comparison's title names two ("遂昌县与连平县农村电子商务工作对比"): neither is the sheet's county.
  if (ANOTHER_COUNTY_BESIDE.test(text.slice((m.index ?? 0) + m[0].length))) return undefined;
  const name = m[1];
  // 连山壮族瑶族自治县's own outlets are 连山…
  // (A zone's name without its 新区, 江东; a county's whose name ends so, 清新区, without its 区 only.)
  const zone = new RegExp(`^(.{2,})${ZONE_SUFFIX.source}$`).exec(name);
  const short = zone ? zone[1] : name.replace(/(?:[\u4e00-\u9fff]族)*自治县$|[县市区]$/, "");
  // (被核查县, 被考评县: the form's word for the county, no name.)
  if (PREFECTURES.test(short) || /示范|农村|电商|本|全|^被|^受/.test(short)) return undefined;
  return { name, short };
}

// An office of the county's (商务局, 经济促进局（商务）, 人民政府办公室), its county's name first.
// (…or one of its sections, a mail's sender: 黄埔区商务局电商科<hpsw_dsk@hp.gov.cn>.)
const OFFICE = new RegExp(
  String.raw`^\s*(?:广东省)?(?:(?:${PREFECTURE_NAMES})市)?${COUNTY_NAME}(?:人民政府(?:办公室)?|[\u4e00-\u9fff]{1,8}?(?:局|委员会|委|办公室|办))(?:[（(][^）)]*[)）])?(?:[\u4e00-\u9fff]{1,6}(?:科|股|处|室|中心))?(?:\s*[<＜][^>＞]*[>＞])?\s*$`,
);

/** The county an office's name is of: 始兴县商务局 → 始兴县; a prefecture's office (韶关市商务局) none. */
export function countyOfOffice(text: string): string | undefined {
  const m = OFFICE.exec(text);
  if (!m || PREFECTURES.test(m[1].replace(/[县市区]$/, ""))) return undefined;
  return m[1];
}

/** The first county named in the first `rows` rows (the title lines above a header), with its cell. */
export function sheetTitleCounty(sheet: Sheet, rows: number): (TitleCounty & { row: number; col: number }) | undefined {
  for (let r = 0; r < Math.min(rows, sheet.rows.length); r++) {
    const row = sheet.rows[r] ?? [];
    // (A comparison's header, 对比项目 | 遂昌县（浙江丽水） | 连平县, names two: no title.)
    if (row.filter((v) => typeof v === "string" && countyInTitle(v)).length >= 2) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      const found = typeof v === "string" ? countyInTitle(v) : undefined;
      if (found) return { ...found, row: r, col: c };
    }
  }
  return undefined;
}

/** Who filled the sheet in or answers it: "填报单位：梅县区商务局", 承办单位 | 始兴县商务局 (a yearbook entry's 供稿单位, a statistics form's 综合机关名称 too). */
// (…its 盖章 asked for in brackets: 填报单位（盖章）：….)
const OFFICE_LABEL = /^\s*(?:填报单位|填表单位|承办单位|报送单位|供稿单位|综合机关名称|填报机关)(?:[（(](?:盖章|公章|签章|签字盖章)[)）])?\s*[:：]?\s*$/;
// (…or a mail's sender pasted above its reply, 发件人：黄埔区商务局电商科<…>.)
const OFFICE_LINE =
  /^\s*(?:填报单位|填表单位|承办单位|报送单位|供稿单位|综合机关名称|填报机关|发件人|发件单位)(?:[（(](?:盖章|公章|签章|签字盖章)[)）])?\s*[:：]\s*([^\s\u3000]+)/;

/** A person's form's line of where they work: 单位及职务职级, 工作单位. */
const POST_LABEL = /^\s*(?:单位及职务(?:职级)?|工作单位(?:及职务)?|所在单位)\s*[:：]?\s*$/;
/** The office a post is in, its name up to 局 or 办公室: "封开县商务局电子商务股股长" → 封开县商务局. */
const OFFICE_OF_POST = /^[^，,、；;\s]{2,20}?(?:局|委员会|办公室)/;

/**
 * The county whose office filled in the sheet, in its first `rows` rows: a form's 填报单位 line or its
 * 承办单位 cell and the answer beside it, or the office of the post a personal form gives (单位及职务). The
 * office's county is the sheet's own (the README's rule).
 */
export function sheetOfficeCounty(sheet: Sheet, rows: number): { name: string; row: number; col: number } | undefined {
  for (let r = 0; r < Math.min(rows, sheet.rows.length); r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string") continue;
      const line = OFFICE_LINE.exec(v);
      // (…or a personal form's 单位及职务 | 封开县商务局电子商务股股长: the office its post is in.)
      const asPost = !line && !OFFICE_LABEL.test(v) && POST_LABEL.test(v);
      const beside = !line && (asPost || OFFICE_LABEL.test(v)) ? row.slice(c + 1).find((x): x is string => typeof x === "string" && x.trim() !== "") : undefined;
      const office = line ? line[1] : beside !== undefined && asPost ? OFFICE_OF_POST.exec(beside.trim())?.[0] : beside;
      const name = office !== undefined ? countyOfOffice(office) : undefined;
      if (name) return { name, row: r, col: line ? c : row.indexOf(beside as string, c + 1) };
    }
  }
  return undefined;
}
