/**
 * Recognises what a sheet is: its ledger kind, where its header is (one or two rows, below any
 * title lines), which column holds which field, and how sure we are. Works on plain grids.
 */
import type { Block } from "./stacked";
import { townSummaryRow } from "./town-summary";
import { withDateParts, type DateParts } from "./date-parts";
import { withCountParts } from "./count-parts";
import { toSimplified } from "./normalize/simplified";
import { findWebList } from "./web-list";
import { findSessionCalendar, type SessionCalendar } from "./session-calendar";
import { findLevelColumns, findLevelRows, findLevelSections, type LevelColumns } from "./media-by-level";
import { findChainList, type ChainList } from "./chain-list";
import { findStationCells, type StationCells } from "./stations-in-cell";
import { findPhotoCaptions, type PhotoCaptions } from "./photo-captions";
import { findSeatRegister, type SeatBlock } from "./seat-register";
import { findPaymentForms, type PaymentForm } from "./payment-forms";
import { findAccountAlerts, type AccountAlerts } from "./account-alerts";
import { withEnglishLabels } from "./facts/english-labels";
import type { CellValue, Sheet } from "../core/grid";
import { findDateInText, isPostedDay } from "./normalize/date";
import { isValidDate, type LDate } from "../scoring/dates";
import { cellText, compact, spacelessText, isDash, isNoteText, isTotalText, normalizeLabel, parseUnitLine, splitUnit, type Unit } from "./normalize/text";
import type { LedgerKind } from "./records";
import { FACTS_HINTS, KIND_SPECS, type KindSpec } from "./schema";
import type { FactsVocabulary } from "./facts/vocabulary";
import { statementsOf } from "./facts/sentences";
import { columnPostsRow, findMonthMatrix, type MonthMatrix } from "./matrix";
import { paymentsByMonth } from "./funds-by-month";
import { mixedCalendarRows } from "./mixed-calendar";
import { findSessionColumns } from "./session-columns";
import { copiedPostLines } from "./copied-posts";
import { findCountyGrid, type CountyGrid } from "./county-grid";
import { transpose } from "./sideways";
import { findHalves, unfold, type Halves } from "./halves";
import { rowTexts as cachedTexts } from "./sheet-text";
import { withBookSides, withMonthDayRow, type BookSide } from "./account-book";
import { hasIndicatorHead } from "./facts/indicator-head";
import { findTownColumns, type TownColumns } from "./town-columns";
import { diaryHasReports, findWorkDiary, type WorkDiary } from "./work-diary";
import { findDeskCalendar, type DeskCalendar } from "./desk-calendar";
import { findRecordCards, layOutCards, type RecordCards } from "./record-cards";
import { findVillageDirectory, layOutVillageDirectory, type VillageDirectory } from "./village-directory";
import { findMonthGrid, layOutMonthGrid, type MonthGrid } from "./month-grid";
import { registerParts } from "./category-register";
import { withFixedWidthLines } from "./facts/fixed-width";
import { withMandarin } from "./facts/cantonese";
import { saidColumns, withSaidColumnOnly } from "./facts/said-log";
import { listsOutletAndDay } from "./media-outlet";

/** A sheet on its side has one row per field: only sheets this short are tried turned. */
const SIDEWAYS_MAX_ROWS = 40;

export interface Recognition {
  sheet: string;
  kind: LedgerKind | null;
  /** 0..1; below ~0.4 the sheet is listed as not understood. */
  confidence: number;
  /** Zero-based index of the (last) header row; data starts on the next row. */
  headerRow: number;
  headerRows: 1 | 2;
  /** field → zero-based column. */
  columns: Record<string, number>;
  /** field → the header text as written. */
  headers: Record<string, string>;
  /** Money unit from a header bracket or a 单位 line above the table. */
  unit?: Unit;
  /** Units written in individual headers (field → unit). */
  fieldUnits: Record<string, Unit>;
  /** A before / after table read in its after group (./before-after): the before column a 同左 repeats, by after column. */
  sameAsLeftFrom?: Record<number, number>;
  /**
   * A sign-in sheet without a date column: the day its title states ("培训时间：2021年3月1日"),
   * which every row takes. Dates in 填报日期 / 制表日期 lines are not it.
   */
  titleDate?: LDate;
  /** Set when the kind or columns come from a stored mapping. */
  mapped?: boolean;
  /** A log kept as a calendar (a column per month): read by ./matrix, not row by row. */
  matrix?: MonthMatrix;
  /** The city's table of every county's reports by month: read in the county's column (./county-grid). */
  countyGrid?: CountyGrid;
  /** The column's posts copied page by page: the rows of their bylines (./copied-posts), read as its updates. */
  postLines?: number[];
  /**
   * The sheet is on its side (fields as rows, a record per column): header row and columns are
   * those of the turned grid (./sideways).
   */
  sideways?: boolean;
  /** A list in two halves side by side: read unfolded (./halves); header row and columns are the left half's. */
  halves?: Halves;
  /** An account book dated by 月 | 日 columns: the year its dates are in (./account-book). */
  bookYear?: number;
  /** One of several tables stacked on the sheet: its rows (./stacked). */
  block?: Block;
  /** A sign-in pasted from a WeChat 接龙, one numbered line per trainee (./chain-list): read by its own reader. */
  chain?: ChainList;
  /** Stations listed by town, a town's in one cell with their days (./stations-in-cell). */
  stationCells?: StationCells;
  /** Sessions kept as their group photos' captions, the names row by row (./photo-captions): read by their own reader. */
  captions?: PhotoCaptions;
  /** A training room's fixed-seat register, a block of seats a session (./seat-register): read by its own reader. */
  seats?: SeatBlock[];
  /** A village list one column per town (./town-columns). */
  townColumns?: TownColumns;
  /** A list kept as cards several to a row: read as the table they make (./record-cards). */
  cards?: RecordCards;
  /** The workbook's villages by their statistical code, for a station list placing its stations by code (set by ./read). */
  villageCodes?: ReadonlyMap<string, string>;
  /** A printed directory of committees, read laid out as a table (./village-directory). */
  directory?: VillageDirectory;
  /** A report log kept as a calendar grid of days: read as the list it makes (./month-grid). */
  monthGrid?: MonthGrid;
  /** The desk calendar copied out, a block a month (./desk-calendar): read by its own reader. */
  deskCalendar?: DeskCalendar;
  /** The desk's work diary holding its reports (./work-diary): read by its own reader. */
  diary?: WorkDiary;
  /** Payments kept as the approval forms themselves (./payment-forms): read by their own reader. */
  forms?: PaymentForm[];
  /** Payments kept as the special account's bank alerts (./account-alerts): read by their own reader. */
  alerts?: AccountAlerts;
  /** A training schedule by month and town filled back with the classes held (./session-calendar): read by its own reader. */
  sessions?: SessionCalendar;
  /** Press reports in columns by level, a report a cell (./media-by-level): read by its own reader. */
  levelColumns?: LevelColumns;
  /** A statistics table by town, set aside (./town-summary); kind is null. */
  summary?: boolean;
  /** A chart's data summed from the ledgers, set aside; kind is null. */
  chartData?: boolean;
  /** Excel's pivot table over a ledger, set aside; kind is null. */
  pivot?: boolean;
  /** A date kept as 年 | 月 | 日 columns under one merged header (./date-parts). */
  dateParts?: DateParts;
  /** A count kept in parts under one merged header (线下 | 线上): each field's columns to add (./count-parts). */
  countParts?: Record<string, number[]>;
  /** A numbered list dated in each line's brackets (./web-list): a month alone there is the line's date. */
  bracketDates?: boolean;
  /** A 借方 | 贷方 book: the side whose amounts were counted as payments (./account-book). */
  bookPaysOn?: BookSide;
  /** Runner-up kinds with their confidence, best first. */
  alternatives: { kind: LedgerKind; confidence: number }[];
}

/** Rows searched for the header. */
const MAX_HEADER_SCAN = 20;
/**
 * Below that, a header is looked for only under a 填表说明 block (20–40 lines of prose, one or two
 * cells a line): deeper in a table, a data row whose cells contain header words is no header.
 */
const MAX_PROSE_SCAN = 60;
export const MIN_CONFIDENCE = 0.35;

interface Candidate {
  kind: KindSpec["kind"];
  score: number;
  confidence: number;
  headerRow: number;
  headerRows: 1 | 2;
  columns: Record<string, number>;
  headers: Record<string, string>;
  fieldUnits: Record<string, Unit>;
}

/** A row's cell texts, made once per sheet (./sheet-text): never change the array returned. */
function rowTexts(sheet: Sheet, r: number): readonly string[] {
  return cachedTexts(sheet, r);
}

/** The upper row of a two-row header with horizontally merged group cells filled across. */
function expandMerged(sheet: Sheet, r: number): string[] {
  const texts = [...rowTexts(sheet, r)];
  for (const m of sheet.merges ?? []) {
    if (m.top <= r && m.bottom >= r && m.right > m.left) {
      const t = cellText(sheet.rows[m.top]?.[m.left] ?? null);
      for (let c = m.left; c <= m.right; c++) texts[c] = t;
    }
  }
  return texts;
}

/**
 * Text that can be a column header: "填报日期：2021年9月20日" or "培训时间：2021年3月1日" states a
 * value (a title line), so it is no header, but "金额（单位：万元）" is one.
 */
function asHeader(t: string): string {
  // (Each text once: a row is asked as a header's lower row, its upper row and a line of prose.)
  if (t === "") return "";
  let h = headersByText.get(t);
  if (h === undefined) {
    if (headersByText.size > 20000) headersByText.clear();
    headersByText.set(t, (h = headerOrNone(t)));
  }
  return h;
}
const headersByText = new Map<string, string>();

/** Who marked a column added to another office's table: "商务局标注：", "电商股加注：". */
const ANNOTATED_BY = /^\s*[\u4e00-\u9fff]{1,6}(?:标注|加注|批注)\s*[:：]\s*(?=\S)/;

function headerOrNone(t: string): string {
  // A sentence of a 说明 block ("身份证号须填写18位，…") names fields but is no header.
  // (A header's own note in brackets may be long: "家庭成员情况（姓名、与户主关系、身份证号…）".)
  // (A pivot table's 求和项:支付金额 is its field's header, how it is summed put first.)
  // (…and a column a bureau added to a borrowed register, 商务局标注：村级电商站, its own header after who marked it.)
  const own = t.replace(ANNOTATED_BY, "");
  const outside = own.replace(PIVOT_VALUE_FIELD, "").replace(/[（(][^（()）]*[)）]/g, "");
  if (outside.replace(/\s+/g, "").length > 30 || /[，。；;]/.test(outside)) return "";
  return /[:：]\s*\S/.test(outside) || findDateInText(t) ? "" : own;
}

/**
 * Only the first HEADER_CELLS filled cells of a row can be headers: matching every cell of a row
 * 16,384 cells wide against every synonym took minutes.
 */
const HEADER_CELLS = 200;

function headerTexts(texts: readonly string[]): readonly string[] {
  let filled = 0;
  for (let c = 0; c < texts.length; c++) if (texts[c] !== "" && ++filled > HEADER_CELLS) return texts.slice(0, c);
  return texts;
}

