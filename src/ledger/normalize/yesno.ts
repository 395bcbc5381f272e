/**
 * Yes/no cells: 是/否, √/×, ✓, Y/N, 有/无, 1/0, 已/未 and friends, also with a remark after them
 * ("是（2020年开通）", "否，未开展"). A blank is "no answer" (null),
 * never "no"; anything else is undefined so the caller can report the cell instead of guessing.
 */
import { AnyCell, compact, isDash } from "./text";

const YES = new Set([
  "是",
  "是的",
  "有",
  "已",
  "√",
  "✓",
  "✔",
  "☑",
  "✅",
  "y",
  "yes",
  "1",
  "true",
  "对",
  "能",
  "可以",
  "已覆盖",
  "覆盖",
  "已开通",
  "开通",
  // 是否通快递 | 通（邮政）: delivered; 快递是否通达 | 通达.
  "通",
  "通达",
  "已通达",
  "完成",
  "已完成",
  "达标",
  "已达标",
  // Filled marks against hollow ones (●/○, ■/□): forms that say so in a legend line above the table.
  "●",
  "■",
  "◉",
]);
const NO = new Set([
  "否",
  "无",
  "未",
  "×",
  "✗",
  "✘",
  "✕",
  "✖",
  "╳",
  "❌",
  "x",
  "n",
  "no",
  "0",
  "false",
  "不",
  "不是",
  "不能",
  "没有",
  "暂无",
  "尚无",
  "未覆盖",
  "未通达",
  "不通达",
  "未开通",
  "不通",
  "未完成",
  "未达标",
  "不达标",
  "○",
  "□",
  "☐",
]);

/** A box ticked (☑ ☒ ■) or left empty (□ ☐) before an option of a paper form. */
const BOXED = /([☑☒■☐□])\s*([^☑☒■☐□]*)/g;

/** The options of a form line with boxes, each ticked or not: "☑已正式印发  □未印发". */
export function boxedOptions(text: string): { ticked: boolean; option: string }[] {
  const out: { ticked: boolean; option: string }[] = [];
  for (const m of text.matchAll(BOXED)) out.push({ ticked: m[1] !== "□" && m[1] !== "☐", option: m[2].trim() });
  return out;
}

/**
 * A cell of options each after a tick or a cross ("✔方案 ✔项目 ✘意见征集"), as boxes ticked or left
 * empty; none unless two options at least are marked so.
 */
export function tickedOptions(text: string): { ticked: boolean; option: string }[] {
  if (!/^\s*[✔✓√✘✗×]/.test(text) || (text.match(/[✔✓√✘✗×]/g) ?? []).length < 2) return [];
  const options = boxedOptions(text.replace(/[✔✓√]/g, "☑").replace(/[✘✗×]/g, "☐"));
  // (Marks alone, "√/√/√/×", answer a line of options named elsewhere: no options here.)
  return options.every((o) => /[\u4e00-\u9fff]{2,}/.test(o.option)) ? options : [];
}

/** One option followed by its mark: "创建方案√", "监督举报窗口×", "项目基本信息☑" (a box after it, as a box before it reads). */
const MARKED_AFTER = /([\u4e00-\u9fff][^√✓✔×✗✘☑☒☐□，,；;]{0,30}?)\s*([√✓✔×✗✘☑☒☐□])/g;

/**
 * A cell of options each followed by its mark ("创建方案√ 项目基本信息√ 监督举报窗口×"); none unless
 * the whole cell is such options (two or more).
 */
export function markedAfterOptions(said: string): { ticked: boolean; option: string }[] {
  const out: { ticked: boolean; option: string }[] = [];
  // (What the options are of, before a colon, and a remark in brackets after a mark are no options:
  // "专栏：创建方案✓ 项目基本信息✓ 监督举报窗口✓（举报电话、邮箱）".)
  const text = said.replace(/^[^：:√✓✔×✗✘☑☒☐□]{1,40}[:：]/, "").replace(/(?<=[√✓✔×✗✘☑☒☐□])\s*[（(][^（()）]*[)）]/g, "");
  let rest = text;
  for (const m of text.matchAll(MARKED_AFTER)) {
    out.push({ ticked: /[√✓✔☑☒]/.test(m[2]), option: m[1].trim() });
    rest = rest.replace(m[0], "");
  }
  return out.length >= 2 && /^[\s、，,；;]*$/.test(rest) ? out : [];
}

/** A yes and a no side by side, each with its mark or none: "是☑ 否□", "√是 否", "有✔ 无". */
const PAIR = /^([☑☒■√✓✔□☐]?)\s*(是|有|能)\s*([☑☒■√✓✔□☐]?)\s*([☑☒■√✓✔□☐]?)\s*(否|无|不能)\s*([☑☒■√✓✔□☐]?)$/;

