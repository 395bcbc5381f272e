/**
 * Workbook grids → ledgers: recognise every sheet (or take the stored mapping), read its rows into
 * typed records, and report what was recognised and every doubtful cell.
 */
import { append } from "../core/append";
import { blockSheet, lineShape, stackedBlocks, type Block } from "./stacked";
import { updatesAlongside } from "./updates-alongside";
import { sideBySideBlocks } from "./side-by-side-tables";
import { sidewaysBlocks } from "./sideways-blocks";
import { columnGroupBlocks, kindGroupBlocks } from "./column-groups";
import { readChainList } from "./chain-list";
import { readPhotoCaptions } from "./photo-captions";
import { readSeatRegister } from "./seat-register";
import { readWorkDiary } from "./work-diary";
import { readDeskCalendar } from "./desk-calendar";
import { layOutCards } from "./record-cards";
import { layOutVillageDirectory } from "./village-directory";
import { readFundsMatrix } from "./funds-by-month";
import { findItemMonthGrids, layOutMonthGrid } from "./month-grid";
import { withParkCategory } from "./park-category";
import { withoutCityPoor } from "./city-poor";
import { withDelimitedLinesSplit } from "./delimited-lines";
import type { LaidOut } from "./laid-out";
import { withVillageTree } from "./village-tree";
import { withSectionStatus } from "./section-status";
import { withChatTimesNamed } from "./chat-export";
import { withPhotoCaptionsRead } from "./photo-caption-lists";
import { withPostDaysBesideTitles } from "./post-details";
import { calendarInFacts } from "./facts-calendar";
import { datedBySessionNumber } from "./session-numbers";
import { listedTrainees } from "./listed-trainees";
import { readPaymentForms } from "./payment-forms";
import { readAccountAlerts } from "./account-alerts";
import type { Rubric } from "../scoring/rubric";
import { Diagnostics } from "../core/diagnostics";
import { cellAddress, columnLetters, type Sheet, type WorkbookGrids } from "../core/grid";
import { factsVocabulary, readFactsSheet, type UnknownLabel } from "./facts-sheet";
import { applyMapping, missingColumns, type SheetMapping } from "./mapping";
import { READERS } from "./read-kinds";
import { firmsOfLog } from "./change-log";
import { oncePerStation } from "./station-relists";
import { withoutRepeatedSwipes } from "./sign-in-repeats";
import { emptyLedgers, type EnterpriseRecord, type LedgerKind, type Ledgers, type StationRecord, type TrainingRecord, type VillageRecord } from "./records";
import { headsTable, recognizeAs, recognizeAt, recognizeSheet, type Recognition } from "./recognize";
import { registerParts, titleParts } from "./category-register";
import { cellText, quote } from "./normalize/text";
import { forEachDataRow, isExcludingAppendix } from "./rows";
import { forgetTexts, textAt } from "./sheet-text";
import { readDisclosureMatrix, readReportMatrix } from "./matrix";
import { readMixedCalendar } from "./mixed-calendar";
import { readTrainingMatrix } from "./training-matrix";
import { readCopiedPosts } from "./copied-posts";
import { readSessionCalendar } from "./session-calendar";
import { readLevelColumns } from "./media-by-level";
import { withCurrentColumns } from "./before-after";
import { withBarChartDays } from "./bar-chart-days";
import { readTownColumns } from "./town-columns";
import { DAY_LOGS, rowMonth, severalDays } from "./several-days";
import { transpose, untransposeDiagnostic } from "./sideways";
import { foldDiagnostic, separateTitles, unfold } from "./halves";
import { kindLabel } from "./schema";
import { otherSide } from "./account-book";
import { titleLineFacts } from "./facts/title-lines";
import { preamble } from "./facts/preamble";
import { codedSheets } from "./facts/coded-template";
import { sheetOfficeCounty, sheetTitleCounty } from "./title-county";
import { readCountyGrid } from "./county-grid";
import { countedElsewhere, countedHere, setAsideTrainingSummaries } from "./training-summary";

/**
 * Sheets the add-in writes itself; never read as ledgers (the same names as the table model's
 * TOOL_SHEET_NAMES: the scored sheets, the hidden fingerprint and the inspection sample).
 */
import { isOwnSheet, SETTINGS_SHEET } from "./sheet-names";
export { OUTPUT_SHEETS, SETTINGS_SHEET, isOwnSheet } from "./sheet-names";

/**
 * Between a file and a sheet in a sheet's name when several files are read together:
 * `培训台账.xlsx › 2020年培训`. Recognition looks at the sheet's own name only (a file named
 * 培训台账.xlsx says nothing about its other sheets).
 */
export const FILE_SHEET_SEPARATOR = " › ";

/** `培训台账.xlsx › 2020年培训` → { file: "培训台账.xlsx", sheet: "2020年培训" }; no file for a plain name. */
export function splitSheetName(name: string): { file?: string; sheet: string } {
  const at = name.indexOf(FILE_SHEET_SEPARATOR);
  return at > 0 ? { file: name.slice(0, at), sheet: name.slice(at + FILE_SHEET_SEPARATOR.length) } : { sheet: name };
}

export interface ReadResult {
  ledgers: Ledgers;
  recognitions: Recognition[];
  diagnostics: Diagnostics;
}

/**
 * Blocks under a list of members (poor villages, poor persons) without the one titled as an appendix
 * of non-members ("附：区定相对贫困村（不属省定贫困村，…仅供参考）" over a header of its own): another
 * list, said and not read. (Without a header of its own, the walk over the list stops there: ./rows.)
 */
function withoutAppendixOfOthers<T extends { kind: string | null; headerRow: number; block: Block }>(sheet: Sheet, parts: T[], diags: Diagnostics): T[] {
  const members = parts[0]?.kind === "poorVillages" || parts[0]?.kind === "poorPersons";
  if (!members) return parts;
  const dropped: { r: number; title: string }[] = [];
  const kept = parts.filter((b, i) => {
    if (i === 0 || b.kind !== parts[0].kind) return true;
    for (let r = b.block.top; r < b.headerRow; r++) {
      const texts = (sheet.rows[r] ?? []).map((v) => cellText(v ?? null).trim()).filter(Boolean);
      if (texts.length !== 1 || !isExcludingAppendix(texts[0])) continue;
      dropped.push({ r, title: texts[0] });
      return false;
    }
    return true;
  });
  for (const { r, title } of dropped) diags.info(`第 ${r + 1} 行起是附表（“${quote(title, 30)}”），不属于本表，未读取`, sheet.name, `${r + 1}:${r + 1}`);
  return kept;
}