/**
 * The row above a header as group cells over its columns. A cell merged across every column of
 * the header is the table's title ("…培训签到表"), not a group: its words name no field.
 */
function groupRow(sheet: Sheet, r: number, lower: string[]): string[] {
  const texts = expandMerged(sheet, r);
  const width = Math.max(lower.length, texts.length);
  const used = Array.from({ length: width }, (_, c) => c).filter((c) => (lower[c] ?? "") !== "" || (texts[c] ?? "") !== "");
  if (used.length < 2) return texts;
  const [first, last] = [used[0], used[used.length - 1]];
  for (const m of sheet.merges ?? []) {
    if (m.top <= r && m.bottom >= r && m.left <= first && m.right >= last) for (let c = m.left; c <= m.right; c++) texts[c] = "";
  }
  // A lone cell above a header of several columns is a title line too.
  const lowerFilled = lower.filter((t) => t !== "").length;
  if (lowerFilled >= 3 && texts.filter((t) => t !== "").length === 1 && !(sheet.merges ?? []).some((m) => m.top <= r && m.bottom >= r && m.right > m.left))
    return texts.map(() => "");
  return texts;
}

/** Candidate labels per column for a header ending at row r (one or two rows). */
function headerLabels(sheet: Sheet, r: number, rows: 1 | 2): Label[][] {
  const lower = headerTexts(rowTexts(sheet, r)).map(asHeader);
  if (rows === 1) return lower.map((t) => (t === "" ? [] : [label(t)]));
  const upper = headerTexts(groupRow(sheet, r - 1, lower)).map(asHeader);
  const width = Math.max(lower.length, upper.length);
  const out: Label[][] = [];
  for (let c = 0; c < width; c++) {
    const lo = lower[c] ?? "";
    const up = upper[c] ?? "";
    // A cell merged vertically over both rows has its text in the upper row only.
    out.push([lo, up, lo && up ? up + lo : ""].filter((s) => s !== "").map(label));
  }
  return out;
}

/** Question words that header writers add or leave out: "快递物流是否覆盖" = "快递物流覆盖". */
const QUESTION_WORDS = /是否|有无|有没有/g;
/**
 * A header is about its last noun: "覆盖时间" is a date, "联系人电话" a phone, "媒体级别" a level.
 * When a synonym is found inside a header and what follows it is one of these words (and the
 * synonym is not itself of that sort), the header means something else.
 */
const OTHER_NOUN = /(?:日期|时间|年月|月份|电话|手机|号码|金额|人数|人次|户数|个数|地址|代码|类型|级别|形式)$/;

/*
 * Recognition compares candidate header cells with the synonyms of every kind, for each candidate
 * header row. Both sides are compared as keys made once: a header cell's key (unit dropped) once
 * per text, a synonym's once per process.
 */

/** A candidate header cell: its text as written, its key, and the key without question words. */
interface Label {
  readonly text: string;
  readonly key: string;
  readonly bare: string;
  /** Its unit counts things ("村委会（个）", "企业（家）"): a column of counts, not of names. */
  readonly counts?: boolean;
}

/** Fields holding names or words, never a count. */
const WORD_FIELDS = new Set(["name", "village", "town", "title", "outlet", "topic", "content", "project", "address"]);
// (人次 too: 参训人员（人次） over 农民 | 返乡青年 | … counts the trainees, it names none.)
const COUNT_UNIT = /^(?:个|家|户|间|座|条|所|处|村|人次)$/;

/** A synonym list's keys and question-free keys, by list (the lists are the schema's own arrays). */
const synonymKeys = new WeakMap<readonly string[], { key: string; bare: string }[]>();
function keysOf(list: readonly string[]): { key: string; bare: string }[] {
  let keys = synonymKeys.get(list);
  if (!keys) {
    keys = list.map((s) => {
      const key = normalizeLabel(s);
      return { key, bare: key.replace(QUESTION_WORDS, "") };
    });
    synonymKeys.set(list, keys);
  }
  return keys;
}

/** How a pivot table's value field is summed, before the field's own name ("求和项:", "Sum of "). */
const PIVOT_VALUE_FIELD = /^\s*(?:(?:求和|计数|平均值|最大值|最小值|乘积|数值计数)项\s*[:：]\s*|(?:Sum|Count|Average|Max|Min) of\s+)/i;

/** A header that only says "total" (合计, 实到) and a unit that says of what. */
const BARE_TOTAL = /^(?:合计|小计|总计|总数|数量|实到|实际|共计)$/;
const COUNTED = /^(?:人次|人|万人次)$/;

