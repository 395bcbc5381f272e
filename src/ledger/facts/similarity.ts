/**
 * Label similarity for the facts sheet: a clerk's label ("（三）为特色农产品提供免费展示销售服务（1分）")
 * against what the rubric knows of an input (its label, synonyms, the official texts). Both sides
 * are reduced to a match key — numbering, points and units in brackets, punctuation, spaces and the
 * filler words 的 / 是否 / 情况 / 有无 removed — and compared by character bigrams.
 */
import { normalizeLabel } from "../normalize/text";

/** Leading numbering: 一、 1. 1、 （1） (一) ① 1） 第一项 3.1 (not "21.2020年…": 21. then a year). */
const NUMBERING =
  /^(?:其中|含|包括)[:：]?|^(?:第?[0-9一二三四五六七八九十]+[项条]?[.、．)）:：]|[(（][0-9一二三四五六七八九十]+[)）]|[①-⑳]|[0-9]+(?:\.[0-9]{1,2})+(?![0-9]))\s*/;

/** Brackets holding points, units, answer hints or a scope note: （2分）（1-2分）（元）（是/否）（填“是”或“否”）. */
const NOISE_BRACKET = /[(（[【](?:[^()（）[\]【】]*?(?:分|元|人次|人|个|家|%|是|否|单位|填|选|万)[^()（）[\]【】]*)?[)）\]】]/g;

const PART_BRACKET = /[(（]\s*([\u4e00-\u9fff]{1,6})部分[^()（）]*[)）]/g;