/** A station list's village-list reading, when its header holds a village list's own columns (two of 类别, 贫困村, 快递). */
function villagesAlongside(sheet: Sheet, rec: Recognition): Recognition | undefined {
  if (rec.kind !== "stations" || rec.mapped || rec.block) return undefined;
  const villages = recognizeAs(sheet, "villages");
  // (…its header's upper row, the stations' columns grouped in two rows beside the village's merged down: the same header.)
  const sameHeader = villages !== undefined && villages.headerRow <= rec.headerRow && villages.headerRow > rec.headerRow - rec.headerRows;
  if (!villages || !sameHeader || villages.columns.name === undefined) return undefined;
  const own = ["type", "poor", "express"].filter((f) => villages.columns[f] !== undefined);
  return own.length >= 2 && villages.columns.name !== rec.columns.name ? { ...villages, headerRow: rec.headerRow, headerRows: rec.headerRows } : undefined;
}

/**
 * Tables side by side, some of them stacked in turn (eight towns' returns four across, two down): each table a block
 * of its columns and rows. Undefined unless some column of tables holds more than one.
 */
function gridBlocks(sheet: Sheet): Block[] | undefined {
  const columns = sideBySideBlocks(sheet, true);
  if (!columns) return undefined;
  const blocks = columns.flatMap((column) => {
    const under = stackedBlocks(blockSheet(sheet, column), headsTable);
    return under && under.length >= 2 ? under.map((b) => ({ ...b, left: column.left, right: column.right })) : [column];
  });
  return blocks.length > columns.length ? blocks : undefined;
}

export function recognizeWorkbook(grids: WorkbookGrids, rubric: Rubric, mappings: SheetMapping[], diags: Diagnostics): Recognition[] {
  return recognizeAsRead(asReviewersRead(grids), rubric, mappings, diags);
}