/** A header cell as compared; the same few header texts come back in every sheet and position. */
function label(text: string): Label {
  let l = labelsByText.get(text);
  if (!l) {
    // 縣（區）, 行政村數: a header in traditional characters is compared in simplified ones.
    // (A pivot table's value field says how it is summed first: 求和项:支付金额（元） is 支付金额（元）.)
    // (A legend in brackets, 行政村（带*的为省定贫困村）, says how the cells are marked, not what the column is.)
    const split = splitUnit(toSimplified(text).replace(PIVOT_VALUE_FIELD, "").replace(HEADER_LEGEND, ""));
    // "合计（人次）", "实到（人）": a bare total says what it counts in its unit alone — kept in the key.
    const counted = split.unit !== undefined && COUNTED.test(split.unit) && BARE_TOTAL.test(normalizeLabel(split.label));
    const key = normalizeLabel(counted ? `${split.label}${split.unit}` : split.label);
    l = { text, key, bare: key.replace(QUESTION_WORDS, ""), ...(split.unit !== undefined && COUNT_UNIT.test(split.unit) ? { counts: true } : {}) };
    if (labelsByText.size > 20000) labelsByText.clear();
    labelsByText.set(text, l);
  }
  return l;
}
const labelsByText = new Map<string, Label>();
const HEADER_LEGEND = /[（(]\s*(?:带|标有?|加|注)?\s*[*＊★☆△▲●※#]+\s*(?:号)?(?:的|者)?\s*(?:为|是|表示)[^（()）]*[)）]/g;

/** A header of what was planned: 计划开班日期, 拟报送时间, 预计完成时间. */
const PLANNED_HEAD = /^(?:计划|拟|预计|原定)/;

/** A header naming those without something: 未建站点的行政村, 未覆盖的村, 未通快递的行政村. */
const LACKING = /^(?:未|没有|尚未)(?:建|设|覆盖|通|开通)[\u4e00-\u9fff]{0,4}的[\u4e00-\u9fff]/;

/** needle inside hay, unless what follows it makes the header mean another thing (OTHER_NOUN). */
function contained(hay: string, needle: string, q: number): number {
  const i = hay.indexOf(needle);
  if (i < 0) return 0;
  const rest = hay.slice(i + needle.length).replace(/\(.*\)$/, "");
  if (rest && OTHER_NOUN.test(rest) && !OTHER_NOUN.test(needle)) return 0;
  // "未建站点的行政村" names the villages a list leaves out: no column of the ones it holds, nor of its stations.
  if (LACKING.test(hay)) return 0;
  // "计划开班日期" is a plan's day, no day a thing was done (a synonym saying 计划 itself names it). (Only a day:
  // 拟发布栏目 is the column a piece went to, 拟入驻业态 a firm's trade.)
  if (PLANNED_HEAD.test(hay) && !PLANNED_HEAD.test(needle) && /日期|时间/.test(needle)) return 0;
  // Nor is a count of what the field names (行政村数, 站点数量) a list of them (凭证号数 is a number's name).
  if (/^(?:数|数量)$/.test(rest) && !/[号码]$/.test(needle)) return 0;
  return q;
}

/** How well a label key matches a synonym key (with their forms without question words). */
function matchKeys(l: string, lq: string, s: string, sq: string): number {
  if (!l || !s) return 0;
  if (l === s) return 1;
  // "=村": a header word that counts only as the whole cell (inside "长来村" it is a data word).
  if (s.charCodeAt(0) === 61) return l === s.slice(1) ? 1 : 0;
  // "是否省定贫困村（是/否）" contains the synonym; short generic synonyms count less.
  const direct = contained(l, s, s.length >= 3 ? 0.85 : 0.6);
  if (direct > 0) return direct;
  if (!lq || !sq || (lq === l && sq === s)) return 0;
  if (lq === sq) return 0.95;
  return contained(lq, sq, sq.length >= 3 ? 0.8 : 0.55);
}

/** One synonym of one field of a kind, as the index below holds it. */
interface Synonym {
  fieldIndex: number;
  field: string;
  index: number;
  key: string;
  bare: string;
  /** The synonym as written: a longer one wins a tie. */
  length: number;
  /** The label it was last compared with (each label is compared with a synonym once). */
  seenBy: number;
}

/**
 * A kind's synonyms by the character they must share with a header cell to match it at all: a
 * synonym matches only a cell that contains it (or its form without question words, or the word
 * after "="), so its first character is in the cell. Comparing a cell with the synonyms of its own
 * characters, not with all of them, gives the same options at a fraction of the comparisons.
 */
const synonymIndexes = new WeakMap<KindSpec, Map<string, Synonym[]>>();
function synonymIndex(spec: KindSpec): Map<string, Synonym[]> {
  let index = synonymIndexes.get(spec);
  if (!index) {
    index = new Map();
    const put = (ch: string | undefined, syn: Synonym) => {
      if (!ch) return;
      const list = index!.get(ch) ?? [];
      if (!list.includes(syn)) list.push(syn);
      index!.set(ch, list);
    };
    spec.fields.forEach((f, fieldIndex) =>
      keysOf(f.headers).forEach(({ key, bare }, i) => {
        const syn: Synonym = { fieldIndex, field: f.field, index: i, key, bare, length: f.headers[i].length, seenBy: -1 };
        put(key.charCodeAt(0) === 61 ? key[1] : key[0], syn);
        put(bare[0], syn);
      }),
    );
    synonymIndexes.set(spec, index);
  }
  return index;
}
let labelStamp = 0;

/** A label's match with one synonym of a kind, found when the label is first compared. */
interface Match {
  readonly spec: KindSpec;
  readonly syn: Synonym;
  readonly q: number;
}

/**
 * Every kind's synonyms by the character they must share with a cell (see synonymIndex), with the
 * kind each belongs to: a label is compared with all kinds in one walk over its characters.
 */
let everyKind: Map<string, { spec: KindSpec; syn: Synonym }[]> | undefined;
function everyKindIndex(): Map<string, { spec: KindSpec; syn: Synonym }[]> {
  if (!everyKind) {
    everyKind = new Map();
    for (const spec of KIND_SPECS)
      for (const [ch, list] of synonymIndex(spec)) {
        const all = everyKind.get(ch) ?? [];
        for (const syn of list) all.push({ spec, syn });
        everyKind.set(ch, all);
      }
  }
  return everyKind;
}

function matchQuality(l: Label, syn: Synonym): number {
  return l.counts && WORD_FIELDS.has(syn.field) ? 0 : matchKeys(l.key, l.bare, syn.key, syn.bare);
}

/**
 * The synonyms a label matches, of every kind (and of `spec`, when it is none of KIND_SPECS). A
 * label (one per distinct text) is compared with the kinds once, the first time it is asked: the
 * same header cell is asked for each of its row's positions (one and two rows) by every kind, and
 * again on every sheet it heads. A cell matches a few synonyms at most, so a kind's are picked out
 * of the list as it is walked.
 */
function matchesOf(l: Label, spec: KindSpec): readonly Match[] {
  let found = labelMatches.get(l);
  if (!found) {
    found = [];
    const stamp = ++labelStamp;
    const index = everyKindIndex();
    for (let c = 0; c < l.key.length; c++)
      for (const { spec: kind, syn } of index.get(l.key[c]) ?? []) {
        if (syn.seenBy === stamp) continue;
        syn.seenBy = stamp;
        const q = matchQuality(l, syn);
        if (q > 0) found.push({ spec: kind, syn, q });
      }
    labelMatches.set(l, found);
  }
  if (KIND_SPECS.includes(spec)) return found;
  // (A kind of its own: compared on its own, each time.)
  const own: Match[] = [];
  const stamp = ++labelStamp;
  const index = synonymIndex(spec);
  for (let c = 0; c < l.key.length; c++)
    for (const syn of index.get(l.key[c]) ?? []) {
      if (syn.seenBy === stamp) continue;
      syn.seenBy = stamp;
      const q = matchQuality(l, syn);
      if (q > 0) own.push({ spec, syn, q });
    }
  return own;
}
const labelMatches = new WeakMap<Label, Match[]>();

function assignColumns(spec: KindSpec, labels: Label[][]) {
  let options: { field: string; col: number; q: number; len: number; text: string; fieldIndex: number; cand: number; syn: number }[] = [];
  for (let col = 0; col < labels.length; col++)
    for (let cand = 0; cand < labels[col].length; cand++) {
      const l = labels[col][cand];
      for (const m of matchesOf(l, spec)) {
        if (m.spec !== spec) continue;
        const { syn, q } = m;
        options.push({ field: syn.field, col, q, len: syn.length, text: l.text, fieldIndex: syn.fieldIndex, cand, syn: syn.index });
      }
    }
  // Under a group over two header rows (培训人数（人次） over 计划 | 实到), a column whose own word names a field
  // exactly (计划: planned) is that field's: the group's words, shared by every column under it, take it for
  // no other. (A cell's candidates are its own word, the group's and both, when it has both.)
  const ownFields = new Map<number, Set<string>>();
  for (const o of options) if (o.cand === 0 && labels[o.col].length === 3 && o.q >= 0.99) ownFields.set(o.col, (ownFields.get(o.col) ?? new Set()).add(o.field));
  if (ownFields.size > 0) options = options.filter((o) => o.cand === 0 || !ownFields.has(o.col) || ownFields.get(o.col)?.has(o.field));
  // Ties go as the fields, then the cell's candidates, then the synonyms are listed.
  options.sort((a, b) => b.q - a.q || b.len - a.len || a.col - b.col || a.fieldIndex - b.fieldIndex || a.cand - b.cand || a.syn - b.syn);
  const columns: Record<string, number> = {};
  const headers: Record<string, string> = {};
  const quality: Record<string, number> = {};
  const usedCols = new Set<number>();
  const taken: Record<string, (typeof options)[number]> = {};
  for (const o of options) {
    if (o.field in columns || usedCols.has(o.col)) continue;
    columns[o.field] = o.col;
    headers[o.field] = o.text;
    quality[o.field] = o.q;
    taken[o.field] = o;
    usedCols.add(o.col);
  }
  // Two columns a field's words name alike, one word apart at their end (参训人数 | 参训人次): the one its
  // list names first, not the one further left — when that one is free.
  for (const o of options) {
    const t = taken[o.field];
    if (!t || usedCols.has(o.col) || o.q !== t.q || o.len !== t.len || o.syn >= t.syn) continue;
    if (o.text.length !== t.text.length || o.text.slice(0, -1) !== t.text.slice(0, -1)) continue;
    usedCols.delete(t.col);
    columns[o.field] = o.col;
    headers[o.field] = o.text;
    taken[o.field] = o;
    usedCols.add(o.col);
  }
  return { columns, headers, quality };
}

/** A kind's hints and anti-hints as compared (normalised once per process). */
const hintKeys = new WeakMap<KindSpec, { hints: string[]; anti: string[] }>();
function hintsOf(spec: KindSpec): { hints: string[]; anti: string[] } {
  let keys = hintKeys.get(spec);
  if (!keys) hintKeys.set(spec, (keys = { hints: spec.hints.map((h) => normalizeLabel(h)), anti: (spec.antiHints ?? []).map((h) => normalizeLabel(h)) }));
  return keys;
}

/** normalizeLabel of the last few texts: a sheet's name and title lines are asked by every kind at every position. */
const recentKeys = new Map<string, string>();
function recentKey(t: string): string {
  let k = recentKeys.get(t);
  if (k === undefined) {
    if (recentKeys.size > 1000) recentKeys.clear();
    recentKeys.set(t, (k = normalizeLabel(t)));
  }
  return k;
}

/** 培训意愿摸底表, 培训需求调查: a survey of people about training, no training held. */
const TRAINING_ASKED = /(?:电商)?培训(?:意愿|需求)(?:摸底|调查|统计|登记)?/g;

/** A sheet name joining two subjects: 宣传及经验材料, 培训与签到, 报送、公开. */
const JOINED_NAME = /[^\s](?:及|与|、)[^\s]/;

function hintScore(spec: KindSpec, name: string, titles: string): number {
  const { hints, anti } = hintsOf(spec);
  const n = recentKey(name.replace(TRAINING_ASKED, ""));
  const t = recentKey(titles.replace(TRAINING_ASKED, ""));
  let s = 0;
  const inName = hints.some((h) => n.includes(h));
  const joined = JOINED_NAME.test(name);
  const inTitle = !inName || joined ? hints.some((h) => t.includes(h)) : false;
  // A name joining two lists (宣传及经验材料) names each table on the sheet no better than the table's
  // own title does (一、宣传报道情况 over the one, 二、经验材料报送情况 over the other).
  if (joined) s += inTitle ? 1.5 : inName ? 1 : 0;
  else if (inName) s += 1.5;
  else if (inTitle) s += 1;
  // A title's bracketed remark says what the list is for, not what it is: 贫困人口劳动力情况台账（电商培训对象摸底）
  // is a roster, not a sign-in sheet.
  // (Nor is a survey of the people's wish for training, 电商培训需求摸查表, a training held.)
  const said = recentKey(titles.replace(/[（(][^）)]*[）)]/g, "").replace(TRAINING_ASKED, ""));
  if (anti.some((h) => n.includes(h) || said.includes(h))) s -= 3;
  return s;
}

/**
 * A title line above a table has a few cells (title, 填报单位, 单位); a row of many is a header or
 * data, and its words are no hint (a data row taken as the header has the real header above it).
 */
function titleLine(sheet: Sheet, r: number): string {
  const texts = rowTexts(sheet, r).filter((t) => t !== "");
  // (A legend of the list's marks, "（★为省定相对贫困村；资料来源：…）", says what a mark means, not what the list is.)
  return texts.length <= 3 && !MARK_LEGEND.test(texts.join(" ")) ? texts.join(" ") : "";
}
const MARK_LEGEND = /^[（(]?\s*[★☆△▲●○◆◇※*＊]\s*(?:为|表示|代表|是)/;

/** A column of months: a log keeps a month a row under it. */
const MONTH_HEADER = /^(?:更新|发布|统计)?月份$/;

function scoreCandidate(spec: KindSpec, sheet: Sheet, r: number, rows: 1 | 2, labels: Label[][], titles: string): Candidate | undefined {
  if (spec.antiHeaders) {
    const anti = keysOf(spec.antiHeaders);
    // (A column of names under such a header, 贫困村 | 竹岗村委会, is not the yes / no column it resembles.)
    // (Nor is a log a month a row, 月份 | 更新条数 | 主要更新内容, the summary a column a row its counts resemble.)
    const monthly = labels.some((cands) => cands.some((l) => MONTH_HEADER.test(l.key)));
    if (!monthly && labels.some((cands, col) => cands.some((l) => anti.some((h) => matchKeys(l.key, l.bare, h.key, h.bare) >= 0.85)) && !namesUnder(sheet, r, col)))
      return undefined;
  }
  // A web page's list copied with each item's day in a cell of its own words ("发布于 2021-03-09 10:21", under
  // 发布信息 beside the 标题): that column is the day, whatever its header says, and names nothing else.
  const dated = spec.fields.some((f) => f.field === "date");
  const posted = dated ? labels.findIndex((_, col) => postedDaysUnder(sheet, r, col)) : -1;
  const { columns, headers, quality } = assignColumns(spec, posted >= 0 ? labels.map((l, col) => (col === posted ? [] : l)) : labels);
  if (posted >= 0 && !("date" in columns)) {
    columns.date = posted;
    headers.date = labels[posted][0]?.text ?? "";
    quality.date = 0.8;
  }
  // A fund register keeping only the running total after each payment (累计已拨付): its amounts are the
  // differences, read from that column (./running-total). Only a register of payments, each on its day
  // with its voucher: a project's row with its 累计拨付 is no payment after the row above.
  if (spec.kind === "funds" && !("amount" in columns) && "runningTotal" in columns && "voucher" in columns && "date" in columns) {
    columns.amount = columns.runningTotal;
    headers.amount = headers.runningTotal;
    quality.amount = quality.runningTotal;
  }
  // A register of classes counting only those who finished (结业人数, no 实到): they are its trainees.
  // (…and a count the bureau confirmed, 审核确认人次, is the one that counts over the raw sign-ins.)
  const counted =
    spec.kind !== "training" ? undefined : "confirmed" in columns ? "confirmed" : !("personTimes" in columns) && "graduated" in columns ? "graduated" : undefined;
  if (counted) {
    columns.personTimes = columns[counted];
    headers.personTimes = headers[counted];
    quality.personTimes = quality[counted];
  }
  if (spec.fields.some((f) => f.required && !(f.field in columns))) return undefined;
  if (spec.anyOf && !spec.anyOf.some((set) => set.every((f) => f in columns))) return undefined;
  let score = 0;
  let possible = 0;
  for (const f of spec.fields) {
    const w = f.weight ?? 1;
    possible += w;
    if (f.field in columns) score += w * quality[f.field];
  }
  // (A column named only so that another field never takes it, weight 0 — 备注, 出生日期 — makes no table.)
  let matched = 0;
  // (…unless it says what the table is, a division code list's codes, without making it likelier than another.)
  for (const f of spec.fields) if (f.field in columns && (f.weight !== 0 || f.counts)) matched++;
  // A sign-in sheet of names only (序号 | 姓名 | 所在村 | 联系电话 | 签名) under a title calling it one and a line
  // giving its day (培训时间：2020年11月24日—25日): the day is the title's, the table a session's trainees.
  const dayAbove =
    spec.kind === "training" && matched === 1 && "name" in columns && !("date" in columns) && /签到/.test(titles) && titleDate(sheet, r - rows + 1) !== undefined;
  if (dayAbove) matched++;
  // A press list a report a cell, under a header listing its parts ("报道信息（媒体、日期、版面、标题）"): the one
  // column is the outlet and the day as well, and scores as they would.
  if (spec.kind === "media" && "report" in columns && listsOutletAndDay(headers.report)) {
    matched++;
    for (const f of spec.fields) if ((f.field === "outlet" || f.field === "date") && !(f.field in columns)) score += (f.weight ?? 1) * quality.report;
  }
  if (matched < 2 && !spec.fields.every((f) => f.required)) return undefined;
  score += hintScore(spec, sheet.name, titles);
  // A town's villages listed in one cell each (山涌村、河田村、水岸村…): a village list whatever its header lacks.
  if (spec.kind === "villages" && "name" in columns && villageListsUnder(sheet, r, columns.name)) score += 1.5;
  const confidence = Math.max(0, Math.min(1, score / (possible * 0.6 + 1.5)));
  const fieldUnits: Record<string, Unit> = {};
  for (const [field, text] of Object.entries(headers)) {
    const u = splitUnit(text).unit;
    if (u) fieldUnits[field] = u;
  }
  return { kind: spec.kind, score, confidence, headerRow: r, headerRows: rows, columns, headers, fieldUnits };
}

/** The first filled cells under a header (three or more, in its first rows) all state a posted day ("发布于 2021-03-09 10:21"). */
function postedDaysUnder(sheet: Sheet, r: number, col: number): boolean {
  let seen = 0;
  for (let k = r + 1; k < Math.min(sheet.rows.length, r + 12) && seen < 5; k++) {
    const t = rowTexts(sheet, k)[col] ?? "";
    if (t === "") continue;
    if (!isPostedDay(t)) return false;
    seen++;
  }
  return seen >= 3;
}

/** The first filled cells under a header are names of villages or committees, not answers. */
function namesUnder(sheet: Sheet, r: number, col: number): boolean {
  let names = 0;
  let seen = 0;
  for (let x = r + 1; x < sheet.rows.length && seen < 5; x++) {
    const t = cellText(sheet.rows[x]?.[col] ?? null);
    if (t === "") continue;
    // (A short list's total under it, 合计 | | 省定贫困村4个, names no village and is no answer either.)
    if (isTotalText(sheet.rows[x]?.find((v) => cellText(v ?? null) !== "") ?? null)) continue;
    seen++;
    if (/(?:村|社区|村委会|居委会|委员会|村委)$/.test(t.replace(/\s+/g, "")) && t.length >= 3) names++;
  }
  return seen >= 2 && names === seen;
}

/** The first filled cells under a header are lists of three villages or more, "山涌村、河田村、水岸村". */
function villageListsUnder(sheet: Sheet, r: number, col: number): boolean {
  let lists = 0;
  let seen = 0;
  for (let x = r + 1; x < sheet.rows.length && seen < 5; x++) {
    const t = cellText(sheet.rows[x]?.[col] ?? null).replace(/\s+/g, "");
    if (t === "") continue;
    seen++;
    // (…a poor one marked after its name, 南厝村★.)
    const names = t
      .replace(/[★☆*※]/g, "")
      .split(/[、，,；;]/)
      .filter(Boolean);
    if (names.length >= 3 && names.every((n) => /^[\u4e00-\u9fff]{1,8}(?:村|村委会|村民委员会|社区|居委会)$/.test(n))) lists++;
  }
  return seen >= 2 && lists >= seen - 1;
}

/** Things counted inside a text ("（村委会18个，居委会2个）"): no header says how many. */
const COUNTED_IN_TEXT = /\d+\s*(?:个|家|户)\s*[)），,、；;]/;

/** A cell holding a unit alone, as a summary's 单位 column does. */
const UNIT_CELL = /^\s*(?:个|家|人|人次|期|次|户|篇|条|万元|元|亿元|万人|%)\s*$/;

const MOBILE = /(?:^|[^\d*])1[3-9]\d(?:\d{4}|\*{4})\d{4}(?![\d*])/;

function looksLikeData(row: CellValue[] | undefined): boolean {
  let n = 0;
  for (const [c, v] of (row ?? []).entries()) {
    // (…and a town's heading counting its villages, "二、茶阳镇（村委会18个，居委会2个）", a line of the list.)
    if (typeof v === "string" && COUNTED_IN_TEXT.test(v)) return true;
    // (A figure with its unit in the next cell, 培训人次 | 625 | 人次, is a summary's line.)
    if (typeof v === "number" && typeof row?.[c + 1] === "string" && UNIT_CELL.test(row[c + 1] as string)) return true;
    // A date (a real one, or typed: 2021.5.20) or an ID number is data; no header is one.
    // (…and so is a statistical division code, 440785101000: twelve digits.)
    if (v instanceof Date || (typeof v === "string" && /^\s*(?:\d{15,17}[\dXx]|\d{12}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})\s*$/.test(v))) return true;
    if (typeof v === "number" && Number.isInteger(v) && v >= 1e11 && v < 1e12) return true;
    // (…and a mobile number, masked or not, after a name or alone: "余华芳 135****3480".)
    if (typeof v === "string" && MOBILE.test(v)) return true;
    // (A rate typed as text, "77.8%", is a figure too: 莲洲镇 | 9 | 7 | 77.8% is a summary's row.)
    if ((typeof v === "number" || (typeof v === "string" && /^\s*\d+(?:\.\d+)?\s*%\s*$/.test(v))) && ++n >= 3) return true;
  }
  return false;
}