const FILLER = /是否|有无|情况|的|已经|所有|及|与|等|\.\.\.|…/g;
const PUNCT = /[\s,，、。.;；:：!！?？"“”'‘’《》<>()（）[\]【】{}\-—_~～·・/／\\|]/g;

/** The key compared: "（三）为特色农产品提供免费展示、销售服务（1分）：" → "为特色农产品提供免费展示销售服务". */
export function matchKey(text: string): string {
  let t = normalizeLabel(text);
  for (let i = 0; i < 2; i++) t = t.replace(NUMBERING, "");
  // (A part of the line named in its brackets, 项目管理（制度部分，1-2分）, is the line's item: 项目管理制度.)
  t = t.replace(PART_BRACKET, "$1").replace(NOISE_BRACKET, "");
  for (const [re, to] of SAME_WORDS) t = t.replace(re, to);
  return t.replace(FILLER, "").replace(PUNCT, "");
}

/** Words clerks write interchangeably, folded to one form on both sides. */
const SAME_WORDS: [RegExp, string][] = [
  [/电子商务/g, "电商"],
  // A district's own level is its county's (区级中心 = 县级中心).
  [/区级/g, "县级"],
  // …and its name (区名 | 斗门区) the county's.
  [/^区名$/g, "县名"],
  // 网销额 is how clerks say 网络零售额 (农产品网销额 = 农产品网络零售额).
  [/网销额/g, "网络零售额"],
  [/时间/g, "日期"],
  [/帐/g, "账"],
  // 建制村 is the official name of a 行政村 (the postal bureau's 建制村快递服务覆盖率).
  [/建制村/g, "行政村"],
  [/截至/g, "截止"],
  [/个数|数量|人数/g, "数"],
  [/乡村振兴局?|扶贫办|扶贫局/g, "扶贫"],
  [/参训/g, "参加培训"],
  // An 意见征集 window is the 征求意见 one.
  [/意见征集/g, "征求意见"],
  // A column's sub-section 项目公示 listed among the others (设创建方案、项目公示、建设进度…子栏目) is where its
  // projects' basic information is published. (Not a notice's title, "…第二批项目公示": only as an item of a list.)
  [/(?<=[设有、｜|:：])项目公示(?=$|[、｜|，,等])/g, "项目基本信息"],
  [/增长率|增长幅度|增幅|增长/g, "增速"],
  [/管理办法|管理细则|管理规定/g, "管理制度"],
  // A support policy is issued as a 扶持办法 / 若干措施 / 实施意见.
  [/(?:扶持|支持)(?:办法|措施|意见)|若干措施|若干政策/g, "扶持政策"],
  [/投入运营|开始运营|正式运营|开业运营|运行/g, "运营"],
  // Brought in to run things, whatever the operator is called: 引入专业运营服务商 = 引进专业运营团队 (= 引进了专业的
  // 电商运营服务公司). (Not
  // 运营服务商 alone: that is also a park's tenant type.)
  [/(?:引入|引进)了?(?:专业|第三方|的|电商)*运营(?:服务商|商|服务机构|服务公司|公司|服务团队|团队)/g, "引进专业运营团队"],
  // …and a company said to run it: "由广东连商网络科技有限公司专业运营", "委托…公司运营".
  // (…or "由汕尾市海创电子商务有限公司承担县级中心及村级站点运营服务": what it took on, then 运营.)
  [/(?:由|委托|交由)[\u4e00-\u9fff（）()]{4,30}?公司(?:(?:负责|承担|承接)[\u4e00-\u9fff]{0,12}?|(?:负责)?(?:专业|日常)?)运营/g, "引进专业运营团队"],
  // The units working with the lead one are the group's members: 协同单位, 协同揭榜单位 (a 揭榜挂帅 list), 配合单位.
  // (…and a command's 作战单位.)
  [/(?:协同|配合|协作)(?:揭榜|推进|实施|落实)?单位|作战单位/g, "成员单位"],
  [/劳动力|劳力/g, "劳动能力"],
  [/贫困户/g, "贫困人口"],
  // (…or said aloud: "给企业免费拍产品、做美工".)
  [/拍照|拍摄|拍(?:产品|商品)?照片|拍(?:产品|商品)/g, "摄影"],
  // 衍生服务 is the 衍生增值服务 the rubric names ("金融对接、法律咨询这些衍生服务也都有").
  [/衍生(?:的)?服务/g, "衍生增值服务"],
  // A product's 详情页 is what a 美工 designs (做图片设计, 做图 said aloud).
  [/(?:做|设计)?详情页(?:设计)?|做图片设计|图片设计|做图/g, "美工"],
  // Put in the centre to be shown for free is the free display said aloud: "免费放进中心展示".
  [/免费(?:放进|放到|摆进|摆到|进驻)[\u4e00-\u9fff]{0,4}?展示/g, "免费展示"],
  [/公开/g, "公示"],
  // What a column holds is what it shows: 专栏设置 / 开设 / 包括 创建方案 = 专栏公示创建方案.
  [/专栏(?:设置|设有|开设|包括|包含|内容(?:为|包括)?)/g, "专栏公示"],
  [/代销|展销/g, "销售"],
  [/开展|举办/g, "组织"],
  // Funds the county got are funds allocated to it: "获省级财政专项资金500万元".
  [/(?:获得?|争取到?|到位)(?:省级)?(?:财政)?(?:专项)?资金/g, "下达资金"],
  // Paid out is paid out, whoever received it: 拨付给承建单位, 拨付到项目单位.
  [/拨付(?:给|到|至)?(?:承建|承办|项目|实施)(?:单位|方|企业)/g, "拨付"],
  // A label asked as a question ("全县有几个行政村", "省定贫困村有多少个"): its count.
  [/有多少个?|有几个|多少个?|几个/g, "数"],
  [/何时|什么时候|哪天/g, "日期"],
  [/有没有/g, "有无"],
  // A yearbook counts villages as their committees: a line that is just 村民委员会 is the
  // 行政村数 (社区居民委员会, the town's neighbourhoods, stays apart).
  [/^((?:19|20)\d{2}年[末底]?)?村民委员会(?:数|个数)?[:：]?$/, "$1行政村数"],
];

export interface Shingled {
  key: string;
  grams: Set<string>;
  /** Four-digit years named (2019, 2020): a label about 2019 is never an input about 2020. */
  years: string;
  /** The key's characters, made the first time a comparison needs them (see similarity). */
  chars?: Set<string>;
}

export function shingle(text: string): Shingled {
  const key = matchKey(text);
  const grams = new Set<string>();
  if (key.length === 1) grams.add(key);
  for (let i = 0; i + 1 < key.length; i++) grams.add(key.slice(i, i + 2));
  const years = [...new Set(key.match(/20\d\d|19\d\d/g) ?? [])].sort().join(",");
  return { key, grams, years };
}

/** The most the characters-in-common measure alone gives (see similarity). */
const CHARS_ONLY = 0.74;

/**
 * 0..1. Dice of the bigram sets, raised by containment (a short label inside an official sentence,
 * or a descriptor inside a label with a unit note after it). Different years halve it.
 * `needed`: the caller drops anything below it, so a score that cannot reach it may be returned low
 * (the characters-in-common measure, the costly part, is skipped when it cannot matter).
 * `shared`: how many bigrams the two have in common, when the caller has counted them already
 * (an index by bigram does, for every descriptor it finds): the sets are then not compared again.
 */
export function similarity(a: Shingled, b: Shingled, needed = 0, shared?: number): number {
  if (a.key === "" || b.key === "") return 0;
  if (a.key === b.key) return 1;
  // (Picked without making an array and taking it apart: this runs thousands of times per workbook,
  // most of them before the engine has compiled it.)
  const aSmaller = a.grams.size <= b.grams.size;
  const small = aSmaller ? a.grams : b.grams;
  const large = aSmaller ? b.grams : a.grams;
  let inter = shared ?? 0;
  if (shared === undefined) for (const g of small) if (large.has(g)) inter++;
  if (inter === 0) return 0;
  const dice = (2 * inter) / (a.grams.size + b.grams.size);
  const contain = inter / small.size;
  // Containment counts for less when the contained side is tiny ("培训" is inside many sentences).
  const weight = Math.min(1, small.size / 4);
  let s = Math.max(dice, (0.5 * dice + 0.5 * contain) * (0.75 + 0.25 * weight));
  // One wording inside the other with words inserted ("培训人次" in "培训总人次", "常住人口" in
  // "全县常住人口总数"): its characters in order.
  const aShorter = a.key.length <= b.key.length;
  const short = aShorter ? a.key : b.key;
  const long = aShorter ? b.key : a.key;
  const ratio = short.length / long.length;
  if (short.length >= 3 && ratio >= 0.4 && isSubsequence(short, long)) s = Math.max(s, 0.8 + 0.15 * ratio);
  // A short form that begins the full one ("县区" of "县区名称").
  else if (short.length >= 2 && long.startsWith(short) && ratio >= 0.5) s = Math.max(s, 0.8 + 0.15 * ratio);
  // A clerk's short wording whose characters all stand in the official one, in other words or
  // order ("品牌推广指导" in "组织农产品统一推广、指导特色农产品品牌建设"): a likely match, below
  // the exact wordings.
  if (short.length >= 4 && s < CHARS_ONLY && needed <= CHARS_ONLY) {
    const inLong = charsOf(long === a.key ? a : b);
    let found = 0;
    for (let i = 0; i < short.length; i++) if (inLong.has(short[i])) found++;
    s = Math.max(s, CHARS_ONLY * (found / short.length) ** 1.5);
  }
  if (a.years && b.years && a.years !== b.years) s *= 0.5;
  return Math.min(s, 0.99);
}

/** The key's UTF-16 units as a set (compared unit by unit with the other key's). */
function charsOf(sh: Shingled): Set<string> {
  if (!sh.chars) {
    sh.chars = new Set<string>();
    for (let i = 0; i < sh.key.length; i++) sh.chars.add(sh.key[i]);
  }
  return sh.chars;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long.charCodeAt(j) === short.charCodeAt(i)) i++;
  return i === short.length;
}