/** The recognition of sheets already as a reviewer reads them (readLedgers has made them so once). */
function recognizeAsRead(grids: WorkbookGrids, rubric: Rubric, mappings: SheetMapping[], diags: Diagnostics): Recognition[] {
  const labels = factsVocabulary(rubric);
  const out: Recognition[] = [];
  for (const sheet of grids.sheets) {
    if (isOwnSheet(sheet.name)) continue;
    const local = splitSheetName(sheet.name).sheet;
    const auto = local === sheet.name ? recognizeSheet(sheet, labels) : { ...recognizeSheet({ ...sheet, name: local }, labels), sheet: sheet.name };
    // (A table of changes kept before and after: read as it stands now, ./before-after.)
    const parked = withParkCategory(sheet, withCurrentColumns(sheet, applyMapping(sheet, auto, mappings, diags)));
    const rec = withoutCityPoor(sheet, parked);
    if (rec !== parked && parked.columns.poor !== undefined)
      diags.info(`“${parked.headers.poor}”列是市、县自定的帮扶村，不是省定贫困村，未按贫困村读取`, sheet.name, cellAddress(parked.headerRow, parked.columns.poor));
    // Tables stacked on one sheet, each under its own title and header: each block read as a sheet.
    // So are tables side by side, an empty column between them.
    const apart =
      rec.mapped ||
      rec.kind === "facts" ||
      rec.matrix ||
      rec.countyGrid ||
      rec.postLines ||
      rec.sideways ||
      rec.halves ||
      rec.cards ||
      rec.directory ||
      rec.monthGrid ||
      rec.forms ||
      rec.alerts ||
      rec.captions ||
      rec.diary ||
      rec.sessions ||
      rec.levelColumns;
    const partsOf = (blocks: Block[] | undefined, oneLog = false) =>
      (blocks ?? [])
        // (A table beside another is known by its own title, not by the sheet's name, which names both;
        // the groups of one log are all what the sheet's name says; logs side by side are what their group headers say.)
        .map((block) => ({
          ...recognizeSheet({ ...blockSheet(sheet, block), name: block.title ?? (block.left === undefined || oneLog ? local : "") }, labels),
          sheet: sheet.name,
          block,
        }))
        .filter((b) => b.kind !== null && b.kind !== "facts");
    // (Tables side by side each stacked in turn, a town's return under another's: a grid of blocks, read block by block.)
    const grid = apart ? [] : partsOf(gridBlocks(sheet));
    const stacked = apart || grid.length >= 2 ? [] : partsOf(stackedBlocks(sheet, headsTable));
    let parts = grid.length >= 2 ? grid : withoutAppendixOfOthers(sheet, stacked, diags);
    // (The list above an appendix of others, left alone: read as its own sheet, without the appendix's rows.)
    const listAlone = parts.length === 1 && stacked.length > 1 ? parts[0] : undefined;
    if (!apart && !listAlone && parts.length < 2) parts = partsOf(sideBySideBlocks(sheet));
    // …and a list on its side in blocks one under another, the same fields down each (./sideways-blocks).
    if (!apart && !listAlone && parts.length < 2) parts = partsOf(sidewaysBlocks(sheet)).filter((p) => p.sideways);
    // …and groups of columns under merged group headers, one sub-header repeated (发布日期 | 标题 under each section).
    if (!apart && !listAlone && parts.length < 2) parts = partsOf(columnGroupBlocks(sheet), true);
    // …and two logs of different kinds side by side under merged group headers, the row's 月份 beside them.
    if (!apart && !listAlone && parts.length < 2) {
      const logs = partsOf(kindGroupBlocks(sheet));
      if (logs.length >= 2 && new Set(logs.map((p) => p.kind)).size === logs.length) parts = logs;
    }
    // …and several logs kept as one calendar grid, a line each (月报 | 报送日期, 专栏 | 更新日期; ./month-grid).
    if (!apart && !listAlone && parts.length < 2 && rec.kind === null) {
      const logs = itemMonthGrids(sheet, labels);
      if (logs.length > 0) {
        for (const g of logs) {
          const line = (g.monthGrid?.cells[0]?.r ?? 0) + 1;
          diags.info(
            `工作表“${sheet.name}”第 ${line} 行“${g.monthGrid?.item?.label ?? ""}”按月份逐格读作${kindLabel(g.kind as LedgerKind)}`,
            sheet.name,
            `${line}:${line}`,
          );
        }
        append(out, logs);
        continue;
      }
    }
    // A facts table with a ledger under it (中心的情况, then 附：产业园入驻企业名单): the facts read
    // above the ledger, the ledger as its own sheet.
    const under = rec.kind === "facts" && !rec.mapped ? partsOf(ledgerBlocksUnder(sheet)) : [];
    if (under.length > 0) {
      out.push({ ...rec, block: { top: 0, bottom: under[0].block.top } }, ...under);
      for (const b of under)
        diags.info(
          `工作表“${sheet.name}”第 ${b.block.top + 1}–${b.block.bottom} 行是一张${kindLabel(b.kind as LedgerKind)}，单独读取`,
          sheet.name,
          `${b.block.top + 1}:${b.block.top + 1}`,
        );
      continue;
    }
    // A facts sheet with a month table as one of its sections: the table read as the logs it keeps too (./facts-calendar).
    const calendar = rec.kind === "facts" && !rec.mapped ? calendarInFacts(sheet) : [];
    if (calendar.length > 0) {
      for (const c of calendar) {
        const line = (c.block?.onlyRows?.rows[0] ?? c.headerRow) + 1;
        diags.info(`工作表“${sheet.name}”第 ${line} 行按月份逐格读作${kindLabel(c.kind as LedgerKind)}`, sheet.name, `${line}:${line}`);
      }
      // (The facts read around the table: its rows are the logs', no labels of figures.)
      const { top, bottom } = calendar[0].block as Block;
      const after = Array.from({ length: Math.max(0, sheet.rows.length - bottom) }, (_, i) => bottom + i);
      out.push({ ...rec, block: { top: 0, bottom: sheet.rows.length, onlyRows: { after: top - 1, rows: after } } }, ...calendar);
      continue;
    }
    // One register for several ledgers (类别: 月报 / 专栏更新 / 宣传报道 / 经验材料): each kind's rows apart.
    const register = apart || listAlone || parts.length >= 2 ? undefined : registerRecognitions(sheet, rec);
    if (register) {
      for (const part of register)
        diags.info(
          `工作表“${sheet.name}”按“${part.headers.category ?? "类别"}”列分开读取：其中 ${part.block?.onlyRows?.rows.length ?? 0} 行是${kindLabel(part.kind as LedgerKind)}`,
          sheet.name,
          `${part.headerRow + 1}:${part.headerRow + 1}`,
        );
      append(out, register);
      continue;
    }
    if (parts.length >= 2) {
      for (const b of parts) {
        const { top, bottom, left, right } = b.block;
        const rows = `${top + 1}–${bottom} 行`;
        const cols = left !== undefined && right !== undefined ? `${columnLetters(left)}–${columnLetters(right)} 列` : undefined;
        // (A block of a grid of them, its rows and its columns both.)
        const where = cols === undefined ? rows : top > 0 || bottom < sheet.rows.length ? `${rows}、${cols}` : cols;
        const cell = left !== undefined ? cellAddress(top, left) : `${top + 1}:${top + 1}`;
        diags.info(`工作表“${sheet.name}”第 ${where}是一张${kindLabel(b.kind as LedgerKind)}，单独读取`, sheet.name, cell);
      }
      append(out, parts);
    } else {
      out.push(listAlone ?? rec);
      // A station list that is the village list too (every village a row, its 类别, 是否省定贫困村 and 快递进村, its
      // station's cells beside them or blank): read as both.
      const villages = listAlone ? undefined : villagesAlongside(sheet, rec);
      if (villages) {
        diags.info(`工作表“${sheet.name}”每个村（居）一行，同时读作行政村清单`, sheet.name, `${villages.headerRow + 1}:${villages.headerRow + 1}`);
        out.push(villages);
      }
      // A report log a month a row keeping the 专栏's updates in columns of its own: read as the update log too.
      const updates = listAlone ? undefined : updatesAlongside(sheet, rec);
      if (updates) {
        const cols = Object.values(updates.columns);
        diags.info(
          `工作表“${sheet.name}”的“${Object.values(updates.headers).join("”“")}”列是专栏更新记录，同时读作专栏更新记录`,
          sheet.name,
          cellAddress(updates.headerRow, Math.min(...cols)),
        );
        out.push(updates);
      }
    }
  }
  const settings = grids.sheets.find((s) => s.name === SETTINGS_SHEET);
  for (const m of mappings) {
    if (!isMappingLike(m) || grids.sheets.some((s) => s.name === m.sheet)) continue;
    // Point at the settings row that holds the stale mapping; a mapping from a file has no cell.
    const r = settings?.rows.findIndex((row) => cellText(row[0] ?? null) === "mapping" && cellText(row[1] ?? null) === m.sheet) ?? -1;
    const message = `已保存的映射指向工作表“${m.sheet}”，但工作簿中已没有这张表；该映射未使用`;
    if (r >= 0) diags.warn(message, SETTINGS_SHEET, cellAddress(r, 1));
    else diags.warn(message);
  }
  return out;
}

/**
 * A sheet read laid out otherwise than it is (a list in halves unfolded, cards as a table), with where
 * a row and a diagnostic of the laid-out sheet are on the real one; undefined for a sheet read as it is.
 */
function laidOut(real: Sheet, rec: Recognition): LaidOut | undefined {
  if (rec.halves && !rec.sideways) {
    const { sheet, folds } = unfold(real, rec.halves);
    return { sheet, row: (r) => folds[r]?.row ?? r, diagnostic: (d) => foldDiagnostic(d, folds) };
  }
  if (rec.monthGrid) return layOutMonthGrid(real, rec.monthGrid);
  if (rec.directory) return layOutVillageDirectory(real, rec.directory);
  return rec.cards ? layOutCards(real, rec.cards) : undefined;
}

/** The logs of a calendar grid kept a line each, each recognised by its own line's words (./month-grid). */
function itemMonthGrids(sheet: Sheet, labels: ReturnType<typeof factsVocabulary>): Recognition[] {
  return findItemMonthGrids(sheet).flatMap((monthGrid) => {
    const inner = recognizeSheet({ ...layOutMonthGrid(sheet, monthGrid).sheet, name: monthGrid.item?.label ?? sheet.name }, labels);
    return (inner.kind === "reports" || inner.kind === "disclosures") && !inner.sideways ? [{ ...inner, sheet: sheet.name, monthGrid }] : [];
  });
}

