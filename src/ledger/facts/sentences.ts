/**
 * Facts stated inside sentences. A 基本情况表 written as prose puts a topic on the left and its
 * values inside sentences on the right ("二、常住人口 | 全县常住人口约37.4万人（2020年末）",
 * "八、网络零售 | 2019年全县农村网络零售额3.12亿元，2020年达4.27亿元，同比增长36.9%"). A reviewer
 * reads each figure with the words before it (carrying the subject and the year of the figure
 * before when the words are only "2020年达" or "同比增长"), a date with the clause around it, and a
 * clause saying something was done ("已制定《…资金管理办法》") or not ("尚未建成…") as 是 / 否.
 * This module turns one sentence into such statements; the facts reader matches their labels with
 * the rubric's inputs like any other label.
 */

import { SELF_SCORE_WORDS } from "./claim-lines";
import { withArabicNumerals } from "../normalize/chinese-numerals";
import { halfWidthDigits } from "../normalize/text";
import { withRespectively } from "./respectively";

export type StatementKind = "figure" | "points" | "date" | "answer";

export interface Statement {
  /** What the value is of, in the sentence's words (with the subject before it, when needed). */
  label: string;
  /** As written: "37.4万人", "2分", "2020年5月18日"; 是 / 否 for an answer. */
  value: string;
  kind: StatementKind;
  /** A figure's unit as written (万人, 亿元, %, 人次…). */
  unit?: string;
}

/** The reader's matching of a label with the inputs: scores, best first. */
export type LabelScores = (label: string) => readonly { score: number; target: unknown }[];

const OPEN = "（(《【[〔";
const CLOSE = "）)》】]〕";

/** A figure with the unit that says what it counts: 37.4万人, 3.12亿元, 1,932人, 36.9%. */
// A bare 万 counts too when no word follows it ("常住人口约72.3万（…）"): 72.3万 is 723,000 of what the words name.
// "5800余人次", "3000多人": the figure stated, as in a value cell's "5000余" (what was done is at least that).
const FIGURE = /([0-9０-９][0-9０-９,，.．]*)\s*(?:余|多)?\s*(万人次|万人|万元|亿元|元|人次|人|万户|户|个|家|%|％|分|万(?![\u4e00-\u9fff]))/g;
/** A day or a month: 2020年5月18日, 2020年1月, 2020.5.18, 2020-05-18. */
// One separator throughout ("2020.9-2021.10" is a period, not 2020.9.20).
// A two-digit year with day and month too ("20.10.28正式投入运营"), never a bare "3.5".
const DATE =
  /(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|(?:19|20)\d{2}([-/.．])\d{1,2}(?:\1\d{1,2})?(?!\d)|(?<![\d.．])[12]\d([.．])\d{1,2}\2\d{1,2}(?![\d.．])/;
/** A bound or a guess is no plain figure: "超过5000人", "3000人以上", "不足一半". */
const BOUND_BEFORE = /(?:超过|超|逾|不足|不到|未达到?|达不到|低于|高于|多于|少于|最多|最少|扣)\s*$/;
const BOUND_AFTER = /^\s*(?:以上|以下|多|余|之多)/;
/** The year before's figure in brackets after 比上年: "比上年（1.36亿元）增长26.5%". */
const LAST_YEAR_FIGURE = /比上年\s*[（(]\s*([0-9０-９][0-9０-９,，.．]*\s*(?:万元|亿元|元|万人次|人次|万人|人|个|家))\s*[)）]/g;
/** A clause of what the figure before leaves out: "，不算外出务工的，", "，不包括外出务工人员，". */
const LEFT_OUT_CLAUSE = /[，,]\s*(?:不算|不计|不包括|不含|不计算)(外出务工(?:人员|的人)?)(?:的|在内)?\s*[，,]/g;
/** Words taking an amount off the figure before: 扣除外出务工（2230人）. */
const DEDUCTION = /^(?:扣除|除去|剔除|减去|去除|去掉)([\u4e00-\u9fff]{2,8})$/;
/** A topic (and its colon) before a year's figure: "农村网络零售额：2019年", "农村网络零售额2019年". */
const TOPIC_YEAR = /^([\u4e00-\u9fff]{2,12}?)\s*[:：]?\s*((?:19|20)\d{2}\s*年度?)$/;
/** A prohibition: a rule for what is to come, no statement of fact. */
const DIRECTIVE = /不得|严禁|禁止|切勿/;
/**
 * Plans, not facts: "计划建设产业园", "拟于年底运营"; a paper still on its way, "征求意见中", "报批中"
 * (a document's status, saying it is not issued yet).
 */
// (…or a year after the evaluation's, "到2025年实现行政村快递服务全覆盖": a target, not what is.)
// (…or a work still going, behind its schedule: "品牌推广及溯源子项目进度滞后".)
// (…or a thing still being bought or built, "摄影棚设备采购中", "建设中": not there yet.)
const PLANNED =
  /计划|拟|将于|将在|正在|筹建|筹备|争取|预计|力争|准备|即将|尚在|推进中|进[度展](?:滞后|缓慢)|谋划|目标|任务数|(?:征求意见|审批|报批|送审|会签|起草|修订|采购|建设|装修|调试)中|到\s*20(?:2[2-9]|[3-9]\d)\s*年/;
/** The migrants taken off the count before: "扣除外出务工人员后为", "除去外出务工的以后有". */
// (Not "扣除外出务工2230人后为4120人": the figure after 后 is read as the one without them already.)
// (…or said as those left, before their figure: "，其中外出务工858人，不含外出务工的1,460人".)
const MIGRANTS_DEDUCTED =
  /(?:扣除|除去|减去|剔除)外出务工(?:人员|人口|劳动力)?(?:的)?(?:后|以后)(?:为|是|有|剩|共)?|(?:不含|不包括|不计|不算)外出务工(?:人员|人口|劳动力)?(?:的|在内的?)?(?:为|是|有|共)?(?=\s*[0-9０-９])/g;
/**
 * The poor counted with the migrants, the migrants said in the bracket after: "有劳动能力的建档立卡贫困人口4,015人
 * （含外出务工603人，县乡村振兴局确认）". The rubric's count is without them, what a reviewer works out.
 */
const MIGRANTS_INCLUDED =
  /([\u4e00-\u9fff]{0,24}?贫困(?:人口|劳动力))(?:数)?(?:为|有|共|是)?(\d[\d,]*)人\s*[（(](?:其中)?含外出务工(?:人员|人口|劳动力)?(\d[\d,]*)人[^（()）]*[)）]/g;
/** Those at home of the poor able to work, said after the migrants: "在家有劳动能力的4,870人". */
const AT_HOME_ABLE = /在家(?:的)?有劳动(?:能)?力(?:的)?(?=\s*\d)/g;
/** A trial run and its day: "2020年6月18日开始试运营", "2020年6月起试运行". */
const TRIAL_RUN = /(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:开始|起)?\s*(?:试运营|试运行|试营业)/g;
/** The rule a clause says was not followed, after its 未: "未按《管理办法》第十二条要求", "没有按照…规定". */
const BREACHED_RULE = /(未|没有|未能)(?:按照?|依照|依据|根据)《[^《》]{1,40}》(?:第[一二三四五六七八九十百\d]+条)?(?:的)?(?:要求|规定)?/g;
/** A clause saying something is not so. */
// (An item answered after its colon, "免费摄影、美工：无（由运营商有偿提供）", too; 无偿 is free of charge.)
// (A service for a fee, 摄影美工：有偿（按成本价收费）, is not the free one asked about.)
// (…or the answer a report is to give, quoted: "“免费摄影、美工服务”改报“无”"; or a service charged for,
// "产品拍摄按每款30元收取成本费", "按次收费" — not "不收费", "免收费".)
// ("除培训、展示外无其他服务": nothing else; "《…扶持办法》仍在征求意见": still a draft, not issued.)
// ("按成本价收取少量费用" charges; "收费用于…" is what a fee is spent on.)
// ("由运营方按每款产品30元成本价收取": the cost price charged.)
const CHARGED = /(?<![不免未])(?:收取[^，,。；;]{0,6}?费|收[^，,。；;]{0,6}?费(?!用)|成本价?收取(?![^，,。；;]{0,6}?费))/;
// (…or an item crossed in a list of ticked ones, "统一推广√；其他衍生增值服务×": not a masked name, 王××.)
// (…or a shortfall still there, "快递进村“最后一公里”仍有短板": not done.)
// (…or crossed before its words, a list's "× 征求意见或监督举报窗口" under ticked "√ 创建方案".)
/** A clause's words ticked or crossed after them, as a clerk's workings mark each point: "其他衍生增值服务 ×". */
const CLAUSE_MARK = /([\u4e00-\u9fff）)])\s*([√✓✔×✗✘])\s*$/;
const NEGATED = new RegExp(
  `(?<=[\\u4e00-\\u9fff]{3})[×✗✘❌](?![×xX])(?:\\s*[（(][^（()）]*[)）])?\\s*$|^\\s*[×✗✘❌]\\s*(?=[\\u4e00-\\u9fff])|未|没有|还没|尚无|暂无|^无|外\\s*无|仍在(?:征求意见|起草|修改|审议|制定|拟定)|正在(?:起草|拟定|制定)|[:：]\\s*(?:无(?!偿)|否|有偿)|不能|不具备|不具有|无法|不存在|不涉及|不算|并非|(?:仍|还|尚)(?:有|存在)短板|${CHARGED.source}|(?:改报|上报|报|填报|填|改为|改成)\\s*[“"「]\\s*(?:无|否|没有)\\s*[”"」]`,
);
/** A clause that only charges, naming nothing of its own ("按成本价收取少量费用"): the fee of the clause before. */
function chargesFor(clause: string): boolean {
  const t = clause.trim();
  const m = CHARGED.exec(t);
  // (Nothing named before the fee but its manner, nothing after it: "收费：摄影、美工服务…" names its own.)
  return m !== null && /^(?:但|均|并|需|则|另)?(?:按[^，,。；;]{0,6})?$/.test(t.slice(0, m.index)) && /^[\u4e00-\u9fff]{0,2}[。.]?$/.test(t.slice(m.index + m[0].length));
}
/** What a clause says is charged for, named before the fee: "中心摄影、美工服务按成本价收费" → 中心摄影、美工服务. */
function chargedSubject(clause: string): string | undefined {
  const m = CHARGED.exec(clause);
  return m ? clause.slice(0, m.index).replace(/(?:均|都|则|需|另)?(?:按[^，,。；;]{0,6})?$/, "") || undefined : undefined;
}
/** Policies of some fields named together (用地、人才政策, 土地和金融方面政策): others than the one a county issued. */
const POLICY_FIELD = "(?:用地|土地|人才|金融|税收|融资|用电|物流)";
const SOME_POLICIES = new RegExp(`${POLICY_FIELD}(?:[、和及与]${POLICY_FIELD})+(?:等)?(?:方面)?(?:的)?(?:专项|专门|配套)?(?:扶持|支持)?政策`);

