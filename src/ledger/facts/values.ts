/**
 * Does a cell hold a value of the type an input expects? The facts reader takes, for a label, the
 * first cell near it that does — so a 单位 cell, a remark or the next label is never the value.
 */
import type { RubricInput } from "../../scoring/rubric";
import type { AnyCell } from "../normalize/text";
import { cellText, isErrorText } from "../normalize/text";
import { isCellError } from "../../core/grid";
import { parseDate } from "../normalize/date";
import { parseNumber, parsePoints } from "../normalize/number";
import { parseYesNo } from "../normalize/yesno";
import { Q } from "../../scoring/rational";
import { countyOfOffice } from "../title-county";

/** A cell that only names a unit ("万元", "（人）") sits between a label and its value. */
export function unitOf(v: AnyCell): string | undefined {
  const t = cellText(v)
    .replace(/\s+/g, "")
    .replace(/^[(（]|[)）]$/g, "");
  if (["元", "千元", "万元", "百万元", "亿元", "人", "万人", "人次", "%", "个", "家", "分", "日期", "年月日"].includes(t)) return t;
  return ENGLISH_UNITS[t.toLowerCase()];
}

/** A consultant's units in English (10k persons, RMB 10k, RMB 100m), as the Chinese ones they are. */
const ENGLISH_UNITS: Record<string, string> = {
  "10kpersons": "万人",
  "10kpeople": "万人",
  persons: "人",
  people: "人",
  "person-times": "人次",
  persontimes: "人次",
  rmb: "元",
  yuan: "元",
  rmb10k: "万元",
  "10kyuan": "万元",
  rmb100m: "亿元",
  "100myuan": "亿元",
  villages: "个",
  firms: "家",
  enterprises: "家",
  points: "分",
  pts: "分",
  date: "日期",
};

/**
 * "农产品网络零售额同比增长32.6%" → "32.6%": a value written as a sentence that names what it is and
 * ends with its figure. A fall, a bound or a guess (下降, 不足, 超过, 以上) is no plain figure: kept whole.
 */
function saidFigure(text: string): string {
  const m =
    /^([^\d０-９]{2,30}?)(?:同比增长|同比增速|增长率为|增速为|增长|增速|为|达到|达)\s*([\d０-９][\d０-９.．,，]*\s*(?:%|％|万元|亿元|元|万人|人次|人|个|家)?)\s*$/.exec(
      text,
    ) ??
    // A rate right after what it is of: "项目总体进度92%".
    /^([^\d０-９]{2,30}?)\s*([\d０-９][\d０-９.．,，]*\s*(?:%|％))\s*$/.exec(text);
  if (!m || /下降|减少|负|不足|超过|低于|高于|以上|以下|约|近/.test(m[1])) return text;
  return m[2];
}

/**
 * "约47万" → "47万", "372个（不含社区居委会）" → "372个": the figure a clerk wrote, without the hedge
 * before it or the remark in brackets after it.
 */
export function unhedged(text: string): string {
  return (
    saidFigure(text)
      // (An answer written as a sentence ends with its full stop: "500万元。".)
      .replace(/(?<=[\u4e00-\u9fff%％\d])\s*[。．]\s*$/, "")
      .replace(/^\s*(?:约|大约|近|共)\s*/, "")
      .replace(/\s*[（(][^（()）]*[)）]\s*$/, "")
      .replace(/\s*(?:左右)\s*$/, "")
      // "5000余", "3万余人次": at least the figure written (a rate from it can only come out low).
      .replace(/([\d万千百])\s*[余多](?=[\u4e00-\u9fff]{0,2}\s*$)/, "$1")
  );
}

/** An answer that opens with its verdict, then the evidence: "是。已于…印发", "部分。…", "基本完成。…". */
const VERDICT = /^\s*(是|否|有|无|已完成|未完成|基本完成|部分(?:完成|落实|实现|具备|提供)?)\s*[。．.；;，,]/;

/**
 * The yes / no of an answer opening with its verdict. Done in part (部分) meets a criterion asking for
 * one thing or another (征求意见或监督举报), not one asking for both (免费摄影、美工服务); for a 100%
 * criterion the rate the answer states decides ("基本完成。…覆盖率98.2%" is no). Undefined otherwise.
 */