/** A register's recognitions, one per kind of row (./category-register); undefined for any other sheet. */
function registerRecognitions(sheet: Sheet, rec: Recognition): Recognition[] | undefined {
  const register = registerParts(sheet, rec);
  // (…or an outbox whose titles say which: its title column stays the rows' title.)
  const byTitle = register ? undefined : titleParts(sheet, rec);
  const { col, parts } = register ?? byTitle ?? { col: -1, parts: [] };
  const out: Recognition[] = [];
  // (The category column's header is nobody's field: not a 媒体类别 for the media's rows, when their 级别 is another column.)
  const headless = register ? { ...sheet, rows: sheet.rows.map((row, r) => (r === rec.headerRow ? row.map((v, c) => (c === col ? null : v)) : row)) } : sheet;
  for (const { kind, rows } of parts) {
    const block: Block = { top: 0, bottom: sheet.rows.length, onlyRows: { after: rec.headerRow, rows } };
    const got = recognizeAt(blockSheet(headless, block), kind, rec.headerRow);
    if (!got) continue;
    // The category column says which ledger a row is in, nothing about the row (not a 媒体级别).
    const columns = byTitle ? got.columns : Object.fromEntries(Object.entries(got.columns).filter(([, c]) => c !== col));
    const headers = { ...Object.fromEntries(Object.entries(got.headers).filter(([f]) => f in columns)), category: textAt(sheet, rec.headerRow, col) };
    out.push({ ...got, columns, headers, sheet: sheet.name, block, mapped: false, confidence: rec.confidence, alternatives: [] });
  }
  return out.length >= (byTitle ? 1 : 2) ? out : undefined;
}

/**
 * The tables stacked under a facts table: from the first row below its top that heads a ledger
 * (with the title line above that header), each under its own header.
 */
function ledgerBlocksUnder(sheet: Sheet): Block[] {
  for (let r = 2; r < sheet.rows.length; r++) {
    // Such a table follows a blank row or its title line (one look spares the header test on every row).
    const above = lineShape(sheet.rows[r - 1]);
    if (above === "other" || !headsTable(sheet, r, 2, splitSheetName(sheet.name).sheet)) continue;
    const top = above === "title" ? r - 1 : r;
    const end = sheet.rows.length;
    const blocks = stackedBlocks(blockSheet(sheet, { top, bottom: end }), headsTable);
    return blocks ? blocks.map((b, i) => (i === 0 ? { ...b, top } : b)) : [{ top, bottom: end }];
  }
  return [];
}

/** The workbook's villages by their statistical code (a village list's 统计用区划代码 beside its names). */
function villageCodes(grids: WorkbookGrids, recognitions: Recognition[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const rec of recognitions) {
    const { divisionCode: codeCol, name: nameCol } = rec.columns;
    if (rec.kind !== "villages" || codeCol === undefined || nameCol === undefined || rec.directory) continue;
    const sheet = grids.sheets.find((s) => s.name === rec.sheet);
    for (const row of sheet?.rows.slice(rec.headerRow + 1) ?? []) {
      const code = cellText(row?.[codeCol] ?? null).replace(/\s+/g, "");
      const name = cellText(row?.[nameCol] ?? null).trim();
      if (/^\d{9,12}$/.test(code) && name !== "") out.set(code, name);
    }
  }
  return out;
}

function isMappingLike(m: unknown): m is SheetMapping {
  return typeof m === "object" && m !== null && typeof (m as SheetMapping).sheet === "string";
}

/** Facts-sheet labels the user mapped to an input key ("ignore" to skip a label). */
export type FactMappings = Record<string, string>;

/** Fields a sheet read by its own reader gives, added to those its kind has in the workbook. */
function addPresent(ledgers: Ledgers, kind: LedgerKind, ...fields: string[]): void {
  ledgers.columnsPresent[kind] = [...new Set([...(ledgers.columnsPresent[kind] ?? []), ...fields])];
}

/** The sheets as a reviewer reads them before any is recognised: a construction bar chart's months as each station's day. */
function asReviewersRead(grids: WorkbookGrids): WorkbookGrids {
  // (…and a committees' tree as the list it stands for, ./village-tree.)
  // (…and a poor roster kept in sections whose titles say its people's labour and work away, ./section-status.)
  // (…and an export of delimited lines left unsplit in column A, each line its fields, ./delimited-lines.)
  // (…and a web column's posts copied two lines each, title over 发布时间, the day read beside the title, ./post-details.)
  // (…and a work group's chat, 时间 | 发送人 | 内容, its 时间 when each message went, ./chat-export.)
  // (…and evidence photos' captions as the rows they describe, ./photo-caption-lists.)
  const sheets = grids.sheets.map((s) =>
    withPhotoCaptionsRead(withChatTimesNamed(withPostDaysBesideTitles(withSectionStatus(withVillageTree(withBarChartDays(withDelimitedLinesSplit(s))))))),
  );
  return sheets.every((s, i) => s === grids.sheets[i]) ? grids : { ...grids, sheets };
}