/**
 * A row numbered in its first cell right after the row numbered one less, or after the 序号 header:
 * a list's row, however many header words its cells happen to hold (葵坝村委会 | 省定贫困村).
 */
function numberedRow(sheet: Sheet, r: number): boolean {
  const n = serialAt(sheet, r);
  if (n === undefined || r === 0) return false;
  // The row before, past blank rows that separate towns or pages ("13 | …", blank, "14 | …") and
  // rows without a number of their own (a village's 自然村 listed under it).
  let p = r - 1;
  while (p > 0 && cellText(sheet.rows[p]?.[0] ?? null) === "") p--;
  const above = sheet.rows[p]?.[0];
  // (…or any number right under it: a register's blocks each under its own header go on counting, 第53期 | 序号 | … | 3.)
  return serialAt(sheet, p) === n - 1 || ((n === 1 || p === r - 1) && typeof above === "string" && /^(?:序号|编号|序)$/.test(above.replace(/\s+/g, "")));
}

function serialAt(sheet: Sheet, r: number): number | undefined {
  const v = sheet.rows[r]?.[0];
  const n = typeof v === "number" ? v : typeof v === "string" && /^\s*\d{1,5}\s*$/.test(v) ? Number(v) : undefined;
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * A row that says again what the row below it says in two or more columns (连州镇 | … | 行政村 | 是
 * over 连州镇 | … | 行政村 | 是) is the first of a list's rows, not a header or a header's lower row.
 */
function sameAsNext(sheet: Sheet, r: number): boolean {
  const row = sheet.rows[r] ?? [];
  const next = sheet.rows[r + 1] ?? [];
  let same = 0;
  for (let c = 0; c < row.length; c++) {
    const t = cellText(row[c]);
    if (t !== "" && t === cellText(next[c] ?? null) && ++same >= 2) return true;
  }
  return false;
}

/** A day written out in full as a cell's whole text: 2021年9月8日, 2021.9.8, 2021-09-08. */
const WRITTEN_DAY = /^\s*(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]?|([.\-/])\d{1,2}\1\d{1,2})\s*$/;

/**
 * Is row `r` a ledger's header (the first row of a table stacked below another)? Read as a sheet of
 * its own — the title line above, the row and the few under it — it must head some kind with three
 * columns (two will do under a facts table, whose sheet's name says what its log is: 信息公开 over
 * 更新日期 | 更新内容).
 */
export function headsTable(sheet: Sheet, r: number, minColumns = 3, name = ""): boolean {
  const row = sheet.rows[r] ?? [];
  const filled = row.filter((v) => cellText(v ?? null) !== "");
  if (filled.length < 3 || !filled.every((v) => typeof v === "string")) return false;
  // (A form's line of pairs, 证据提供单位盖章 | （…印） | 日期 | 2021年9月8日, holds a day: no header holds one.)
  if (filled.some((v) => WRITTEN_DAY.test(v as string))) return false;
  // With the title line above it, which names what the table is.
  const from = Math.max(0, r - 1);
  const top = bestCandidates({ name, rows: sheet.rows.slice(from, r + 4) }).sort((a, b) => b.confidence - a.confidence)[0];
  if (top === undefined || top.headerRow !== r - from || top.confidence < MIN_CONFIDENCE) return false;
  const found = Object.keys(top.columns).length;
  if (found >= minColumns) return true;
  // A kind of fewer fields heads a table with all of them under a title naming it (镇 | 村 under
  // 附：省定贫困村名单); a pasted row of data under a short line does not.
  const spec = KIND_SPECS.find((k) => k.kind === top.kind);
  const fields = spec?.fields.filter((f) => f.weight !== 0).length ?? minColumns;
  const title = r > 0 ? compact(rowTexts(sheet, r - 1).join("")) : "";
  return found >= fields && (spec?.hints ?? []).some((h) => title.includes(compact(h)));
}

/** The best header position for each kind (or only for `only`), over the first rows of the sheet. */
function bestCandidates(sheet: Sheet, only?: KindSpec): Candidate[] {
  const specs = only ? [only] : KIND_SPECS;
  const best = new Map<string, Candidate>();
  // From the first filled row: a table stacked low on a sheet (./stacked) is read with the rows above it blank.
  const start = Math.max(
    0,
    sheet.rows.findIndex((row) => row?.some((v) => v !== null && v !== undefined && v !== "")),
  );
  const scan = Math.min(sheet.rows.length, start + MAX_PROSE_SCAN);
  const titleLines = sheet.rows.slice(0, scan).map((_, r) => (r < start ? "" : titleLine(sheet, r)));
  // Rows past the first MAX_HEADER_SCAN count only while every row above is a line of prose.
  let proseAbove = true;
  for (let r = start; r < scan; r++) {
    if (r - start >= MAX_HEADER_SCAN && !proseAbove) break;
    // A row holding dates, ID numbers or several numbers is data, never the header's last row.
    // (…and so is a town's subtotal line, 罗镜镇小计 | 村委会11个、居委会1个, however much it reads like header words.)
    const dataLike = looksLikeData(sheet.rows[r]) || sameAsNext(sheet, r) || numberedRow(sheet, r) || subtotalLine(sheet, r);
    for (const rows of [1, 2] as const) {
      // A header is text: a row holding a date ("培训日期 | 2021-01-14") is no header's upper row either.
      if (dataLike || (rows === 2 && (r === 0 || looksLikeData(sheet.rows[r - 1]) || numberedRow(sheet, r - 1) || sectionLine(sheet, r) || appendixLine(sheet, r - 1))))
        continue;
      // Header texts and title lines are computed once per position and shared by every kind.
      const labels = headerLabels(sheet, r, rows);
      const titles = titleLines.slice(0, r - rows + 1).join(" ");
      for (const spec of specs) {
        const c = scoreCandidate(spec, sheet, r, rows, labels, titles);
        const prev = best.get(spec.kind);
        if (c && (!prev || c.score > prev.score + 1e-9)) best.set(spec.kind, c);
      }
    }
    // A row of three or more header-like cells (not 填报单位：… lines) starts a table.
    if (rowTexts(sheet, r).filter((t) => asHeader(t) !== "").length > 2) proseAbove = false;
  }
  return [...best.values()];
}

