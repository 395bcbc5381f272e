/**
 * A facts sheet sent again as a 更正稿: a value cell says what it was and what it is now
 * ("原填152,380，更正为153,760", "原填否，更正为是", "原报13分，现调整为11分", "4→3分", "8（调整后7）"), or marks
 * itself corrected ("407（更正）"), or
 * carries a footnote mark ("105.04※", "10,682②"), or is struck out ("（作废）"). A handwritten form typed
 * in as written (连南) keeps what was struck through, marked: "15.42（划去）14.23", "扶贫办（划去）乡村振兴局"
 * in a list — the word struck is gone, what was written after it stands — and "（字迹不清）", "（空白）"
 * for what cannot be read or was left blank. The reader reads the value as it stands now, as a
 * reviewer does; the cell's address stays the evidence.
 */
import type { CellValue, Sheet } from "../../core/grid";

// A thousands comma (152,380) is no separator between the old value and the new.
// (…or "原12,406，改9,871": 改 straight before the figure; "原：1,023.50；改：1,086.40", each with its colon.)
const REPLACED =
  /^原(?:填|为|报|填报)?\s*[“"「]?.*?[”"」]?\s*(?:[，；;]|,(?!\d{3}))\s*(?:现|已|现已)?(?:(?:更正|修正|改)为|改\s*[:：]?\s*(?=\d))\s*[“"「]?(.+?)[”"」]?\s*[。.]?$/;
// (Also "原报13分，现调整为11分": a self-score revised after the city's first review.)
const REVISED = /^原(?:填|报|为)?\s*(-?\d+(?:\.\d+)?)\s*分?\s*[，,；;]?\s*(?:现|已)?(?:调整|调减|调增|核改|核减|修改|改)(?:为|成)\s*(-?\d+(?:\.\d+)?\s*分?)\s*[。.]?$/;
/** A revision written as an arrow: "4→3分", "2→1", "92→82" (before → after). */
const ARROW = /^(-?\d+(?:\.\d+)?)\s*分?\s*(?:→|->|—>|=>|⇒)\s*(-?\d+(?:\.\d+)?\s*分?)$/;
/**
 * …or of a figure with its unit or a day, the form's note saying the arrow's right side is the value now:
 * "5,210人次→3,962人", "2020年12月26日→2021年1月18日".
 */
const ARROWED = /^(\d[\d,.]*(?:年\d{1,2}月(?:\d{1,2}日)?|[^\d→\s]{0,3}))\s*(?:→|->|—>|=>|⇒)\s*(\d[\d,.]*(?:年\d{1,2}月(?:\d{1,2}日)?|[^\d→\s]{0,3}))$/;
/** A yes/no mark corrected by an arrow: "×→√", "否→是" (before → after). */
const MARK_ARROW = /^([√✓✔×✗✘☑☐是否有无])\s*(?:→|->|—>|=>|⇒)\s*([√✓✔×✗✘☑☐是否有无])$/;
/** The value now with what it was in brackets after it: "142.7（原填146.8，系户籍人口，已更正）". */
const FORMERLY_AFTER = /^(-?\d[\d,.]*)\s*[（(]\s*原(?:填|为|报|填报)[^（()）]*[)）]$/;
/** An overwritten value typed as what it was and what it is now: "原34.1，现32.68", "原副县长，现县委副书记、县长". */
const NOW_AFTER_FORMER =
  /^原(?:填|为|报|填报)?\s*[:：]?\s*(?:[^，,；;]|,(?=\d{3}))+?\s*(?:[，；;]|,(?!\d{3}))\s*现(?:为|在|已)?(?!\s*(?:调|更正|修正|改|核))\s*[:：]?\s*(\S.*?)\s*$/;
/** …or what it is now first, what it was in brackets: "现：32.68（原：34.1）". */
const NOW_BEFORE_FORMER = /^现(?:为|在)?\s*[:：]\s*(\S.*?)\s*[（(]\s*原(?:填|为|报)?\s*[:：]?[^（()）]*[)）]\s*$/;
/** A note after an answer saying it was corrected by hand, what was there first struck through: 〔手写更正，原打印“…”已划去〕. */
const CORRECTION_NOTE =
  /\s*[〔【[（(][^〔〕【】[\]（()）]*原[^〔〕【】[\]（()）]*(?:更正|改正|划去|涂改)[^〔〕【】[\]（()）]*[〕】\]）)]\s*$|\s*[〔【[（(][^〔〕【】[\]（()）]*(?:更正|改正)[^〔〕【】[\]（()）]*原[^〔〕【】[\]（()）]*[〕】\]）)]\s*$/;