export function readLedgers(given: WorkbookGrids, rubric: Rubric, mappings: SheetMapping[] = [], factMappings: FactMappings = {}): ReadResult {
  const grids = asReviewersRead(given);
  const diags = new Diagnostics();
  const ledgers = emptyLedgers();
  const recognitions = recognizeAsRead(grids, rubric, mappings, diags);
  // A figures sheet kept in codes, named by another sheet (./facts/coded-template).
  const coded = codedSheets(grids, new Set(recognitions.filter((r) => r.kind === "facts" && !r.mapped).map((r) => r.sheet)));
  /** Zero-based rows read as data, per sheet: a run of identical diagnostics is broken by a good row. */
  const readRows = new Map<string, RowMarks>();
  let previous: Sheet | undefined;
  const codes = villageCodes(grids, recognitions);
  for (const given of recognitions) {
    // (A station list placing its stations by their village's code reads the names from the village list.)
    const rec = given.kind === "stations" && given.columns.villageCode !== undefined ? { ...given, villageCodes: codes } : given;
    // The cell texts of the sheet read last are not needed again (see ./sheet-text).
    if (previous) forgetTexts(previous);
    const real = grids.sheets.find((s) => s.name === rec.sheet) as Sheet;
    // A sheet on its side is read turned back; what is said about it is put back in place below.
    // So is a list in two halves side by side, read unfolded.
    const unfolded = laidOut(real, rec);
    const sheet = rec.sideways ? transpose(rec.block ? blockSheet(real, rec.block) : real) : (unfolded?.sheet ?? (rec.block ? blockSheet(real, rec.block) : real));
    const sheetDiags = rec.sideways || unfolded ? new Diagnostics() : diags;
    previous = real;
    // A hidden sheet is usually an old copy kept out of sight; reading it would count its rows
    // twice. A mapping that names the sheet reads it anyway.
    if (sheet.hidden && !rec.mapped) {
      if (rec.kind) diags.info(`工作表“${sheet.name}”已隐藏，未读取（如需计入，请取消隐藏或在映射中指定其台账类型）`, sheet.name, "A1");
      continue;
    }
    if (!rec.kind) {
      const first = firstFilledCell(sheet);
      if (rec.mapped) diags.info(`工作表“${sheet.name}”按已保存的映射设为忽略，未读取`, sheet.name, first ?? "A1");
      else if (rec.summary)
        diags.info(`工作表“${sheet.name}”是按镇汇总的统计表，未读取：覆盖率等按行政村、站点等清单逐条计算`, sheet.name, `${rec.headerRow + 1}:${rec.headerRow + 1}`);
      else if (rec.chartData) diags.info(`工作表“${sheet.name}”是由各台账按月汇总或供作图的图表数据，不是台账，未读取，以免重复计入`, sheet.name, first ?? "A1");
      else if (rec.pivot) diags.info(`工作表“${sheet.name}”是由台账生成的数据透视表，不是台账，未读取，以免重复计入`, sheet.name, first ?? "A1");
      else if (first) diags.info(`未能识别工作表“${sheet.name}”的台账类型，未读取（可在映射中指定）`, sheet.name, first);
      continue;
    }
    if (!rec.mapped) reportDoubt(rec, real, diags);
    if (rec.matrix && rec.kind === "training") {
      ledgers.sheetsByKind.training.push(sheet.name);
      append(ledgers.training, readTrainingMatrix(sheet, rec.matrix, diags));
      continue;
    }
    if (rec.matrix && rec.kind === "funds") {
      ledgers.sheetsByKind.funds.push(sheet.name);
      append(ledgers.funds, readFundsMatrix(sheet, rec.matrix, diags));
      continue;
    }
    if (rec.postLines) {
      ledgers.sheetsByKind.disclosures.push(sheet.name);
      diags.info(
        `工作表“${sheet.name}”是专栏网页逐期复制的汇编，按每期“发布时间”计为专栏更新 ${rec.postLines.length} 次（网页中的表格不作台账读取）`,
        sheet.name,
        `${rec.postLines[0] + 1}:${rec.postLines[0] + 1}`,
      );
      append(ledgers.disclosures, readCopiedPosts(sheet, rec.postLines));
      continue;
    }
    if (rec.countyGrid) {
      ledgers.sheetsByKind.reports.push(sheet.name);
      append(ledgers.reports, readCountyGrid(sheet, rec.countyGrid, homeCounty(grids, sheet), diags));
      continue;
    }
    if (rec.matrix?.rowsOf) {
      const both = readMixedCalendar(sheet, rec.matrix, rec.matrix.rowsOf, diags);
      ledgers.sheetsByKind.reports.push(sheet.name);
      ledgers.sheetsByKind.disclosures.push(sheet.name);
      append(ledgers.reports, both.reports);
      append(ledgers.disclosures, both.disclosures);
      continue;
    }
    if (rec.matrix && (rec.kind === "reports" || rec.kind === "disclosures")) {
      ledgers.sheetsByKind[rec.kind].push(sheet.name);
      if (rec.kind === "reports") append(ledgers.reports, readReportMatrix(sheet, rec.matrix, diags));
      else append(ledgers.disclosures, readDisclosureMatrix(sheet, rec.matrix, diags));
      continue;
    }
    if (rec.deskCalendar) {
      const desk = readDeskCalendar(sheet, rec.deskCalendar, diags);
      ledgers.sheetsByKind[rec.kind].push(sheet.name);
      if (rec.kind === "training") {
        append(ledgers.training, desk.training);
        addPresent(ledgers, "training", "date", "topic", "personTimes");
      } else {
        append(ledgers.reports, desk.reports);
        addPresent(ledgers, "reports", "date", "content", "poverty");
      }
      for (const [kind, records, fields] of [
        ["disclosures", desk.disclosures, ["date", "title", "column"]],
        ["materials", desk.materials, ["date", "title"]],
        ["media", desk.media, ["date", "outlet", "level", "title"]],
      ] as const) {
        if (records.length === 0) continue;
        append(ledgers[kind] as unknown[], records);
        ledgers.sheetsByKind[kind].push(sheet.name);
        addPresent(ledgers, kind, ...fields);
      }
      continue;
    }
    // A mapped sheet without a required column cannot count (a funds sheet without amounts is not
    // "nothing spent"); the mapping's diagnostic said so.
    if (rec.kind !== "facts" && missingColumns(rec.kind, rec.columns).length > 0) continue;
    ledgers.sheetsByKind[rec.kind].push(sheet.name);
    if (!rec.sideways) noteTitleCounty(ledgers, sheet, rec);
    // What a ledger's title lines state (全县常住人口38.6万人, 省级下达资金：500万元) stands in for the facts sheet.
    if (rec.kind !== "facts" && !rec.sideways) {
      const top = rec.headerRow - rec.headerRows + 1;
      // A sheet of one indicator's (按指标分册) states its facts and the clerk's points above its ledger.
      const above = preamble(sheet, top);
      if (above) readFacts(above, rubric, factMappings, ledgers, diags);
      else append(ledgers.facts, titleLineFacts(sheet, top, rubric));
    }
    if (rec.kind === "facts" && coded.legends.has(sheet.name)) {
      diags.info(`工作表“${sheet.name}”是指标代码说明，用来读懂按代码填报的表，本身不作为填报数据`, sheet.name, "A1");
      continue;
    }
    if (rec.kind === "facts") {
      readFacts(coded.named.get(sheet.name) ?? sheet, rubric, factMappings, ledgers, diags);
      continue;
    }
    if (rec.forms) {
      append(ledgers.funds, readPaymentForms(sheet, rec.forms, diags));
      addPresent(ledgers, "funds", "date", "amount", "project");
      continue;
    }
    if (rec.alerts) {
      append(ledgers.funds, readAccountAlerts(sheet, rec.alerts, diags));
      addPresent(ledgers, "funds", "date", "amount", "project");
      continue;
    }
    if (rec.townColumns) {
      append(ledgers.villages, readTownColumns(sheet, rec.townColumns, diags));
      addPresent(ledgers, "villages", "name", "town", "type", "poor");
      continue;
    }
    if (rec.diary) {
      const diary = readWorkDiary(sheet, rec.diary, diags);
      append(ledgers.reports, diary.reports);
      addPresent(ledgers, "reports", "date", "content", "poverty");
      // (Its entries posting on the column and sending the city its experience are those logs' too.)
      if (diary.disclosures.length > 0) {
        append(ledgers.disclosures, diary.disclosures);
        ledgers.sheetsByKind.disclosures.push(sheet.name);
        addPresent(ledgers, "disclosures", "date", "title", "column");
      }
      if (diary.materials.length > 0) {
        append(ledgers.materials, diary.materials);
        ledgers.sheetsByKind.materials.push(sheet.name);
        addPresent(ledgers, "materials", "date", "title");
      }
      continue;
    }
    if (rec.levelColumns) {
      append(ledgers.media, readLevelColumns(sheet, rec.levelColumns, diags));
      addPresent(ledgers, "media", "date", "outlet", "level", "form", "title");
      continue;
    }
    if (rec.sessions) {
      append(ledgers.training, readSessionCalendar(sheet, rec.sessions, diags));
      addPresent(ledgers, "training", "date", "topic", "personTimes");
      continue;
    }
    if (rec.seats) {
      append(ledgers.training, readSeatRegister(sheet, rec.seats, diags));
      addPresent(ledgers, "training", "name", "id", "date");
      continue;
    }
    if (rec.captions) {
      append(ledgers.training, readPhotoCaptions(sheet, rec.captions, diags));
      addPresent(ledgers, "training", "name", "date");
      continue;
    }
    if (rec.chain) {
      const trainees = readChainList(sheet, rec.chain, diags);
      append(ledgers.training, trainees);
      addPresent(ledgers, "training", "name", "id", "date");
      continue;
    }
    const present = new Set(ledgers.columnsPresent[rec.kind] ?? []);
    for (const f of Object.keys(rec.columns)) present.add(f);
    ledgers.columnsPresent[rec.kind] = [...present];
    const reader = READERS[rec.kind as Exclude<LedgerKind, "facts">];
    const target = ledgers[rec.kind as Exclude<LedgerKind, "facts">] as object[];
    const seen = readRows.get(sheet.name) ?? new RowMarks(sheet.rows.length);
    if (!rec.sideways && !unfolded) readRows.set(sheet.name, seen);
    // On a sheet on its side a record is a column; its link goes to the first row of fields.
    const fieldsTop = Math.min(...Object.values(rec.columns)) + 1;
    let rows = 0;
    let read = 0;
    const before = target.length;
    const remarkCol = remarkColumn(sheet, rec);
    const dateCol = DAY_LOGS.has(rec.kind) ? rec.columns.date : undefined;
    type Dated = { source: { row: number }; date?: unknown };
    // The records of one row's several days share its source: each gets a source of its own where the
    // row is moved, or the second day's would be moved again from the first's new row.
    const keep = (record: Dated) => {
      if (rec.sideways) record.source = { ...record.source, row: fieldsTop };
      else if (unfolded) record.source = { ...record.source, row: unfolded.row(record.source.row - 1) + 1 };
      target.push(record);
    };
    forEachDataRow(sheet, rec, sheetDiags, (row) => {
      seen.add(row.r);
      rows++;
      const note = remarkCol === undefined ? "" : cellText(sheet.rows[row.r]?.[remarkCol] ?? null);
      if (isMarkedDuplicate(note)) {
        sheetDiags.repeated(
          "info",
          `第 ${row.excelRow} 行备注“${note}”，未重复计入`,
          "备注注明重复录入的行未重复计入",
          note,
          sheet.name,
          cellAddress(row.r, remarkCol as number),
        );
        return;
      }
      const got = reader(row) as { source: { row: number } } | { source: { row: number } }[] | undefined;
      if (got) read++;
      // Several days in the date's cell ("2020.6.5；2020.9.15"): a record for each, the one unread day unsaid.
      const days =
        dateCol !== undefined && got && !Array.isArray(got) && (got as { date?: unknown }).date === null
          ? severalDays(cellText(sheet.rows[row.r]?.[dateCol] ?? null), rowMonth(sheet.rows[row.r]))
          : undefined;
      if (days) sheetDiags.forgetCell(sheet.name, cellAddress(row.r, dateCol as number));
      // (A row's one record kept as it is: no list made for it, 300,000 times.)
      if (days) for (const date of days) keep({ ...(got as Dated), date });
      else if (Array.isArray(got)) for (const record of got) keep(record);
      else if (got !== undefined) keep(got);
    });
    // A park's change log: its rows of one firm made one record (./change-log).
    if (rec.kind === "enterprises" && "change" in rec.columns) append(target, firmsOfLog(target.splice(before) as EnterpriseRecord[]));
    // A list kept as snapshots, each period's stations listed again (./station-relists).
    if (rec.kind === "stations") append(target, oncePerStation(sheet, target.splice(before) as StationRecord[], sheetDiags));
    if (rec.kind === "villages") {
      markOnlyColumns(target.slice(target.length - read) as VillageRecord[], rec, sheet, sheetDiags);
      // Poor villages told without a column of their own (a 类别 of 省定贫困村 / 一般村, a ★ by the name):
      // the list says which villages are poor as much as a 是否贫困村 column does.
      const told = (target.slice(before) as VillageRecord[]).some((v) => v.poor === true);
      if (told && !(ledgers.columnsPresent.villages ?? []).includes("poor")) ledgers.columnsPresent.villages = [...(ledgers.columnsPresent.villages ?? []), "poor"];
    }
    // A card swiped twice, the same ID on the next row of the same day: one sign-in (./sign-in-repeats).
    if (rec.kind === "training") withoutRepeatedSwipes(sheet, target as TrainingRecord[], before, sheetDiags);
    // A sessions' register naming each session's poor trainees with their IDs in one cell (./listed-trainees).
    if (rec.kind === "training" && "personTimes" in rec.columns && "id" in rec.columns)
      append(target, listedTrainees(sheet, rec, target.slice(before) as TrainingRecord[]));
    const elsewhere = rec.kind === "training" ? countedElsewhere(sheet, rec, target as TrainingRecord[], before) : undefined;
    if (elsewhere) sheetDiags.info(`工作表“${sheet.name}”注明其人次已计入其他培训台账，其名单只用于核对贫困人口参训，不再计入培训人次`, sheet.name, elsewhere);
    // Rows that gave no record each said why; the sheet says how many, so a clerk sees the gap.
    if (read < rows)
      sheetDiags.doubt(
        `工作表“${sheet.name}”有 ${rows} 行数据，读取了 ${read} 条${kindLabel(rec.kind).replace(/记录$/, "")}记录；其余 ${rows - read} 行未计入（原因见本表各行的提示）`,
        sheet.name,
        `${rec.headerRow + 2}:${rec.headerRow + 2}`,
      );
    if (rec.sideways) for (const d of sheetDiags.list) diags.list.push(untransposeDiagnostic(d));
    if (unfolded) for (const d of sheetDiags.list) diags.list.push(unfolded.diagnostic(d));
  }
  if (previous) forgetTexts(previous);
  // A poor trainees' list naming sessions by number: each dated by the sessions' register (./session-numbers).
  datedBySessionNumber(grids, ledgers.training, diags);
  countedHere(grids.sheets, recognitions, ledgers.training, diags);
  setAsideTrainingSummaries(ledgers, recognitions, diags);
  diags.aggregateColumnRuns(3, readRows);
  return { ledgers, recognitions, diagnostics: diags };
}