/** A header row's words are each a field's: few of its filled cells repeat another's. */
function fieldsApart(sheet: Sheet, r: number): boolean {
  const texts = rowTexts(sheet, r).filter((t) => t !== "");
  return new Set(texts).size >= texts.length * 0.8;
}

/** A row most of whose cells name a committee (东坡村民委员会, 西湖社区居民委员会): a list's names, no fields. */
function committeesNamed(sheet: Sheet, r: number): boolean {
  const texts = rowTexts(sheet, r).filter((t) => t !== "");
  const named = texts.filter((t) => /^(?!所在|所属|行政|建制).{2,}(?:村民委员会|居民委员会|村委会|居委会)/.test(t.replace(/\s+/g, ""))).length;
  return named >= 4 && named >= texts.length / 2;
}

/** An appendix's title alone on its row ("附：意向入驻企业（已签意向书，尚未入驻）"): the table's title, no header row. */
function appendixLine(sheet: Sheet, r: number): boolean {
  const texts = rowTexts(sheet, r).filter((t) => t !== "");
  return texts.length === 1 && /^附(?:表|件)?\s*\d*\s*[:：、]/.test(texts[0].trim());
}

/** A subtotal's line: its first filled cell says 小计 / 合计 (罗镜镇小计). */
function subtotalLine(sheet: Sheet, r: number): boolean {
  const first = rowTexts(sheet, r).find((t) => t !== "");
  return first !== undefined && /(?:小计|合计|总计)$/.test(first.replace(/\s+/g, ""));
}

/**
 * A section's heading under the header ("一、三江镇（9个）" merged across the table): it opens the
 * section's rows; it is no lower row of the header.
 */
function sectionLine(sheet: Sheet, r: number): boolean {
  const texts = rowTexts(sheet, r).filter((t) => t !== "");
  if (texts.length !== 1) return false;
  return /^[一二三四五六七八九十]+[、．.]/.test(texts[0]) || (sheet.merges ?? []).some((m) => m.top <= r && m.bottom >= r && m.right - m.left >= 2);
}

const ROW_UNITS: readonly string[] = ["元", "万元", "人", "万人", "人次", "%", "个", "家"];
/** How a date column is to be written ("（年/月/日）", "yyyy-mm-dd"): no unit, but a unit row's cell too. */
const DATE_FORMAT_HINT = /^(?:年[/.-]?月[/.-]?日?|y{2,4}[/.-]?m{1,2}[/.-]?(?:d{1,2})?)$/i;

/**
 * A row of units under the header ("（万元）", "单位：人", "元"): column → unit, or undefined when
 * the row holds anything else. Such a row belongs to the header, not to the data.
 */
export function unitRow(row: CellValue[] | undefined): Map<number, Unit> | undefined {
  const out = new Map<number, Unit>();
  let other = false;
  (row ?? []).forEach((v, c) => {
    const t = cellText(v);
    if (!t || other) return;
    const bare = compact(t)
      .replace(/^[(（]|[)）]$/g, "")
      .replace(/^(?:计量)?单位[:：]?/, "");
    if (typeof v === "string" && ROW_UNITS.includes(bare)) out.set(c, bare as Unit);
    else if (typeof v !== "string" || !DATE_FORMAT_HINT.test(bare)) other = true;
  });
  return !other && out.size > 0 ? out : undefined;
}

/** Lines that date the form, not the event: 填报日期, 制表时间, 打印日期. */
export const FORM_DATE_LINE = /填报|填表|制表|报送|统计|打印|截至|截止/;

/**
 * The day a training sheet without a date column states in its title lines, or else in its name
 * (one sheet per session: "第1期 2020.06.18", "第3期 2021.3.11-12" — a period counts at its end).
 */
function titleDate(sheet: Sheet, headerTop: number): LDate | undefined {
  for (let r = 0; r < headerTop; r++)
    for (const v of sheet.rows[r] ?? []) {
      const t = cellText(v);
      if (!t || FORM_DATE_LINE.test(t)) continue;
      const d = findDateInText(t);
      if (d) return d;
    }
  // (…or only its month, said as the session's time: "培训时间：2021年1月".)
  for (let r = 0; r < headerTop; r++)
    for (const v of sheet.rows[r] ?? []) {
      const month = timeMonthIn(cellText(v));
      if (month) return month;
    }
  return FORM_DATE_LINE.test(sheet.name) ? undefined : findDateInText(sheet.name);
}

/** A month said as a time: "培训时间：2021年1月" (no day after it). */
const TIME_MONTH = /(?:时间|日期)\s*[:：]\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/;

/** The month a text says as a time ("培训时间：2021年5月（共三个晚上）"), when it says one. */
export function timeMonthIn(text: string): LDate | undefined {
  const m = TIME_MONTH.exec(text);
  return m && isValidDate(Number(m[1]), Number(m[2])) ? { y: Number(m[1]), m: Number(m[2]) } : undefined;
}

/**
 * What the rows around the header add: an account book's 月 | 日 row and paying side
 * (./account-book); units from a unit row under the header go to the fields of their columns (and
 * the amount's to the table); a training sheet without a date column takes the date of its title.
 */
function withUnitRow(sheet: Sheet, recognised: Recognition): Recognition {
  let rec = withCountParts(sheet, withDateParts(sheet, withBookSides(sheet, withMonthDayRow(sheet, recognised))));
  if (rec.kind === "training" && !("date" in rec.columns)) {
    const d = titleDate(sheet, rec.headerRow - rec.headerRows + 1);
    if (d) rec = { ...rec, titleDate: d };
  }
  const units = unitRow(sheet.rows[rec.headerRow + 1]);
  if (!units) return rec;
  const fieldUnits = { ...rec.fieldUnits };
  for (const [field, c] of Object.entries(rec.columns)) {
    const u = units.get(c);
    if (u) fieldUnits[field] = u;
  }
  const out = { ...rec, fieldUnits };
  if (fieldUnits.amount) out.unit = fieldUnits.amount;
  return out;
}

/** "乐昌市专项资金使用台账（单位：万元）": a unit stated inside a title. */
function unitInTitle(text: string): Unit | undefined {
  const m = /(?:^|[^填报送])单位[:：](万元|万人|人次|元|人|个|家)(?![\u4e00-\u9fff])/.exec(compact(text));
  return m ? (m[1] as Unit) : undefined;
}

/**
 * A line giving each money column its own unit, "合同金额单位：万元；付款金额单位：元": a fund
 * ledger's amounts are what was paid, so the paying column's unit is the table's.
 */
function paymentUnit(text: string): Unit | undefined {
  const units = [...text.matchAll(/([\u4e00-\u9fff]{2,6})单位\s*[:：]\s*(万元|元)(?![\u4e00-\u9fff])/g)];
  if (new Set(units.map((m) => m[2])).size < 2) return undefined;
  return units.find((m) => /付|支|拨|报账/.test(m[1]))?.[2] as Unit | undefined;
}

/** A 单位：万元 line above the header, or the amount header's own unit. */
function tableUnit(sheet: Sheet, headerTop: number, fieldUnits: Record<string, Unit>): Unit | undefined {
  if (fieldUnits.amount) return fieldUnits.amount;
  for (let r = 0; r < headerTop; r++) {
    for (const v of sheet.rows[r] ?? []) {
      const t = cellText(v);
      const paid = paymentUnit(t);
      if (paid) return paid;
      // (Each part of a line spaced out, "填报单位：区财政局 单位：万元 省级下达资金：500万元": the one that is a unit.)
      const u =
        parseUnitLine(t) ??
        t
          .split(/\s+/)
          .filter((p) => /单位/.test(p))
          .map(parseUnitLine)
          .find((x) => x !== undefined) ??
        unitInTitle(t);
      if (u) return u;
    }
  }
  return undefined;
}

/**
 * How many distinct inputs of the facts sheet the sheet's short text cells name (by meaning, so a
 * clerk's own wording counts), plus the indicators an official-table self-assessment names.
 * Distinct inputs, not cells: a log whose 栏目 column says 建设进度 on every row is not a facts sheet.
 * An input named only inside a sentence ("全县常住人口约37.4万人") counts half.
 */
export function factLabelHits(given: Sheet, vocab: FactsVocabulary): number {
  // (A log of what was said is looked at as the facts reader reads it: the said column only.)
  const log = saidColumns(given) !== undefined;
  const sheet = log ? withSaidColumnOnly(given) : given;
  const hits = new Set<string>();
  const said = new Set<string>();
  /** Inputs said in a paragraph alone on its row: a document's numbered findings (1．省财政下达…500万元). */
  const paragraphs = new Set<string>();
  const seen = new Set<string>();
  for (const row of sheet.rows.slice(0, 200)) {
    const alone = row.filter((x) => cellText(x ?? null).trim() !== "").length === 1;
    for (const v of row) {
      if (typeof v !== "string" || seen.has(v)) continue;
      seen.add(v);
      if (v.length <= 60 && namesSomething(v)) {
        const hit = labelHit(v, vocab);
        if (hit) hits.add(hit);
      }
      // A facts sheet written as prose names its inputs inside sentences, beside their figures
      // (a note under a ledger, 注：…, is no such sentence).
      if (v.length >= 8 && v.length <= 400 && SAID_FIGURE.test(v) && !isNoteText(v)) for (const hit of sentenceHits(v, vocab)) (alone ? paragraphs : said).add(hit);
    }
  }
  // An input named only inside a sentence counts half: a ledger's remarks can hold a figure or two.
  // (In full under a column of what was said, 通话内容 / 稿件内容 / 办理情况反馈: there the facts are; or in a
  // paragraph on a row of its own, as a report's are, no remark of a ledger's row.)
  let n = hits.size;
  for (const hit of said) if (!hits.has(hit) && !paragraphs.has(hit)) n += log ? 1 : 0.5;
  for (const hit of paragraphs) if (!hits.has(hit)) n += 1;
  return n;
}

/** A figure with a unit, or a month: what a sentence stating a fact holds. */
// (…in Chinese numerals too, as a script read aloud writes them: 七千零八十六人次, 三百四十一个.)
const SAID_FIGURE =
  /(?:[0-9０-９]|[零〇一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千万]+)\s*(?:万人|万元|亿元|元|人次|人|个|家|%|％)|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月/;

/** The inputs a sentence's figures and days are clearly of (answers count not: any clause is one). */
function sentenceHits(v: string, vocab: FactsVocabulary): string[] {
  const scores = (t: string) => vocab.inputs.match(t, 0.5);
  return statementsOf(v, scores, 0.62, 0.06)
    .filter((st) => st.kind === "figure" || st.kind === "date")
    .map((st) => scores(st.label)[0])
    .filter((m) => m !== undefined && m.score >= 0.85 && m.target.type !== "judged")
    .map((m) => m.target.key);
}

/**
 * Labels are words: a text without a Chinese character (an ID number, a phone number, a day typed
 * as text) names no input or indicator, and a ledger's first 200 rows hold many such texts.
 * ("2019年" alone does: it heads a facts table's year column.)
 */
function namesSomething(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) return true;
  }
  return false;
}

/**
 * The input (or official indicator) a short text names, if any; kept per text and vocabulary, as
 * the same village, town and person names come back in sheet after sheet and at every re-score.
 */