/** The revised figure in brackets after the first: "8（调整后7）", "5(核改后4分)". */
const REVISED_AFTER = /^(-?\d+(?:\.\d+)?)\s*分?\s*[（(]\s*(?:调整|核改|修改|更正)后\s*[为:：]?\s*(-?\d+(?:\.\d+)?\s*分?)\s*[)）]$/;
const MARKED = /\s*[（(](?:已?更正|修正|更正后)[)）]\s*$/;
const FOOTNOTE = /\s*[※①②③④⑤⑥⑦⑧⑨⑩＊*]+$/;
const VOID = /^[（(]?(?:作废|已作废|删除)[)）]?$/;
/** A word struck through, marked after it: the word goes back to the list's separator before it. */
const STRUCK = /[^、，；;\s（(]*\s*[（(]\s*(?:划去|划掉|已划去|删去|涂掉)\s*[)）]/g;
/** Nothing to read: written illegibly, or left blank. */
const UNREAD = /^[（(]\s*(?:字迹不清|字迹模糊|看不清|无法辨认|空白|未填|未填写)\s*[)）]$/;

/** What an arrow's correction says why, after it: "（按运营合同起始日更正）". */
const WHY_CORRECTED = /\s*[（(][^（()）]*(?:更正|修正|修改|调整|改正)[^（()）]*[)）]$/;

/**
 * An arrow's correction after the label it answers, with why after it: "投入运营时间：2020年10月→2020年12月16日（按运营
 * 合同起始日更正）" is "投入运营时间：2020年12月16日". Undefined for any other text.
 */
function arrowedAfterLabel(t: string): string | undefined {
  if (!/→|->|=>|⇒/.test(t)) return undefined;
  const bare = t.replace(WHY_CORRECTED, "");
  const lead = /^[^：:→]{1,12}[：:]\s*/.exec(bare)?.[0] ?? "";
  const revised = ARROWED.exec(bare.slice(lead.length));
  return revised ? `${lead}${revised[2].replace(/\s+/g, "")}` : undefined;
}

/** The value a cell states now. */
export function correctedValue(v: CellValue): CellValue {
  if (typeof v !== "string") return v;
  let t = v.trim();
  if (UNREAD.test(t)) return null;
  if (STRUCK.test(t)) {
    t = t
      .replace(STRUCK, "")
      .replace(/^[、，；;\s]+|[、，；;\s]+$/g, "")
      .replace(/([、，；;])\s*[、，；;]+/g, "$1");
    if (t === "") return null;
  }
  const replaced = REPLACED.exec(t) ?? NOW_AFTER_FORMER.exec(t) ?? NOW_BEFORE_FORMER.exec(t);
  if (replaced) t = replaced[1].trim();
  const revised = REVISED.exec(t) ?? ARROW.exec(t) ?? ARROWED.exec(t) ?? REVISED_AFTER.exec(t) ?? MARK_ARROW.exec(t);
  if (revised) t = revised[2].replace(/\s+/g, "");
  else t = arrowedAfterLabel(t) ?? t;
  const formerly = FORMERLY_AFTER.exec(t);
  if (formerly) t = formerly[1];
  // (…or of any answer, the note in brackets saying what was printed and struck through: "３７．９５ 万人〔手写更正，
  // 原打印“３７．８２”已划去〕", "有〔手写更正，原打印“无”已划去〕".)
  const noted = CORRECTION_NOTE.exec(t);
  if (noted && noted.index > 0) t = t.slice(0, noted.index).trim();
  t = t.replace(MARKED, "").replace(FOOTNOTE, "");
  if (VOID.test(t)) return null;
  return t === v.trim() ? v : t;
}

/** The sheet with each value as it stands now (the same sheet when nothing was corrected). */
export function withCorrections(sheet: Sheet): Sheet {
  return withEachCell(sheet, correctedValue);
}

/** The sheet with every cell passed through `f`: the same sheet when `f` changed none of them. */
export function withEachCell(sheet: Sheet, f: (v: CellValue) => CellValue): Sheet {
  let changed = false;
  const rows = sheet.rows.map((row) =>
    row.map((v) => {
      const c = f(v);
      if (c !== v) changed = true;
      return c;
    }),
  );
  return changed ? { ...sheet, rows } : sheet;
}