/** The list's 备注 column (its own field or an unmapped column headed so), where a row may be marked a duplicate. */
function remarkColumn(sheet: Sheet, rec: Recognition): number | undefined {
  if (rec.columns.remark !== undefined) return rec.columns.remark;
  if (rec.sideways || rec.matrix) return undefined;
  const mapped = new Set(Object.values(rec.columns));
  const header = sheet.rows[rec.headerRow] ?? [];
  const c = header.findIndex((v, i) => !mapped.has(i) && /^(?:备注|说明|备注说明)$/.test(cellText(v ?? null).replace(/\s+/g, "")));
  return c >= 0 ? c : undefined;
}

/** A row its clerk marked as entered twice (备注: 重复录入, 重复登记): kept on the sheet, counted once. */
function isMarkedDuplicate(note: string): boolean {
  return note !== "" && /重复(?:录入|登记|填报|填写|记录|统计)|^重复$/.test(note.replace(/\s+/g, ""));
}

/** A facts sheet's entries, claims, remarks and blank items into the ledgers; its unknown labels said. */
function readFacts(sheet: Sheet, rubric: Rubric, factMappings: FactMappings, ledgers: Ledgers, diags: Diagnostics): void {
  const { entries, claims, unknownLabels, remarks, blankItems } = readFactsSheet(sheet, rubric, factMappings);
  append(ledgers.facts, entries);
  append(ledgers.blankItems, blankItems);
  for (const m of remarks) ledgers.remarks.push({ source: { sheet: sheet.name, row: m.row }, cell: m.cell, text: m.text });
  for (const c of claims) {
    const claim: Ledgers["claims"][number] = { indicator: c.indicator, source: { sheet: c.sheet, row: c.row }, cell: c.cell, value: c.value };
    if (c.note) claim.note = c.note;
    ledgers.claims.push(claim);
  }
  for (const u of unknownLabels) reportUnknownLabel(u, sheet.name, diags);
}