function labelHit(v: string, vocab: FactsVocabulary): string | null {
  let known = labelHits.get(vocab);
  if (!known) labelHits.set(vocab, (known = new Map()));
  let hit = known.get(v);
  if (hit === undefined) {
    hit = null;
    const label = toSimplified(v).replace(/[:：].*$/s, "");
    const best = vocab.inputs.match(label, 0.85)[0];
    if (best) hit = best.target.key;
    else {
      const ind = vocab.indicators.match(label, 0.95)[0];
      if (ind && ind.via.length >= 4) hit = `indicator:${ind.target.id}`;
    }
    if (known.size > 50000) known.clear();
    known.set(v, hit);
  }
  return hit;
}
const labelHits = new WeakMap<FactsVocabulary, Map<string, string | null>>();

/**
 * A list of villages with nothing saying they are the poor ones — no 贫困 in its name, its title or
 * its header (五华's 行政村光纤和4G网络覆盖情况统计表) — is the villages' list: the villages
 * candidate, when there is one, goes first.
 */
function villagesUnlessPoor(sheet: Sheet, candidates: Candidate[]): void {
  const top = candidates[0];
  if (top?.kind !== "poorVillages") return;
  // (A villages' reading a little under the bar will do: what it competes with is the same list read as the poor ones.)
  const at = candidates.findIndex((c) => c.kind === "villages" && c.confidence >= MIN_CONFIDENCE - 0.05);
  if (at < 0) return;
  const above = sheet.rows.slice(0, top.headerRow + top.headerRows);
  // (…nor a legend of a mark said above it, "★为省定相对贫困村": the marked ones are poor, the list is every village.)
  // (…or a column of those among them, 其中：省定贫困村: the list is of every village, some named poor.)
  const says = (v: unknown) =>
    typeof v === "string" && v.includes("贫困") && !/^\s*其中/.test(v) && !MARK_LEGEND.test(v.trim()) && !MARK_LEGEND.test(v.trim().replace(/^[（(]\s*/, ""));
  if (/贫困/.test(sheet.name) || above.some((row) => (row ?? []).some(says))) return;
  candidates.unshift(...candidates.splice(at, 1));
}

/**
 * Recognise one sheet. `factLabels` are every label and synonym of the rubric's inputs, so that a
 * facts sheet is found by its contents as well as its name.
 */
export function recognizeSheet(sheet: Sheet, vocab: FactsVocabulary): Recognition {
  const none: Recognition = { sheet: sheet.name, kind: null, confidence: 0, headerRow: 0, headerRows: 1, columns: {}, headers: {}, fieldUnits: {}, alternatives: [] };
  // A cover, a table of contents or instructions names the ledgers without being one.
  if (FRONT_MATTER.test(compact(sheet.name)) || FRONT_MATTER_TITLE.test(compact(cellText(sheet.rows[0]?.[0] ?? null)))) return none;
  if (CHART_DATA.test(compact(sheet.name)) || CHART_DATA_TITLE.test(compact(cellText(sheet.rows[0]?.[0] ?? null)))) return { ...none, chartData: true };
  if (isPivotTable(sheet)) return { ...none, pivot: true };
  // Two halves side by side: recognised as the one list they are.
  const halves = findHalves(sheet);
  if (halves) {
    const inner = recognizeSheet(unfold(sheet, halves).sheet, vocab);
    if (inner.kind && inner.kind !== "facts" && !inner.sideways) return { ...inner, halves };
  }
  // Payments kept as their approval forms, one block each (./payment-forms): read below, after the layouts.
  const forms = findPaymentForms(sheet);
  // …and a list kept as cards several to a row: recognised as the table its cards make.
  // (Cards one under another are no payment forms, which are blocks of their own too.)
  const cards = findRecordCards(sheet);
  if (cards && !(cards.down && forms)) {
    const inner = recognizeSheet(layOutCards(sheet, cards).sheet, vocab);
    if (inner.kind && inner.kind !== "facts" && !inner.sideways) return { ...inner, cards };
  }
  // …and a printed directory of committees, several names to a row under each town's line (./village-directory).
  const directory = findVillageDirectory(sheet);
  if (directory) {
    const inner = recognizeSheet(layOutVillageDirectory(sheet, directory).sheet, vocab);
    if (inner.kind === "villages") return { ...inner, directory };
    // (…its legend, ★为省定贫困村, making it look like the poor villages' list: with communities among its names it is all
    // the committees.)
    const communities = directory.names.some((n) => /(?:社区|居委会|居民委员会)$/.test(cellText(sheet.rows[n.r]?.[n.c] ?? null).trim()));
    if (inner.kind === "poorVillages" && communities) return { ...inner, kind: "villages", directory };
  }
  // …and a report log kept as a calendar grid: recognised as the list its days make.
  const monthGrid = findMonthGrid(sheet);
  if (monthGrid) {
    const inner = recognizeSheet(layOutMonthGrid(sheet, monthGrid).sheet, vocab);
    if (inner.kind === "reports" && !inner.sideways) return { ...inner, monthGrid };
  }
  // (Payment forms sure of themselves, either: 0.8.)
  if (forms)
    return {
      ...ownLayout(
        sheet,
        "funds",
        forms[0].amount.r,
        { amount: forms[0].amount.c + 1, date: (forms[0].day?.c ?? 0) + 1 },
        { amount: "（审批表）本次核定拨付金额", date: "（审批表）拨付日期" },
        { forms },
      ),
      confidence: 0.8,
    };
  // …or as the account's bank alerts, the day and amount inside each message (./account-alerts).
  const alerts = findAccountAlerts(sheet);
  if (alerts)
    return {
      ...ownLayout(
        sheet,
        "funds",
        alerts.header,
        { amount: alerts.text, date: alerts.text },
        { amount: "（动账短信）支出金额", date: "（动账短信）交易日期" },
        { alerts },
      ),
      confidence: 0.8,
    };
  // Counts by town (镇 | 行政村数 | 已建站行政村数 | 覆盖率): a summary, not a list (./town-summary).
  const summary = townSummaryRow(sheet);
  if (summary !== undefined) return listUnderSummary(sheet, summary, vocab) ?? { ...none, headerRow: summary, summary: true };
  const candidates = bestCandidates(sheet);
  candidates.sort((a, b) => b.confidence - a.confidence);
  villagesUnlessPoor(sheet, candidates);
  const top = candidates[0];
  // 园区基本情况, 中心基本情况: a facility's own particulars, not the county's.
  const nameIsFacts = FACTS_HINTS.some((h) => normalizeLabel(toSimplified(sheet.name)).includes(h)) && !FACILITY_NAME.test(sheet.name.trim());
  // A perfect ledger header beats facts unless the sheet is named so (below): then its labels need
  // no counting, the costliest look at a long ledger's first rows.
  // (A table copied out of a PDF, one line to a cell, is looked at cut into its cells; Cantonese
  // words as their Mandarin, English ones as the rubric's Chinese. Only the rows factLabelHits looks at are turned.)
  const hits =
    top && top.confidence >= 1 && !nameIsFacts
      ? 0
      : factLabelHits(withEnglishLabels(withMandarin(withFixedWidthLines({ ...sheet, rows: sheet.rows.slice(0, 200) }))), vocab);
  const factsConfidence = Math.min(1, hits / 6 + (nameIsFacts ? 0.4 : 0));
  const alternatives = candidates.map((c) => ({ kind: c.kind as LedgerKind, confidence: round2(c.confidence) }));
  // A row of six months or more heading the columns is a log kept as a calendar, even when its rows
  // are named for what a facts sheet asks (专栏 | 创建方案 / 项目基本信息 / 项目建设进度 …).
  // (…but the city's table of every county's reports by month, months down and counties across or the other
  // way round, is first: its own county's column or row only, ./county-grid.)
  const grid = countyReportGrid(sheet);
  if (grid) return { ...none, ...grid, alternatives };
  const sitemap = sitemapRecognition(sheet);
  if (sitemap) return { ...none, ...sitemap, alternatives };
  const postLines = copiedPostLines(sheet);
  if (postLines) return { ...none, kind: "disclosures", confidence: 0.85, headerRow: postLines[0], postLines, alternatives };
  const calendar = monthCalendar(sheet);
  // (…not a month table standing as a section of a facts sheet, under lines of the county's facts: 二、报送月报及
  // 专栏更新情况（按月） under 一、基本情况, read with them.)
  if (calendar && !(factsConfidence >= 1 && calendar.headerRow >= FACTS_ABOVE_CALENDAR)) return { ...none, ...calendar, alternatives };
  // (…or the desk calendar copied out, a block a month, what was done written in the days' cells.)
  const desk = findDeskCalendar(sheet);
  if (desk) return { ...ownLayout(sheet, desk.kind, Math.min(...desk.blocks.keys()), {}, {}, { deskCalendar: desk }), alternatives };
  // A desk's work diary read as a report log by its columns: its entries are read as a diary (years on
  // lines of their own, "〃" days, only the sends to the city's bureau), not row by row as a log.
  if (top?.kind === "reports") {
    const diary = diaryRecognition(sheet);
    if (diary) return { ...diary, alternatives };
  }
  // A register of what went out told apart by its 类别 column (信息公开 | 数据报送 | 宣传报道 | 经验材料) is
  // those logs, whatever its lines name ("发布《…创建工作方案》", "公布监督举报电话").
  // (Looked for only where the facts would otherwise win: a register's rows are all read to tell.)
  const register = () => !nameIsFacts && top !== undefined && registerParts(sheet, top) !== undefined;
  // A column's page copied whole, its links under their sub-sections (【项目公示】 over "· title, spaces, day"): the log its
  // lines make, however much the titles read like the facts they announce.
  const webList = factsConfidence >= MIN_CONFIDENCE && factsConfidence < 0.8 && !nameIsFacts ? webListRecognition(sheet) : undefined;
  if (webList) return { ...webList, alternatives };
  if (
    factsConfidence >= MIN_CONFIDENCE &&
    (!top || factsConfidence > top.confidence || (factsConfidence === top.confidence && (nameIsFacts || top.confidence < 1))) &&
    !register()
  ) {
    return { ...none, kind: "facts", confidence: round2(factsConfidence), alternatives };
  }
  // A short list may be on its side (fields down the first column): taken when turning it back
  // reads clearly better than any header found the usual way.
  const t = sheet.rows.length <= SIDEWAYS_MAX_ROWS ? transpose(sheet) : undefined;
  const turned = t ? bestCandidates(t).sort((a, b) => b.confidence - a.confidence)[0] : undefined;
  // (Not when the sheet already reads well the usual way: a log of 14 rows whose 报送内容 column,
  // turned, looks like a row of headers is still a log.)
  const readsWell = top !== undefined && top.confidence >= 0.8 && Object.keys(top.columns).length >= 2;
  // (A village list one town to a column turns into rows of one town each: read by its columns.)
  // (…and whatever a village list's own reading makes of it: its first town's column taken for names, 周田镇 as a header.)
  const byTown = readsWell && top.kind !== "villages" && top.kind !== "poorVillages" ? undefined : townColumnsRecognition(sheet);
  if (byTown) return byTown;
  if (
    t &&
    turned &&
    !readsWell &&
    turned.confidence >= MIN_CONFIDENCE + 0.15 &&
    Object.keys(turned.columns).length >= 3 &&
    turned.confidence > (top?.confidence ?? 0) + 0.1 &&
    // (A turned sheet whose "headers" are a register's long titles, "…工作进展情况（附电商扶贫统计表）", is a
    // register the right way up: a field's name is short.)
    Object.values(turned.headers).every((h) => h.length <= 24) &&
    // (…nor one whose "header" repeats its words, 镇 | 村委会 | 村委会 | 村委会…: a column of categories turned, not fields.)
    fieldsApart(t, turned.headerRow) &&
    // (…nor a column of committees' names turned, 上村村民委员会（省定贫困村） | 下村村委会 | …: records, not fields.)
    !committeesNamed(t, turned.headerRow) &&
    // (…nor a single column with nothing beside it, a drop-down's lists one under another, 类别 | 村委会 | 居委会 |
    // 快递服务 | 已通: no record to read across.)
    t.rows.slice(turned.headerRow + 1).some((row) => (row ?? []).some((v) => cellText(v ?? null).trim() !== ""))
  ) {
    return withUnitRow(t, {
      sheet: sheet.name,
      kind: turned.kind,
      confidence: round2(turned.confidence),
      headerRow: turned.headerRow,
      headerRows: turned.headerRows,
      columns: turned.columns,
      headers: turned.headers,
      fieldUnits: turned.fieldUnits,
      unit: tableUnit(t, turned.headerRow - turned.headerRows + 1, turned.fieldUnits),
      alternatives,
      sideways: true,
    });
  }
  // A station list by town read as one station a row (its 行政村覆盖率 taken for the village) when a column lists
  // each town's stations with their days: a station each (./stations-in-cell).
  const packed = top?.kind === "stations" && top.confidence < 0.8 ? stationCellsRecognition(sheet) : undefined;
  if (packed) return { ...packed, alternatives };
  if (!top || top.confidence < MIN_CONFIDENCE)
    return (
      webListRecognition(sheet) ??
      chainRecognition(sheet) ??
      stationCellsRecognition(sheet) ??
      captionsRecognition(sheet) ??
      seatRecognition(sheet) ??
      townColumnsRecognition(sheet) ??
      sessionCalendarRecognition(sheet) ??
      levelColumnsRecognition(sheet) ??
      diaryRecognition(sheet) ??
      indicatorSheet(sheet, none, alternatives)
    );
  if (top.kind === "media") {
    const crossed = crossedLevelsRecognition(sheet);
    if (crossed) return crossed;
  }
  return withUnitRow(sheet, {
    sheet: sheet.name,
    kind: top.kind,
    confidence: round2(top.confidence),
    headerRow: top.headerRow,
    headerRows: top.headerRows,
    columns: top.columns,
    headers: top.headers,
    fieldUnits: top.fieldUnits,
    unit: tableUnit(sheet, top.headerRow - top.headerRows + 1, top.fieldUnits),
    alternatives: alternatives.slice(1),
  });
}

/**
 * A sheet of one indicator's (按指标分册: 分值 | 2 | 自评分 | 2 at its top) that holds no ledger: its facts,
 * however few (方案 | 已正式印发 alone names one input), and the clerk's points.
 */
function indicatorSheet(sheet: Sheet, none: Recognition, alternatives: Recognition["alternatives"]): Recognition {
  return hasIndicatorHead(sheet) || isIndicatorForm(sheet) ? { ...none, kind: "facts", confidence: MIN_CONFIDENCE, alternatives } : { ...none, alternatives };
}

/**
 * …or one indicator's own small form (一个指标一张表): "指标2：方案制定（权重2分）" over 评分标准 | 分值 | 完成情况 | 自评分,
 * a line or two of what was done. Too short to read as a facts sheet by its words; its title and header say it is one.
 */
function isIndicatorForm(sheet: Sheet): boolean {
  const lines = sheet.rows.slice(0, 6).map((row) => row.map((v) => spacelessText(v ?? null)));
  const titled = lines.some((l) => /^指标\s*\d{1,2}\s*[:：]/.test(l.find((t) => t !== "") ?? ""));
  return titled && lines.some((l) => l.some((t) => /^完成情况/.test(t)) && l.some((t) => /^(?:自评分|自评得分)$/.test(t)));
}

/**
 * A layout read by a reader of its own (a web page's list, a 接龙, a seat register, a village list
 * by town, a work diary): sure enough, one header row, no units — only its kind, where its header
 * is, the columns a link points at and what it carries for its reader differ.
 */
function ownLayout(
  sheet: Sheet,
  kind: LedgerKind,
  headerRow: number,
  columns: Record<string, number>,
  headers: Record<string, string>,
  carried: Partial<Recognition>,
): Recognition {
  return { sheet: sheet.name, kind, confidence: 0.7, headerRow, headerRows: 1, columns, headers, fieldUnits: {}, ...carried, alternatives: [] };
}

/** The sheet's name and its lines above row `end`, as one text: what a headerless list says it is. */
function saidAbove(sheet: Sheet, end: number): string {
  return `${sheet.name} ${sheet.rows
    .slice(0, end)
    .map((row) => row.map((v) => cellText(v ?? null)).join(" "))
    .join(" ")}`;
}

/**
 * The list a town summary sums, under it after a blank row (一、各镇建设情况汇总 over 二、站点明细 and its own header):
 * recognised as the block below the summary, the summary itself left out.
 */
function listUnderSummary(sheet: Sheet, summary: number, vocab: FactsVocabulary): Recognition | undefined {
  const blank = (r: number) => !(sheet.rows[r] ?? []).some((v) => cellText(v ?? null).trim() !== "");
  let top = summary + 1;
  while (top < sheet.rows.length && !blank(top)) top++;
  if (top >= sheet.rows.length) return undefined;
  const rest: Sheet = { ...sheet, rows: sheet.rows.map((row, r) => (r < top ? [] : row)), merges: (sheet.merges ?? []).filter((m) => m.top >= top) };
  const inner = recognizeSheet(rest, vocab);
  if (!inner.kind || inner.kind === "facts" || inner.block || inner.sideways || inner.summary) return undefined;
  return { ...inner, block: { top, bottom: sheet.rows.length } };
}

/**
 * A headerless list copied from a web page (./web-list), read as the log its name or the page's
 * breadcrumb names: a 专栏's updates, or press reports.
 */
function webListRecognition(sheet: Sheet): Recognition | undefined {
  const list = findWebList(sheet);
  if (!list) return undefined;
  const said = saidAbove(sheet, list.headerRow + 1);
  // (A numbered list of papers, each dated in its brackets, is the experience materials sent when it says so.)
  const kind: LedgerKind | undefined = list.bracketed
    ? /经验材料|典型案例|案例材料|材料报送/.test(said)
      ? "materials"
      : undefined
    : /专栏|公开|公示|政府网|网站/.test(said)
      ? "disclosures"
      : /报道|宣传|新闻|媒体/.test(said)
        ? "media"
        : undefined;
  if (!kind) return undefined;
  // (The days beside the titles are a column of their own; else each line's day ends its title.)
  const columns: Record<string, number> = { title: list.col };
  const headers: Record<string, string> = { title: "（网页列表）" };
  if (list.dateCol !== undefined) {
    columns.date = list.dateCol;
    headers.date = "（网页列表的日期）";
  }
  return ownLayout(sheet, kind, list.headerRow, columns, headers, { block: { top: 0, bottom: list.lastRow + 1 }, ...(list.bracketed ? { bracketDates: true } : {}) });
}

/** A village list one column per town (./town-columns). */
function townColumnsRecognition(sheet: Sheet): Recognition | undefined {
  const townColumns = findTownColumns(sheet);
  if (!townColumns) return undefined;
  return ownLayout(sheet, "villages", townColumns.headerRow, { name: [...townColumns.towns.keys()][0] }, { name: "（按镇分列）" }, { townColumns });
}

/** A schedule by month and town filled back with the classes held (./session-calendar): the training. */
function sessionCalendarRecognition(sheet: Sheet): Recognition | undefined {
  const sessions = findSessionCalendar(sheet);
  if (!sessions) return undefined;
  const head = (c: number) => cellText(sheet.rows[sessions.headerRow]?.[c] ?? null);
  // (Each cell holds the class's topic and who came: both fields in the places' columns.)
  const first = sessions.cols[0];
  return ownLayout(sheet, "training", sessions.headerRow, { topic: first, personTimes: first }, { topic: head(first), personTimes: head(first) }, { sessions });
}

/**
 * Press reports crossed, a level a row and a form a column, a cell's reports numbered (./media-by-level): its
 * 级别 and form headers pass for a media list's columns, read as such they would give a report a row.
 */
function crossedLevelsRecognition(sheet: Sheet): Recognition | undefined {
  const crossed = findLevelRows(sheet);
  if (!crossed) return undefined;
  const at = [...(crossed.crossed?.forms.keys() ?? [])][0] as number;
  return ownLayout(
    sheet,
    "media",
    crossed.headerRow,
    { outlet: at, level: at },
    { outlet: "（按级别、形式交叉）", level: "（按级别、形式交叉）" },
    { levelColumns: crossed },
  );
}

/** Press reports in columns by the outlet's level, a report a cell (./media-by-level). */
function levelColumnsRecognition(sheet: Sheet): Recognition | undefined {
  // (…or in sections by level, a report a caption line: read by the same reader.)
  const sections = findLevelSections(sheet);
  if (sections)
    return ownLayout(sheet, "media", sections.headerRow, { outlet: 0, level: 0 }, { outlet: "（截图说明）", level: "（分节标题）" }, { levelColumns: sections });
  const crossed = crossedLevelsRecognition(sheet);
  if (crossed) return crossed;
  const levelColumns = findLevelColumns(sheet);
  if (!levelColumns) return undefined;
  const first = [...levelColumns.levels.keys()][0];
  const head = cellText(sheet.rows[levelColumns.headerRow]?.[first] ?? null);
  return ownLayout(sheet, "media", levelColumns.headerRow, { outlet: first, level: first }, { outlet: head, level: head }, { levelColumns });
}

/** A work diary whose entries send the monthly reports (./work-diary): the report log. */
function diaryRecognition(sheet: Sheet): Recognition | undefined {
  const diary = findWorkDiary(sheet);
  if (!diary || !diaryHasReports(sheet, diary)) return undefined;
  const head = (c: number) => cellText(sheet.rows[diary.headerRow]?.[c] ?? null);
  return ownLayout(sheet, "reports", diary.headerRow, { date: diary.date, content: diary.content }, { date: head(diary.date), content: head(diary.content) }, { diary });
}

/** A training room's seat register (./seat-register): the sessions' trainees, seat by seat. */
function seatRecognition(sheet: Sheet): Recognition | undefined {
  const seats = findSeatRegister(sheet);
  if (!seats) return undefined;
  return ownLayout(sheet, "training", seats[0].header, { name: seats[0].seats[0] }, { name: "（座位表）" }, { seats });
}

/** A training's group photos' captions (./photo-captions): a training ledger when its name or title says so. */
function captionsRecognition(sheet: Sheet): Recognition | undefined {
  const captions = findPhotoCaptions(sheet);
  if (!captions || !/培训|学员/.test(saidAbove(sheet, captions.header))) return undefined;
  return ownLayout(sheet, "training", captions.header, { name: captions.people }, { name: "（合影人员）" }, { captions });
}

/** A sign-in pasted from a WeChat 接龙 (./chain-list): a training ledger when its name or title says so. */
function chainRecognition(sheet: Sheet): Recognition | undefined {
  const chain = findChainList(sheet);
  if (!chain) return undefined;
  if (!/培训|签到|接龙|学员/.test(saidAbove(sheet, chain.lines[0]))) return undefined;
  return ownLayout(sheet, "training", chain.lines[0] - 1, { name: chain.col }, { name: "（接龙）" }, { chain });
}

/** Stations listed by town, a town's in one cell with their days (./stations-in-cell). */
function stationCellsRecognition(sheet: Sheet): Recognition | undefined {
  const cells = findStationCells(sheet);
  if (!cells) return undefined;
  const header = sheet.rows[cells.header] ?? [];
  const town = header.findIndex((v) => /^(?:镇|乡镇|镇街|镇（街道）|镇\(街道\)|所在镇)$/.test(compact(cellText(v ?? null))));
  const said = cellText(header[cells.col] ?? null);
  return ownLayout(
    sheet,
    "stations",
    cells.header,
    { village: cells.col, opened: cells.col, ...(town >= 0 ? { town } : {}) },
    { village: said, opened: said, ...(town >= 0 ? { town: cellText(header[town] ?? null) } : {}) },
    { stationCells: cells },
  );
}

const FACILITY_NAME = /^(?:园区|产业园|电商园|中心|服务中心|企业|站点|服务站)/;
const FRONT_MATTER = /^(?:目录|封面|说明|填表说明|填报说明|索引|首页)$/;
const FRONT_MATTER_TITLE = /(?:台账|材料)目录$|^目录$/;
/**
 * Excel's pivot table over a ledger (行标签 | 求和项:金额（万元） | 计数项:项目, 总计): the ledger's rows summed again by
 * its categories. Its headers are Excel's own words, in Chinese or English, on one of its first rows.
 */
function isPivotTable(sheet: Sheet): boolean {
  for (let r = 0; r < Math.min(6, sheet.rows.length); r++) {
    const texts = rowTexts(sheet, r).map(compact);
    if (texts.some((t) => /^(?:行标签|RowLabels)$/i.test(t)) && texts.some((t) => /^(?:求和项|计数项|平均值项|最大值项|SumOf|CountOf)[:：]?/i.test(t))) return true;
  }
  return false;
}

/** A chart's data summed from the ledgers for a briefing's slides (图表数据（汇报PPT用，自动汇总）): their totals again. */
const CHART_DATA = /^(?:图表数据|统计图表)$/;
const CHART_DATA_TITLE = /^图表数据|图表数据源|供作图|作图用|制图用/;

/** A table of which county sent each month's report, as its name or title lines say (报送, 月报). */
/**
 * A site's sitemap.xml exported for the programme's column (loc | lastmod | changefreq | priority): each
 * address a page, the day an article went up in its address (/art/2020/6/12/…), never its lastmod — a
 * site's move rewrites that for every page. Read as the column's update log, by its links alone.
 */
function sitemapRecognition(sheet: Sheet): Pick<Recognition, "kind" | "confidence" | "headerRow" | "columns" | "headers"> | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, 10); r++) {
    const keys = (sheet.rows[r] ?? []).map((v) => compact(cellText(v ?? null)).toLowerCase());
    const loc = keys.indexOf("loc");
    if (loc >= 0 && keys.includes("lastmod")) return { kind: "disclosures", confidence: 0.9, headerRow: r, columns: { link: loc }, headers: { link: "loc" } };
  }
  return undefined;
}

