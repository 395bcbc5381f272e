/**
 * A self-assessment report's 自评得分情况 written as lines of prose, one per indicator:
 * "1.组织领导（2分）：县长任领导小组组长，…，自评2分。", "5.服务体系建设（25分）：县级公共服务中心及产业园
 * 自评15分；村级站点覆盖自评10分。", "14.资金支出（5分）：…按规定倒扣5分，自评-5分。". Each "自评N分" is the
 * clerk's claim for the indicator its words name — the words just before it, else the line's own
 * heading — and the line's words are the claim's note (a reviewer reads the leader from the
 * 组织领导 line, as from an official table's 自评说明).
 */
import { cellAddress, type Sheet } from "../../core/grid";
import type { RubricIndicator } from "../../scoring/rubric";
import { withArabicPoints } from "../normalize/chinese-numerals";
import { cellText } from "../normalize/text";
import type { Claim } from "./read";
import { restingOn, type FactsVocabulary } from "./vocabulary";

/** The words before a self-score: 自评, 自评得分, 自评加 / 减 / 扣, then a colon or 为. */
export const SELF_SCORE_WORDS = /自评(?:得分)?(加|减|扣)?\s*[:：为]?\s*/.source;
/** The mark after a name that says its line is the score table's, an indicator's: "政策支持（得分表）". */
export const SCORE_TABLE_LINE = "（得分表）";
/** A claim said in words: 自评2分, 自评-5分, 自评加1分. */
const SAID_CLAIM = new RegExp(`${SELF_SCORE_WORDS}(-?\\d+(?:\\.\\d+)?)\\s*分`);

/** The indicator a few words name clearly (its name or a clause of its criteria), if one does. */
export function indicatorNamed(words: string, vocab: FactsVocabulary): RubricIndicator | undefined {
  // ("培训率≥70%" says what the rubric's "70%以上" does.)
  const found = vocab.indicators.match(words.replace(/[≥＞>]=?\s*(\d+(?:\.\d+)?\s*[%％])/g, "$1以上"), 0.8);
  if (found.length === 0) {
    // (A bonus named short with what it is, "贫困人口培训率加分", "电视播报（加分项）": the bonus its words resemble.)
    const bonus = /^(.{2,}?)\s*(?:加分项?|[（(]加分项?[)）])$/.exec(words.trim());
    return bonus ? bonusNamed(bonus[1], vocab) : undefined;
  }
  // Two indicators named alike (服务体系建设 heads two): the words say neither.
  if (found[1] && found[1].score >= found[0].score - 0.02 && found[1].target !== found[0].target) return undefined;
  return found[0].target;
}

/** The bonus indicator some words name, however loosely, when only one resembles them. */
export function bonusNamed(words: string, vocab: FactsVocabulary): RubricIndicator | undefined {
  const found = vocab.indicators.match(words.replace(/[（(][^（()）]*[)）]/g, "").replace(/[:：\s]+$/, ""), 0.5).filter((m) => m.target.section === "bonus");
  return found.length === 1 || (found.length > 1 && found[0].score - found[1].score >= 0.1) ? found[0].target : undefined;
}

/** "…自评得分93分（含加分1分），其中：" (or "自评96分：…"): a total, then its parts. */
// (…or the total's sentence ended before 其中 begins the next: "自评得分97分（含加分1分）。其中：".)
const BREAKDOWN = new RegExp(`${SELF_SCORE_WORDS}\\d+(?:\\.\\d+)?\\s*分(?:[^，,；;。:：]*[，,；;。]?\\s*其中\\s*[:：]?|\\s*[:：])`);
/** …or the total said in parts first, "自评基本分98分，加分3分，合计101分。其中：". */
const BREAKDOWN_AFTER_TOTALS = new RegExp(`自评(?:得分)?(?:基本分|总分|总得分)\\s*[:：为]?\\s*\\d+(?:\\.\\d+)?\\s*分[^。:：]{0,30}[。；;，,]\\s*其中\\s*[:：]`);
/** One part: its name, its points, and a bracket after them (a breakdown, or what the part is). */
const PART = /([^，,；;。、（()）]+?)\s*(-?\d+(?:\.\d+)?)\s*分\s*(?:[（(]([^（()）]*)[)）])?/g;

/**
 * The parts of a breakdown: each named indicator with its points. A part whose bracket breaks it
 * down again (服务体系建设23分（县级…产业园13分，村级站点覆盖10分）) gives the bracket's parts; a part
 * named vaguely (加分项1分（电商扶贫典型案例获省级电视媒体播报）) is what its bracket says.
 */