/** A list of services, 、-separated, nothing else said ("代办执照、金融对接、网店代运营等"). */
const SERVICES_LISTED = /^\s*(?:提供|有|开展)?[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+(?:等(?:服务)?)?\s*[。.]?\s*$/;

/** Words saying a service is paid for. */
const CHARGED = /(?<![不免无])(?:收费|收取费用|计费)|有偿|按成本价/;

/** The services a free criterion names together (免费摄影、美工服务 → 摄影, 美工), with the words clerks use for them. */
const SERVICE_WORDS: Record<string, RegExp> = { 摄影: /摄影|拍照|拍摄/, 美工: /美工|设计|修图/, 展示: /展示|展销/, 销售: /销售|代销|代卖/ };

const ANY_SERVICE = Object.values(SERVICE_WORDS);

/** A clause saying one of the services named together is charged for. */
export function chargedPart(label: string, v: string): boolean {
  const named = /免费([\u4e00-\u9fff、]+?)服务/.exec(label)?.[1].split("、") ?? [];
  const words = named.map((n) => SERVICE_WORDS[n]).filter((w): w is RegExp => w !== undefined);
  if (words.length < 2) return false;
  // (Line by line too: a list's lines, "● 特色农产品展示展销厅免费进驻" over "○ 摄影、美工服务（按成本价收费）".)
  // (A clause of the fee alone, "摄影棚、美工室对电商企业开放，按成本价收费", speaks of the clause before it.)
  const clauses = v.split(/[，,；;。\n]/);
  return clauses.some((clause, i) => {
    if (!CHARGED.test(clause)) return false;
    const subject = ANY_SERVICE.some((w) => w.test(clause)) ? clause : (clauses[i - 1] ?? "");
    return words.some((w) => w.test(subject));
  });
}

/** A document's number or title standing alone: 蕉府办函〔2020〕12号, 《…若干措施》. */
const ISSUED_DOCUMENT = /^(?:[\u4e00-\u9fff]{1,8}[〔[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*号|《[^《》]{4,60}》)$/;

export function verdictOf(input: RubricInput, v: AnyCell): boolean | undefined {
  if (typeof v !== "string") return undefined;
  // A review checklist's 核查结果 on its point: 符合 meets it, "不符合，未提供免费美工服务" does not. (Not on a veto's
  // line, whose check is passed when nothing happened: its 符合 is no "it happened".)
  const checked = input.key.startsWith("veto") ? null : /^\s*(不)?符合(?:要求)?\s*(?:[，,。；;]|$)/.exec(v);
  if (checked) return checked[1] === undefined;
  if (/免费/.test(input.label)) {
    // A free service asked for, answered that it is charged for ("摄影、美工按成本价收费"): no.
    // (A 免费 said of it is no answer of free when it is 不免费: "有，按成本价收费（不免费）".)
    if (CHARGED.test(v) && !/(?<![不非])免费|不收费|免收|无偿/.test(v)) return false;
    // Free for one of the services asked for together and charged for the other ("拍照免费，美工收费"): no.
    if (chargedPart(input.label, v)) return false;
  }
  // A document asked to be issued, answered with its number or its title alone ("蕉府办函〔2020〕12号",
  // "《蕉岭县扶持农村电子商务发展的若干措施》"): it was.
  if (/印发|出台|制定|政策|方案|制度/.test(input.label) && ISSUED_DOCUMENT.test(v.trim())) return true;
  // Other services asked for, answered with the services themselves ("代办执照、金融对接、网店代运营"):
  // naming what is provided says it is.
  if (/其他.*服务/.test(input.label) && SERVICES_LISTED.test(v) && !/[无未没不]|暂停|停止|取消/.test(v)) return true;
  // An operator asked for, answered with the company that runs things ("茂名市南粤优品电子商务有限公司运营中心和产业园"):
  // naming it says there is one.
  // (One answer, not an account of several things: "整合…为产业园，入驻企业23家；引进…公司为运营服务商" is read as prose.)
  if (
    /服务商|运营商/.test(input.label) &&
    /[\u4e00-\u9fff]{4,}(?:有限(?:责任)?公司|股份公司|公司)/.test(v) &&
    !/[；;\n]/.test(v.trim()) &&
    !/[无未没不]|暂停|停止|取消|解约/.test(v)
  )
    return true;
  // …or with a tick before whoever it is ("三方 | ✓ 湛江云帆电商运营" on a director's card): there is one.
  if (/服务商|运营商/.test(input.label) && /^\s*[✔✓√✅]\s*[\u4e00-\u9fff]{4,}/.test(v) && !/[；;\n]|[无未没不]|暂停|停止|取消|解约/.test(v)) return true;
  const m = VERDICT.exec(v);
  if (!m) return undefined;
  const rate = /100%/.test(input.label) ? /(\d+(?:\.\d+)?)\s*[%％]/.exec(v.slice(m[0].length)) : null;
  if (rate) return figureAnswer(input, `${rate[1]}%`);
  if (m[1].startsWith("部分")) return /或/.test(input.label);
  // 基本完成 is done for a criterion without a rate; 是 / 否 / 有 / 无 / 已完成 / 未完成 as everywhere.
  return m[1] === "基本完成" || parseYesNo(m[1]) === true;
}

/** A count (省定贫困村数) answered "无" / "没有": there are none, 0 (../facts-inputs reads it so). */
export function isNoneCount(input: RubricInput, v: unknown): boolean {
  return input.type === "number" && /数$/.test(input.label) && typeof v === "string" && /^(?:无|没有|暂无)$/.test(v.trim());
}

export function fitsType(input: RubricInput, v: AnyCell): boolean {
  if (v === null || v === undefined) return false;
  const text = cellText(v);
  if (text === "") return false;
  // An error value (#N/A) stands where the value should be: taken, so reading it says so.
  if (isCellError(v) || isErrorText(text)) return true;
  switch (input.type) {
    case "bool": {
      const b = parseYesNo(v);
      return b === true || b === false || figureAnswer(input, v) !== undefined || verdictOf(input, v) !== undefined;
    }
    case "date":
      // A bare number is a date only as an Excel serial of these years (2000–2030), not "120.5".
      // 20201118 typed as a number is a date too.
      if (typeof v === "number") return Number.isInteger(v) && ((v >= 36526 && v <= 47484) || (v >= 20000101 && v <= 20301231)) && parseDate(v).ok;
      return parseDate(v).ok || dateInRemark(v) !== undefined;
    case "number":
    case "money":
    case "percent":
      // A hedged figure ("约42万") is still the value meant: reading it says why it is not used.
      if (v instanceof Date || typeof v === "boolean") return false;
      if (isNoneCount(input, text)) return true;
      {
        // (…the figure a phrase says, "培训率74.6%", judged by its unit as much as a bare one.)
        const bare = parseNumber(v);
        const n = bare.ok ? bare : parseNumber(unhedged(text));
        if (n.ok && n.unit === "%" && input.type !== "percent") return false;
        if (n.ok && n.unit && /元|人/.test(n.unit) && input.type === "percent") return false;
        // …nor a figure counted in 万 or 亿 ("6980w", "4.62亿"): an amount, whatever unit it leaves unsaid.
        if (input.type === "percent" && /\d\s*(?:万|亿|[wWｗＷ])/.test(text)) return false;
        // Persons are not person-times, nor the other way round: "累计培训6,218人、9,730人次".
        if (n.ok && n.unit === "人" && /人次/.test(input.label)) return false;
        if (n.ok && n.unit === "人次" && input.type === "number" && /人口|人数/.test(input.label) && !/人次/.test(input.label)) return false;
        return n.ok;
      }
    case "judged": {
      if (isFullMarks(text) || trailingPoints(text) !== undefined) return true;
      // Points, not a rate ("79.72%") nor an amount.
      const n = typeof v === "number" ? undefined : parsePoints(v);
      if (n && (!n.ok || n.unit)) return false;
      const x = typeof v === "number" ? v : (n as { value: Q }).value.toNumber();
      // Above the item's full marks with hundredths (资金支出率 82.54 beside 资金及时拨付 1-5) is a rate,
      // not its points; a whole figure over them (12 for 1-5) is a slip the reading reports.
      const max = Number(input.range?.[1] ?? 100);
      return x >= 0 && x <= 100 && (x <= max || Number.isInteger(x * 2));
    }
    case "text":
      // A county's name names its 县, 市 or 区: "园区地址" (the next line's label) names a place's field, and
      // "榕城区电子商务产业园" beside 园区名称 a park in the county. (Its office's name, 始兴县商务局 beside 承办单位,
      // names the county the sheet is of.)
      // (…its remark in brackets aside: "县电子商务公共服务中心（同址）" is a centre.)
      if (input.key === "county" && !countyOfOffice(text) && (!/[县市区區]/.test(text) || A_PLACE_IN_IT.test(text.trim().replace(/\s*[（(][^（()）]*[)）]$/, ""))))
        return false;
      return typeof v === "string" && /[\u4e00-\u9fffA-Za-z]/.test(text) && parseYesNo(v) === undefined;
  }
}

/** A field's label, or a place in the county named by its kind: 园区地址, 榕城区电子商务产业园, 某县农产品展销中心. */
const A_PLACE_IN_IT = /(?:地址|名称|时间|日期|面积|简介|单位|园|园区|公司|中心|基地|站|站点|大道|路|街|号)$/;

/**
 * Points after the clerk's answer: "已印发（…），2分", "已建立，4分", or before a remark: "1分（受疫情影响…）",
 * "2分，各类工作台账齐全".
 * Only as the last (or first) words of the cell, after a comma: "计划2分钟" is no such thing.
 */
export function trailingPoints(text: string): string | undefined {
  const m =
    // (…or as the clerk's: "已建立，自评4分", and "自评2分" alone.)
    /[，,；;]\s*(?:自评分?|自评得分)?\s*(\d+(?:\.\d+)?)\s*分\s*[。.]?$/.exec(text) ??
    /^\s*(?:自评分?|自评得分)\s*[为:：]?\s*(\d+(?:\.\d+)?)\s*分\s*[。.]?$/.exec(text) ??
    /^\s*(\d+(?:\.\d+)?)\s*分\s*[（(][^（()）]*[)）]\s*$/.exec(text) ??
    // "2分，各类工作台账齐全": the points, then why.
    /^\s*(\d+(?:\.\d+)?)\s*分\s*[，,；;]\s*[\u4e00-\u9fff]/.exec(text);
  return m?.[1];
}

/** "满分", "得满分": a judged item's points written as its top (the item's range gives the figure). */
export function isFullMarks(text: string): boolean {
  return /^\s*(?:得|自评|按)?满分[。.]?\s*$/.test(text);
}

/**
 * A yes / no line answered with a figure: "行政村物流快递覆盖率100%" with a rate (100% is yes, less is no) or
 * with how many of the whole are reached ("32/34个行政村": all of them, or not all); "有专业第三方…服务商" with
 * how many there are ("1家": one or more is yes, none no).
 */
export function figureAnswer(input: RubricInput, v: AnyCell): boolean | undefined {
  const text = typeof v === "string" ? v.trim().replace(/／/g, "/") : "";
  const firms = /服务商|运营商/.test(input.label) ? /^有?(\d+)\s*家$/.exec(text) : null;
  if (firms) return Number(firms[1]) > 0;
  if (!/100%/.test(input.label)) return undefined;
  const share = /^(\d+)\s*\/\s*(\d+)\s*个?(?:行政村|村)?$/.exec(text);
  if (share && Number(share[2]) > 0 && Number(share[1]) <= Number(share[2])) return share[1] === share[2];
  // (What it is of, in brackets after it — "100%（195/195）" — changes nothing.)
  const n = parseNumber(typeof v === "string" ? v.replace(/\s*[（(][^（()）]*[)）]\s*$/, "") : v);
  // (A bare figure typed as text, "100" under a 单位 column saying %, is the rate too.)
  if (!n.ok || (n.unit !== "%" && n.unit !== undefined)) return undefined;
  const one = n.unit === "%" ? n.value : n.value.cmp(Q.ONE) > 0 ? n.value.div(Q.of(100)) : n.value;
  return one.cmp(Q.ONE) >= 0;
}

/** "已完成（2021年3月）", "2021.3.26建成": the one date written inside an answer. */
export function dateInRemark(v: AnyCell): string | undefined {
  if (typeof v !== "string" || v.length > 40) return undefined;
  const found = v.match(/\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?/g);
  return found?.length === 1 && parseDate(found[0]).ok ? found[0] : undefined;
}