function countyReportGrid(sheet: Sheet): Pick<Recognition, "kind" | "confidence" | "headerRow" | "countyGrid"> | undefined {
  const countyGrid = findCountyGrid(sheet);
  if (!countyGrid) return undefined;
  const titles = sheet.rows
    .slice(0, countyGrid.headerRow)
    .map((_, r) => titleLine(sheet, r))
    .join(" ");
  const spec = KIND_SPECS.find((k) => k.kind === "reports");
  if (!spec || hintScore(spec, sheet.name, titles) <= 0) return undefined;
  return { kind: "reports", confidence: 0.9, headerRow: countyGrid.headerRow, countyGrid };
}

/** Rows above a month table that make it a section of the facts sheet when they read as facts. */
const FACTS_ABOVE_CALENDAR = 10;

/**
 * A report or column-update log kept as a calendar: which of the two its name and title lines say
 * (a calendar that says neither is left for the user to map).
 */
function monthCalendar(sheet: Sheet): Pick<Recognition, "kind" | "confidence" | "headerRow" | "matrix"> | undefined {
  const matrix = findMonthMatrix(sheet);
  if (!matrix) {
    // (…or its columns are a course's sessions, 第1期 10月15日 | 第2期 11月19日: training by town and session.)
    const sessions = findSessionColumns(sheet);
    return sessions && trainingCounts(sheet, sessions, false) ? { kind: "training", confidence: 0.8, headerRow: sessions.headerRow, matrix: sessions } : undefined;
  }
  // Person-times by month (培训人次 by town and month): training kept as a table of counts.
  if (trainingCounts(sheet, matrix)) return { kind: "training", confidence: 0.8, headerRow: matrix.headerRow, matrix };
  // A site's posts by column and month: the 专栏's row, its months with a post.
  const postRow = columnPostsRow(sheet, matrix);
  if (postRow !== undefined) return { kind: "disclosures", confidence: 0.85, headerRow: matrix.headerRow, matrix: { ...matrix, postRow } };
  const titles = sheet.rows
    .slice(0, matrix.headerRow + 1)
    .map((_, r) => titleLine(sheet, r))
    .join(" ");
  // Payments by project and month, a 累计 column adding each row up: funds kept as a calendar (./funds-by-month).
  if (paymentsByMonth(sheet, matrix, titles)) return { kind: "funds", confidence: 0.8, headerRow: matrix.headerRow, matrix };
  if (figuresByMonth(sheet, matrix)) return undefined;
  const scored = KIND_SPECS.filter((k) => k.kind === "reports" || k.kind === "disclosures")
    .map((spec) => ({ kind: spec.kind, s: hintScore(spec, sheet.name, titles) }))
    .sort((a, b) => b.s - a.s);
  // A calendar its name or title says is of both, or of neither plainly, may keep both a row each
  // (专栏更新 | 9月22日 …, 报送月报 | √ …): each row read as the log it names.
  if (scored[1].s > 0 || scored[0].s <= 0 || scored[0].s === scored[1].s) {
    const rowsOf = mixedCalendarRows(sheet, matrix);
    if (rowsOf) return { kind: "reports", confidence: 0.85, headerRow: matrix.headerRow, matrix: { ...matrix, rowsOf } };
  }
  if (scored[0].s <= 0 || scored[0].s === scored[1].s) return undefined;
  return { kind: scored[0].kind, confidence: 0.9, headerRow: matrix.headerRow, matrix };
}