/** The county the workbook is of, as another sheet's first lines name it (a cover, the facts sheet's title). */
function homeCounty(grids: WorkbookGrids, except: Sheet): string | undefined {
  for (const s of grids.sheets)
    if (s.name !== except.name && !s.hidden) {
      const found = sheetTitleCounty(s, 3);
      if (found) return found.name;
    }
  return undefined;
}

/** The county a recognised sheet's title names; a facts sheet's (its first lines) wins over a ledger's. */
function noteTitleCounty(ledgers: Ledgers, sheet: Sheet, rec: Recognition): void {
  const onFacts = rec.kind === "facts";
  if (ledgers.titleCounty && (ledgers.titleCounty.onFacts || !onFacts)) return;
  // (An email pasted in has its subject under the sender, time and recipient lines.)
  const mail = /^\s*(?:发件人|From)\s*[:：]/i.test(String(sheet.rows[0]?.[0] ?? ""));
  // (…else, on the facts sheet, the county whose office filled it in: 填报单位：梅县区商务局, 承办单位 | 始兴县商务局.)
  const found =
    sheetTitleCounty(sheet, Math.max(rec.headerRow - rec.headerRows + 1, onFacts ? (mail ? 8 : 3) : 0)) ?? (onFacts ? sheetOfficeCounty(sheet, 12) : undefined);
  if (found) ledgers.titleCounty = { name: found.name, sheet: sheet.name, cell: cellAddress(found.row, found.col), onFacts };
}

/** Zero-based rows of a sheet read as data: a byte per row (a Set of 300,000 row numbers cost more than reading them). */
class RowMarks {
  private readonly marks: Uint8Array;
  constructor(rows: number) {
    this.marks = new Uint8Array(rows);
  }
  add(r: number): void {
    this.marks[r] = 1;
  }
  has(r: number): boolean {
    return this.marks[r] === 1;
  }
}

/**
 * A column marked only with √ (是否省定贫困村: √ or nothing) answers "no" with its blanks. Where
 * the column also says 否 / × somewhere, a blank stays "no answer".
 */
function markOnlyColumns(records: VillageRecord[], rec: Recognition, sheet: Sheet, diags: Diagnostics): void {
  for (const field of ["poor", "express"] as const) {
    if (!(field in rec.columns)) continue;
    if (!records.some((v) => v[field] === true) || records.some((v) => v[field] === false)) continue;
    // (A dash, "—", is no blank: it says the line is not asked — a residents' committee has no 重点村类型; nor is
    // the slash a legend gives committees, 居委会填“/”.)
    const dashed = (v: VillageRecord) => /^(?:[—–－-]+|[/／])$/.test(cellText(sheet.rows[v.source.row - 1]?.[rec.columns[field]] ?? null).trim());
    const blanks = records.filter((v) => v[field] === null && !dashed(v));
    if (blanks.length === 0) continue;
    for (const v of blanks) v[field] = false;
    const col = columnLetters(rec.columns[field]);
    diags.info(`${col} 列（${(rec.headers[field] ?? field).replace(/\s+/g, "")}）只打“√”，空白的 ${blanks.length} 行按“否”计`, sheet.name, `${col}${rec.headerRow + 2}`);
  }
}