/** A subject, then the words saying it is not done yet: 产业园还没建, 资金台账尚未建立. */
const NOT_DONE = /^(.+?)(?:还没有?|尚未|暂未|还未|没有)[\u4e00-\u9fff]{1,3}$/;
/** Scope and connecting words a label does without: 全县, 共有, 达到, 为… */
// (Not the 截止日 of a 截止日期: "考评截止日期按省厅通知为2021年8月31日" says what the day is.)
const SCOPE = /全县|全市|全区|本县|我县|本市|我市|本区|我区|截[至止](?:目前|今|[^，,；;]{0,10}?[底末日](?!期))/g;
const LEAD_WORDS = /^(?:[、，,；;：:\s]|其中|目前|当前|共有|共计|合计|总计|共|约|大约|达到|达|为|是|有|实现|完成)+/;
// 达 ("…2020年达4.27亿元") but not 下达 (allocated), 送达, 通达, 抵达.
const TRAIL_WORDS = /(?:共计|共有|合计|总计|累计为|约为|约|大约|(?<![下送通抵])达到|(?<![下送通抵])达|为|是|共|计|有|近)+$/;
const YEAR = /^((?:19|20)\d{2})\s*年度?/;
/** A bracket giving another year's figure: （2019年：1.55亿元）, （2019年为3.2亿元）. */
const OTHER_YEAR = /[（(]\s*((?:19|20)\d{2})\s*年度?\s*[:：为]?\s*([0-9０-９][0-9０-９,，.．]*)\s*(万人次|万人|万元|亿元|元|人次|人|个|家|%|％)\s*[)）]/g;
/** The points a self-score was revised from: "由2分调整为1分", "原报4分调整为3分" (what is left says the new). */
const REVISED_POINTS = /(?:由|原报|原为|原填)\s*-?\d+(?:\.\d+)?\s*分\s*[，,]?\s*(?:现)?(?:调整|调减|调增|调|核改|核减|修改|改)(?:为|成)(?=\s*-?\d)/g;
/** "较2019年的24.55亿元", "比2019年同期24.55亿元": the subject's figure in the year it is compared with. */
// (…or its figure in brackets after the year, "比2019年（14.2亿元）增长31.7%".)
const COMPARED_YEAR = /(?:较|比|相比|对比)\s*((?:19|20)\d{2})\s*年(?:的|同期|全年)?\s*[（(]?\s*([0-9０-９][0-9０-９,，.．]*)\s*(万元|亿元|元|万人次|人次|万人|人|个|家)/g;
/** The words just before a compared year's figure: "比2019年的", "较2019年同期". */
const COMPARED_BEFORE = /(?:较|比|相比|对比)\s*(?:19|20)\d{2}\s*年(?:的|同期|全年)?\s*[（(]?\s*$/;
/** A growth said in words with its rate in a bracket after them: 增长近三成（28.7%）. */
const GROWTH_IN_BRACKET = /(?:增长|增幅|增速)[^（(，,；;。]{0,8}[（(]\s*([0-9０-９][0-9０-９.．]*)\s*[%％]\s*[)）]/;
/** A clause that is a time and nothing else: 2020年, 2020年度, 2021年1—7月, 2020年全年. */
const DAY_CLAUSE = /^((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]?)$/;
/** 截至 after a line's number, if any: "2．截至", "（三）截止到". */
const NUMBERED_BOUND = String.raw`(?:\d+\s*[.、．]\s*|[（(][一二三四五六七八九十\d]+[)）]\s*)?(?:截至|截止)(?:到|至)?\s*`;
/** The bare word bounding a figure by a day, after a number or a label's colon: "3.财政局确认：截至". */
const BOUND_WORD = new RegExp(String.raw`(?:^|[：:])\s*${NUMBERED_BOUND}$`);
/**
 * A clause only bounding by a day what follows it: "2．截至2021年8月31日", "（三）截止2021年8月20日" — with
 * what the day is in brackets too, "截至2021年6月30日（本次审计调查截止日）": an audit's day, not the sheet's
 * (not one the brackets call the assessment's, 截至2021年8月31日（考评截止日）).
 */
const BOUND_DAY = new RegExp(String.raw`^${NUMBERED_BOUND}(?:${DATE.source})\s*(?:[（(](?![^（()）]*(?:考评|自评|评估))[^（()）]*[)）])?\s*$`);
/** A clause naming this year, or its months so far, alone: "今年1至8月". */
const THIS_YEAR_CLAUSE = /^(?:今年|本年|当年|今年以来)(?:\s*\d{1,2}\s*[—\-－~～至到]\s*\d{1,2}\s*月份?)?$/;
const YEAR_CLAUSE = /^((?:19|20)\d{2})\s*年(?:度|全年|以来|\s*\d{1,2}\s*[—\-－~～至到]\s*\d{1,2}\s*月份?)?$/;
/** A clause of points alone, "自评2分" (自评加 / 减 N分 is no item's points: group 1). */
const SELF_SCORE_CLAUSE = new RegExp(`^${SELF_SCORE_WORDS}(\\d+(?:\\.\\d+)?)\\s*分[。.]?$`);
/** The clerk's points listed in a bracket after the account: "（自评：网销调研2分，网络促销2分，交易标准及冷链溯源1分）". */
const SELF_SCORED_LIST = /[（(]\s*自评(?:得分|情况)?\s*[:：]\s*([^（()）]+?)\s*[)）]/g;
/** An item's own points in a bracket after what earned them: "（方案制定自评2分）", "（资金台账自评5分）". */
const ITEM_SELF_SCORED = /[（(]\s*([\u4e00-\u9fff、]{2,16}?)\s*自评\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/g;
const SCORED_ITEM = /^([\u4e00-\u9fff、]{2,16}?)\s*(\d+(?:\.\d+)?)\s*分$/;
/** Words that end with 自评 (…，自评4分): the figure after them is a claim (./claim-lines). */
// (…its minus too: "自评-5分", points taken off, are a claim as well.)
const AFTER_SELF_SCORE_WORDS = new RegExp(`${SELF_SCORE_WORDS}[-－−]?$`);

/** A part named with its figure in a bracket after the whole's: "（其中省定贫困村18个）". */
const PART_IN_BRACKET =
  /[（(]\s*其中\s*([\u4e00-\u9fff]{2,12}?)\s*(?:为|有|共|共有)?\s*([0-9０-９][0-9０-９,，.．]*)\s*(万人次|人次|万人|人|个|家|万元|亿元|元|户)\s*[)）]/g;

/** Three or more items with bare points after a 自评 lead-in and its colon ("自评初稿（…）：方案制定2、政策支持1、…"). */
const BARE_POINTS_LIST = /(?<=自评[^：:。；;]{0,16}[：:]\s*)[\u4e00-\u9fff]{2,12}\d(?:\.\d+)?(?:[、，,][\u4e00-\u9fff]{2,12}\d(?:\.\d+)?){2,}(?![\d.%％分万个人家元])/g;

/** "是上年的1.32倍", "为2019年的1.38倍": the whole as times the year before's. */
const TIMES_LAST_YEAR = /(?:是|为|相当于|达到?)(?:上年|去年|上一年|前一年|(?:19|20)\d{2}年)(?:同期)?的\s*(\d+(?:\.\d+)?)\s*倍/g;
/** "同比增长1.2倍": grown by so many times. */
const GREW_TIMES = /(?:同比)?增长(?:了)?\s*(\d+(?:\.\d+)?)\s*倍/g;
/** A ratio as a percent, to two decimals (0.32 → 32). */
const percentOf = (ratio: number) => String(Math.round(ratio * 10000) / 100);

/** ", 2019年是48.1亿元": a year and its figure alone after a figure, no subject of its own. */
const EARLIER_YEAR_IN_PASSING = /(?<=\d\s*(?:亿元|万元|元))[，,]\s*((?:19|20)\d{2})\s*年(?:是|为|只有|仅|才)\s*(\d[\d,，.]*\s*(?:亿元|万元|元))/g;

/** A name's full marks in brackets right before its 自评: "项目管理（4分）：". */
const WEIGHT_BEFORE_SELF_SCORE = /[（(]\s*(?:满分\s*)?\d+(?:\.\d+)?\s*分\s*[)）]\s*[:：]?\s*$/;

/** The census a population figure was taken from, before it in its brackets: "七普", "按第七次全国人口普查：". */
export const CENSUS_SOURCE = String.raw`(?:按|据)?(?:七普|六普|第[七六]次(?:全国)?人口普查|人口普查)(?:数据?|公报)?\s*[:：]?\s*`;

/** A figure alone in brackets after the words naming what it counts: "常住人口（43.49万人）". */
// (Not after a figure of its own, "参训2,105人（3,460人次）": there the bracket counts it another way.)
// (…or with the census it was taken from before it: "常住人口（七普36.94万人）".)
const FIGURE_IN_BRACKET = new RegExp(
  String.raw`(?<![0-9０-９][\u4e00-\u9fff]{0,2})([\u4e00-\u9fff])[（(]\s*(?:${CENSUS_SOURCE})?([0-9０-９][0-9０-９,，.．]*\s*(?:万人|人次|人|亿元|万元|元|个|家|户))\s*[)）]`,
  "g",
);

/** The day something opened and the words saying so, as a bracket holds them: "2020年12月18日投入运营" (its day, its verb). */
export const OPENED_ON = String.raw`((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)\s*((?:正式)?(?:投入运营|投入使用|开业|揭牌|建成|挂牌))`;
/** …in brackets after what opened (its file's name: 运营资料, 照片): "中心运营资料（2020年12月18日投入运营）". */
const OPENED_IN_BRACKETS = new RegExp(String.raw`([\u4e00-\u9fff]{2,20}?)(?:运营资料|资料|材料|照片|台账)?[（(]\s*${OPENED_ON}\s*[)）]`, "g");
/** A rate alone in brackets closing a clause: "（覆盖率100%）", "（通达率100%）". */
const RATE_IN_BRACKETS = /[（(]\s*([\u4e00-\u9fff]{0,6}率\s*(?:达|为|达到)?\s*[0-9０-９.．]+\s*[%％])\s*[)）](?=\s*(?:[，,；;。]|$))/g;
/** A figure of the whole county in brackets after another clause's: "（全市常住人口91.32万人）". */
const COUNTY_FIGURE_ASIDE = /[（(]\s*((?:全县|全市|全区|本县|本市|本区)[\u4e00-\u9fff]{2,12}[0-9０-９][0-9０-９,，.．]*\s*(?:万人|人|个))\s*[)）]/g;

/** An indicator's points, then its items' listed: 项目管理3分 | 制度2分＋台账1分. */
// (…after its paragraph's number too: "3．农村产品上行8分（网销调研1分、…）".)
const INDICATOR_POINTS = String.raw`(?<=^|[；;，,。\s：:．]|\d\.)([\u4e00-\u9fff]{2,8})\s*\d+(?:\.\d+)?\s*分\s*`;
// (An item's name up to ten characters: 交易标准与冷链溯源1分.)
const ITEM_POINTS_LIST = String.raw`((?:[\u4e00-\u9fff]{2,10}\s*\d+(?:\.\d+)?\s*分\s*[＋+、，,]\s*)+[\u4e00-\u9fff]{2,10}\s*\d+(?:\.\d+)?\s*分)`;
/** An indicator's points with its items' in brackets after them: 项目管理3分（制度2分＋台账1分）. */
const ITEMS_IN_BRACKET = new RegExp(String.raw`${INDICATOR_POINTS}[（(]${ITEM_POINTS_LIST}\s*[)）]`, "g");

/** …or after 其中: "项目管理3分，其中管理制度2分、工作台账1分". */
const ITEMS_OF_WHICH = new RegExp(String.raw`${INDICATOR_POINTS}[，,]?\s*其中\s*[:：]?\s*${ITEM_POINTS_LIST}`, "g");
/**
 * Each of an indicator's items' points as a clause of its own: a short name with the indicator's (制度 → 项目管理制度,
 * 管理制度 → 项目管理制度), a full one as it is (促销活动 is no clearer as 农村产品上行促销活动).
 */
function eachItemNamed(_all: string, name: string, items: string): string {
  return items
    .split(/[＋+、，,]/)
    .map((part) => {
      const item = part.trim();
      const han = item.match(/^[\u4e00-\u9fff]+/)?.[0] ?? "";
      // (The indicator's last words begun again: 项目管理 + 管理制度.)
      for (let k = Math.min(name.length, han.length) - 1; k >= 2; k--) if (name.endsWith(han.slice(0, k))) return `${name}${item.slice(k)}`;
      return han.length <= 3 ? `${name}${item}` : item;
    })
    .join("，");
}

/** Items named together with one figure for each: "项目管理制度、工作台账各自评2分". */
const EACH_SELF_SCORED = /(?<![\u4e00-\u9fff])((?:[\u4e00-\u9fff]{2,12}、)+[\u4e00-\u9fff]{2,12}?)(?:各|均|都)(?:按|给|打|得|为|是)?(自评\s*)?(\d+(?:\.\d+)?\s*分)/g;

/** A clause naming an item and its points, nothing else: "资金管理制度5分", "工作台账只能给1分". */
const ONLY_POINTS = /^([\u4e00-\u9fff、和及与]{2,16}?)(?:自评|只能给|给|按|得|打|为|是)?\s*\d+(?:\.\d+)?\s*分$/;

/**
 * A clause that only scores a judged item ("资金管理制度5分"): its points, not a statement that the item
 * was done. (A criterion's points, "第三方运营1分", do say it was: the points are for having one.)
 */
function scoresJudgedItem(clause: string, scores: LabelScores, min: number): boolean {
  const item = ONLY_POINTS.exec(clause.trim())?.[1];
  if (item === undefined) return false;
  // (A judged item among its closest matches: 资金管理制度 names both the fund rules and their points.)
  const found = scores(item);
  const near = Math.max(min, (found[0]?.score ?? 0) - 0.1);
  return found.some((m) => m.score >= near && (m.target as { type?: string }).type === "judged");
}

const hanCount = (t: string) => (t.match(/[\u4e00-\u9fff]/g) ?? []).length;

/**
 * Clauses of a sentence: split at ，；。 and line breaks outside brackets (a comma between digits is a thousands separator).
 * (…and at a board's separators between its items, ｜ · →: "免费培训·免费展示展销｜代办商标", "印发《方案》→ 出台《办法》".)
 */
export function clausesOf(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  // (A board's separators inside quotes are a name's: “电商进农村·县域擂台赛”.)
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (ch === "“" || ch === "”") quoted = ch === "“";
    else if (depth === 0 && (/[，,；;。！!？?\n]/.test(ch) || (!quoted && /[｜→·]/.test(ch)))) {
      if ((ch === "," || ch === "，") && /[0-9０-９]/.test(text[i - 1] ?? "") && /[0-9０-９]/.test(text[i + 1] ?? "")) continue;
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((c) => c.trim()).filter((c) => c !== "");
}

/** The clause with every bracket's contents (brackets included) blanked out, same length. */
function outsideBrackets(clause: string): string {
  let depth = 0;
  let out = "";
  for (const ch of clause) {
    if (OPEN.includes(ch)) depth++;
    out += depth > 0 ? "\u0001".repeat(ch.length) : ch;
    if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
  }
  return out;
}

/** The contents of a clause's outermost brackets, each split at ；. */
function bracketed(clause: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < clause.length; i++) {
    const ch = clause[i];
    if (OPEN.includes(ch)) {
      if (depth++ === 0) start = i + 1;
    } else if (CLOSE.includes(ch) && depth > 0 && --depth === 0) out.push(...clause.slice(start, i).split(/[；;]/));
  }
  return out.map((t) => t.trim()).filter((t) => t !== "");
}

/** A document's issuing, dated, at the end of the brackets after its title: "》（…号，2019年12月正式印发）". */
// (…or without its day: "（惠阳府办〔2020〕7号，已正式印发）".)
const TITLE_ISSUED_IN_BRACKETS =
  /》[（(](?:[^（()）]*?[，,；;\s])?((?:19|20)\d{2}\s*年[^（()），,；;]*?(?:印发|出台|发布|施行)|已经?(?:正式)?(?:印发|出台|发布|施行))[)）]/g;

/** The words before a figure as a label: scope and linking words off ("全县…共" → "…"). */
/** Who said it, before what was said: "统计局提供：", "邮政管理局告知：", "答：" (a call or a transcript). */
// (…or whose word or figures they are: "财政局确认：", "商务厅平台数据：", "民政局口径：".)
const SAID_BY = /^\s*(?:[^：:，,。；;]{0,12}?(?:提供|告知|通知|答复|回复|报告|反馈|介绍|表示|称|说|确认|核对|核实|口径|数据)|问|答)\s*[:：]\s*/;

/** …or said of the figure as whose it is: "区商务局提供的2020年…", "统计局核定的全区…". */
const GIVEN_BY = /^\s*[^：:，,。；;]{0,12}?(?:提供|确认|核定|反馈|监测|公布)的\s*(?=(?:19|20)\d{2}\s*年|全[县区市])/;

/** "到8月底", "到今年8月底": the figure's day said in passing. */
const SPOKEN_BY_MONTH_END = /(?:到|至)(?:今年)?\s*\d{1,2}\s*月(?:底|末)/g;
function cleanLabel(words: string): string {
  return (
    words
      .replace(SAID_BY, "")
      .replace(GIVEN_BY, "")
      .replace(SCOPE, "")
      // (Said aloud, an interview's "到8月底已经拨付了410万元" is 已拨付.)
      .replace(SPOKEN_BY_MONTH_END, "")
      .replace(/已经/g, "已")
      .replace(/(?<=[\u4e00-\u9fff])了$/, "")
      .replace(LEAD_WORDS, "")
      .replace(TRAIL_WORDS, "")
      .trim()
  );
}

/**
 * A document title names what was issued by its last words: 《某县…专项资金管理办法（试行）》 → 资金管理办法;
 * a bracketed reference is left out.
 */
const SUPPORT_FUND_RULES = /(?:扶持|奖补|奖励|促进)[\u4e00-\u9fff]{0,4}资金(?:管理|使用)?(?:办法|细则|规定)$|扶持[\u4e00-\u9fff]{0,12}(?:办法|措施|细则)$/;

function shortTitles(clause: string): string {
  return (
    clause
      // (…the rules of a fund for supporting e-commerce, 《…电子商务发展扶持资金管理办法》, a support policy, not the
      // programme's own fund management: named by what it supports.)
      .replace(/《([^》]*)》/g, (_, t: string) => {
        const bare = t.replace(/[（(][^（()）]*[)）]/g, "");
        return SUPPORT_FUND_RULES.test(bare) ? "扶持办法" : bare.slice(-6);
      })
      // A reference in brackets (举报电话0762-…, 蕉府办〔2019〕61号) says where, not what.
      .replace(/[（(][^（()）]*\d[^（()）]*[)）]/g, "")
  );
}

interface Context {
  /** The last figure's subject ("农村网络零售额") and year ("2019年"). */
  subject: string;
  year: string;
  /** The year a time-only clause opening the sentence gives every figure after it ("2021年1—7月，…"). */
  lead?: string;
  /** The subject before a year's clause ended it: "…农村网络零售额3.32亿元；2020年，达到4.36亿元" goes on with it. */
  former?: string;
}

/** A growth's words alone: 同比增长, 增长, 增速, 比上年增长. */
const BARE_GROWTH = /^(?:同比|比上年|较上年)?(?:增长|增速|增幅)(?:率)?$/;

/**
 * The label of a figure: its own words when they name an input clearly; otherwise the best of its
 * words with the sentence's year ("农产品网络零售额" after "2020年农村网络零售额…"), with the subject and
 * year of the figure before ("2020年达…", "同比增长…"), or before the subject's head noun ("已参训1702人"
 * after "有劳动能力贫困人口3184人" is 已参训贫困人口). A fragment states another figure than its
 * subject's, so a reading that names the subject's own input again is not taken.
 */
function figureLabel(given: string, ctx: Context, scores: LabelScores, min: number, margin: number, after = "", previous?: string): string {
  // "农村网络零售额：2019年9.86亿元，2020年12.64亿元，同比增长28.2%": the topic before the colon is what
  // each of its years' figures is of, and the subject of the rest.
  const topic = TOPIC_YEAR.exec(given);
  if (topic) ctx.subject = topic[1];
  const written = topic ? `${topic[2]}${topic[1]}` : given;
  const own = ctx.lead && !YEAR.test(written) ? `${ctx.lead}${written}` : written;
  const year = YEAR.exec(own)?.[0] ?? "";
  const rest = own.slice(year.length);
  // A growth said bare after a figure ("社会消费品零售总额112.6亿元，同比增长14.3%") is that figure's subject's, whatever
  // the rubric's growths its words resemble alone.
  if (!topic && ctx.subject && BARE_GROWTH.test(rest.trim())) {
    if (year) ctx.year = year;
    return `${year || ctx.year}${ctx.subject}${rest}`;
  }
  const ownScores = scores(own);
  const top = ownScores[0]?.score ?? 0;
  // A year and a verb alone ("2020年达") name nothing, however its digits happen to score.
  const named = hanCount(rest) >= 2;
  // Its two best readings alike: the words alone do not say which.
  const tied = (ownScores[1]?.score ?? 0) >= top - margin;
  if (named && top >= min && !tied) {
    ctx.subject = rest;
    if (year) ctx.year = year;
    return own;
  }
  const y = year || ctx.year;
  const withYear = named && !year && y ? `${y}${rest}` : undefined;
  // What happened to the figure, said after it ("省级专项资金500万元已全部下达"): 下达 tells allocated from spent.
  const verb = /^(?:已经|已|均|都|全部|全额|足额)*([\u4e00-\u9fff]{2,4})$/.exec(after)?.[1];
  // A bare rate ("…已有281个实现快递进村，覆盖率97.2%") is of what the clause before it did.
  const of =
    previous !== undefined && /^[\u4e00-\u9fff]{1,3}率$/.test(rest.trim())
      ? cleanLabel(
          previous
            .replace(/[\d０-９,，.．]+\s*[个家人次万亿元%％]*/g, "")
            // (What was done, not that it was: 行政村中已有…实现快递进村 → 行政村快递进村.)
            .replace(/中(?=已|有)/g, "")
            .replace(/已经|已有|均已|已|实现/g, ""),
        )
      : "";
  // (A subject naming a growth's criterion, "2020年农产品网络零售额同比增速≥30%", is of the sums the clauses under it give
  // year by year, "2019年3.41亿元，2020年4.57亿元": what grew.)
  const grown = ctx.subject.replace(GROWTH_CRITERION, "");
  const variants = [
    withYear,
    ...(verb && named ? [`${own}${verb}`] : []),
    ...(ctx.subject ? [`${y}${ctx.subject}${rest}`, `${y}${rest}${headOf(ctx.subject)}`] : []),
    ...(grown !== ctx.subject && hanCount(grown) >= 4 ? [`${y}${grown}${rest}`] : []),
  ];
  const subjectInput = ctx.subject ? scores(`${ctx.year}${ctx.subject}`)[0]?.target : undefined;
  let label = own;
  let best = top;
  for (const v of variants) {
    const m = v === undefined ? undefined : scores(v).find((x) => x.target !== subjectInput);
    if (v !== undefined && m && m.score >= min && m.score > best) {
      label = v;
      best = m.score;
    }
  }
  // (The rate of what was done is that thing's own: its input is no other figure's subject to avoid.)
  // (Not a restatement of the clause before: "覆盖行政村168个，覆盖率73.4%" is the sites' coverage, the
  // words before naming the same thing without the rate.)
  const rateOf = hanCount(of) >= 2 && !of.includes(rest.replace(/率$/, "")) ? scores(`${of}${rest}`)[0] : undefined;
  if (rateOf && rateOf.score >= min && rateOf.score > best) {
    label = `${of}${rest}`;
    best = rateOf.score;
  }
  if (named && (label === own || label === withYear)) ctx.subject = rest;
  if (year) ctx.year = year;
  // A fragment nothing names, said after a figure of another year ("2021年1-8月…14.2亿元，同比增长35.1%"):
  // it is that year's, and says so (no line label around it makes it 2020's).
  if (label === own && !year && ctx.year && (best < min || tied)) return `${ctx.year}${own}`;
  return label;
}

/** A growth's criterion after what grew: "同比增速≥30%", "增长率达30%以上". */
// (…its figure read apart already, "同比增速≥": the words left.)
export const GROWTH_CRITERION = /(?:同比)?(?:增速|增长率|增幅|增长)\s*(?:[≥>＞]=?|达到?)?\s*(?:\d+(?:\.\d+)?\s*[%％](?:以上|及以上)?)?$/;

/** A subject without its own numbering, year or colon ("21.2020年农产品网络零售额：" → 农产品网络零售额). */
function bare(subject: string): string {
  return subject
    .replace(/^\s*\d+[.、．]\s*/, "")
    .replace(/(?:19|20)\d{2}\s*年度?/g, "")
    .replace(/[:：]\s*$/, "");
}

/** What a subject is of: "有劳动能力的建档立卡贫困人口（不含外出务工）" → 贫困人口 (after 的, else its last four characters). */
export function headOf(subject: string): string {
  const bare = subject.replace(/[（(][^（()）]*[)）]/g, "");
  const afterDe = bare.slice(bare.lastIndexOf("的") + 1);
  return afterDe.length <= 4 ? afterDe : afterDe.slice(-4);
}

/**
 * "依据《…扶持办法》（…26号）：1．入园企业前两年租金全免…；3．新认定区域公用品牌授权企业，给予包装设计补贴":
 * a support policy's terms quoted after its title are what it offers, not what was done.
 */
const POLICY_TERMS = /^\s*(?:依据|根据|按照)《[^》]{2,60}(?:办法|措施|细则|规定|政策|意见)》[^：:，,]{0,30}[：:]/;
/** A heading naming the matter a paragraph answers: "三、关于快递进村", "（二）关于村级电商服务站点". */
const TOPIC_HEADING = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[(（][一二三四五六七八九十\d]+[)）])?\s*关于[\u4e00-\u9fff“”"]{2,20}\s*$/;
/** A sentence of what comes next: 下一步, 下阶段, 今后, 接下来. */
// (…or next year's: "明年我们要力争…突破12亿元，再培训5,000人次".)
export const NEXT_STEPS = /^\s*(?:下一步|下阶段|下一阶段|今后|接下来|明年|来年)/;

/** A sentence opening with what is aimed at: 力争, 争取. (Not 计划: "计划4000人次，实际完成4,512人次" goes on to what was done.) */
const AIMS = /^\s*(?:力争|争取)/;

/** A question and its answer ("问：截至8月底培训多少人次？答：按期次台账合计8,062人次"). */
const QUESTION_ANSWERED = /(?:问\s*[:：]\s*)?([^。！!？?\n：:；;]{1,40})[？?]\s*(?:答\s*[:：]\s*)?(?=\S)/g;
/** A question left unanswered at the end ("…是如何开展的？"): it states nothing. */
const QUESTION_LAST = /(?:问\s*[:：]\s*)?[^。！!？?\n]*[？?]\s*$/;
const ASKING = /多少|几(?=[个家人期次场项])|何时|什么时候|哪些|什么|怎么样|怎样|怎么|如何|是否|有没有|有无|由谁|哪个|谁|吗|呢/g;

/** A question answered as what its answer is of ("培训人次：按期次台账合计8,062人次"); a question alone as nothing. */
function asAnswers(text: string): string {
  // (A question asking nothing in particular, "成效怎么样？", only leads in to what follows: no label of it.)
  return text.replace(QUESTION_LAST, "").replace(QUESTION_ANSWERED, (_, q: string) => {
    const asked = q.replace(ASKING, "");
    return hanCount(asked) <= 2 ? "" : `${asked}：`;
  });
}

/** A change said from one year to another: "从2019年的", "增加到2020年的", "提高到2020年的". */
const FROM_YEARS_TO = /(?:从|由|(?<=[，,])\s*(?:增加|增长|提高|上升|下降|减少)(?:到|至))\s*((?:19|20)\d{2}\s*年)的?/g;

/** A document's title with its number in brackets after it, no verb saying what became of it. */
const NUMBERED_DOCUMENT =
  /(《[^《》]{4,60}》)\s*[（(]\s*([^（()）]{0,12}〔\s*(?:19|20)\d{2}\s*〕\s*\d+\s*号)\s*[)）](?!\s*(?:已|正式|于|均)?\s*(?:印发|出台|发布|下发|实施|施行))/g;
/** An article's keywords (【关键词】农村电子商务；综合示范): topics named, nothing stated. */
const KEYWORDS = /^\s*[【[]?\s*(?:关键词|关键字|key\s*words?)\s*[】\]]?\s*[:：]?/i;

/**
 * The statements of one sentence, in order. `scores` is the reader's label matching (it decides when
 * a fragment needs the subject before it); `min` and `margin` are its thresholds.
 */
/**
 * Figures typed in full-width digits (２０２０年１１月, ３２．４万人, ７７．２％) as figures: the digits, their
 * point and percent sign only — the full-width brackets and commas a sentence is cut at stay as they are.
 */
function withHalfWidthFigures(text: string): string {
  if (!/[０-９]/.test(text)) return text;
  return text
    .replace(/[０-９]+/g, halfWidthDigits)
    .replace(/(?<=\d)．(?=\d)/g, ".")
    .replace(/(?<=\d)％/g, "%");
}

const SIGNED_GROWTH = /(?<=\d\s*[万亿]?元)\s*[（(]\s*([+＋\-－−])\s*(\d+(?:\.\d+)?)\s*[%％]\s*[)）]/g;
const YEAR_BEFORE_AND_GROWTH =
  /[（(]\s*((?:19|20)\d{2})\s*年[:：]?\s*(\d[\d,.]*\s*[万亿]?元)\s*[，,；;]\s*((?:同比)?(?:增长|增幅|增速|下降)[:：]?\s*-?\d[\d.]*\s*[%％])\s*[)）]/g;

export function statementsOf(sentence: string, scores: LabelScores, min: number, margin: number): Statement[] {
  const out: Statement[] = [];
  if (KEYWORDS.test(sentence)) return out;
  const ctx: Context = { subject: "", year: "" };
  // 共计五千二百人次 is read as 5200人次; "由2分调整为1分" as the points it is now.
  // ("2020年全年…" is the year's figure: 全年 says nothing more.)
  // (挂出 is what a clerk says for 公示.)
  // "…分别为45.2亿元、6.83亿元": each figure with the thing it is of (./respectively).
  const text = withRespectively(withArabicNumerals(asAnswers(withHalfWidthFigures(sentence))))
    // (An encyclopedia entry's note marks, "…无省定贫困村[1]。", are no part of what it says.)
    .replace(/\[\d{1,3}\](?=\s*(?:[，,。；;、]|$))/g, "")
    .replace(REVISED_POINTS, "")
    // "…19.10亿元（2019年15.20亿元，增长25.7%）": the year before's figure and the growth in one bracket, as
    // "（2019年：15.20亿元），增长25.7%" says them.
    .replace(YEAR_BEFORE_AND_GROWTH, "（$1年：$2），$3")
    // "…31.8亿元（+30.9%）": a signed rate in brackets after a figure is its growth.
    .replace(SIGNED_GROWTH, (_all, sign: string, rate: string) => `，同比${/[-－−]/.test(sign) ? "下降" : "增长"}${rate}%`)
    // "…1.72亿元，比上年（1.36亿元）增长26.5%": the year before's figure, as "（2019年：1.36亿元）" says it.
    .replace(LAST_YEAR_FIGURE, (all: string, figure: string, at: number, whole: string) => {
      const year = [...whole.slice(0, at).matchAll(/((?:19|20)\d{2})\s*年/g)].pop()?.[1];
      return year === undefined ? all : `（${Number(year) - 1}年：${figure}）比上年`;
    })
    // "…贫困人口，不算外出务工的，全市是1.21万人": what is left out, said as a clause, is the subject's bracket.
    .replace(LEFT_OUT_CLAUSE, "（不含$1），")
    // "…贫困人口9,120人，其中外出务工3,480人。扣除外出务工人员后为5,640人": what is left is the same people without
    // the migrants, as "（不含外出务工）" says it.
    .replace(MIGRANTS_DEDUCTED, (all: string, at: number, whole: string) => {
      const subject = [...whole.slice(0, at).matchAll(/([\u4e00-\u9fff]{2,24}?贫困(?:人口|劳动力))/g)].pop()?.[1];
      return subject === undefined ? all : `${subject.replace(/^(?:全县|全市|全区|其中)/, "")}（不含外出务工）`;
    })
    // "…贫困人口7,185人，其中外出务工2,315人；在家有劳动能力的4,870人中已参训…": those at home are the poor
    // without the migrants.
    .replace(AT_HOME_ABLE, (all: string, at: number, whole: string) =>
      /贫困/.test(whole.slice(0, at)) && /外出务工/.test(whole.slice(0, at)) ? "有劳动能力的建档立卡贫困人口（不含外出务工）" : all,
    )
    .replace(MIGRANTS_INCLUDED, (all: string, subject: string, total: string, away: string) => {
      const [n, m] = [Number(total.replace(/,/g, "")), Number(away.replace(/,/g, ""))];
      return m < n ? `${subject}（不含外出务工）${n - m}人` : all;
    })
    // "中心2020年6月18日开始试运营，正式投入运营是2020年8月8日": a trial run's day is no opening's.
    .replace(TRIAL_RUN, "试运营")
    // "未按《管理办法》第十二条要求建立专项资金专用台账": what was not done, the rule it breaks no part of it.
    .replace(BREACHED_RULE, "$1")
    // "依据《…扶持办法》（清城府办〔2020〕26号）": a document cited by its number has been issued.
    .replace(NUMBERED_DOCUMENT, "$1已印发（$2）")
    // "【农村网络零售】2020年，全区…": a yearbook entry's title is a heading, its own sentence.
    .replace(/^\s*【([^【】]{2,20})】(?=\S)/, "$1。")
    .replace(/((?:19|20)\d{2}\s*年)\s*全年/g, "$1")
    // "…零售额从2019年的3.04亿元，增加到2020年的4.02亿元": each year's figure, as "2019年3.04亿元，2020年4.02亿元".
    .replace(FROM_YEARS_TO, "$1")
    // "…零售额62.3亿元，2019年是48.1亿元，增长了29.5%": the earlier year's figure said in passing is the
    // comparison's, in brackets as "（2019年：48.1亿元）" is; the sentence's year goes on.
    .replace(EARLIER_YEAR_IN_PASSING, (all: string, year: string, figure: string, at: number, whole: string) => {
      // (Only a year before the one the figure was of: "2019年…7.86亿元，2020年为9.73亿元" goes on to the next year.)
      const before = [...whole.slice(0, at).matchAll(/((?:19|20)\d{2})\s*年/g)].pop()?.[1];
      return before !== undefined && Number(year) < Number(before) ? `（${year}年：${figure}）` : all;
    })
    // "是上年的1.32倍" is a growth of 32%; "增长1.2倍" one of 120% (the times added, not the whole).
    .replace(TIMES_LAST_YEAR, (_all, times: string) => `同比增长${percentOf(Number(times) - 1)}%`)
    .replace(GREW_TIMES, (_all, times: string) => `同比增长${percentOf(Number(times))}%`)
    // "覆盖全县常住人口（43.49万人）的1.06%": a figure alone in brackets right after what it counts is its figure.
    .replace(FIGURE_IN_BRACKET, "$1$2")
    // "…6,214人次（全市常住人口91.32万人），…": the county's own figure told in brackets on the way is a clause of its own.
    .replace(COUNTY_FIGURE_ASIDE, "，$1，")
    // "…全部通达（覆盖率100%）": a rate in brackets after what it measures is a clause of its own.
    .replace(RATE_IN_BRACKETS, "，$1")
    // "公共服务中心运营资料（2020年12月18日投入运营）": what the bracket dates is what it is after.
    .replace(OPENED_IN_BRACKETS, "$1于$2$3")
    // ("主观项拟自评：方案制定2分…": the points the county means to claim are its claim, no plan of work.)
    .replace(/拟(?=自评)/g, "")
    // ("项目管理3分（制度2分＋台账1分）": the indicator's items' points in its brackets, each by its short name.)
    .replace(ITEMS_IN_BRACKET, eachItemNamed)
    // (…or after 其中, said aloud: "项目管理3分，其中管理制度2分、工作台账1分".)
    .replace(ITEMS_OF_WHICH, eachItemNamed)
    // ("项目管理制度、工作台账各自评2分": each item its own clause of points.)
    // (…or said aloud, "方案制定、政策支持都按2分".)
    .replace(EACH_SELF_SCORED, (_all, items: string, selfScored: string | undefined, points: string) =>
      items
        .split("、")
        .map((item) => `${item}${selfScored ?? ""}${points}`)
        .join("，"),
    )
    // "…关于印发《龙门县促进农村电子商务发展扶持办法》的通知": a notice issuing a document says it was issued.
    // (Its issuer before it, "龙门县人民政府办公室关于…", says nothing of what was issued.)
    .replace(/[^，,。；;：:\s]*关于印发《?([^《》，。；]{4,60}?)》?的通知/g, "$1已正式印发")
    // "《…实施方案》（和府办〔2019〕31号，2019年12月正式印发）": the issuing said in the title's brackets is said
    // of the title (the file number beside it still says only where).
    .replace(TITLE_ISSUED_IN_BRACKETS, "》$1")
    // ("主观项自评初稿：方案制定2、政策支持1、项目管理制度2…": the items' points listed bare after a 自评 lead-in.)
    .replace(BARE_POINTS_LIST, (list: string) => list.replace(/(\d+(?:\.\d+)?)(?=[、，,；;。]|$)/g, "$1分"))
    // "专栏挂出第1期项目建设进度": a thing hung out on the column is a thing 公示 there.
    .replace(/(?:挂出|挂上|挂网公布|挂网|(?<=专栏|网站|网上|[，,])挂了)(?=[\u4e00-\u9fff“"《第])/g, "公示");
  const clauses = clausesOf(text);
  // Where each sentence begins (after 。！？ or a line break): a day's clause may need what its
  // sentence is about ("中心位于…，面积…，于2020年4月28日正式投入运营").
  const starts = sentenceStarts(text, clauses);
  // Where each part of a sentence begins (after ；too): what a part's points "（2分）" score.
  const parts = sentenceStarts(text, clauses, /[；;。！!？?\n]/);
  /** A day standing alone before a clause ("2021年1月18日，县电商公共服务中心投入运营"): that clause's day. */
  let day: string | undefined;
  clauses.forEach((clause, i) => {
    const lone = DAY_CLAUSE.exec(clause.trim());
    const dayOf = day;
    day = lone?.[1];
    if (lone) return;
    // "截至2021年8月31日，累计拨付…": a day the figures after it are counted to, no cut-off of the sheet's
    // (that one says whose day it is: 数据截至…, 考评截止日期为…). Alone too: a chronicle's 时间 "截至2021.8.31".
    if (BOUND_DAY.test(clause.trim())) return;
    // "下一步：…，全年培训突破3,500人次": a sentence of what comes next is plans to its end.
    if (NEXT_STEPS.test(clauses[starts[i]] ?? "")) return;
    // (…and so is one that opens with the aim, "力争全年…农村网络零售额突破3.5亿元，全年电商培训达到4,000人次".)
    if (AIMS.test(clauses[starts[i]] ?? "")) return;
    if (i > starts[i] && POLICY_TERMS.test(clauses[starts[i]] ?? "")) return;
    // "确保数据真实准确，不得弄虚作假": what must not be done says nothing of what was.
    if (DIRECTIVE.test(clause)) return;
    // "目标为常住人口的1%，即3860人次": a clause restating a plan is the plan.
    if (/^(?:即|也就是|亦即)/.test(clause) && i > 0 && PLANNED.test(clauses[i - 1])) return;
    // "2020年，全市农村网络零售额达到21.6亿元，…": a clause naming only a year (or a part of one,
    // "2021年1—7月") is the year of the figures after it.
    // It holds to the end of its sentence.
    if (starts[i] === i) ctx.lead = undefined;
    const lead = YEAR_CLAUSE.exec(clause);
    // ("今年1至8月，全县农村网络零售额达13.5亿元": this year's months so far, no whole year's figure.)
    const thisYear = THIS_YEAR_CLAUSE.exec(clause.trim())?.[0];
    if (lead || thisYear) {
      ctx.year = ctx.lead = lead ? `${lead[1]}年` : (thisYear ?? "");
      ctx.former = ctx.subject || ctx.former;
      ctx.subject = "";
      return;
    }
    // "创建方案、项目信息、建设进度都挂了", "三项均已公示": the things listed, each done; "监督举报电话也有": it too.
    for (const item of allDone(clause)) out.push({ label: item, value: "是", kind: "answer" });
    // (The bracket is outside what the clause's figures are read from: its items are read here.)
    for (const item of clause.matchAll(ITEM_SELF_SCORED)) out.push({ label: item[1], value: `${item[2]}分`, kind: "points", unit: "分" });
    for (const list of clause.matchAll(SELF_SCORED_LIST))
      for (const part of list[1].split(/[，,；;]/)) {
        const item = SCORED_ITEM.exec(part.trim());
        if (item) out.push({ label: item[1], value: `${item[2]}分`, kind: "points", unit: "分" });
      }
    const before = clauses.slice(starts[i], i).reverse();
    const next = clauses[i + 1];
    const from = out.length;
    // "（十三）制度建立（5分），自评4分": the bracket before the clause of points is the item's full marks, no points of it.
    const own = next !== undefined && /^\s*自评/.test(next) ? clause.replace(WEIGHT_BEFORE_SELF_SCORE, "") : clause;
    statementsOfClause(dayOf && !DATE.test(own) ? `于${dayOf}${own}` : own, before, ctx, scores, min, margin, out);
    // "摄影室为企业拍摄产品图片，按成本价收取少量费用": the service, charged for, is not the free one.
    const charged = next !== undefined && chargesFor(next) && !NEGATED.test(clause);
    if (charged) for (const s of out.slice(from)) if (s.kind === "answer" && s.value === "是") s.value = "否";
    // (Points standing alone after the paragraph's last full stop, "…分工。（自评2分）": the paragraph's, named by
    // its heading, "（二）科学制定方案".)
    const heading = i > 0 && parts[i] === i && NUMBERED_HEADING.test(clauses[0]) ? clauses[0].replace(NUMBERED_HEADING, "") : undefined;
    pointsOfPart(own, clauses.slice(parts[i], i), scores, min, margin, out, heading);
    // One thing said over two clauses ("设有免费培训室及培训设备，可常态化组织电商基础培训"): answered together too.
    if (next !== undefined && !PLANNED.test(clause) && !PLANNED.test(next) && !DIRECTIVE.test(next)) {
      const both = shortTitles(`${clause}，${next}`);
      // "已公示实施方案，未设立监督举报窗口": one done, one not — together they answer nothing.
      // (Two items' points, "资金管理制度5分，资金台账4分", say nothing done.)
      const pointsOnly = scoresJudgedItem(clause, scores, min) && scoresJudgedItem(next, scores, min);
      if (NEGATED.test(clause) === NEGATED.test(next) && !pointsOnly) out.push({ label: both, value: NEGATED.test(both) ? "否" : "是", kind: "answer" });
      // (…and the two together, the service charged for, no.)
      else if (charged) out.push({ label: both, value: "否", kind: "answer" });
      // "开设专栏，公开了创建工作方案、项目基本信息和项目建设进度": each thing listed, with what was said before.
      for (const item of listedItems(next)) out.push({ label: shortTitles(`${clause}，${item}`), value: NEGATED.test(next) ? "否" : "是", kind: "answer" });
    }
  });
  // A thing built on one day and opened on another ("中心于2020年6月建成，2020年7月1日起正式投入运营"): the day it
  // opened is the one the sentence gives for it, the building's day a step before.
  const opened = out.some((st) => st.kind === "date" && /运营|开业|启用/.test(st.label));
  return opened ? out.filter((st) => !(st.kind === "date" && /建成|竣工|完工|装修/.test(st.label) && !/运营|开业|启用/.test(st.label))) : out;
}

/** The things a text's clauses list as all done (see allDone). */
export function doneItemsIn(text: string): string[] {
  return clausesOf(text).flatMap(allDone);
}

/**
 * Things a clause lists and says are all done ("A、B、C都挂了", "专栏：A、B、C已公开"), or one it adds
 * ("D也有"). (What stands before a colon, the column named, is not among them.)
 */
function allDone(clause: string): string[] {
  const t = clause.replace(/^[^:：]*[:：]\s*/, "");
  const all = /^([\u4e00-\u9fff]{2,10}(?:、[\u4e00-\u9fff]{2,10})+)(?:都|均|全部|全)(?:已经?)?(?:挂了|挂出|挂上|公示了?|公开了?|上网了?|有|齐全|发布了?)$/.exec(t);
  if (all) return all[1].split("、");
  // (Without 都, each item keeps the verb: "建设进度已公开" is the column's, not a bare 建设进度.)
  // ("创建方案和项目基本信息已在市政府网站专栏公示": joined by 和, and where they were put up said with the verb.)
  const each =
    /^([\u4e00-\u9fff]{2,10}?(?:(?:、|以及|和|及)[\u4e00-\u9fff]{2,10}?)+)((?:均|都)?已经?(?:在[\u4e00-\u9fff]{1,16}?)?(?:挂出|挂上|公示|公开|上网|发布))$/.exec(t);
  if (each) return each[1].split(/、|以及|和|及/).map((item) => `${item}${each[2]}`);
  // (…or services done, the first one's 免费 said of them all: "免费培训、展示、摄影美工、品牌推广已开展".)
  const done = /^([\u4e00-\u9fff]{2,10}(?:、[\u4e00-\u9fff]{2,10})+)((?:均|都)?已经?(?:开展|提供|实现|具备|落实))$/.exec(t);
  if (done) {
    const items = done[1].split("、");
    const free = items[0].startsWith("免费") ? "免费" : "";
    return items.map((item) => `${item.startsWith(free) ? "" : free}${item}${done[2]}`);
  }
  const also = /^([\u4e00-\u9fff]{2,12}?)也(?:有|挂了|公示了?|公开了?|设了)$/.exec(t);
  return also ? [also[1]] : [];
}

/** What a clause does to a list: its verb ("公开了", "设立") before the first item. */
// (A bare 设, "专栏…上线，设创建方案、项目公示…等子栏目", too: not the 设 of 建设, 开设, 增设, 设备, 设计.)
// (…and what a facility is said to have: "中心有免费培训室和农特产品免费展示展销厅".)
const LIST_VERB =
  /(?:公开|公示|建立|设立|制定|出台|印发|开展|提供|具备|设有|设置|开设|组织|完成|实现|开通|建有|配有|配备|拥有|(?<=中心|产业园|园区|站点)有(?!没有)|(?<![建开增架铺假预摆陈敷])设(?![备计施想法定])(?=[\u4e00-\u9fff]))了?/g;

const LIST_SEPARATOR = /、|以及|和|及(?!时)|与/;

/**
 * "公开了创建工作方案、项目基本信息和项目建设进度" → "公开了创建工作方案", "公开了项目基本信息",
 * "公开了项目建设进度": a list after a verb, each item with the verb. None when the clause lists nothing.
 */
/** The count a list ends with, of what it lists: "…、监督举报四个子栏目" (its 子栏目 kept), "…等3项", "…共四项内容". */
const LIST_COUNT = /\s*(?:等|共)?\s*[0-9０-９一二三四五六七八九十两]{1,2}\s*(?:个|项|类)(?=\s*(?:子?栏目|板块|模块|内容|服务|方面)?\s*$)/;

export function listedItems(clause: string): string[] {
  const plain = outsideBrackets(clause);
  // "公示了实施方案和项目建设进度" lists two things as well as "…方案、进度" does (及时 is no 及). The list
  // follows its verb: "为电商企业和返乡青年提供电商基础培训、产品拍摄…" lists what is provided, not who.
  const verbs = [...plain.matchAll(LIST_VERB)];
  if (verbs.length === 0) return freeServices(clause, plain);
  const afterFirst = (verbs[0].index ?? 0) + verbs[0][0].length;
  const sep = LIST_SEPARATOR.exec(plain.slice(afterFirst));
  if (!sep) return [];
  const first = afterFirst + sep.index;
  let start = -1;
  for (const m of verbs) if ((m.index ?? 0) + m[0].length <= first) start = (m.index ?? 0) + m[0].length;
  if (start < 0) return [];
  const pieces = clause.slice(start).split(new RegExp(`(${LIST_SEPARATOR.source})`));
  const items = pieces
    .filter((_, i) => i % 2 === 0)
    .map((t, i, all) => (i === all.length - 1 ? t.replace(LIST_COUNT, "") : t).trim())
    .filter((t) => hanCount(t) >= 2);
  if (items.length < 2) return [];
  // Two things named together by 和 / 及 ("统一推广和品牌指导") may together be what a line asks, each
  // alone too little of it: the pair too.
  const pairs: string[] = [];
  for (let i = 1; i + 1 < pieces.length; i += 2)
    if (pieces[i] !== "、" && hanCount(pieces[i - 1]) >= 2 && hanCount(pieces[i + 1]) >= 2) pairs.push(`${pieces[i - 1].trim()}${pieces[i]}${pieces[i + 1].trim()}`);
  return [...items, ...pairs].map((t) => `${clause.slice(0, start)}${t}`);
}

/** A list of services each said to be free, with no verb ("免费培训、特色农产品免费展示代销"): each service. */
// (Split where the clause outside its brackets has its 、, each item with its own bracket.)
function freeServices(clause: string, plain: string): string[] {
  const cuts = [...plain.matchAll(/、/g)].map((m) => m.index ?? 0);
  const items = [-1, ...cuts].map((at, i) => clause.slice(at + 1, cuts[i] ?? clause.length).trim());
  return items.length >= 2 && items.every((t) => outsideBrackets(t).includes("免费") && hanCount(t) >= 4) ? items : [];
}

/** For each clause, the index of the first clause of its sentence (or of its part, with `ends` holding ；). */
function sentenceStarts(text: string, clauses: string[], ends = /[。！!？?\n]/): number[] {
  const out: number[] = [];
  let from = 0;
  let start = 0;
  clauses.forEach((clause, i) => {
    const at = text.indexOf(clause, from);
    // A sentence ends at 。！？ or a line break between the previous clause and this one.
    if (i > 0 && ends.test(text.slice(from, at))) start = i;
    out.push(start);
    from = at + clause.length;
  });
  return out;
}

/** A paragraph's numbered heading: "（二）", "三、". */
const NUMBERED_HEADING = /^\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．])\s*/;

/**
 * Points written after what earned them, in brackets: "开展网销调研并形成报告（2分）；…", "制定项目管理制度，
 * 建设、验收按制度执行（2分）" — the part of the sentence since the last ；, read alone first.
 */
function pointsOfPart(clause: string, earlier: string[], scores: LabelScores, min: number, margin: number, out: Statement[], heading?: string): void {
  // "一是方案：…正式印发《…》，自评2分": the clause of points alone, said of what its part did.
  const self = SELF_SCORE_CLAUSE.exec(clause.trim());
  if (self && earlier.length > 0 && !self[1]) {
    // What the part did, its documents by their short titles (《某县…专项资金管理办法》 → 资金管理办法).
    const said = earlier.join("，").replace(/^(?:[一二三四五六七八九十]+是|\d+[.、．])\s*/, "");
    const whole = cleanLabel(shortTitles(said));
    // Its topic before a colon, when the account after it is long ("三是项目管理：制定《…》，…执行")…
    const topic = cleanLabel(said.replace(/[:：].*$/s, (rest) => (rest.length > 30 ? "" : rest)));
    // …unless the topic names two items alike (项目管理: its 制度 and its 台账), where what was done tells.
    const clear = (t: string) => {
      const [a, b] = scores(t);
      return a !== undefined && a.score >= min && (b === undefined || b.score < a.score - margin);
    };
    const label = topic !== whole && !clear(topic) && clear(whole) ? whole : topic;
    if (hanCount(label) >= 2) out.push({ label, value: `${self[2]}分`, kind: "points", unit: "分" });
    return;
  }
  // ("…形成了调研报告（自评2分）": the bracket may say whose points they are.)
  const m = /[（(]\s*(?:自评(?:得分)?\s*[:：]?\s*)?(\d+(?:\.\d+)?)\s*分\s*[)）]\s*$/.exec(clause);
  if (!m) return;
  const before = cleanLabel(clause.slice(0, m.index).replace(/[（(][^（()）]*[)）]/g, ""));
  const written = hanCount(before) < 2 && earlier.length === 0 && heading !== undefined ? cleanLabel(heading) : before;
  // (An event's or a brand's name in quotes says which one, not which item: "开展“浈品上行”促销" is 开展促销.)
  const unquoted = written.replace(/[“"「][^”"」]{1,12}[”"」]/g, "");
  const own = (scores(written)[0]?.score ?? 0) < min && (scores(unquoted)[0]?.score ?? 0) >= min ? unquoted : written;
  const said = (scores(own)[0]?.score ?? 0) < min && earlier.length > 0 ? `${earlier.join("")}${own}` : own;
  // "初步建立农产品溯源系统，交易标准仍在制定中（自评1分）": how far along it is says nothing of which item it is.
  const bare = said.replace(HOW_FAR_ALONG, "");
  const label = (scores(said)[0]?.score ?? 0) < min && bare !== said && (scores(bare)[0]?.score ?? 0) >= min ? bare : said;
  if (hanCount(label) >= 2) out.push({ label, value: `${m[1]}分`, kind: "points", unit: "分" });
}

/** How far along a thing is, words around its name: 初步 / 基本 / 逐步 (建立), 仍在 / 正在 (制定)中. */
const HOW_FAR_ALONG = /(?:^|(?<=[，,、]))(?:初步|基本|逐步)|(?:仍|尚|还|正)在[\u4e00-\u9fff]{1,3}中/g;

/** Words saying only that it is not done, naming nothing: 尚未开展, 还没有印发, 未落实. */
const BARE_NOT_DONE = /^(?:但|但是|目前|现在|暂时?)?(?:尚|还|仍|均)?(?:未|没有?|没)(?:有)?[\u4e00-\u9fff]{1,2}[。.]?$/;

/** "本区无省定贫困村", "我县没有相对贫困村": the county's count of them is 0. (…or a zone's, "新区无省定贫困村".) */
const NO_POOR_VILLAGES = /^(?:[本我全]?新区|[本我全][县区市]|全域)?(?:范围内)?(?:均|并|暂)?(?:无|没有)((?:省定)?(?:相对)?贫困村)[。.]?$/;

/** "全市196个行政村…": the county's villages counted first, at the clause's head (not "覆盖120个行政村"). */
const ALL_VILLAGES_FIRST = /^(?:全[市县区]|[本我][市县区])(?:共有|共|现有)?(\d[\d,]*)\s*个(?:行政村|建制村)(?![\d（(])/;
/** "1,208名脱贫群众参加电商培训": poor people trained, counted first (persons: 名 / 人, not 人次). */
const POOR_TRAINED_FIRST =
  /^(?:其中)?(\d[\d,]*)\s*(?:名|人)(?!次)(?:建档立卡)?(?:贫困人口|贫困户|脱贫群众|脱贫户|脱贫人口|贫困群众)(?:参加|参训|接受)[^，,。；;]{0,10}培训/;

function statementsOfClause(clause: string, earlier: string[], ctx: Context, scores: LabelScores, min: number, margin: number, out: Statement[]): void {
  // The subject and year the sentence spoke of before this clause ("较2019年的…" compares with them).
  const prior = { subject: bare(ctx.subject), year: ctx.year };
  {
    const plain = outsideBrackets(clause);
    // A plan in brackets ("5800余人次（方案目标5000人次）") is an aside: the clause itself states what was done.
    if (PLANNED.test(plain)) return;
    // "我区无省定贫困村": a county of the Pearl River Delta with none says so in words, not with a 0.
    // (…an aside in brackets after it, "（有广州市定帮扶村29个）", no part of what it says.)
    const none = NO_POOR_VILLAGES.exec(plain.split("\u0001").join("").trim());
    if (none) {
      out.push({ label: `${none[1]}数`, value: "0个", kind: "figure", unit: "个" });
      return;
    }
    // A count written before what it counts, as a press article puts it: "全市196个行政村建成…", "1,208名脱贫
    // 群众参加电商培训" — the whole's villages, the poor trained.
    const villages = ALL_VILLAGES_FIRST.exec(plain.trim());
    if (villages) out.push({ label: "行政村数", value: `${villages[1]}个`, kind: "figure", unit: "个" });
    const trained = POOR_TRAINED_FIRST.exec(plain.trim());
    if (trained) out.push({ label: "参加培训的建档立卡贫困人口", value: `${trained[1]}人`, kind: "figure", unit: "人" });
    const date = DATE.exec(plain);
    // ("截至2021年8月31日累计拨付397.5万元": the day the figure is counted to, said of nothing else.)
    const bounding = date && BOUND_WORD.test(plain.slice(0, date.index)) && /[\u4e00-\u9fff\d]/.test(plain.slice(date.index + date[0].length));
    if (date && !bounding) {
      // "中心于2020年5月18日正式投入运营": the clause around the day says what happened on it.
      const around = `${clause.slice(0, date.index).replace(/(?:于|在|自|从)\s*$/, "")}${clause.slice(date.index + date[0].length)}`;
      const label = cleanLabel(shortTitles(around).replace(/[（(][^（()）]*[)）]/g, ""));
      // What the day is of: "中心正式投入运营" gives the 投入运营日期; "…中心位于…，于2020年9月28日正式投入运营"
      // says what opened in the clause before.
      if (hanCount(label) >= 2) {
        const own = /日期|时间$/.test(label) ? label : `${label}日期`;
        let better = own;
        let top = scores(own)[0]?.score ?? 0;
        // Weak alone: read with an earlier clause of its sentence, the nearest that helps most.
        // (…or with its subject only, what happened on the earlier clause's own day left out: "中心于2020年6月建成，
        // 2020年7月1日起正式投入运营" — the centre's 投入运营, not a 建成…投入运营.)
        if (top < min)
          for (const e of earlier) {
            const subject = e.replace(/(?:于|在|自|从)?\s*(?:19|20)\d{2}\s*年.*$/, "");
            for (const joined of [`${e}${own}`, ...(subject !== e && hanCount(subject) >= 2 ? [`${subject}${own}`] : [])]) {
              const s = scores(joined)[0]?.score ?? 0;
              if (s > top) [better, top] = [joined, s];
            }
          }
        out.push({ label: better, value: date[0].replace(/\s+/g, ""), kind: "date" });
      }
    }
    let prevEnd = 0;
    // What a figure after a deduction leaves out ("6350人，扣除外出务工2230人后为4120人").
    let deducted: string | undefined;
    for (const m of plain.matchAll(FIGURE)) {
      const at = m.index ?? 0;
      const before = clause.slice(prevEnd, at);
      prevEnd = at + m[0].length;
      // Inside a date ("2020年5月18日" holds no count) or a bound: no plain figure.
      if (date && at >= date.index && at < date.index + date[0].length) continue;
      if (BOUND_BEFORE.test(before) || BOUND_AFTER.test(clause.slice(prevEnd))) continue;
      const unit = m[2] === "％" ? "%" : m[2];
      // "比2019年的8.05亿元": the subject's figure in the year compared with (read below, COMPARED_YEAR);
      // the subject stays what it was for the growth after it.
      if (prior.subject && COMPARED_BEFORE.test(before)) continue;
      // "…，自评4分": the line's claim for its indicator (./claim-lines), no item's points —
      // unless the clause names its item right before (方案制定自评2分, 资金台账自评4分): that item's.
      if (unit === "分" && AFTER_SELF_SCORE_WORDS.test(before)) {
        // ("④项目管理（4分）：自评3分": a name with its full marks before the points is an indicator's claim line.)
        if (WEIGHT_BEFORE_SELF_SCORE.test(before.replace(AFTER_SELF_SCORE_WORDS, ""))) continue;
        const named = cleanLabel(before.replace(AFTER_SELF_SCORE_WORDS, ""));
        if (hanCount(named) >= 2 && (scores(named)[0]?.score ?? 0) >= min) out.push({ label: named, value: m[0].replace(/\s+/g, ""), kind: "points", unit });
        continue;
      }
      // "…贫困人口6350人，扣除外出务工2230人后为4120人": the amount taken off is no figure of its own; the
      // one after it is the subject's without it (the rubric counts 不含外出务工).
      const deduction = DEDUCTION.exec(before.trim());
      if (deduction) {
        deducted = deduction[1];
        continue;
      }
      if (deducted && ctx.subject && /^后(?:为|是|剩|共|计|还有|尚有)?$/.test(before.trim())) {
        // The figure before the deduction was a step on the way: the subject's figure is this one.
        let step = out.length - 1;
        while (step >= 0 && !(out[step].kind === "figure" && out[step].label.endsWith(ctx.subject))) step--;
        if (step >= 0) out.splice(step, 1);
        out.push({ label: `${ctx.subject}（不含${deducted}）`, value: m[0].replace(/\s+/g, ""), kind: "figure", unit });
        deducted = undefined;
        continue;
      }
      // "全县7个镇": a count of the county's towns, which no input is (nor the subject before it).
      // (Its noun goes with it: "辖21个镇（街道）、353个行政村" — 353's words begin after the 、.)
      const towns = /^(?:乡镇|镇街|镇|乡|街道)(?![\u4e00-\u9fff]*(?:村|站|点))(?:[（(][^（()）]*[)）])?[、，,；;]?/.exec(clause.slice(prevEnd));
      if (unit === "个" && towns) {
        prevEnd += towns[0].length;
        continue;
      }
      // ("已公开：全县236个行政村…": the verdict before its colon names nothing; the words after it do.)
      // ("已经有2,315人参加了电商培训": 已经有 names nothing either; what they did follows the figure.)
      let own = cleanLabel(before)
        .replace(/^(?:已|均已)?(?:公开|公示|完成|落实|办结|上报)[:：]\s*/, "")
        .replace(/^(?:已经有|已经|已有)$/, "");
      // "卖货（上行）：调研2分": the points are the item's after the topic's colon, when that names one better.
      const item = unit === "分" ? /[:：]\s*([^:：]{2,})$/.exec(own)?.[1] : undefined;
      if (item && (scores(item)[0]?.score ?? 0) > (scores(own)[0]?.score ?? 0)) own = item;
      // "250个行政村已实现…": the counted thing after the figure when nothing names it before.
      // (The noun is this figure's: the next figure's words begin after it, "97个行政村、10个社区".)
      if (hanCount(own.replace(YEAR, "")) < 2) {
        // ("236个行政村中建站覆盖168个": the counted thing ends before the 中 of the part counted in it.)
        // ("全区94个行政村物流快递全部通达": the villages are counted, their express delivery is what they have.)
        const noun =
          /^[\u4e00-\u9fff]{2,8}?(?=[已均都全、，,；;（(\s]|实现|完成|中(?![心间转])|(?<=村)(?:物流|快递)+[\u4e00-\u9fff]{0,4}(?:通达|覆盖|到村)|$)/.exec(
            clause.slice(prevEnd),
          )?.[0] ?? "";
        own = `${own}${noun}`;
        prevEnd += noun.length;
      }
      // "培训4,213人次": the unit is part of what is counted.
      if (unit.endsWith("人次") && !own.endsWith("人次")) own = `${own}人次`;
      // "用七普常住人口，50.87万人": a figure alone after a clause naming what it is (and holding no figure of its own) —
      // that clause's, whatever subject an earlier sentence left, and the subject of what follows ("…贫困人口（不含外出
      // 务工），全市是1.21万人，参加过电商培训的有6,890人": of those).
      const named = own.trim() === "" && unit !== "分" && earlier[0] !== undefined && !/\d/.test(earlier[0]) ? cleanLabel(earlier[0]) : "";
      if (named && (scores(named)[0]?.score ?? 0) >= min) {
        ctx.subject = named;
        out.push({ label: named, value: m[0].replace(/\s+/g, ""), kind: "figure", unit });
        continue;
      }
      // A year alone ("2020年3.2亿元，2019年2.45亿元") is a figure of the line's topic: said with its year only.
      if (hanCount(own) < 2 && !ctx.subject) {
        // "…农村网络零售额3.32亿元；2020年，达到4.36亿元": nothing named after a year's clause, the subject before it goes on.
        if (own.trim() === "" && ctx.former && ctx.lead && unit !== "分") {
          ctx.subject = ctx.former;
          out.push({ label: `${ctx.lead}${ctx.former}`, value: m[0].replace(/\s+/g, ""), kind: "figure", unit });
          continue;
        }
        const year = /^((?:19|20)\d{2})\s*年度?$/.exec(own.trim());
        if (year && unit !== "分") out.push({ label: `${year[1]}年`, value: m[0].replace(/\s+/g, ""), kind: "figure", unit });
        continue;
      }
      const after = clause.slice(prevEnd).replace(/\s+/g, "");
      out.push({
        label: figureLabel(own, ctx, scores, min, margin, after, unit === "%" ? earlier[0] : undefined),
        value: m[0].replace(/\s+/g, ""),
        kind: unit === "分" ? "points" : "figure",
        unit,
      });
    }
    // "约2.1亿元（2019年：1.55亿元）": the same thing's figure in another year, given in brackets.
    for (const m of clause.matchAll(OTHER_YEAR)) {
      const unit = m[3] === "％" ? "%" : m[3];
      out.push({ label: `${m[1]}年${bare(ctx.subject)}`, value: `${m[2]}${m[3]}`.replace(/\s+/g, ""), kind: "figure", unit });
    }
    // "行政村128个（其中省定贫困村18个）": a part's own figure, named in the bracket.
    for (const m of clause.matchAll(PART_IN_BRACKET))
      if ((scores(m[1])[0]?.score ?? 0) >= min) out.push({ label: m[1], value: `${m[2]}${m[3]}`.replace(/\s+/g, ""), kind: "figure", unit: m[3] });
    // "…31.6亿元，较2019年的24.55亿元同比增长近三成（28.7%）": the earlier subject's figure in the year
    // compared with, and its growth said in words with the exact rate in a bracket.
    if (prior.subject) {
      for (const m of clause.matchAll(COMPARED_YEAR))
        out.push({ label: `${m[1]}年${prior.subject}`, value: `${m[2]}${m[3]}`.replace(/\s+/g, ""), kind: "figure", unit: m[3] });
      const rate = /[0-9０-９.]\s*[%％]/.test(plain) ? null : GROWTH_IN_BRACKET.exec(clause);
      if (rate) out.push({ label: `${prior.year}${prior.subject}同比增长`, value: `${rate[1]}%`, kind: "figure", unit: "%" });
    }
    // The clause as a whole, answered by itself: done (是) or, when it says so, not (否).
    // (Without the day it names: "方案2019年12月已经正式印发" says the plan was issued, of no year's figure.)
    // (Nor a board's call to scan its code, 扫码进入, nor a column's name in quotes, 县政府网站“电商进农村”专栏: words of
    // no subject, a name of none.)
    const label = shortTitles(clause)
      .replace(/(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?=[^\d]*(?:印发|出台|建立|制定|建成|设立|开通|运营))/g, "")
      .replace(/^\s*扫码(?:进入|查看|访问|关注)?/, "")
      .replace(/[“"][^”"]{1,12}[”"](?=专栏|栏目|专区)/g, "")
      // (…nor the site it is on: 新区门户网站专栏 is the 专栏.)
      .replace(/^[^：:，,；;]{0,12}?(?:门户网站|政府网站|网站)(?=专栏)/, "")
      // (…nor the mark a clerk's workings tick it with, "免费摄影美工 √", "其他衍生增值服务 ×": its answer, below.)
      .replace(CLAUSE_MARK, "$1")
      .trim();
    // (A bracket's own subject not done, "已公示…项目建设进度（建设进度2021年3月后未再更新）", is an aside: what was
    // done stands. A bare one, "资金台账（未建立）", "是（尚未开通）", answers the clause.)
    const crossed = CLAUSE_MARK.exec(clause)?.[2];
    const answer =
      NEGATED.test(plain) ||
      (crossed !== undefined && /[×✗✘]/.test(crossed)) ||
      [...clause.matchAll(/[（(]([^（()）]+)[)）]/g)].some((b) => NEGATED.test(b[1]) && hanCount(b[1]) <= 6)
        ? "否"
        : "是";
    // "产业园还没建": what is not done is named before the words saying so (read as 产业园's 否).
    // (…and what is charged for, "中心摄影、美工服务按成本价收费".)
    const named = answer === "否" ? (NOT_DONE.exec(label)?.[1] ?? chargedSubject(label)) : undefined;
    // (Some policies still to come, "用地、人才政策未出台", say nothing of the one issued: no answer.)
    const some = answer === "否" && SOME_POLICIES.test(plain);
    if (some) {
      /* an aside on the policies still to come */
    } else if (named && hanCount(named) >= 3 && (scores(named)[0]?.score ?? 0) >= min && (scores(named)[0]?.score ?? 0) > (scores(label)[0]?.score ?? 0))
      out.push({ label: named, value: answer, kind: "answer" });
    // (A reply's heading, "三、关于快递进村", names what the paragraph answers, and answers nothing itself.)
    else if (hanCount(label) >= 4 && !scoresJudgedItem(clause, scores, min) && !TOPIC_HEADING.test(clause)) out.push({ label, value: answer, kind: "answer" });
    // "《…若干措施》已完成起草，正在征求意见，尚未印发": a bare "not done" is said of what its sentence
    // named before, read with the nearest earlier clause that names something.
    // (Nor such an aside after "已兑现奖补资金…": some policies still to come, not none issued.)
    if (answer === "否" && !some && (scores(label)[0]?.score ?? 0) < min)
      for (const e of earlier) {
        const said = shortTitles(e).trim();
        // (…or, that failing, without its own words of work under way: "摄影美工服务正在筹备，暂未提供" is of 摄影美工服务.)
        const undone = [said, said.replace(/(?:正在|仍在|还在|目前)?(?:筹备|筹建|洽谈|谋划|推进|建设)中?$/, "")].find(
          (u) => (scores(`${u}${label}`)[0]?.score ?? 0) >= min,
        );
        if (undone !== undefined) {
          // (The earlier clause's own "done", said before the bare words undoing it, no longer stands:
          // "其他衍生增值服务…目前只与两家机构洽谈，尚未开展" — but "已建立资金专用台账，个别凭证未附" says
          // something else was not done, and the ledger stands.)
          if (BARE_NOT_DONE.test(label))
            for (let i = out.length - 1; i >= 0; i--) if (out[i].kind === "answer" && out[i].value === "是" && out[i].label.endsWith(said)) out.splice(i, 1);
          out.push({ label: `${undone}${label}`, value: "否", kind: "answer" });
          break;
        }
      }
    for (const item of listedItems(clause)) out.push({ label: shortTitles(item), value: answer, kind: "answer" });
    // A name saying nothing, what it is said in its brackets: "…电子商务有限公司（第三方专业运营，2020年11月进场）"
    // — each clause of the bracket without a figure or a day is answered for itself.
    // (Round brackets only: a title's, 《…若干措施》, names the document, no statement of it.)
    if ((scores(label)[0]?.score ?? 0) < min)
      for (const inner of [...clause.matchAll(/[（(]([^（()）]+)[)）]/g)].flatMap((b) => clausesOf(b[1])))
        if (!/[0-9０-９]/.test(inner) && hanCount(inner) >= 4 && !PLANNED.test(inner) && (scores(inner)[0]?.score ?? 0) >= min)
          out.push({ label: inner, value: NEGATED.test(inner) ? "否" : "是", kind: "answer" });
    // "否（总体进度约90%）", "是（覆盖率71.2%）": an answer whose figure is in its bracket, the clause having
    // none of its own (beside a figure, "112.8万人（户籍人口136.5万）", a bracket is an aside).
    if (!/[0-9０-９]/.test(plain))
      for (const inner of bracketed(clause)) {
        const said: Statement[] = [];
        statementsOfClause(inner, earlier, ctx, scores, min, margin, said);
        out.push(...said.filter((st) => st.kind === "figure"));
      }
  }
}