/**
 * The cells under the months are training's person-times: the sheet's name or title says 培训 and 人次,
 * and the cells are figures ("57（2期）" too), not ticks or days. (A table of sessions need not say 人次:
 * its cells are the people who came.)
 */
function trainingCounts(sheet: Sheet, matrix: MonthMatrix, saysPersonTimes = true): boolean {
  const said = `${sheet.name} ${sheet.rows
    .slice(0, matrix.headerRow + 1)
    .map((_, r) => titleLine(sheet, r))
    .join(" ")}`;
  if (!/培训/.test(said) || (saysPersonTimes && !/人次/.test(said))) return false;
  let figures = 0;
  for (const row of sheet.rows.slice(matrix.headerRow + 1, matrix.headerRow + 31))
    for (const c of matrix.months.keys()) if (/^\d+(?:\s*(?:人次|人))?\s*(?:[（(][^（()）]*[)）])?$/.test(cellText(row?.[c] ?? null).trim())) figures++;
  return figures >= 6;
}

/**
 * Months heading columns of counts (站点数 36 | 40 | 49…, 累计拨付 96 | 168.5…): a progress report's
 * figures by month, not a log kept as a calendar (whose cells are ticks, dates or 已报送).
 */
function figuresByMonth(sheet: Sheet, matrix: MonthMatrix): boolean {
  let figures = 0;
  let marks = 0;
  for (const row of sheet.rows.slice(matrix.headerRow + 1, matrix.headerRow + 31))
    for (const c of matrix.months.keys()) {
      const v = row?.[c];
      if (typeof v === "number" && v !== 1 && v !== 0) figures++;
      // (A dash is a month without a figure — before a firm came in, after it left — no mark of a log.)
      else if (cellText(v ?? null).trim() !== "" && !isDash(cellText(v ?? null).trim())) marks++;
    }
  return figures >= 6 && figures > 2 * marks;
}

/** Recognise a sheet as a given kind (a stored mapping names the kind; columns still found here). */
export function recognizeAs(sheet: Sheet, kind: LedgerKind): Recognition | undefined {
  const spec = KIND_SPECS.find((k) => k.kind === kind);
  if (!spec) return undefined;
  const best = bestCandidates(sheet, spec)[0];
  if (!best) return undefined;
  return withUnitRow(sheet, {
    sheet: sheet.name,
    kind,
    confidence: round2(best.confidence),
    headerRow: best.headerRow,
    headerRows: best.headerRows,
    columns: best.columns,
    headers: best.headers,
    fieldUnits: best.fieldUnits,
    unit: tableUnit(sheet, best.headerRow - best.headerRows + 1, best.fieldUnits),
    mapped: true,
    alternatives: [],
  });
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * A kind read from the header row a user stated in a mapping (zero-based): its columns are taken
 * from that row (with the row above when a merged group row there adds fields), wherever the
 * automatic scan would have looked. Columns may be empty; the mapping can name them.
 */
export function recognizeAt(sheet: Sheet, kind: LedgerKind, headerRow: number): Recognition | undefined {
  const spec = KIND_SPECS.find((k) => k.kind === kind);
  if (!spec || !Number.isInteger(headerRow) || headerRow < 0) return undefined;
  let rows: 1 | 2 = 1;
  let found = assignColumns(spec, headerLabels(sheet, headerRow, 1));
  // The row above joins only a stated row that is a header itself (a data row stated by mistake
  // must not borrow the real header above it).
  if (headerRow > 0 && Object.keys(found.columns).length > 0) {
    const two = assignColumns(spec, headerLabels(sheet, headerRow, 2));
    if (Object.keys(two.columns).length > Object.keys(found.columns).length) {
      rows = 2;
      found = two;
    }
  }
  const fieldUnits: Record<string, Unit> = {};
  for (const [field, text] of Object.entries(found.headers)) {
    const u = splitUnit(text).unit;
    if (u) fieldUnits[field] = u;
  }
  return withUnitRow(sheet, {
    sheet: sheet.name,
    kind,
    confidence: 1,
    headerRow,
    headerRows: rows,
    columns: found.columns,
    headers: found.headers,
    fieldUnits,
    unit: tableUnit(sheet, headerRow - rows + 1, fieldUnits),
    mapped: true,
    alternatives: [],
  });
}