/**
 * A recognition to check: below full confidence (with the runner-up kinds), or a layout read in a
 * way of its own (a calendar, a sheet on its side). A fix is suggested only where one exists: a
 * mapping can name a table's kind and header row, not a calendar's months.
 */
function reportDoubt(rec: Recognition, sheet: Sheet, diags: Diagnostics): void {
  if (!rec.kind) return;
  const where = rec.kind === "facts" ? "A1" : rec.sideways ? "A1" : `${rec.headerRow + 1}:${rec.headerRow + 1}`;
  if (rec.matrix?.postRow !== undefined)
    diags.doubt(
      `工作表“${sheet.name}”是按栏目、月份统计的网站发稿条数，只读第 ${rec.matrix.postRow + 1} 行的示范专栏（其他栏目不算），发稿条数大于 0 的月份计为更新一次`,
      sheet.name,
      where,
    );
  else if (rec.matrix?.rowsOf) {
    const rows = (rs: number[]) => rs.map((r) => r + 1).join("、");
    diags.doubt(
      `工作表“${sheet.name}”按月份作列，同时记专栏更新（第 ${rows(rec.matrix.rowsOf.disclosures)} 行）和月报报送（第 ${rows(rec.matrix.rowsOf.reports)} 行）：各行按其所记读取，每个打“√”或填日期的月份计一条`,
      sheet.name,
      where,
    );
  } else if (rec.matrix?.topics)
    diags.doubt(
      `工作表“${sheet.name}”是按期次作列的培训人次汇总表（第 ${rec.headerRow + 1} 行），每期读“${sheet.rows[rec.headerRow]?.[[...rec.matrix.topics.keys()][0]] ?? "人次"}”一栏，按该期日期计`,
      sheet.name,
      where,
    );
  else if (rec.matrix)
    diags.doubt(`工作表“${sheet.name}”按月份作列的${kindLabel(rec.kind)}读取（第 ${rec.headerRow + 1} 行为月份），每个打“√”或填日期的月份计一条`, sheet.name, where);
  if (rec.halves) {
    const h = rec.halves;
    const span = (from: number) => `${columnLetters(from)}–${columnLetters(from + h.width - 1)}`;
    const message = h.parts
      ? `工作表“${sheet.name}”的${kindLabel(rec.kind)}分 ${h.parts.length} 栏并排（${h.parts.map(span).join("、")} 列），已逐栏自上而下、再自左而右读取`
      : `工作表“${sheet.name}”的${kindLabel(rec.kind)}分左右两栏（${span(h.left)} 列与 ${span(h.right)} 列），${separateTitles(sheet, h) ? "两栏各有标题，先读左栏、再读右栏" : "已逐行先左后右读取"}`;
    diags.doubt(message, sheet.name, `${h.headerRow + 1}:${h.headerRow + 1}`);
  }
  if (rec.bookPaysOn) {
    const other = otherSide(rec.bookPaysOn);
    const dated = rec.columns.month !== undefined ? `，日期按${rec.bookYear ? ` ${rec.bookYear} 年的` : "（未找到年份）"}“月”“日”两列读取` : "";
    diags.doubt(`工作表“${sheet.name}”是借贷记账的明细账：按“${rec.bookPaysOn}”列计拨付，“${other}”列为收到的资金${dated}`, sheet.name, where);
  }
  if (rec.sideways) diags.doubt(`工作表“${sheet.name}”是横排的${kindLabel(rec.kind)}（A 列为字段名，每列一条记录），已按列读取`, sheet.name, where);
  if (rec.confidence >= 0.8) return;
  const others = rec.alternatives
    .filter((a) => a.kind !== rec.kind)
    .slice(0, 2)
    .map((a) => `${kindLabel(a.kind)} ${Math.round(a.confidence * 100)}%`);
  const named = splitSheetName(sheet.name);
  const fix =
    rec.kind === "facts" || rec.matrix || rec.sideways
      ? ""
      : `；如不对，可运行 ecom-score map ${named.file ? `"${named.file}"` : "<工作簿>"} --sheet "${named.sheet}" --kind <台账类型> --header-row <行号>`;
  diags.doubt(
    `工作表“${sheet.name}”按“${kindLabel(rec.kind)}”读取，把握度 ${Math.round(rec.confidence * 100)}%${others.length ? `（其次：${others.join("、")}）` : ""}，请核对${fix}`,
    sheet.name,
    where,
  );
}

/**
 * A label on a facts sheet that was not used: say which inputs come closest, and how to map it
 * once (the CLI's map --fact, or the pane's drop-down), so the clerk never has to reword the sheet.
 */
function reportUnknownLabel(u: UnknownLabel, sheet: string, diags: Diagnostics): void {
  const names = u.candidates.map((c) => `“${c.label}”（${c.key}）`);
  // The command quotes the whole label: a label cut short would not be found again.
  const how = `可在任务窗格中选择它对应的填报项，或运行 ecom-score map <工作簿> --fact "${u.text.replace(/\s+/g, " ").trim()}=<填报项>"`;
  if (u.ambiguous) diags.warn(`填报项“${quote(u.text, 30)}”可能是 ${names.join(" 或 ")}，无法确定，其值未读取；${how}`, sheet, u.cell);
  else if (names.length > 0) diags.info(`未能确定填报项“${quote(u.text, 30)}”对应哪一项（最接近：${names.join("、")}），其值未读取；${how}`, sheet, u.cell);
  else diags.info(`填报项“${quote(u.text, 30)}”不是评分用到的内容，其值未读取`, sheet, u.cell);
}

/** The first non-empty cell of a sheet (where a sheet-level remark points), or undefined. */
function firstFilledCell(sheet: Sheet): string | undefined {
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) if (cellText(row[c] ?? null) !== "") return cellAddress(r, c);
  }
  return undefined;
}