function listedClaims(text: string, vocab: FactsVocabulary): { ind: RubricIndicator; points: number }[] {
  const out: { ind: RubricIndicator; points: number }[] = [];
  let lastEnd = 0;
  for (const m of text.matchAll(PART)) {
    const said = m[1].replace(/^\s*(?:其中|和|及|以及)\s*[:：]?/, "").trim();
    // (A part saying only that it adds, "加分项：电商扶贫典型案例获省级电视媒体播报，加1分": named by the words before it.)
    const before = text
      .slice(lastEnd, m.index)
      .replace(/^[\s，,；;。）)]*(?:加分项?\s*[:：])?/, "")
      .replace(/[\s，,；;]+$/, "");
    lastEnd = (m.index ?? 0) + m[0].length;
    const name = /^(?:加|加分|另加|再加)$/.test(said) && before !== "" ? before : said;
    const inner = m[3] !== undefined && /\d\s*分/.test(m[3]) ? listedClaims(m[3], vocab) : [];
    // (…but a bracket naming only the indicator's own items, 项目管理3分（项目管理制度2分，工作台账1分）, is its breakdown.)
    const named = inner.length > 0 ? indicatorNamed(name, vocab) : undefined;
    if (inner.length > 0 && !(named && inner.every((i) => i.ind === named))) {
      out.push(...inner);
      continue;
    }
    // (What adds, "加分项：贫困人口培训率74.9%，加2分", is a bonus: the one its words resemble, its figure aside.)
    const adds = name === before && before !== "" ? bonusNamed(before.replace(/\d+(?:\.\d+)?\s*[%％]/g, ""), vocab) : undefined;
    const ind = named ?? indicatorNamed(name, vocab) ?? (m[3] ? indicatorNamed(m[3], vocab) : undefined) ?? adds;
    if (ind) out.push({ ind, points: Number(m[2]) });
  }
  return out;
}

/** Facts a judged item rests on (资金专用台账 for 资金台账), by input key, per vocabulary. */
const restingFacts = new WeakMap<FactsVocabulary, Set<string>>();

/** The words before a self-score (or the line's heading, "工作台账：…") name one item better than any indicator. */
function namesItem(words: string, heading: string, vocab: FactsVocabulary): boolean {
  let facts = restingFacts.get(vocab);
  if (!facts) {
    facts = new Set(restingOn(vocab.rubric).values());
    restingFacts.set(vocab, facts);
  }
  const label = (heading || words).replace(/^\s*\d+[.、．]\s*/, "");
  const input = vocab.inputs.match(label)[0];
  if (!input || input.score < 0.8 || !(input.target.type === "judged" || facts.has(input.target.key))) return false;
  return input.score >= (vocab.indicators.match(label, 0.5)[0]?.score ?? 0);
}

/** An indicator scored by one judged item alone (方案制定, 政策支持): its points are that item's. */
function onlyJudged(ind: RubricIndicator): boolean {
  return ind.items.length === 1 && ind.items[0].rule.kind === "judged";
}

/** A paragraph that only goes on listing points ("服务体系建设24分，其中…14分、…10分；农村产品上行9分…"). */
function onlyPoints(text: string): boolean {
  const parts = text.split(/[，,；;。]/).filter((p) => p.trim() !== "");
  const scored = parts.filter((p) => /\d\s*分/.test(p)).length;
  return scored >= 2 && scored >= parts.length - 1;
}