/**
 * The answer of a yes / no pair whose marks stand all before their words or all after them ("√是 否",
 * "是☑ 否□"): the one ticked; undefined when neither is, when it is no such pair or when a mark between
 * the two could be either's ("是√否").
 */
function pairMarked(v: string): boolean | null | undefined {
  const m = PAIR.exec(v);
  if (!m) return undefined;
  const [, before, , mid1, mid2, , after] = m;
  const middle = mid1 + mid2;
  if (middle.length > 1 || (before !== "") === (after !== "")) return undefined;
  const [yes, no] = before !== "" ? [before, middle] : [middle, after];
  const ticked = (mark: string) => /[☑☒■√✓✔]/.test(mark);
  if (ticked(yes) && ticked(no)) return undefined;
  return ticked(yes) ? true : ticked(no) ? false : undefined;
}

export function parseYesNo(v: AnyCell): boolean | null | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v === 1 ? true : v === 0 ? false : undefined;
  if (typeof v !== "string") return undefined; // dates and error values are not answers
  // The words are in their normalised form, so a cell holding one exactly is answered at once.
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  // A paper form's boxes, one of them ticked: "☑是  □否", "□已出台  ☑未出台", "☑有  □无（…）".
  // (Only a cell of boxes is an answer: "方案：☑已印发 □未印发" is a label with its answer.)
  if (/^\s*[☑☒■□☐]/.test(v) && /[☑☒■]/.test(v) && /[□☐]/.test(v)) {
    const ticked = boxedOptions(v).filter((o) => o.ticked);
    return ticked.length === 1 ? parseYesNo(ticked[0].option) : undefined;
  }
  // One box to a cell, the other option in the next ("☑是 | ☐否", "☐有 | ☑无"): a ticked option is the
  // answer; a positive one left empty is a no (an empty 否 says nothing by itself).
  const one = /^\s*([☑☒■□☐])\s*([^☑☒■□☐]+)$/.exec(v);
  if (one) {
    const said = parseYesNo(one[2]);
    if (typeof said !== "boolean") return undefined;
    return one[1] === "□" || one[1] === "☐" ? (said ? false : undefined) : said;
  }
  const paired = pairMarked(v);
  if (paired !== undefined) return paired;
  // A bilingual answer, "Yes 有", "否 No", "Y 是": the two words saying the same.
  const both = /^\s*([A-Za-z]{1,3})\s*[/／]?\s*([\u4e00-\u9fff]{1,3})\s*$|^\s*([\u4e00-\u9fff]{1,3})\s*[/／]?\s*([A-Za-z]{1,3})\s*$/.exec(v);
  if (both) {
    const [a, b] = both[1] !== undefined ? [both[1], both[2]] : [both[3], both[4]];
    const en = parseYesNo(a);
    if (typeof en === "boolean" && en === parseYesNo(b)) return en;
  }
  // A tick or a cross before an answer ("✔免费", "✔有", "✘收费"): the answer. (A mark before other words,
  // "✔ 电商产业园", is a checklist's line, its words a label; so is a cell of several marked options.
  // A mark with a remark, "✓（按月更新）", is read below as an answer with its remark.)
  const mark = /^\s*[✔✓√✅✘✗×❌]\s*([^✔✓√✅✘✗×❌☑☐]+)$/.exec(v);
  const markedAnswer = mark ? parseYesNo(mark[1]) : undefined;
  if (typeof markedAnswer === "boolean") return markedAnswer;
  // Trailing full stops are typing noise ("是。"); everything else must be one of the words.
  const t = compact(v)
    .toLowerCase()
    .replace(/[。.!！]+$/, "")
    // 以建成 for 已建成: the same sound, typed in haste.
    .replace(/^以(?=建成|建立|制定|出台|印发|完成|开展|设立|开通|落实|公示|公开|整合)/, "已");
  // A dash or a slash says "nothing here", as a blank does; so does a template's 未填 (not filled in, not a no).
  if (t === "" || isDash(t) || /^(?:未填|未填写|漏填|没填|待填|待填写|未录入)$/.test(t)) return null;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  // A system's coded answer, its code and its word ("1-是", "0-否", "1：是"): the word, where the code agrees.
  const coded = /^([01])[-:.、]([\u4e00-\u9fff]{1,2})$/.exec(
    t
      .replace(/[－—–]/g, "-")
      .replace(/：/g, ":")
      .replace(/．/g, "."),
  );
  if (coded) {
    const word = YES.has(coded[2]) ? true : NO.has(coded[2]) ? false : undefined;
    if (word !== undefined && word === (coded[1] === "1")) return word;
  }
  // An answer with a remark after it: 是（2020年开通）, 否，未开展, 有：见附件3.
  const lead = /^([^(,;:]+)[(,;:]/.exec(
    t
      .replace(/[（]/g, "(")
      .replace(/[，。、；]/g, ",")
      .replace(/[：]/g, ":"),
  );
  // "已设摄影棚、美工室，但按成本价收费…暂未免费提供": what was done, then but what is not — no plain answer.
  if (lead && /^已/.test(lead[1]) && /(?:但|但是|不过|然而)[^。]*?(?:未|没有|尚无|暂无|不能|无法)/.test(t)) return undefined;
  if (lead && !/^\d+$/.test(lead[1])) {
    if (YES.has(lead[1])) return true;
    if (NO.has(lead[1])) return false;
    // "已整合建设（雁洋镇产业园）", "未开通（在建）": a short 已… / 未… answer before its remark.
    if (/^已[\u4e00-\u9fff]{1,4}$/.test(lead[1])) return true;
    if (/^(?:未|没|尚未|暂未)[\u4e00-\u9fff]{1,4}$/.test(lead[1])) return false;
  }
  // A veto line answered with what did not happen: 未发生, 本项目未发生, 不存在.
  if (/^(?:本项目|项目|本县|我县|本市|我市|本区|我区)?(?:未发生|没有发生|未出现|不存在|无此情况|无此类情况)$/.test(t)) return false;
  // "已制定《…办法》", "未出台相关政策": what was done, then what it is.
  // Only as an answer: alone, with a few words, or before a title or remark ("已建立资金专用台账" is a label).
  const DONE = '(?:制定|建立|建成|出台|印发|开展|设立|开通|完成|落实|统计|上报|报送|实现|整合|公示|公开)(?:$|[《〈“"(（,:;]|[\u4e00-\u9fff]{1,3}$)';
  if (new RegExp(`^已${DONE}`).test(t)) return true;
  // Done as a routine: 按月公示, 每月更新, 定期发布, 按季报送.
  if (/^(?:按月|每月|逐月|定期|按季|每季度?|及时)(?:公示|公开|更新|发布|报送|上报)$/.test(t)) return true;
  // …or sent along with another: 每月随月报报送, 随进展月报一并上报.
  if (/^(?:按月|每月|逐月|定期|按季)?随[\u4e00-\u9fff]{1,6}?(?:一并|同时)?(?:报送|上报)$/.test(t)) return true;
  if (new RegExp(`^(?:未|没有|尚未|暂未|暂无)${DONE}`).test(t)) return false;
  // Work still under way is not done: 正在制定, 拟出台, 待印发, 起草中, 征求意见中 (a policy not yet issued).
  // (So is "正在推进", "推进中（设备已采购，美工待招聘）".)
  if (/^(?:正在|拟|计划|准备|待)(?:制定|起草|出台|印发|建立|建设|开展|设立|修订|推进)|^(?:制定|起草|建设|筹建|筹备|征求意见|审批|报批|推进)中/.test(t)) return false;
  // Short "已…" / "未…" answers name what was done: 已统计, 已通快递, 未统计, 未开展; with how many: 已引进2家.
  if (/^已[\u4e00-\u9fff]{1,4}$/.test(t) || /^已[\u4e00-\u9fff]{1,4}\d+[\u4e00-\u9fff]{0,2}$/.test(t)) return true;
  if (/^(?:未|没|尚未|暂未)[\u4e00-\u9fff]{1,4}$/.test(t)) return false;
  // A clerk's spoken answer to a spoken question ("专栏挂了创建方案没有 | 挂了", "方案印了没有 | 印了"): done.
  if (/^(?:挂|印|发|出|建|报|开|做|办|设|交|定|上|公示|公开|印发|出台|建成|制定|建立|开通)了$/.test(t)) return true;
  // A service's answer in its own terms: 免费 (free, as asked) is yes; 不免费, 收费, 有偿 no.
  if (/^(?:免费|免费提供)$/.test(t)) return true;
  if (/^(?:不免费|非免费|收费|有偿|有偿服务|按成本价收费|按件收费)$/.test(t)) return false;
  // A park built or made from one there was (建设或整合、优化): 新建, 整合、优化现有园区, 改扩建.
  if (/^(?:新建|改扩建|整合[、,]?优化(?:现有|原有|已有)?(?:园区|产业园)?|整合(?:现有|原有|已有)(?:园区|产业园))$/.test(t)) return true;
  // The day it was done, then the deed (a booklet's 工作方案……2020年1月印发): done.
  if (/^(?:19|20)\d{2}(?:年|\.)(?:\d{1,2}(?:月|\.)?(?:\d{1,2}日?)?)?(?:已|正式)?(?:印发|出台|制定|建立|建成|开通|设立|开业|揭牌|投入运营)$/.test(t)) return true;
  // What the county can do, answered by the doing: 能统计, 可以提供; 不能统计, 无法组织.
  if (/^(?:能|能够|可以|可)(?:统计|提供|组织|开展|实现|做到)$/.test(t)) return true;
  if (/^(?:不能|不能够|无法|不可以|未能)(?:统计|提供|组织|开展|实现|做到)$/.test(t)) return false;
  return undefined;
}