export function claimLines(sheet: Sheet, vocab: FactsVocabulary): { claims: Claim[]; rows: Set<number> } {
  const claims: Claim[] = [];
  const rows = new Set<number>();
  const seen = new Set<string>();
  /** The column of a breakdown said in the row before, which the next paragraphs may go on with. */
  let listing: number | undefined;
  sheet.rows.forEach((row, r) => {
    const goingOn = listing;
    listing = undefined;
    row.forEach((v, c) => {
      if (typeof v !== "string") return;
      // (Points said aloud, as a speech's script writes them: "方案制定两分", "村级站点覆盖十分".)
      // (A table of contents' line, "1．组织领导（2分）——自评2分": the dash before the claim is its heading's colon.)
      const text = withArabicPoints(cellText(v)).replace(/\s*(?:——|－－|--)\s*(?=自评)/, "：");
      let found = false;
      /** The claim for an indicator, once per sheet. */
      const claim = (indicator: string, points: number, note: string) => {
        if (seen.has(indicator)) return;
        seen.add(indicator);
        found = true;
        claims.push({ indicator, value: points, sheet: sheet.name, row: r + 1, cell: cellAddress(r, c), note: note.trim() });
      };
      // A speech's breakdown over several paragraphs: "自评96分：组织领导2分，…；" then "服务体系建设24分，…".
      if (c === goingOn && !SAID_CLAIM.test(text) && onlyPoints(text)) {
        for (const { ind, points } of listedClaims(text, vocab)) claim(ind.id, points, text);
        if (found) rows.add(r);
        listing = c;
        return;
      }
      if (!SAID_CLAIM.test(text) && !BREAKDOWN_AFTER_TOTALS.test(text)) return;
      // "5.服务体系建设（25分）：…": the heading before the colon, without its number and weight.
      // (A colon after the claim, "自评4分：管理制度2分、工作台账2分", heads nothing.)
      const colon = text.slice(0, Math.max(0, text.search(SAID_CLAIM))).search(/[:：]/);
      const heading =
        colon > 0
          ? text
              .slice(0, colon)
              .replace(/^\s*\d+[.、．]\s*/, "")
              .replace(/[（(][^（()）]*[)）]/g, "")
              .trim()
          : "";
      const body = colon > 0 ? text.slice(colon + 1) : text;
      // (…or a caption giving its full marks beside the claim: "2. 方案制定【满分2分｜自评2分】".)
      // (…or a line of the score table itself, as an erratum table names it: "政策支持（得分表）：自评1分".)
      const weighted =
        (colon > 0 && /[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]/.test(text.slice(0, colon))) ||
        /满分\s*\d+(?:\.\d+)?\s*分/.test(text) ||
        (colon > 0 && text.slice(0, colon).includes(SCORE_TABLE_LINE));
      const headed = heading ? indicatorNamed(heading, vocab) : undefined;
      // "自评得分93分（含加分1分），其中：组织领导1分，方案制定2分，…服务体系建设23分（县级…13分，村级站点覆盖10分）":
      // the total's breakdown, each indicator named with its points.
      const list = BREAKDOWN.exec(text) ?? BREAKDOWN_AFTER_TOTALS.exec(text);
      // (After a colon only a list is a breakdown: "资金台账自评5分：…" is one line's claim, said again.)
      // (…but not an indicator's own items after it, "4.项目管理（自评3分，其中项目管理制度2分、工作台账1分）": those
      // are its judged items' points, the 3 its claim.)
      const lead = list
        ? indicatorNamed(
            text
              .slice(0, list.index)
              .replace(/^\s*\d+[.、．]\s*/, "")
              .replace(/[（(]\s*$/, "")
              .trim(),
            vocab,
          )
        : undefined;
      const listed = list ? listedClaims(text.slice(list.index + list[0].length), vocab).filter(({ ind }) => ind !== lead) : [];
      if (list && (listed.length >= 2 || /其中/.test(list[0]))) {
        for (const { ind, points } of listed) claim(ind.id, points, text);
        listing = c;
      }
      for (const part of body.split(/[；;。]/)) {
        const m = SAID_CLAIM.exec(part);
        if (!m) continue;
        const words = part
          .slice(0, m.index)
          // (A caption's bracket left open before the claim: "方案制定【满分2分｜".)
          .replace(/[【〔[][^】〕\]]*$/, "")
          .replace(/[，,、\s]+$/, "")
          .trim();
        // "自评24分（县级中心及产业园14分，村级站点覆盖10分）": a group's claim, its indicators' in the bracket.
        const bracket = /^\s*[（(]([^（()）]*)[)）]/.exec(part.slice(m.index + m[0].length));
        const parts = bracket && /\d\s*分/.test(bracket[1]) ? listedClaims(bracket[1], vocab) : [];
        if (parts.length > 0) {
          for (const { ind: each, points } of parts) claim(each.id, points, body);
          continue;
        }
        const last = words.split(/[，,]/).pop() ?? words;
        // "加分：贫困人口培训率≥70%（2分）：自评2分": under the word for bonus, a bonus indicator named loosely.
        const bonus = /^加分项?$/.test(heading) ? bonusNamed(last, vocab) : undefined;
        const named = words ? indicatorNamed(last, vocab) : undefined;
        const ind = bonus ?? named ?? headed;
        if (!ind || seen.has(ind.id)) continue;
        // (A group's line giving its own full marks, "（一）加强组织领导与统筹协调（满分10分）：自评10分", is the
        // group's total, not the 2-point indicator its heading resembles.)
        const fullMarks = colon > 0 ? /[（(]\s*(?:满分\s*)?(\d+(?:\.\d+)?)\s*分\s*[)）]/.exec(text.slice(0, colon))?.[1] : undefined;
        if (ind === headed && !named && fullMarks !== undefined && ind.section === "scored" && Number(fullMarks) > Number(ind.weight)) continue;
        // "工作台账：已建立，自评2分", "资金专用台账：有，自评4分": a line naming one item (or the fact an item
        // rests on) scores that item; the facts reader takes it, and it is no indicator's claim.
        // (A heading with its weight, "2.方案制定（2分）：…，自评2分", is the indicator's line: a claim.)
        // (So does "…，项目管理制度自评2分" at the end of a longer account: its last words name the item;
        // and "方案制定自评2分" names the one judged item of an indicator that is nothing else.)
        if (!weighted && (namesItem(last || heading, heading, vocab) || (!heading && onlyJudged(ind)))) continue;
        claim(ind.id, Number(m[2]) * (m[1] === "减" || m[1] === "扣" ? -1 : 1), body);
      }
      if (found) rows.add(r);
    });
  });
  return { claims, rows };
}
