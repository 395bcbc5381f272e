/**
 * One reader per ledger kind: a data row (RowCtx) → a typed record, or nothing with a located
 * diagnostic when the row cannot count.
 */
import { Q } from "../scoring/rational";
import { INCOME_WORDS, otherSide } from "./account-book";
import { parseIdNumber } from "./normalize/idnumber";
import { parseLabour, parseMigrant, parseWorkPlace } from "./normalize/status";
import { tickedOption } from "./box-groups";
import { householdMembers } from "./household";
import { isResidentsCommittee, stripTownPrefix, villageInAddress, villageInStationName, villageKey } from "./normalize/village";
import { PREFECTURES, sheetTitleCounty, type TitleCounty } from "./title-county";
import { outletAndDayOfReport, outletFromTitleOrLink } from "./media-outlet";
import { dateInRemark } from "./facts/values";
import { attendedDayIn } from "./remark-day";
import { namedTrainees } from "./listed-trainees";
import { codeLegend, codeOf } from "./code-legend";
import { markedType } from "./type-marks";
import { idInBoxes } from "./id-boxes";
import { installmentColumns, type Installment } from "./installments";
import { repeatedStations, repeatedTimes, type RepeatedGroup } from "./repeated-times";
import { oncePerRecognition } from "./per-recognition";
import { rowTexts } from "./sheet-text";
import { sessionOfRow } from "./session-groups";
import { CLOSED_WORDS } from "./station-relists";
import { paymentsInCell } from "./payments-in-cell";
import { isRunningTotal, stepOf } from "./running-total";
import { tickedRecipients } from "./ticked-recipients";
import { codesIn, sessionLegend } from "./session-legend";
import { changeEvent } from "./change-log";
import { attendanceGrid, sat, type AttendanceGrid } from "./attendance-grid";
import { isMarkedPoor, legendPoorMark, listedNames, marksPoor, nameSpan, namesAcross, saysNone, undeliveredSaid, withoutPoorMark } from "./village-lines";
import { cellAddress, type CellValue, type Sheet } from "../core/grid";
import { findDateInText, monthDayIn, parseDate, parseRangeEnd } from "./normalize/date";
import { SUB_SECTION } from "./web-list";
import { parseNumber } from "./normalize/number";
import { cellText, compact, isDash, normalizeLabel, quote, splitUnit, toHalfWidth } from "./normalize/text";
import { parseYesNo } from "./normalize/yesno";
import { formatDate, isValidDate, type LDate } from "../scoring/dates";
import type {
  DisclosureRecord,
  EnterpriseRecord,
  FundRecord,
  IdNumber,
  LedgerKind,
  MaterialRecord,
  MediaLevel,
  MediaRecord,
  PoorPersonRecord,
  PoorVillageRecord,
  ReportRecord,
  StationRecord,
  TrainingRecord,
  VillageRecord,
} from "./records";
import type { RowCtx } from "./rows";
import type { Recognition } from "./recognize";
import { stationsIn } from "./stations-in-cell";
import { batchDays, batchOpened } from "./batch-days";
import { severalDays } from "./several-days";

function src(x: RowCtx) {
  return { sheet: x.sheet.name, row: x.excelRow };
}

/**
 * The record without its undefined fields: copied, not `delete`d (an object with deleted properties
 * turns into a slow dictionary; a ledger has 300,000 of them).
 */
function opt<T extends object>(o: T): T {
  // Most rows fill every field: the record is then the literal as it is (a copy made field by
  // field outgrows the room an empty object has for fields, and costs one more object per record).
  let blank = false;
  for (const k in o)
    if (o[k] === undefined) {
      blank = true;
      break;
    }
  if (!blank) return o;
  const out: Partial<T> = {};
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out as T;
}

/**
 * What an ID-number message says without the number itself, so that 40,000 masked numbers are one
 * problem (Diagnostics.repeated); a message these do not cover stays its own kind.
 */
const ID_KINDS: [RegExp, string][] = [
  [/已打码/, "身份证号已打码：可用于计数，不能用于比对人员"],
  [/校验位不符/, "身份证号校验位不符，请核对是否录错"],
  [/存成了数字/, "身份证号被Excel存成了数字，15位以后的数字已丢失，不能用于比对人员；请把该列设为文本后重新录入"],
  [/旧身份证号/, "15位旧身份证号已按规则升为18位，无法校验，请核对"],
  [/位数不对/, "身份证号位数不对（应为18位），该人无法与名单匹配"],
  [/无法识别的身份证号/, "无法识别的身份证号，该人无法与名单匹配"],
];
const idKind = (message: string) => ID_KINDS.find(([re]) => re.test(message))?.[1] ?? message;

function idOf(x: RowCtx): IdNumber | null {
  const boxed = idInBoxes(x.sheet, x.rec, x.sheet.rows[x.r] ?? []);
  if (boxed === "") return null;
  const v = boxed ?? x.raw("id");
  if (v === null || x.text("id") === undefined) return null;
  const p = parseIdNumber(v);
  // The ID and the phone typed in each other's columns (a phone of 11 digits under 身份证号, the ID under
  // 联系电话): the ID where it was typed, said so.
  if (!p.ok && x.has("phone") && /^1\d{10}$/.test(compact(x.textOf("id")))) {
    const swapped = parseIdNumber(x.raw("phone"));
    if (swapped.ok && !swapped.warning) {
      x.diags.repeated(
        "info",
        `身份证号与联系电话填反（身份证号一栏为 ${x.textOf("id")}），按联系电话一栏的身份证号计`,
        "身份证号与联系电话填反，按填在电话栏的身份证号计",
        x.textOf("id"),
        x.sheet.name,
        x.addr("id"),
      );
      return swapped.id;
    }
  }
  if (!p.ok) {
    const message = `身份证号：${p.reason}，该人无法与名单匹配`;
    x.diags.repeated("warning", message, idKind(message), x.textOf("id"), x.sheet.name, x.addr("id"));
    return null;
  }
  if (p.warning) {
    const message = `身份证号：${p.warning}`;
    x.diags.repeated("warning", message, idKind(message), x.textOf("id"), x.sheet.name, x.addr("id"));
  }
  return p.id;
}

/** A region path's last two parts, the town and the village: ".../蚬冈镇/石田村委会" (or ＞, >, ／ between). */
const REGION_PATH = /(?:^|[/／>＞])\s*([^/／>＞]+?(?:镇|乡|街道))\s*[/／>＞]\s*([^/／>＞]+?)\s*$/;

/** A bracket after a name telling what was written before it: "（原误填下瑶村）", "（原登记为…）". */
// (…or what it was called before, a village become a community: "下围社区居民委员会（原下围村）".)
const FORMER_NAME_NOTE = /\s*[（(]\s*原(?:误填|填|登记|为|写|录入|[\u4e00-\u9fff]{1,8}?(?:村|村委会|村民委员会)(?=\s*[)）]))[^（()）]*[)）]\s*$/;

/**
 * A village's old name with what it is now in brackets: "山尾村（现山洋村）", "后洋村（已并入山洋村）",
 * "北港村（2020年12月并入南港村）" — the village now (the one the list of villages has) stands.
 */
const NOW_NAMED =
  /^[^（()）]+[（(]\s*(?:现为?|现名|今|(?:(?:19|20)\d{2}年(?:\d{1,2}月)?)?(?:已)?(?:并入|合并[到入]|撤并[到入]))\s*([^（()）]+?(?:村|社区)(?:委会|民委员会|居委会)?)\s*[)）]$/;

function village(x: RowCtx, field: string): { name: string; key: string } | undefined {
  // A mark before the name (★石内村, explained by a legend under the list) is no part of it.
  // (…nor a correction's note after it, 上瑶村（原误填下瑶村）: the name outside the bracket is the one that stands.)
  // (…nor its poor mark in brackets, 上美村民委员会（省定贫困村）: villagePoor reads that.)
  const raw = x.text(field);
  // (A place column's old name, not a village list's own row: there the old village is one no longer.)
  const written = raw && ((field === "village" ? NOW_NAMED.exec(raw.trim())?.[1] : undefined) ?? raw);
  const name = written && withoutPoorMark(written.replace(MARK, "").replace(MARK_AFTER, "").replace(FORMER_NAME_NOTE, ""));
  // A station's 行政村 with its natural village after it, "朗洞村委会下岗村": the committee's.
  const hamlet = field === "village" && name ? COMMITTEE_THEN_HAMLET.exec(name) : null;
  const committee = hamlet ? (hamlet[1] ?? hamlet[2]) : undefined;
  if (committee) return { name: committee, key: keyOf(x, committee) };
  if (!name) return undefined;
  // A platform's region path (所属区域: 广东省/江门市/开平市/蚬冈镇/石田村委会): its last part, the town before it.
  const path = REGION_PATH.exec(name);
  if (path) return { name: path[2], key: keyInTown(path[2], path[1]) };
  // A list whose only place column is the address (站点地址（镇、村）): the village inside it.
  if (/地址/.test(x.rec.headers[field] ?? "")) {
    const inAddress = villageInAddress(name);
    if (inAddress) return { name: inAddress, key: villageKey(inAddress) };
  }
  return { name, key: keyOf(x, name) };
}

/** A committee's full name with a natural village of it after: 朗洞村委会下岗村, 水塘村民委员会老寨村. */
// (…or in brackets after it, "黄岭村（大寨村）", no 现 or 原 saying a name changed.)
const COMMITTEE_THEN_HAMLET =
  /^([\u4e00-\u9fff]{1,8}?(?:村委会|村民委员会))[\u4e00-\u9fff]{1,6}(?:村|村民小组|小组|组)$|^([\u4e00-\u9fff]{1,8}?村)[（(][\u4e00-\u9fff]{1,6}村[)）]$/;

/** A village name's key on its row: the row's town taken off its front (黄坑镇黄坑村 → 黄坑). */
function keyOf(x: RowCtx, name: string): string {
  return keyInTown(name, x.has("town") ? x.text("town") : undefined);
}

/**
 * villageKey(stripTownPrefix(name, town)), made once per town and name: a list of 100,000 stations
 * names a few hundred villages, and the key takes several patterns to make.
 */
function keyInTown(name: string, town: string | undefined): string {
  const t = town ?? "";
  let byName = keysByTown.get(t);
  if (!byName) keysByTown.set(t, (byName = new Map()));
  let key = byName.get(name);
  if (key === undefined) {
    key = villageKey(stripTownPrefix(name, town));
    // (100,000 keys in all at most, whatever the towns: then it starts again.)
    if (++keysKept > 100000) {
      keysByTown.clear();
      keysKept = 1;
      keysByTown.set(t, (byName = new Map()));
    }
    byName.set(name, key);
  }
  return key;
}
const keysByTown = new Map<string, Map<string, string>>();
let keysKept = 0;

/** Marks clerks put before a name to single it out (or after it). */
const MARK = /^\s*[★☆▲△●◆※*＊]\s*/;
const MARK_AFTER = /\s*[★☆▲△●◆※*＊]\s*$/;

/** Delivery to the village: its 是 / 否, or how many couriers reach it (0: none). */
function expressOf(x: RowCtx): boolean | null {
  const v = x.raw("express");
  const header = x.rec.headers.express ?? "";
  if (typeof v === "number" && /数/.test(header)) return v > 0;
  // (…written with its unit, "５家", "0家".)
  if (/数/.test(header) && /^\s*[0-9０-９]+\s*[家个]?\s*$/.test(x.textOf("express"))) return !(x.number("express", { count: true })?.isZero() ?? true);
  // (…or the way it comes, the point it comes to: 邮政代投, 红朗菜鸟驿站 say it does; 无, 未通 that it does not.)
  // (…or how it stands, 快递到村情况: "快递进村（设代收点）", "邮政代投到村"; or the couriers that reach it, 通达快递企业 中国邮政、中通快递.)
  // (…or the bare 快递服务 | 到村, 到镇自取; or the couriers that stay there, 入驻快递品牌 邮政、极兔, — none.)
  if (/方式|服务点|网点|情况|企业|品牌(?!数)|^快递服务$/.test(header)) return x.yesNo("express", deliveryWay);
  return x.yesNo("express");
}

/** A delivery way's or point's cell: yes or no as written, else none (无, —) no and any way named yes. */
function deliveryWay(v: CellValue): boolean | null | undefined {
  // (A dash where the point or the couriers would be named: none, not a blank.)
  if (isDash(compact(cellText(v)))) return false;
  const said = parseYesNo(v);
  if (said !== undefined) return said;
  const t = compact(cellText(v));
  if (t === "") return null;
  // (…and one that stops short of the village, 到镇自取, 镇上自提: none to it.)
  return !(isDash(t) || /^(?:无|没有|暂无|未通|未通达|不通)|(?:到镇|镇上|镇里|乡镇)(?:自取|自提|领取)|^自取|^自提/.test(t));
}

/** Whether a village is poor: its ★ (per the legend), its 是否贫困村 column, its 贫困村类别 (省定 / 市定), or a 村类别 of 省定贫困村 / 一般村. */
function villagePoor(x: RowCtx, mark: string | null, typeText: string | undefined): boolean | null {
  // (…before the name or after it, "双丰村委会△".)
  if (mark !== null) {
    const name = x.textOf("name").trim();
    return name.startsWith(mark) || name.endsWith(mark);
  }
  // A 贫困村类别 of 省定 / 市定: only the province's list counts.
  const kind = x.has("poor") ? compact(x.textOf("poor")) : "";
  if (/^(?:省定|省级)/.test(kind)) return true;
  if (/^(?:市定|市级|县定|县级|区定)/.test(kind)) return false;
  // (…and 非贫困村, 一般村 in it: none.)
  if (/^(?:非贫困村|非贫困|一般村|普通村)$/.test(kind)) return false;
  if (x.has("poor")) return x.yesNo("poor");
  // A mark in brackets after the name, 上美村民委员会（省定贫困村）: where the list marks any, the others are not.
  if (isMarkedPoor(x.textOf("name"))) return true;
  if (marksPoor(x.sheet, x.rec)) return false;
  if (typeText && /贫困村/.test(typeText)) return true;
  // (…一般行政村 and 普通村 as 一般村.)
  if (typeText && /^(?:一般村|非贫困村|一般行政村|普通村|普通行政村)$/.test(typeText.trim())) return false;
  // A list saying its poor villages only in its 备注 ("省定贫困村"): those are, the other villages are not.
  if (x.has("remark") && remarksMarkPoor(x.sheet, x.rec)) return POOR_REMARK.test(compact(x.textOf("remark")));
  return null;
}

/** A remark calling the village one of the province's poor villages. */
const POOR_REMARK = /^(?:是)?省定(?:相对)?贫困村/;

/** Whether the list's 备注 column names its poor villages (one row at least says 省定贫困村). */
const remarksMarkPoor = oncePerRecognition((sheet, rec): boolean => {
  const c = rec.columns.remark as number;
  return sheet.rows.some((row, r) => r > rec.headerRow && POOR_REMARK.test(compact(cellText(row?.[c] ?? null))));
});

export const readVillage = (x: RowCtx): VillageRecord | VillageRecord[] | undefined => {
  // A village merged or abolished, said in its own cell where a table of changes names what each
  // became ("（并入新庄村委会）", "（撤销，辖区并入安塘社区居民委员会）"): no village now.
  const gone = x.textOf("name");
  if (MERGED_AWAY.test(gone)) {
    x.diags.repeated("info", `第 ${x.excelRow} 行“${gone}”，不再作为村（居）委会统计`, "已撤并的村不再作为行政村统计", gone, x.sheet.name, x.addr("name"));
    return undefined;
  }
  // (A town's heading line among its villages, its 类别 镇: "一、湖寮镇（村委会22个，居委会4个） | 镇".)
  const level = x.has("type") ? compact(x.textOf("type")) : "";
  if (/^(?:镇|乡|街道|镇街|镇（街道）|乡镇)$/.test(level)) {
    x.diags.repeated(
      "info",
      `“${gone.trim()}”类别为“${level}”，是镇（街道）的标题行，不是村（居）委会，未计入`,
      "镇（街道）的标题行不是村（居）委会，未计入",
      gone,
      x.sheet.name,
      x.addr("type"),
    );
    return undefined;
  }
  // (…or a count where a name should be: a summary by town, 镇 | 村委会 16 | 居委会 6, is no list of villages.)
  if (/^\d+$/.test(gone.trim())) {
    x.diags.repeated("info", `“${gone.trim()}”是数字，不是村（居）委会名称，未计入`, "名称一栏是数字的行不是村（居）委会，未计入", gone, x.sheet.name, x.addr("name"));
    return undefined;
  }
  const listed = villagesListed(x);
  if (listed) return listed;
  // (A town's own line named only by its level, a duty roster's "（镇级）" over its villages: the town's, no village.)
  if (TOWN_LEVEL.test(gone.trim())) {
    x.diags.repeated(
      "info",
      `“${gone.trim()}”是镇（街道）一级，不是村（居）委会，未计入`,
      "镇（街道）一级的行不是村（居）委会，未计入",
      gone,
      x.sheet.name,
      x.addr("name"),
    );
    return undefined;
  }
  const v = village(x, "name");
  if (!v) return undefined;
  const typeText = x.has("type") ? x.text("type") : undefined;
  // A village merged into another ("已撤并入新楼村", "已撤销") is no village now; kept on the list for the record.
  const remark = x.has("remark") ? x.text("remark") : undefined;
  // (Not one another village merged into: "2020年10月原长塘村并入新塘村" on 新塘's row.)
  // (…nor "2020年12月原北港村并入" there: another village, 原…, merged into this one.)
  if (
    remark &&
    /撤并|撤销|并入|合并到|已合并|已撤/.test(remark) &&
    !new RegExp(`(?:并入|合并到|合并入)${v.key}`).test(remark) &&
    !new RegExp(`原(?!${v.key})[\u4e00-\u9fff、]{1,12}?(?:村|社区)(?:委会|民委员会)?(?:整体)?(?:并入|合并)(?:本村|进来)?$`).test(compact(remark))
  ) {
    x.diags.repeated("info", `“${v.name}”${remark}，不再作为行政村统计`, "已撤并的村不再作为行政村统计", remark, x.sheet.name, x.addr("remark"));
    return undefined;
  }
  // …or a category saying so, a place-name register's "（已撤销）村民委员会": a historical name only.
  if (typeText && MERGED_AWAY.test(typeText.trim())) {
    x.diags.repeated("info", `“${v.name}”类别为“${typeText}”，不再作为行政村统计`, "已撤并的村不再作为行政村统计", typeText, x.sheet.name, x.addr("type"));
    return undefined;
  }
  // A 自然村 (or 村民小组) listed under its 村委会 is part of that village, not a village of its own.
  if (typeText && /^(?:自然村|村民小组|村小组|组)$/.test(typeText.replace(/\s+/g, ""))) {
    x.diags.repeated("info", `“${v.name}”是${typeText}，不是行政村，未计入`, "自然村、村民小组不是行政村，未计入", typeText, x.sheet.name, x.addr("type"));
    return undefined;
  }
  // A list pasted from the statistics bureau's codes keeps the county's and each town's own row
  // (禅城区, 祖庙街道, 南庄镇) above its villages: headings, not villages.
  // (A town named after a village, 杨村镇, is a town still: its name ends in 镇.)
  if ((/(?:街道|街道办事处|镇|乡|[^社]区|县|市)$/.test(v.name) && !/村|社区|居委|委员会/.test(v.name)) || /(?:街道|街道办事处|镇|乡)$/.test(v.name)) {
    x.diags.repeated(
      "info",
      `“${v.name}”是镇（街道）或县（区）一级，不是村（居）委会，未计入`,
      "镇（街道）一级的行不是村（居）委会，未计入",
      v.name,
      x.sheet.name,
      x.addr("name"),
    );
    return undefined;
  }
  // ★ before the name, where the legend says ★ is a poor village: the mark answers, its absence too.
  const mark = x.has("poor") ? null : legendPoorMark(x.sheet);
  return opt({
    source: src(x),
    town: x.text("town"),
    name: v.name,
    key: v.key,
    type: isResidentsCommittee(v.name, typeText ?? x.sectionTitle) ? "residents" : "admin",
    // A 村类别 of 省定贫困村 / 一般村 says which villages are poor when no column asks it.
    poor: villagePoor(x, mark, typeText),
    express: deliveryOf(x),
    expressSince: x.has("express") ? deliverySince(x.textOf("express")) : undefined,
  } as VillageRecord);
};

/** The day delivery began, written with it: "已通（2021年11月）", "2021年11月开通". */
const DELIVERY_SINCE =
  /[（(]\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)\s*(?:开通|通达|起)?\s*[)）]|((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)\s*(?:开通|通达|起通)/;

function deliverySince(said: string): LDate | undefined {
  const m = DELIVERY_SINCE.exec(said);
  if (!m) return undefined;
  const day = parseDate(m[1] ?? m[2]);
  return day.ok ? day.value : undefined;
}

/** A courier's name heading a column of its own: 邮政, 中通 … 顺丰. */
const CARRIER = /^(?:中国)?(?:邮政(?:快递|EMS)?|EMS|中通|圆通|韵达|申通|极兔|顺丰|百世|京东|德邦|天天|优速|宅急送|丰网|跨越)(?:快递|速递|物流)?$/;

/** A postal bureau's table with a column per courier, ✓ where it reaches the village: their columns. */
const carrierColumns = oncePerRecognition((sheet, rec): number[] | undefined => {
  const cols = (sheet.rows[rec.headerRow] ?? []).flatMap((v, c) => (CARRIER.test(compact(cellText(v ?? null))) ? [c] : []));
  return cols.length >= 2 ? cols : undefined;
});

/**
 * A postal bureau's table whose title says it is of delivery (建制村快递服务通达情况统计表), its column a bare 是否通达:
 * that column (a bare 通达 elsewhere may be of roads or of 4G).
 */
const reachedColumn = oncePerRecognition((sheet, rec): number | undefined => {
  const title = sheet.rows
    .slice(0, rec.headerRow)
    .map((row) => row.map((v) => cellText(v ?? null)).join(""))
    .join("");
  if (!/快递/.test(title)) return undefined;
  const c = (sheet.rows[rec.headerRow] ?? []).findIndex((v) => /^是否通达$/.test(compact(cellText(v ?? null))));
  return c < 0 ? undefined : c;
});

/**
 * Whether delivery reaches the village: a delivery table's 是否通达 (whatever other delivery column, 快递进村方式, stands
 * beside it), else its delivery column, else any courier ticked (a row blank under all of them: none).
 */
function deliveryOf(x: RowCtx): boolean | null {
  const reached = reachedColumn(x.sheet, x.rec);
  if (reached !== undefined) return parseYesNo(x.textIn(reached)) ?? null;
  if (x.has("express")) return expressOf(x);
  const cols = carrierColumns(x.sheet, x.rec);
  return cols ? cols.some((c) => parseYesNo(x.textIn(c)) === true) : null;
}

/** A row named only by its level: （镇级）, 镇本级, （街道级）. */
const TOWN_LEVEL = /^[（(]?\s*(?:镇|乡|街道|镇街)\s*(?:本级|级)\s*[)）]?$/;

/** A name cell saying the village is gone, in brackets: （并入…）, （撤销…）. */
const MERGED_AWAY = /^[（(][^（()）]*(?:撤销|并入|撤并|合并到)/;

/** A town's row listing all its villages and communities (./village-lines): a record for each name. */
function villagesListed(x: RowCtx): VillageRecord[] | undefined {
  const span = nameSpan(x.sheet, x.rec);
  // (A town with none of one kind writes a dash there: 红旗街道 | — | 红旗社区、光华社区.)
  const names = span ? namesAcross(x.sheet, x.r, span) : listedNames(x.textOf("name")).filter((n) => !isDash(n));
  const communities = x.has("residents") ? listedNames(x.textOf("residents")).filter((n) => !isDash(n)) : [];
  if (!span && names.length === 0 && communities.length === 0 && isDash(compact(x.textOf("name")))) return [];
  if (span && names.length === 0) return [];
  if (!span && names.length < 2 && communities.length === 0) return undefined;
  const typeText = x.has("type") ? x.text("type") : undefined;
  const town = x.text("town");
  // (…or a town's delivery said of its villages in one cell: "未通达：南岩村、云岗村；其余已通达", "全部通达".)
  const missing = x.has("notExpress") ? x.textOf("notExpress") : x.has("express") ? undeliveredSaid(x.textOf("express")) : undefined;
  const legend = legendPoorMark(x.sheet);
  const undelivered = new Set(missing === undefined || saysNone(missing) ? [] : listedNames(missing).map((n) => keyOf(x, withoutPoorMark(n, legend))));
  const poorMarked = marksPoor(x.sheet, x.rec);
  // (…or named in a column of the town's poor villages: those named are, the others are not.)
  const poorCol = x.has("poorNames") ? x.rec.columns.poorNames : poorNamesColumn(x.sheet, x.rec);
  const poorNamed =
    poorCol === undefined ? undefined : new Set(listedNames(cellText(x.sheet.rows[x.r]?.[poorCol] ?? null)).map((n) => keyOf(x, withoutPoorMark(n, legend))));
  const record = (name: string, type: "admin" | "residents"): VillageRecord => {
    const plain = withoutPoorMark(name, legend);
    const key = keyOf(x, plain);
    return opt({
      source: src(x),
      town,
      name: plain,
      key,
      type,
      poor: type === "residents" ? null : poorNamed ? poorNamed.has(key) : isMarkedPoor(name, legend) ? true : poorMarked ? false : null,
      express: type === "residents" || missing === undefined || missing === "" ? null : !undelivered.has(key),
    } as VillageRecord);
  };
  return [...names.map((n) => record(n, isResidentsCommittee(n, typeText) ? "residents" : "admin")), ...communities.map((n) => record(n, "residents"))];
}

/** A town-row village list's column of its poor villages headed as a part of its villages, 其中：省定贫困村. */
const poorNamesColumn = oncePerRecognition((sheet, rec): number | undefined => {
  const c = (sheet.rows[rec.headerRow] ?? []).findIndex((v) => /^其中\s*[:：]?\s*省定(?:相对)?贫困村(?:名单|名称)?$/.test(cellText(v ?? null).trim()));
  return c < 0 ? undefined : c;
});

/** The villages a poor-village list named already, by town and key: their first row. */
const poorVillagesSeen = new WeakMap<RowCtx["rec"], Map<string, number>>();

export const readPoorVillage = (x: RowCtx): PoorVillageRecord | PoorVillageRecord[] | undefined => {
  const v = village(x, "name");
  if (!v) return undefined;
  // A village helped by the city or the county (市级帮扶村（非省定）) is no 省定贫困村.
  const category = x.has("category") ? compact(x.textOf("category")) : "";
  if (/非省定/.test(category) || (!/省/.test(category) && /市级|县级|区级/.test(category))) {
    x.diags.repeated(
      "info",
      `“${v.name}”的村类别为“${category}”，不是省定贫困村，未计入`,
      "市、县级帮扶村不是省定贫困村，未计入",
      category,
      x.sheet.name,
      x.addr("category"),
    );
    return undefined;
  }
  // A town's poor villages named together in one cell ("高冲村、永口村"): each is one.
  const names = v.name.split(/[、，,；;\s]+/).filter((n) => n !== "");
  if (names.length < 2) {
    // A list kept by something else the village has (a village's two solar stations, one row each, the
    // second written 宝溪村民委员会): the same village in the same town is listed once.
    const seen = poorVillagesSeen.get(x.rec) ?? new Map<string, number>();
    poorVillagesSeen.set(x.rec, seen);
    const town = x.text("town");
    const where = `${town ?? ""}|${v.key}`;
    const first = seen.get(where);
    if (first !== undefined && first !== x.excelRow) {
      x.diags.repeated("info", `“${v.name}”与第 ${first} 行是同一个村，只计一次`, "同一个村列了两行，只计一次", v.name, x.sheet.name, x.addr("name"));
      return undefined;
    }
    seen.set(where, x.excelRow);
    return opt({ source: src(x), town, name: v.name, key: v.key });
  }
  return names.map((name) => opt({ source: src(x), town: x.text("town"), name, key: keyOf(x, name) }));
};

/** A station's status saying it no longer runs. */
const CLOSED = new RegExp(`${CLOSED_WORDS}|取消`);
/** A remark making a row a second look at a station already listed ("复验（同第4行站点）"; a bare 复验合格 is no repeat). */
// (…or a station moved and checked again, "（迁址）…重新验收，不是新建站点".)
const REVISIT = /同第\d+行|重复申报|重复登记|不是新建站点|非新建站点/;
/** Words making a row a station not open (yet): planned, withdrawn, not built. */
// (…or still being built: a builder's 施工中, 未开工; or its site still being chosen, 选址中, 待建.)
// (…or none at all, a village list's station cells saying so: （未建站）.)
const NOT_OPEN = /未挂牌|撤回|未建成|拟建|筹建|放弃建设|施工中|建设中|未开工|选址|待建|未建站|未设站/;
/** A sheet that records works (its name or title): 施工进度, 建设进度, 验收. */
const worksRecord = oncePerRecognition((sheet, rec) => {
  const top = rec.headerRow - rec.headerRows + 1;
  let said = sheet.name;
  for (let r = 0; r < top; r++) said += ` ${rowTexts(sheet, r).join(" ")}`;
  return /进度|验收|施工/.test(said);
});
/** A station's day written as still to be fixed: 待定, 未定. */
const UNDECIDED_DAY = /^(?:待定|未定|暂未确定|待确定|待挂牌)$/;
/** …of which those saying there is no station at all yet: only planned, its site not chosen, or given up. */
const NO_STATION_YET = /撤回|拟建|放弃建设|未开工|选址|待建|未建站|未设站/;
/**
 * A character every REVISIT or NOT_OPEN wording holds (keep with them): a row without one (most
 * rows of a list of 100,000 stations) is neither, its texts not joined and compacted to look.
 */
const REVISIT_OR_NOT_OPEN = /[同重未撤拟筹放施新建选待]/;
const mayRevisitOrNotOpen = (t: string) => REVISIT_OR_NOT_OPEN.test(t);
/** Between the villages of a station's 所在村 naming several ("长来村、坪石村"). */
const SEVERAL_VILLAGES = /[、，,;；/／]+/;

export const readStation = (x: RowCtx): StationRecord | StationRecord[] | undefined => {
  // A town's stations in one cell, each with its day (./stations-in-cell): a record each.
  if (x.rec.stationCells) return listedStations(x);
  if (x.has("built") && x.yesNo("built", (v) => parseYesNo(v) ?? null) === false) {
    x.diags.repeated("info", `该村未建站点（${x.textOf("built")}），不是站点`, "未建站点的村不计为站点", x.textOf("built"), x.sheet.name, x.addr("built"));
    return undefined;
  }
  // A village's row with its station's cells blank (a village list with each village's station beside it): no station.
  if (x.has("name") && x.has("opened") && x.textOf("name") === "" && x.textOf("opened") === "") {
    x.diags.repeated("info", "站点名称和挂牌时间都空着，该行没有站点", "站点名称和挂牌时间都空着的行没有站点", "", x.sheet.name, x.addr("name"));
    return undefined;
  }
  const status = x.has("status") ? x.text("status") : undefined;
  if (status && CLOSED.test(status.replace(/\s+/g, ""))) {
    const name = x.text("name") ?? x.text("village") ?? `第 ${x.excelRow} 行`;
    x.diags.repeated("info", `站点“${name}”${status}，不计入覆盖`, "已撤销或停止运营的站点不计入覆盖", status, x.sheet.name, x.addr("status"));
    return undefined;
  }
  // A row that is a second look at a station listed above (备注: 复验（同第4行站点）), or a station not
  // open yet, with no day (未挂牌，申请撤回; （拟建）竹围村电商服务站): no new station. The words are
  // looked for in the whole row, as the list's 备注 column is none of a station list's fields.
  const said = x.anyText(mayRevisitOrNotOpen) ? compact(x.rowText()) : "";
  // (A row saying none of the words, nearly every row, is not asked about its day.)
  const revisit = said === "" ? null : REVISIT.exec(said);
  // (…or its day still to be fixed, 挂牌日期 待定: not open at any day yet.)
  const openedText = x.textOf("opened");
  const lead = openedText.charCodeAt(0);
  // (A day starts with its digit: only a cell starting otherwise is asked.)
  const undecided = openedText !== "" && !(lead >= 48 && lead <= 57) ? UNDECIDED_DAY.exec(compact(openedText)) : null;
  const notOpen = undecided ?? (said === "" || revisit || /[0-9０-９]/.test(openedText) ? null : NOT_OPEN.exec(said));
  if (revisit) {
    x.diags.repeated(
      "info",
      `第 ${x.excelRow} 行写明“${revisit[0]}”，是已列站点的复验，不是新建站点，未计入`,
      "是已列站点的复验，不是新建站点，未计入",
      revisit[0],
      x.sheet.name,
      `${x.excelRow}:${x.excelRow}`,
    );
    return undefined;
  }
  // A station only planned, its site not chosen or given up (拟建, 选址中, 未开工, 撤回): no station.
  // (…or, on a construction or acceptance record kept as the list (施工进度横道图, 站点建设进度表, 站点验收), any
  // station not open yet: its lines are works, not stations.)
  const none = notOpen ? (NO_STATION_YET.exec(said) ?? (worksRecord(x.sheet, x.rec) ? notOpen : null)) : null;
  if (none) {
    x.diags.repeated(
      "info",
      `第 ${x.excelRow} 行写明“${notOpen?.[0] ?? none[0]}”，尚未建成挂牌，不是新建站点，未计入`,
      "尚未建成挂牌，不是新建站点，未计入",
      notOpen?.[0] ?? none[0],
      x.sheet.name,
      `${x.excelRow}:${x.excelRow}`,
    );
    return undefined;
  }
  // A station being built (筹建中, 建设中, 未挂牌) is still a line of the list, as the reviewer sees it listed,
  // with no day and no coverage: ../derive leaves it out and says so.
  const pending = notOpen?.[0];
  // A list of some other network's outlets with a column for the day the e-commerce sign went up (电商站挂牌日期,
  // 加挂电商服务站牌时间): a row with none is that network's outlet, no e-commerce station.
  if (x.textOf("opened") === "" && signColumn(x.sheet, x.rec)) {
    x.diags.repeated("info", "电商站挂牌日期空白，未挂电商服务站牌，不计为站点", "未挂电商服务站牌的网点不计为站点", "", x.sheet.name, x.addr("opened"));
    return undefined;
  }
  let v = village(x, "village") ?? villageByCode(x);
  // A station sits in one village: "长来村、坪石村" counts for the first, and the clerk is told. (A
  // name with no separator, nearly every one, is one village: not split into lists to say so.)
  const parts =
    v?.name && SEVERAL_VILLAGES.test(v.name)
      ? v.name
          .split(SEVERAL_VILLAGES)
          .map((p) => p.trim())
          .filter(Boolean)
      : [];
  if (v && parts.length > 1) {
    const town = x.has("town") ? x.text("town") : undefined;
    x.diags.repeated(
      "warning",
      `站点所在村写了 ${parts.length} 个村（${v.name}），只按第一个“${parts[0]}”计入覆盖`,
      "站点所在村写了几个村，只按第一个计入覆盖",
      v.name,
      x.sheet.name,
      x.addr("village"),
    );
    v = { name: v.name, key: villageKey(stripTownPrefix(parts[0], town)) };
  }
  // 所在村 left blank where the station's name says it (紫城镇桂山村电商服务站).
  // A list without a 所在村 column at all: every station's village is read from its address (the 村委会 it
  // names: 杨梅镇大背村委会北江村村口 is 大背's, whatever natural village the station's name gives), else its name.
  const noColumn = !x.has("village");
  // (A community's station placed by its address is its community's: no village, but placed.)
  const addressed = !v && noColumn && x.has("address") ? villageInAddress(x.text("address"), true) : undefined;
  const named = addressed ?? (!v && !x.isError("village") && x.has("name") ? villageInStationName(x.text("name")) : undefined);
  if (named) {
    v = { name: named, key: villageKey(named) };
    if (addressed)
      x.diags.repeated("info", `站点清单没有“所在村”列，按站点地址计为“${named}”`, "站点清单没有“所在村”列，按站点地址中的村计", named, x.sheet.name, x.addr("address"));
    else if (noColumn)
      x.diags.repeated("info", `站点清单没有“所在村”列，按站点名称计为“${named}”`, "站点清单没有“所在村”列，按站点名称中的村计", named, x.sheet.name, x.addr("name"));
    else x.diags.repeated("info", `站点未填写所在村，按站点名称计为“${named}”`, "站点未填写所在村，按站点名称中的村计", named, x.sheet.name, x.addr("village"));
  }
  if (!v) {
    // An error value in the cell has been reported already; a blank one is said here.
    if (noColumn) x.diags.warn(`站点名称“${x.textOf("name")}”中没有村名（社区或镇上的站点），未计入覆盖`, x.sheet.name, x.addr("name"));
    else if (!x.isError("village")) x.diags.warn("站点未填写所在村，未计入覆盖", x.sheet.name, x.addr("village"));
    return undefined;
  }
  // A village's stations side by side (站点一 | 站点二, each 站点名称 | 挂牌时间): one record each filled in.
  const groups = repeatedStations(x.sheet, x.rec);
  if (groups) return stationsSideBySide(x, v, groups);
  return opt({
    source: src(x),
    name: x.text("name"),
    village: v.name,
    villageKey: v.key,
    town: x.text("town"),
    address: x.text("address"),
    contact: x.text("contact"),
    phone: x.text("phone"),
    // (A day checked again, 核实后建站时间, stands where it is filled.)
    opened: pending
      ? null
      : x.has("openedVerified") && x.textOf("openedVerified") !== ""
        ? x.date("openedVerified")
        : x.has("opened")
          ? x.date("opened")
          : x.has("batch")
            ? openedByBatch(x)
            : x.sectionDate
              ? (openedApart(x) ?? x.sectionDate)
              : null,
    pending,
  });
};

/** The village a station's statistical code names in the workbook's village list (所在村（社区）代码 | 441702102210). */
function villageByCode(x: RowCtx): { name: string; key: string } | undefined {
  const code = x.has("villageCode") ? x.textOf("villageCode").replace(/\s+/g, "") : "";
  if (code === "") return undefined;
  const name = x.rec.villageCodes?.get(code);
  if (name === undefined) {
    x.diags.repeated("warning", `所在村代码“${code}”在村居名单中没有，未计入覆盖`, "所在村代码在村居名单中没有，未计入覆盖", code, x.sheet.name, x.addr("villageCode"));
    return undefined;
  }
  x.diags.repeated("info", `所在村代码“${code}”按村居名单计为“${name}”`, "所在村按区划代码对照村居名单计", code, x.sheet.name, x.addr("villageCode"));
  return { name, key: villageKey(name) };
}

/** A village's row of stations side by side: a record for each station named or dated; none (未建站) when all are blank. */
function stationsSideBySide(x: RowCtx, v: { name: string; key: string }, groups: RepeatedGroup[]): StationRecord[] {
  const filled = groups.filter((g) => x.textIn(g.col) !== "" || (g.other !== undefined && x.textIn(g.other) !== ""));
  if (filled.length === 0) {
    x.diags.repeated("info", `“${v.name}”一行没有填写站点，不计为站点`, "站点各栏都空着的村不计为站点", v.name, x.sheet.name, `${x.excelRow}:${x.excelRow}`);
    return [];
  }
  return filled.map((g) =>
    opt({
      source: src(x),
      name: g.other === undefined ? x.text("name") : x.textIn(g.other) || undefined,
      village: v.name,
      villageKey: v.key,
      town: x.text("town"),
      opened: x.textIn(g.col) === "" ? null : g.col === x.rec.columns.opened ? x.date("opened") : x.dateIn("opened", g.col),
    }),
  );
}

/** A station's day looked up by its 挂牌批次 (./batch-days); a batch with no day found is said. */
function openedByBatch(x: RowCtx): LDate | null {
  const said = x.textOf("batch");
  if (said === "") return null;
  const day = batchOpened(said, batchDays(x.sheet, x.rec));
  if (day === undefined)
    x.diags.repeated("warning", `挂牌批次“${said}”没有查到挂牌日期，按无日期处理`, "挂牌批次没有查到挂牌日期，按无日期处理", said, x.sheet.name, x.addr("batch"));
  return day ?? null;
}

/** The day a station's remark says it opened apart from its batch: "推迟至2021年1月挂牌", "2021年1月10日开业". */
function openedApart(x: RowCtx): LDate | undefined {
  const said = x.has("remark") ? compact(x.textOf("remark")) : "";
  const m = /((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})[日号])?(?:才|正式)?(?:挂牌|开业|运营|投入运营|建成)/.exec(said);
  if (!m || !isValidDate(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]))) return undefined;
  return { y: Number(m[1]), m: Number(m[2]), ...(m[3] === undefined ? {} : { d: Number(m[3]) }) };
}

/** The stations a town's cell lists ("小岭村（2020.6.10）、上湖村（2020年8月）"), each dated by its bracket. */
function listedStations(x: RowCtx): StationRecord[] {
  const text = x.textOf("village");
  const listed = stationsIn(text);
  if (listed.length === 0) {
    if (text !== "")
      x.diags.repeated(
        "warning",
        `站点一栏“${text}”不是“村名（挂牌时间）”的写法，未计入`,
        "站点一栏不是“村名（挂牌时间）”的写法，未计入",
        text,
        x.sheet.name,
        x.addr("village"),
      );
    return [];
  }
  x.diags.repeated("info", `一格列了 ${listed.length} 个站点，各按括号内的挂牌时间计`, "一格列了几个站点，各按括号内的挂牌时间计", text, x.sheet.name, x.addr("village"));
  const town = x.text("town");
  return listed.map((s) => opt({ source: src(x), village: s.village, villageKey: villageKey(stripTownPrefix(s.village, town)), town, opened: s.opened }));
}

/** Whether a station list's day column is the day the e-commerce sign was added to another network's outlet. */
const signColumn = oncePerRecognition(
  (sheet, rec): boolean => "opened" in rec.columns && /电商(?:服务)?站挂牌|加挂/.test(compact(cellText(sheet.rows[rec.headerRow]?.[rec.columns.opened] ?? null))),
);

/** A remark striking a sign-in row out ("重复刷卡（同一人），不计", "设备调试（工作人员刷卡测试），非学员"). */
// (…or a class group's member who never sat the class: 未到课, 课后入群, 中心工作人员, 授课老师; an allowance sheet's
// trainee who never came, "未到，不发放", or one paid again for an earlier class, "第3期补发（更正卡号）".)
// (…or, on a materials sign-off, someone who took them for a trainee who never came (代领), or a trainee who came
// back later for what was lost (补领): no attendance of its own.)
const NOT_A_TRAINEE =
  // (…or a materials sign-for sheet's spare packs kept by the centre, 备用资料; a replacement pack, 不是参训.)
  // (…or a certificate register's reissue, 补发（原证书遗失）: the class counted on its first issue.)
  // (Not a session's own remark counting its lecturers, "上午、下午两位讲师": the class stands.)
  // (…or a sign-in sheet's 备注 of one who never came, 缺席: not a short attendance, 缺席半天, which still trained.)
  /不计(?!划)|非学员|不是学员|非参训|不是参训|备用资料|作废|删除|(?:测试|调试)(?![\u4e00-\u9fff]*学员)|未到课|^未到(?!期)|^(?:缺席|缺勤|缺课)(?![半上下一两\d])|未参训|未参加|课后入群|工作人员|授课老师|(?<![位名])讲师|^代领|^补领|期补发|^补发|^补办|^换发/;

/** Words of an e-commerce class: 电商培训, 网店, 直播. */
const ECOMMERCE = /电商|电子商务|网店|网销|直播|微商|跨境/;
/** Whether a training register's 类别 column sorts its classes into e-commerce ones and others (some rows of each). */
/** Days of a class and their attendances summed: "两天共99人次", "2天合计130人次". */
const DAYS_SUM = /^\s*(?:[一二两三四五六七八九十]|\d{1,2})\s*天\s*(?:共|合计|累计|计)\s*(\d[\d,]*)\s*人次?\s*$/;

/** An e-commerce class's words, its trades' own too: 短视频, 带货, 抖音. */
const ONLINE_TRADE = /电商|电子商务|网店|网销|网络营销|直播|微商|跨境|短视频|带货|抖音|快手|淘宝|拼多多|社群|新媒体/;

/**
 * A register of several kinds of class (a women's federation's 电商培训, 家政培训, 手工编织; a room's 统计年报业务培训
 * among the centre's): two or more of column `col` e-commerce ones, one or more something else.
 */
function mixedClasses(sheet: Sheet, rec: Recognition, col: number | undefined, ecommerce: RegExp, other: (t: string) => boolean): boolean {
  if (col === undefined) return false;
  let online = 0;
  let others = 0;
  for (let r = rec.headerRow + 1; r < sheet.rows.length; r++) {
    const t = cellText(sheet.rows[r]?.[col] ?? null).trim();
    if (t === "") continue;
    if (ecommerce.test(t)) online++;
    else if (other(t)) others++;
  }
  return online >= 2 && others >= 1;
}
const ecommerceTopics = oncePerRecognition((sheet, rec) => mixedClasses(sheet, rec, rec.columns.topic, ONLINE_TRADE, (t) => TRAINING_LIKE.test(t)));
const ecommerceUses = oncePerRecognition((sheet, rec) =>
  mixedClasses(sheet, rec, trainingFields(sheet, rec).use, ECOMMERCE, (t) => TRAINING_LIKE.test(t) || /技术|技艺|编织|宣讲/.test(t)),
);

/** What names a training: 培训, 课, 讲座, 实训, 班. */
const TRAINING_LIKE = /培训|培|课|讲座|研修|学习|实训|实操|训练|班/;
/** A kind of use of a room that is no training: 会议, 直播, 参观接待, 调研, 推介会. */
const NO_TRAINING_USE = /会议|例会|直播|接待|参观|调研|推介|签约|展销|发布会|座谈/;

/** No days: one list for every row that names none (read, never added to). */
const NO_DAYS: readonly LDate[] = Object.freeze([]);

/** Which of the fields a training reader asks about the sheet has: asked on each of its rows, looked up once. */
const TRAINING_FIELDS = [
  "activity",
  "approval",
  "trade",
  "date",
  "daysAttended",
  "endDate",
  "groupRole",
  "id",
  "name",
  "personTimes",
  "poor",
  "remark",
  "signature",
  "signedIn",
  "topic",
] as const;
const trainingFields = oncePerRecognition((sheet, rec): Record<(typeof TRAINING_FIELDS)[number], boolean> & { use?: number } => {
  const cols = new Set(Object.keys(rec.columns));
  const has = Object.fromEntries(TRAINING_FIELDS.map((field) => [field, cols.has(field)])) as Record<(typeof TRAINING_FIELDS)[number], boolean>;
  return { ...has, use: useColumn(sheet, rec) };
});

/**
 * A bare 类别 column no field took (a room's booking register: 电商培训 / 会议 / 直播 / 参观接待; or its 用途,
 * 网店开设与运营培训 / 党支部会议 / 新品直播发布). Read
 * apart, for a kind of use that is no training only: in a sign-in sheet the same header sorts the
 * trainees (贫困户, 返乡青年) and is read by other fields' tests.
 */
function useColumn(sheet: Sheet, rec: Recognition): number | undefined {
  if ("activity" in rec.columns) return undefined;
  const taken = new Set(Object.values(rec.columns));
  const header = sheet.rows[rec.headerRow] ?? [];
  for (let c = 0; c < header.length; c++) if (!taken.has(c) && /^(?:类别|使用类别|使用类型|用途类别|用途|使用用途)$/.test(compact(cellText(header[c] ?? null)))) return c;
  return undefined;
}

export const readTraining = (x: RowCtx): TrainingRecord | TrainingRecord[] | undefined => {
  const f = trainingFields(x.sheet, x.rec);
  // (Asked of every row, struck out or not: a row that is no trainee ends the session above it.)
  const session = f.topic && f.date && (f.name || f.id) ? sessionOfRow(x) : undefined;
  // 报名 without 签到: a sign-up, not a trainee.
  if (f.signedIn && attended(x) === false) {
    const said = x.textOf("signedIn");
    x.diags.repeated(
      "info",
      `报名未签到（${said ? `${x.header("signedIn")}：${said}` : "签到栏空白"}），不计入培训`,
      "报名未签到，不计入培训",
      x.textOf("signedIn"),
      x.sheet.name,
      x.addr("signedIn"),
    );
    return undefined;
  }
  // …or the clerk's word where the trainee would have signed (签名 | 未到, 请假): no one came.
  const signature = f.signature ? compact(x.textOf("signature")) : "";
  if (NOT_COME.test(signature)) {
    x.diags.repeated("info", `签名栏写“${signature}”，未参训，不计入培训`, "签名栏注明未到、请假的，不计入培训", signature, x.sheet.name, x.addr("signature"));
    return undefined;
  }
  // 出勤天数 0: signed up and never came (a short attendance, a failed exam, leaving early: still trained).
  if (f.daysAttended && x.textOf("daysAttended") !== "" && x.number("daysAttended", { count: true })?.isZero()) {
    x.diags.repeated("info", "出勤天数为 0（报名未参训），不计入培训", "出勤天数为 0，不计入培训", x.textOf("daysAttended"), x.sheet.name, x.addr("daysAttended"));
    return undefined;
  }
  // A class group's owner and admins run it: the centre's staff and the teacher, no trainees.
  const role = f.groupRole ? x.textOf("groupRole") : "";
  if (/群主|管理员|主持人/.test(role)) {
    x.diags.repeated("info", `${x.header("groupRole")}为“${role}”，不是学员，不计入培训`, "群主、管理员、会议主持人不是学员", role, x.sheet.name, x.addr("groupRole"));
    return undefined;
  }
  // A class's count given as 同上 (a second lecturer's line of the same class on a fee sheet): that class
  // again, not another — a count is never repeated by a ditto mark for a class of its own.
  // (…or merged down over both lines, a fee sheet's 学员人数 of a class with a lecturer each half-day.)
  const merged = f.personTimes && !f.name && !f.id && x.isMergedCopy("personTimes");
  if (f.personTimes && !f.name && !f.id && (merged || x.isDitto("personTimes"))) {
    x.diags.repeated(
      "info",
      `参训人次${merged ? "与上一行合并" : "为“同上”"}（同一期培训的另一行），不另计`,
      merged ? "参训人次与上一行合并的行不另计" : "参训人次为“同上”的行不另计",
      x.textOf("personTimes"),
      x.sheet.name,
      x.addr("personTimes"),
    );
    return undefined;
  }
  // A row the clerk's remark strikes out: a repeat, a staff test, someone who was no trainee.
  const remark = f.remark ? x.textOf("remark") : "";
  if (NOT_A_TRAINEE.test(remark)) {
    x.diags.repeated("info", `备注“${remark}”，不计入培训`, "备注注明不计的行未计入培训", remark, x.sheet.name, x.addr("remark"));
    return undefined;
  }
  // A class the labour bureau sent back (退回，不予认定) or that never opened (撤销): no one trained.
  const approval = f.approval ? x.textOf("approval") : "";
  // (…or a policy's insured struck off, 退保: signed up and never came.)
  if (/退回|撤销|不予|驳回|未通过|不通过|作废|取消|未开班|退保/.test(approval)) {
    x.diags.repeated(
      "info",
      `状态为“${approval}”，未认定或未参加，不计入培训`,
      "审核未认定（退回、撤销）或已取消的培训不计入",
      approval,
      x.sheet.name,
      x.addr("approval"),
    );
    return undefined;
  }
  // A trade that is no e-commerce (育婴员, 电工) in a register of every trade's classes.
  const trade = f.trade ? x.textOf("trade") : "";
  if (trade !== "" && !ECOMMERCE.test(trade)) {
    x.diags.repeated("info", `${x.header("trade")}为“${trade}”，不是电商培训，未计入`, "不是电商培训的工种、措施未计入", trade, x.sheet.name, x.addr("trade"));
    return undefined;
  }
  // 营销活动, 产销对接 in an activity log are no training.
  const activity = f.activity ? x.textOf("activity") : "";
  if (activity !== "" && !TRAINING_LIKE.test(activity)) {
    x.diags.repeated("info", `活动类型为“${activity}”，不是培训，未计入`, "不是培训的活动未计入", activity, x.sheet.name, x.addr("activity"));
    return undefined;
  }
  // (…and a room's register of every office's classes, 区统计局's 统计年报业务培训 among the centre's: only e-commerce ones.)
  // (A class numbered in the centre's series, "农产品品牌与包装培训（第5期）", is one of them whatever its subject.)
  const about = activity !== "" && f.topic ? x.textOf("topic") : "";
  if (about !== "" && !ONLINE_TRADE.test(about) && !/第\s*\d+\s*期/.test(about) && ecommerceTopics(x.sheet, x.rec)) {
    x.diags.repeated("info", `培训内容为“${about}”，不是电商培训，未计入`, "不是电商培训的活动未计入", about, x.sheet.name, x.addr("topic"));
    return undefined;
  }
  // A room's booking register: a use of the room that is no training (its 类别 会议, 直播, 参观接待).
  const use = f.use === undefined ? "" : cellText(x.sheet.rows[x.r]?.[f.use] ?? null).trim();
  if (use !== "" && NO_TRAINING_USE.test(use) && !TRAINING_LIKE.test(use)) {
    x.diags.repeated("info", `类别为“${use}”，不是培训，未计入`, "不是培训的活动未计入", use, x.sheet.name, cellAddress(x.r, f.use as number));
    return undefined;
  }
  // A register of several kinds of class (a women's federation's: 电商培训, 家政培训, 手工编织): only its e-commerce ones.
  if (use !== "" && !ECOMMERCE.test(use) && ecommerceUses(x.sheet, x.rec)) {
    x.diags.repeated("info", `类别为“${use}”，不是电商培训，未计入`, "不是电商培训的类别未计入", use, x.sheet.name, cellAddress(x.r, f.use as number));
    return undefined;
  }
  // An attendance register: a record for each session ticked (./attendance-grid).
  const grid = attendanceGrid(x.sheet, x.rec);
  if (grid) return attendances(x, grid);
  let personTimes = Q.ONE;
  const person = (f.name && x.textOf("name") !== "") || (f.id && x.textOf("id") !== "");
  if (f.personTimes && (x.textOf("personTimes") !== "" || !person)) {
    // A session row: its 人次. (A trainee's row in a sheet that also has a 人次 column counts 1.)
    // (…a class of several days told as their sum, "两天共99人次": that sum.)
    const written = x.textOf("personTimes");
    const summed = written.includes("天") ? DAYS_SUM.exec(toHalfWidth(written)) : null;
    const n = summed ? Q.of(Number(summed[1].replace(/,/g, ""))) : x.number("personTimes", { count: true });
    if (n === undefined) {
      if (x.textOf("personTimes") === "") x.diags.warn("培训人次未填写，该行未计入", x.sheet.name, x.addr("personTimes"));
      return undefined;
    }
    // A session nobody came to (实到 0: called off for a typhoon, moved): held for no one, no training.
    if (n.isZero() && !person) {
      x.diags.repeated(
        "info",
        `培训人次为 0${remark ? `（备注“${remark}”）` : ""}，未计入`,
        "培训人次为 0 的场次未计入",
        x.textOf("personTimes"),
        x.sheet.name,
        x.addr("personTimes"),
      );
      return undefined;
    }
    personTimes = n;
  } else if (!person) {
    return undefined;
  }
  // A trainee's row listing the sessions attended ("2020.11.5、2021.3.12"): one attendance each.
  // …or naming the sessions by their codes (①③), dated by the sheet's legend.
  const coded = person && !f.date ? legendDays(x) : undefined;
  const days = person && f.date ? sessionDays(x.textOf("date")) : (coded ?? NO_DAYS);
  const record: TrainingRecord = {
    source: src(x),
    name: x.text("name"),
    // (A session's row naming its poor trainees with their IDs in that cell has none of its own: ./listed-trainees.)
    id: f.id && !(f.personTimes && namedTrainees(x.textOf("id")).length > 0) ? idOf(x) : null,
    // (A one-day class's 结业日期 written 当天: its opening day.)
    date:
      days.length >= 1
        ? days[0]
        : ((f.endDate && x.textOf("endDate") !== "" && !SAME_DAY.test(x.textOf("endDate")) ? x.date("endDate") : undefined) ?? (coded ? null : x.date("date"))),
    topic: x.text("topic") ?? (f.trade ? x.text("trade") : undefined),
    // A session's 其中贫困户 is how many of its trainees were poor (a count), not a yes / no.
    poor: f.poor && !(f.personTimes && typeof x.raw("poor") === "number") ? x.yesNo("poor") : null,
    personTimes,
  };
  if (session?.row === "opens") {
    session.date = record.date;
    session.topic = record.topic;
  } else if (session?.date && record.date === null) {
    // A trainee under a session's first row, its 期次 and day left blank: the session's.
    const { first, date, topic } = session;
    record.date = date;
    record.topic ??= topic;
    x.diags.repeated(
      "info",
      `期次、培训日期空白，按第 ${first + 1} 行的期次（${topic ?? ""}）计，培训日期 ${formatDate(date)}`,
      "期次、培训日期空白的行按上方本期第一行的期次和日期计",
      topic ?? "",
      x.sheet.name,
      x.addr("date"),
    );
  }
  // Typed in a day late, the remark saying the day the trainee came: that day.
  const came = remark !== "" && days.length < 2 ? attendedDayIn(remark, record.date ?? null) : undefined;
  if (came) {
    x.diags.repeated("info", `备注“${remark}”，按备注的到场日期计`, "补录行按备注的到场日期计", remark, x.sheet.name, x.addr("remark"));
    record.date = came;
  }
  // A register keeping a trainee's times side by side (./repeated-times): one attendance each time filled in.
  const times = person && days.length < 2 && !came ? repeatedTimes(x.sheet, x.rec) : undefined;
  if (times) return timesAttended(x, record, times);
  if (days.length < 2) return record;
  const col = coded ? (sessionLegend(x.sheet, x.rec)?.col as number) : x.rec.columns.date;
  const said = cellText(x.sheet.rows[x.r]?.[col] ?? null);
  x.diags.repeated(
    "info",
    `同一行写了 ${days.length} 个${coded ? "场次" : "培训日期"}（${said}），按 ${days.length} 次参训计`,
    `同一行写了几个${coded ? "场次" : "培训日期"}，按每个各参训一次计`,
    said,
    x.sheet.name,
    cellAddress(x.r, col),
  );
  return days.map((date) => ({ ...record, date }));
};

/** A trainee's row of a register keeping the times side by side: one record for each time filled in. */
function timesAttended(x: RowCtx, record: TrainingRecord, times: RepeatedGroup[]): TrainingRecord | TrainingRecord[] {
  const filled = times.filter((t) => x.textIn(t.col) !== "");
  if (filled.length < 2) return filled.length === 1 && filled[0].col !== x.rec.columns.date ? { ...record, date: x.dateIn("date", filled[0].col) } : record;
  x.diags.repeated(
    "info",
    `该学员参训 ${filled.length} 次（${filled.map((t) => t.name).join("、")}各一栏），按 ${filled.length} 次参训计`,
    "同一学员各次参训分栏登记，按每次各参训一次计",
    "",
    x.sheet.name,
    `${x.excelRow}:${x.excelRow}`,
  );
  return filled.map((t) => ({
    ...record,
    date: t.col === x.rec.columns.date ? record.date : x.dateIn("date", t.col),
    topic: (t.other === undefined ? "" : x.textIn(t.other)) || record.topic,
  }));
}

/** What a clerk writes where an absent trainee would have signed: 未到, 请假, 缺席 (…（病假）). */
const NOT_COME = /^(?:未到|未来|缺席|缺勤|请假|病假|事假|旷课|未参加|未参训)(?:[（(].*[)）])?$/;

/** An end day written as the start's: 当天, 同日. */
const SAME_DAY = /^\s*(?:当天|当日|同日|同开班日期|同左)\s*$/;

/** Whether a sign-up came: its 是否签到, or a system's 考勤状态 (缺勤 did not; 迟到, 早退, 补签 did). */
function attended(x: RowCtx): boolean | null {
  // (Several sign-in columns read together, 签到时间 | 考勤状态: "08:15:11+正常".)
  const said = compact(x.textOf("signedIn")).split("+");
  // (A check terminal's 比对结果: 通过 came in, 不通过 did not — its next swipe, passed, is the one that counts.)
  // (…or a typed-up paper sheet's bare 迟, came late: came.)
  if (said.some((t) => /^(?:正常|迟到|迟|早退|补签|人工补签|已签到|出勤|批增|通过|比对通过)$/.test(t))) return true;
  // (…and a register of sign-ups' 到课: 缺, 请假, or 改期 to a later class, where it has a line of its own.)
  if (said.every((t) => /^(?:缺勤|缺席|缺$|未到|未签到|旷课|请假|未参加|批减|不通过|未通过|比对失败|改期|改报)/.test(t))) return false;
  return x.yesNo("signedIn", (v) => parseYesNo(v) ?? null);
}

/** A trainee's row of an attendance register: one record for each session ticked. */
function attendances(x: RowCtx, grid: AttendanceGrid): TrainingRecord[] {
  if (x.r < grid.firstRow) return [];
  const row = x.sheet.rows[x.r] ?? [];
  const ticked = grid.sessions.filter((s) => sat(grid, compact(cellText(row[s.col] ?? null))));
  if (ticked.length === 0) return [];
  const name = x.text("name");
  const id = x.has("id") ? idOf(x) : null;
  const poor = x.has("poor") ? x.yesNo("poor") : null;
  return ticked.map((s): TrainingRecord => ({ source: src(x), name, id, date: s.date, topic: s.label, poor, personTimes: Q.ONE }));
}

/**
 * The days of the row's session codes (场次 B, 参训期次 ①③) from the sheet's legend
 * (./session-legend); undefined without one, [] when no code it names is in the legend.
 */
function legendDays(x: RowCtx): LDate[] | undefined {
  const legend = sessionLegend(x.sheet, x.rec);
  if (!legend) return undefined;
  const said = cellText(x.sheet.rows[x.r]?.[legend.col] ?? null);
  const days: LDate[] = [];
  for (const code of codesIn(said)) {
    const day = legend.days.get(code);
    if (day) days.push(day);
    else
      x.diags.repeated(
        "warning",
        `场次“${code}”不在场次说明中，无法确定培训日期`,
        "场次不在场次说明中，无法确定培训日期",
        code,
        x.sheet.name,
        cellAddress(x.r, legend.col),
      );
  }
  return days;
}

/** The days of a cell listing several (separated by 、 ， ； or line breaks), each a full date; none when it is one. */
function sessionDays(text: string): readonly LDate[] {
  // Most cells hold one day and no separator: one look, nothing split or made (this runs on every trainee row).
  if (!/[、，,；;\n]/.test(text)) return NO_DAYS;
  const parts = text
    .split(/[、，,；;\n]+/)
    .map((t) => t.trim())
    .filter(Boolean);
  // One day with a stray separator after it ("2021.7.8、") is that day.
  if (parts.length < 2 && parts[0] === text.trim()) return NO_DAYS;
  // (A class of two days among them, "2021.6.8-9", is one attendance, on its last day.)
  const days = parts.map((t) => parseRangeEnd(t));
  return days.every((d) => d.ok && d.precision === "day") ? days.map((d) => (d as { value: LDate }).value) : NO_DAYS;
}

type StatusParse = (v: CellValue) => boolean | null | undefined;

/** The parse of a status column, reading a code as its legend under the table says (./code-legend); once per sheet and field. */
function coded(x: RowCtx, field: string, parse: StatusParse): StatusParse {
  const codes = legendFor(x, field);
  return codes.size === 0
    ? parse
    : (v) => {
        const code = codeOf(v);
        const meaning = code === undefined ? undefined : codes.get(code);
        return meaning === undefined ? parse(v) : parse(meaning);
      };
}

/** A column's code legend (./code-legend), looked for once per sheet and field. */
function legendFor(x: RowCtx, field: string): Map<string, string> {
  let byField = legendsOfSheet.get(x.rec);
  if (!byField) legendsOfSheet.set(x.rec, (byField = new Map()));
  let codes = byField.get(field);
  if (!codes) byField.set(field, (codes = codeLegend(x.sheet, x.rec.headers[field] ?? "", x.rec.headerRow + 1)));
  return codes;
}
const legendsOfSheet = new WeakMap<RowCtx["rec"], Map<string, Map<string, string>>>();

/**
 * How the migrant column reads: a 务工地点 column names places, judged against the county the roster
 * belongs to — its title's, or the one a note above the table names ("务工地点在信宜市以外的为外出务工").
 */
function migrantParse(x: RowCtx): StatusParse {
  if (!/地点|地址|务工地$|所在地/.test(x.rec.headers.migrant ?? "")) return parseMigrant;
  let read = workPlaceOfSheet.get(x.rec);
  if (!read) {
    const home = sheetTitleCounty(x.sheet, x.rec.headerRow) ?? homeInNote(x.sheet, x.rec.headerRow);
    read = (v) => parseWorkPlace(v, home);
    workPlaceOfSheet.set(x.rec, read);
  }
  return read;
}
const workPlaceOfSheet = new WeakMap<RowCtx["rec"], StatusParse>();

/**
 * A blank 务工地点 beside a 就业情况 column: what that column says (在家务农 is not away; 在校生 says
 * nothing). Only a workplace column has such a neighbour worth asking.
 */
function employedAs(x: RowCtx): boolean | null {
  if (x.textOf("migrant") !== "" || migrantParse(x) === parseMigrant) return null;
  let c = statusColumnOf.get(x.rec);
  if (c === undefined) {
    const header = x.sheet.rows[x.rec.headerRow] ?? [];
    c = header.findIndex((v, i) => i !== x.rec.columns.migrant && typeof v === "string" && /^(?:就业|务工)(?:情况|状况|状态)$/.test(compact(v)));
    statusColumnOf.set(x.rec, c);
  }
  if (c < 0) return null;
  // (A student there, "在校生" beside an empty 务工地点, is asked nothing of work.)
  if (STUDENT.test(x.textIn(c))) return null;
  return parseMigrant(x.textIn(c)) ?? null;
}
const statusColumnOf = new WeakMap<RowCtx["rec"], number>();
/** A student's word where work is asked: 在校生, 在校学生. */
const STUDENT = /在校|学生/;

/**
 * 是否务工 says only that one works, not that one is away: where a 务工地点 beside it names the place
 * (one column, or 省 | 市 | 县（市、区） under one merged head), work inside the roster's county is not
 * 外出务工 (广东省 | 汕尾市 | 陆河县 on 陆河县's roster). A 是否外出务工 column answers for itself.
 */
function workedAt(x: RowCtx, said: boolean | null): boolean | null {
  if (said !== true || /外出|在外/.test(x.rec.headers.migrant ?? "")) return said;
  const { columns, home } = workPlaceOf(x.sheet, x.rec);
  const place = columns.map((c) => x.textIn(c)).join("");
  if (!place) return said;
  // (A system's 务工区域 says it in its own words: 县外省内 and 省外 away, 乡（镇）内 and 乡（镇）外县内 not.)
  const inWords = parseMigrant(place);
  if (typeof inWords === "boolean") return inWords;
  if (!home) return said;
  return parseWorkPlace(place, home) === false ? false : said;
}

/** A status column's bare "务工" (a 防返贫 system's 务工状况: 务工 | 未务工): one works, where the place column says. */
const WORKS = /^(?:务工|已务工|在务工|务工中)$/;
const workPlaceOf = oncePerRecognition((sheet, rec): { columns: number[]; home?: TitleCounty } => {
  const header = sheet.rows[rec.headerRow] ?? [];
  const c = header.findIndex((v, i) => i !== rec.columns.migrant && typeof v === "string" && /^(?:务工|工作|就业)(?:地点|地址|地|区域|地域)$/.test(compact(v)));
  if (c < 0) return { columns: [] };
  const merged = (sheet.merges ?? []).find((m) => m.top === rec.headerRow && m.left === c && m.right > c);
  const columns = merged ? Array.from({ length: merged.right - merged.left + 1 }, (_, i) => c + i) : [c];
  return { columns, home: sheetTitleCounty(sheet, rec.headerRow) ?? homeInNote(sheet, rec.headerRow) };
});

/** A bare 务工 in the status column with a place column beside it to say where. */
function worksWherePlaceSays(x: RowCtx): boolean {
  return WORKS.test(compact(x.textOf("migrant"))) && workPlaceOf(x.sheet, x.rec).columns.length > 0;
}

/** "注：务工地点在信宜市以外的为外出务工": the county a note above the table, or in its last rows, names. */
function homeInNote(sheet: Sheet, headerRow: number): TitleCounty | undefined {
  const rows = sheet.rows;
  for (const r of [...rows.slice(0, headerRow), ...rows.slice(Math.max(headerRow + 1, rows.length - 10))]) {
    for (const v of r ?? []) {
      const m = typeof v === "string" ? /在([\u4e00-\u9fff]{2,6}?(?:县|市|区))(?:以外|之外|外)/.exec(v) : null;
      if (m) return { name: m[1], short: m[1].slice(0, -1) };
    }
  }
  return undefined;
}

/** The days a roster says its person was trained (参训日期: "2020.10.15、2020.11.12"), when it has such a column. */
function trainedDays(x: RowCtx): LDate[] | undefined {
  if (!x.has("trainedOn") || x.textOf("trainedOn") === "") return undefined;
  const days = severalDays(x.textOf("trainedOn"));
  if (days) return days;
  const day = x.date("trainedOn");
  return day ? [day] : undefined;
}

export const readPoorPerson = (x: RowCtx): PoorPersonRecord | PoorPersonRecord[] | undefined => {
  const id = idOf(x);
  // (Each asked as boxes to tick, 有 | 无 under 劳动能力: the option ticked — ./box-groups.)
  const row = x.sheet.rows[x.r] ?? [];
  const labourBox = x.has("labour") ? tickedOption(x.sheet, x.rec, "labour", row) : undefined;
  const migrantBox = x.has("migrant") ? tickedOption(x.sheet, x.rec, "migrant", row) : undefined;
  const labour =
    labourBox !== undefined
      ? boxAnswer(labourBox, parseLabour)
      : x.has("labour")
        ? x.yesNo("labour", coded(x, "labour", parseLabour))
        : (labourInWorkCell(x) ?? labourInStatus(x));
  // (Who cannot work, said in the 务工 cell itself, "无劳动能力", has no 务工 answer.)
  const unable = !x.has("labour") && labour === false;
  const migrant = unable
    ? null
    : migrantBox !== undefined
      ? boxAnswer(migrantBox, parseMigrant)
      : x.has("migrant")
        ? (workedAt(x, worksWherePlaceSays(x) ? true : x.yesNo("migrant", coded(x, "migrant", migrantParse(x)))) ??
          employedAs(x) ??
          (labour !== false && x.textOf("migrant") === "" && blankIsNoWork(x.sheet, x.rec) ? false : null))
        : workInLabourCell(x);
  const head =
    !id && !x.text("name") ? undefined : opt({ source: src(x), name: x.text("name"), id, labour, migrant, village: x.text("village"), trainedOn: trainedDays(x) });
  const cell = x.has("members") ? x.text("members") : undefined;
  if (!cell) return head;
  // A roster kept by household: the other members, listed in one cell, are people of the roster too.
  const { members, withoutId } = householdMembers(cell);
  if (withoutId.length > 0)
    x.diags.repeated("warning", `家庭成员“${withoutId[0]}”没有身份证号，未计入`, "家庭成员没有身份证号，未计入", withoutId[0], x.sheet.name, x.addr("members"));
  const people = members.map((m) => {
    const parsed = parseIdNumber(m.id);
    const labour = parseLabour(m.after.replace(/[，,、\s—-]+/g, " ").trim() || null);
    return opt({
      source: src(x),
      id: parsed.ok ? parsed.id : null,
      labour: typeof labour === "boolean" ? labour : null,
      migrant: migrantIn(m.after),
      village: x.text("village"),
    });
  });
  return head ? [head, ...people] : people;
};

/** A ticked option's words read as the field reads them (有 labour, 县外务工 away); no box ticked, no answer. */
function boxAnswer(option: string | null, parse: (v: string) => boolean | null | undefined): boolean | null {
  return option === null ? null : (parse(option) ?? null);
}

/**
 * …and a roster with no 劳动能力 column of its own both in its 务工 column, 劳动力及务工状况: 有劳动能力（在家）,
 * 有劳动能力（县外务工）, 无劳动能力 — the ability before the bracket.
 */
function labourInWorkCell(x: RowCtx): boolean | null {
  const text = x.has("migrant") ? x.text("migrant") : undefined;
  if (!text || !/劳动能力|劳动力|劳力/.test(text)) return null;
  const said = parseLabour(text.split(/[（(·・，,]/)[0].trim());
  return typeof said === "boolean" ? said : null;
}

/** A note saying a blank work cell is no work away: "空白为未务工", "未填写的为未外出务工" (above the roster or under it). */
const blankIsNoWork = oncePerRecognition((sheet, rec): boolean => {
  const notes = [...sheet.rows.slice(0, rec.headerRow), ...sheet.rows.slice(Math.max(rec.headerRow + 1, sheet.rows.length - 10))];
  return notes.some((row) =>
    (row ?? []).some((v) => typeof v === "string" && /(?:空白|空格|未填写?|不填)的?(?:为|表示|即|是)(?:未|不|没有|无)(?:外出)?务工/.test(compact(v))),
  );
});

/** A status column's header that answers work and, with no 劳动能力 column, ability too: 就业状态, 2021年务工状况. */
const STATUS_HEADER = /^(?:\d{4}年)?(?:就业|务工)(?:情况|状况|状态)$/;

/**
 * A roster whose only column for both is a status, 就业状态: 在家务农, 区内务工, 外出务工（省外）, 在校学生,
 * 年老无劳动能力. Who works has the ability; a student, the old, the sick and the disabled have not; other words
 * (待业, 在家) say nothing of it.
 */
function labourInStatus(x: RowCtx): boolean | null {
  if (!x.has("migrant") || !STATUS_HEADER.test(compact(x.rec.headers.migrant ?? ""))) return null;
  const text = compact(x.textOf("migrant"));
  if (text === "") return null;
  if (STUDENT.test(text) || /无劳动|丧失|无劳力|残疾|重病|年老|老年/.test(text)) return false;
  return /务农|务工|打工|灵活就业|公益性?岗|零工|经商|自主创业|^就业/.test(text) ? true : null;
}

/**
 * A roster with no 务工 column of its own may say both in its 劳动力状况 cell:
 * 有劳动能力·外出务工（深圳）, 有劳动能力·在家务农. Who cannot work has no 务工 answer.
 */
function workInLabourCell(x: RowCtx): boolean | null {
  const text = x.has("labour") ? x.text("labour") : undefined;
  if (!text || !/务工|务农|外出|在家|打工|零工|返乡|公益岗|公益性岗位/.test(text) || parseLabour(text.split(/[·・]/)[0]) === false) return null;
  // (…or in brackets after the ability, 有劳动能力（外出务工） / 有劳动能力（在家）.)
  return migrantIn(text.replace(/[·・（()）]/g, " "));
}

/** 务工情况 among a member's words (外出务工（东莞）, 在家务农, 在校生): yes, no, or not said. */
function migrantIn(words: string): boolean | null {
  for (const w of words.split(/[，,、；;\s]+/)) {
    // (…nor a student's "在校生" beside 无劳动力: asked nothing of work.)
    if (w === "" || /劳动|劳力/.test(w) || STUDENT.test(w)) continue;
    const m = parseMigrant(w);
    if (typeof m === "boolean") return m;
  }
  return null;
}

const LEFT_WORDS = /已退出|退出|迁出|迁离|退园|搬离|撤出|注销|退租|搬出/;

/** An applicant the park did not take in, or who did not come: 不同意, 暂缓, 放弃入驻. */
// (…or deferred to a later meeting, 缓议, or not yet reviewed, 待评审.)
// (…or a negotiation ledger's progress, 洽谈中, 终止洽谈, 已签约待入驻: talks and a contract are no moving in.)
const NOT_ADMITTED = /^不同意|^暂缓|^缓议|^待评审|^待审|放弃入驻|未入驻|撤回申请|不予入驻|^洽谈中|^在谈|^终止洽谈|^意向|待入驻$/;
const NEVER_CAME_IN = /未(?:实际)?(?:入园|入驻|进驻)/;
/** A remark saying this very row is void: "本行作废", "本份作废，重签见…", "此笔作废". */
const THIS_ROW_VOIDED = /(?:本|此|该)[份行笔条张]已?作废/;

/** "已迁出（2021.4）", "2021年6月已迁出", "已于2021年1月15日搬离园区": gone, and when if it says. */
function leftIn(text: string | undefined): { gone: boolean; when?: LDate } {
  if (text === undefined || !LEFT_WORDS.test(text) || /未(?:退出|迁出|迁离|搬离)/.test(text)) return { gone: false };
  const said = dateInRemark(text);
  const when = said !== undefined ? parseDate(said) : undefined;
  return when?.ok ? { gone: true, when: when.value } : { gone: true };
}

/** The days a 入驻及退出情况 cell gives: each part's date, by the word after it (入驻 / 退出, 迁出). */
function movementOf(text: string | undefined): { entered?: LDate; left?: LDate } {
  const out: { entered?: LDate; left?: LDate } = {};
  // (A bracket is an aside of its own, a move between rooms: "2021-04-12 入驻（2021-07-01 由301室迁至205室）".)
  for (const part of (text ?? "").replace(/[（(][^（()）]*[)）]/g, "").split(/[，,；;、\n]/)) {
    const said = dateInRemark(part);
    const d = said !== undefined ? parseDate(said) : undefined;
    if (!d?.ok) continue;
    if (/入驻|入园|进驻/.test(part)) out.entered ??= d.value;
    else if (LEFT_WORDS.test(part) && !/未(?:退出|迁出|迁离|搬离)/.test(part)) out.left ??= d.value;
  }
  return out;
}

/** A park's own facility on its list of firms: 公共服务用房, 公共仓储, 配套用房. */
const PARK_FACILITY = /^(?:公共服务用房|公共用房|公共仓储|公共配套|配套用房|园区自用|管理用房|公共区域)$/;

const PARK_OWN_NAME = /^(?:公共区域|公共部分|公摊部分|(?:服务)?中心自用|园区自用|运营方自用)(?:[（(].*[)）])?$/;

/** A room's remark saying it is no firm's: 公共区域, 公共服务区域, 自用. */
const PARK_OWN_REMARK = /^(?:公共区域|公共服务区域|公共部分|公用|自用|园区自用|中心自用|服务中心自用|不属入驻企业)[。.]?$/;

/** A firm's leaving written in brackets after its name: "…有限公司（2021年5月迁出）", "…（2021.9.20退园）". */
const LEFT_AFTER_NAME = /^(.+?)\s*[（(]([^（()）]*(?:已退出|退出|迁出|迁离|退园|搬离|撤出|退租|搬出)[^（()）]*)[)）]\s*$/;

export const readEnterprise = (x: RowCtx): EnterpriseRecord | undefined => {
  const written = x.text("name");
  if (!written) return undefined;
  // (The name without it; when it left, as a remark saying so would.)
  const afterName = LEFT_AFTER_NAME.exec(written);
  const name = afterName ? afterName[1] : written;
  // A park's list by room keeps its empty rooms on their rows: （空置）, 空置（装修中）, （空置，装修中）, 待租.
  if (VACANT.test(name.replace(/\s+/g, ""))) {
    x.diags.repeated("info", `“${name}”是空置房间，不是入驻企业`, "空置房间不是入驻企业", name, x.sheet.name, x.addr("name"));
    return undefined;
  }
  // A bill-sharing table's shared areas and the centre's own rooms, 公共区域（走廊、电梯）, 服务中心自用（培训室…）.
  if (PARK_OWN_NAME.test(name.replace(/\s+/g, ""))) {
    x.diags.repeated("info", `“${name}”是园区公共或自用部分，不是入驻企业`, "园区公共或自用部分不是入驻企业", name, x.sheet.name, x.addr("name"));
    return undefined;
  }
  // A room register's rooms in common or the park's own use, or kept empty (状态 公用 / 自用 / 空置 / 预留): no firm.
  const roomState = x.has("status") ? compact(x.textOf("status")) : "";
  if (/^(?:公用|自用|空置|预留|闲置)$/.test(roomState)) {
    x.diags.repeated("info", `“${name}”状态为“${roomState}”，不是入驻企业`, "公用、自用或空置的房间不是入驻企业", name, x.sheet.name, x.addr("status"));
    return undefined;
  }
  // The park's own rooms kept on its list (园区公共仓储中心, its 类型 公共服务用房): no firm moved in.
  const type = x.has("type") ? compact(x.textOf("type")) : "";
  if (PARK_FACILITY.test(type)) {
    x.diags.repeated("info", `“${name}”类型为“${type}”，是园区自有设施，不是入驻企业`, "园区自有设施不是入驻企业", name, x.sheet.name, x.addr("type"));
    return undefined;
  }
  const remark = x.has("remark") ? x.text("remark") : undefined;
  // …or a room whose remark says it is the park's in common (101 农特产品展示中心（服务中心自用） | 公共区域).
  if (remark !== undefined && PARK_OWN_REMARK.test(compact(remark))) {
    x.diags.repeated("info", `“${name}”备注“${remark}”，是园区公共或自用部分，不是入驻企业`, "园区公共或自用部分不是入驻企业", name, x.sheet.name, x.addr("remark"));
    return undefined;
  }
  // A registry export lists by name a firm registered at the park's address that never came in
  // (集群注册（住所托管），未实际入园): no firm of the park.
  if (remark !== undefined && NEVER_CAME_IN.test(remark)) {
    x.diags.repeated("info", `“${name}”备注“${remark}”，不是入驻企业`, "备注未实际入园，不是入驻企业", name, x.sheet.name, x.addr("name"));
    return undefined;
  }
  // An admission review's applicant with no day it moved in, refused, deferred or withdrawn (评审结论 不同意 /
  // 暂缓, 签约后放弃入驻): no firm of the park. (One deferred and admitted later has its own row then.)
  if (x.has("entered") && x.textOf("entered").replace(/^[—–\-－/]+$/, "") === "" && x.anyText((t) => NOT_ADMITTED.test(t))) {
    x.diags.repeated(
      "info",
      `“${name}”没有入驻日期，未实际入驻（评审未同意、暂缓、放弃入驻或仍在洽谈），不是入驻企业`,
      "评审未同意、暂缓、放弃入驻或仍在洽谈的企业不是入驻企业",
      name,
      x.sheet.name,
      x.addr("name"),
    );
    return undefined;
  }
  // A paper its remark voids ("单位名称漏“区”字，本份作废，重签见…"): the one signed again counts.
  if (remark !== undefined && (/^已?作废/.test(remark) || THIS_ROW_VOIDED.test(remark))) {
    x.diags.repeated("info", `“${name}”备注“${remark}”，该行作废，未计入`, "备注作废的行未计入入驻企业", name, x.sheet.name, x.addr("remark"));
    return undefined;
  }
  const byStatus = afterName ? leftIn(afterName[2]) : leftIn(x.has("status") ? x.text("status") : undefined);
  // Without a 退出日期 column, a remark may say the firm left, and when.
  const byRemark = x.has("left") ? { gone: false } : leftIn(remark);
  // "2020.10入驻，2021.6退出（合同到期）": both days in one cell, each said with its word.
  const moved = x.has("movement") ? movementOf(x.text("movement")) : undefined;
  // 登记状态 注销 / 迁出 beside its 核准日期: the registry's day, more exact than a remark's month.
  const approved = byStatus.gone && byStatus.when === undefined && x.has("approved") ? (x.date("approved") ?? undefined) : undefined;
  // (A deposit refunded because the firm left the park, 退还原因 退园: the refund's day is its exit.)
  const refundedOnLeaving = x.has("refunded") && x.has("refundReason") && /退园|迁出|退出|退租/.test(x.textOf("refundReason")) ? x.date("refunded") : null;
  const stay = x.has("stay") ? stayOf(x.textOf("stay")) : undefined;
  const left = x.has("left") ? x.date("left") : (moved?.left ?? stay?.left ?? byStatus.when ?? approved ?? byRemark.when ?? refundedOnLeaving ?? null);
  // A change log's row: the event's day is the entry or the exit (the rows made one firm each by readLedgers).
  const event = x.has("change") ? changeEvent(x.textOf("change")) : undefined;
  const day = event && x.has("changed") ? x.date("changed") : null;
  return opt({
    source: src(x),
    name,
    creditCode: x.text("creditCode")?.toUpperCase().replace(/\s+/g, ""),
    type: boxedType(x) ?? x.text("type") ?? x.sectionTitle,
    entered: event
      ? event === "in"
        ? day
        : null
      : x.has("entered")
        ? x.date("entered")
        : (moved?.entered ?? stay?.entered ?? (x.has("term") ? termStart(x.textOf("term")) : null)),
    // (An event's row may still give the firm's exit in a 退租日期 column of its own.)
    left: event ? (event === "out" ? day : x.has("left") ? x.date("left") : null) : left,
    leftByStatus: !event && (byStatus.gone || byRemark.gone || moved?.left !== undefined),
  });
};

const STAY_PARTS = /\s*(?:—+|–|－|~|～|至(?!今)|到)\s*/;

/**
 * A firm's stay in one cell, "2020.10—2021.6", "2020.9.15—至今", "2021.3—": when it came in, and when it left
 * (none while the end says 至今 / 今 or is left open). Undefined when the start is no day.
 */
function stayOf(text: string): { entered: LDate; left?: LDate } | undefined {
  // (A hyphen parts the two only where nothing else does: 2020-09-15 is one day.)
  const [from, to = ""] = STAY_PARTS.test(text) ? text.split(STAY_PARTS) : text.split(/\s*-\s*(?=\D|(?:19|20)\d{2}|$)/);
  const start = from ? parseDate(from) : undefined;
  if (!start?.ok) return undefined;
  const end = /^(?:至今|今|现在|目前)?$/.test(to.trim()) ? undefined : parseDate(to);
  return end?.ok ? { entered: start.value, left: end.value } : { entered: start.value };
}

/** The first day of a term ("2020.7.1-2023.6.30", "2020年8月1日至2023年7月31日"): when the firm came in. */
function termStart(term: string): LDate | null {
  // (A hyphen parts the term only where no other mark does: "2021-02-06～2024-02-05" is cut at its ～.)
  const first = (/[—–~～至到]/.test(term) ? term.split(/\s*(?:—+|–|~|～|至|到)\s*/) : term.split(/\s*-\s*/))[0];
  const d = first ? parseDate(first) : undefined;
  return d?.ok ? d.value : null;
}

/** The installments of a contract's row that were paid: a date and an amount, not 待付 or —. */
function paidInstallments(x: RowCtx, pairs: Installment[], unit: "元" | "万元", project: string | undefined): FundRecord[] {
  const row = x.sheet.rows[x.r] ?? [];
  const out: FundRecord[] = [];
  for (const p of pairs) {
    const amountCell = row[p.amount] ?? null;
    const said = cellText(amountCell);
    if (said === "" || /^[—–\-－/]+$|待付|未付/.test(said)) continue;
    const amount = parseNumber(amountCell, { unit });
    if (!amount.ok) {
      x.diags.warn(`${p.name}的金额“${said}”不是可读的数字，该期未计入`, x.sheet.name, cellAddress(x.r, p.amount));
      continue;
    }
    // A day still to come (2022年8月（计划）, 预计9月): planned, not paid.
    const dayText = cellText(row[p.date] ?? null);
    // (…or one waiting on a condition, 待验收后支付.)
    if (/计划|预计|拟于|未到期|^待.{0,8}支付/.test(dayText)) {
      x.diags.repeated(
        "info",
        `${p.name}的付款日期“${dayText}”是计划，不是已付，该期未计入`,
        "分期付款日期是计划，不是已付，未计入",
        dayText,
        x.sheet.name,
        cellAddress(x.r, p.date),
      );
      continue;
    }
    const day = parseDate(row[p.date] ?? null);
    out.push(opt({ source: src(x), date: day.ok ? day.value : null, project, category: p.name, amount: amount.value }) as FundRecord);
  }
  return out;
}

const VACANT = /^[（(]?(?:空置|空房|待租|未出租|闲置)(?:[)）]|[（(，,、].*[)）]?)?$/;

/** The type ticked in a row of type boxes (./type-marks), when the list keeps its types so. */
function boxedType(x: RowCtx): string | undefined {
  const read = markedType(x.sheet, x.rec);
  return read?.(x.sheet.rows[x.r] ?? []);
}

/** A voucher line's account that is spending (专项支出—…, 管理费用), not the bank's or a revenue's. */
const EXPENSE_ACCOUNT = /支出|费用|成本|在建工程/;
/** The bank's or the cash's account, the other side of a payment. */
const MONEY_ACCOUNT = /银行存款|库存现金|零余额/;
/**
 * Both sides of each entry kept (a spending account's lines and the bank's): a voucher journal. (A single account's
 * detail, 专项应付款 paid out on its debit side line after line, is read by its columns as any book.)
 */
const voucherJournal = oncePerRecognition((sheet, rec) => {
  const col = rec.columns.account as number;
  const accounts = sheet.rows.slice(rec.headerRow + 1, rec.headerRow + 201).map((row) => compact(cellText(row?.[col] ?? null)));
  return accounts.some((a) => MONEY_ACCOUNT.test(a)) && accounts.some((a) => EXPENSE_ACCOUNT.test(a));
});

export const readFund = (x: RowCtx): FundRecord | FundRecord[] | undefined => {
  const kind = `${x.text("category") ?? ""}`;
  const flow = x.has("flow") ? compact(x.textOf("flow")) : "";
  // A row of funds coming in (下达, 收到, 利息), not paid out: no disbursement.
  if (INCOME_WORDS.test(kind.replace(/\s+/g, "")) || INCOME_WORDS.test(flow)) {
    x.diags.info(`第 ${x.r + 1} 行是资金下达（${kind || flow}），不是拨付，未计入支出`, x.sheet.name, x.addr(kind ? "category" : "flow"));
    return undefined;
  }
  // A payment order voided or sent back by the bank paid nothing (its reissue is a row of its own);
  // one from other money (市级配套) is not the special funds'.
  const status = compact(x.textOf("status"));
  const source = compact(x.textOf("fundSource"));
  // (A remark saying so counts only on a row with no day paid: "含退回部分" beside a payment's day is no void;
  // one that opens with it is the row's status, dated or not: "退票（收款人账号有误），11月13日重开".)
  const remark = remarkOfUndatedRow(x) || voidingRemark(x);
  const notPaid = VOIDED.test(status) ? status : VOIDED.test(remark) ? remark : OTHER_MONEY.test(source) ? source : undefined;
  if (notPaid) {
    x.diags.repeated(
      "info",
      `第 ${x.excelRow} 行为“${notPaid}”，未计入专项资金拨付`,
      "作废、退票和非省级专项资金的支付不计入拨付",
      notPaid,
      x.sheet.name,
      `${x.excelRow}:${x.excelRow}`,
    );
    return undefined;
  }
  // A payment announced before it is made (验收款30%，拟拨付; 拨付日期 （公示期满后拨付）): planned, not
  // paid — the next notice pays it, with its day.
  const dayText = x.has("date") ? compact(x.textOf("date")) : "";
  // (The day is parsed only for a remark saying so: not on every row of the ledger.)
  const inRemark = x.has("remark") ? PLANNED_PAYMENT.exec(compact(x.textOf("remark"))) : null;
  const planned = PLANNED_PAYMENT.exec(dayText) ?? (inRemark && !parseDate(dayText).ok ? inRemark : null);
  if (planned) {
    x.diags.repeated(
      "info",
      `第 ${x.excelRow} 行写明“${planned[0]}”，是计划拨付，不是已拨付，未计入`,
      "计划拨付（拟拨付、公示期满后拨付）不是已拨付，未计入",
      planned[0],
      x.sheet.name,
      `${x.excelRow}:${x.excelRow}`,
    );
    return undefined;
  }
  // A 单位 column saying each row's unit (元 or 万元) over the table's.
  const own = x.has("amountUnit") ? compact(x.textOf("amountUnit")) : "";
  const unit = own === "万元" || own === "元" ? own : x.rec.unit === "万元" ? "万元" : "元";
  // (…or a voucher's, from its head line: ./rows voucherDay.)
  const date = () => (x.has("date") || x.has("month") || x.sectionDate ? x.date("date") : null);
  const record = (amount: Q, project = x.text("project")): FundRecord => opt({ source: src(x), date: date(), project, category: x.text("category"), amount });
  // A voucher journal, a line per account (借 专项支出—公共服务中心 | 贷 银行存款): the expense line's debit is the
  // payment; the bank's credit on the same voucher, a receipt's lines and the interest are the entries' other sides.
  const account = x.has("account") && x.has("income") && voucherJournal(x.sheet, x.rec) ? compact(x.textOf("account")) : "";
  if (account !== "") {
    if (!EXPENSE_ACCOUNT.test(account)) {
      x.diags.repeated(
        "info",
        `第 ${x.excelRow} 行是“${account}”科目的分录，不是支出，未另计拨付`,
        "凭证中非支出科目的分录不另计拨付",
        account,
        x.sheet.name,
        `${x.excelRow}:${x.excelRow}`,
      );
      return undefined;
    }
    const debit = x.textOf("income") === "" ? undefined : x.number("income", { unit });
    return debit === undefined ? undefined : record(debit);
  }
  // An account book's row with nothing paid: money received, or a 结转 line; said, not counted.
  const paysOn = x.rec.bookPaysOn;
  const summary = x.textOf("project").replace(/\s+/g, "");
  if (paysOn && x.textOf("amount") === "" && !x.isError("amount")) {
    const received = x.textOf("income");
    // A payment sent back by the bank (退汇) and paid again: the return takes the first payment off.
    const back = RETURNED.test(summary) ? x.number("income", { unit }) : undefined;
    if (back !== undefined) {
      x.diags.info(`第 ${x.excelRow} 行是退回的拨付（${summary}），从已拨付中扣除`, x.sheet.name, x.addr("income"));
      return record(Q.ZERO.sub(back));
    }
    const what = received === "" ? `没有${paysOn}金额` : `是收入（${otherSide(paysOn)} ${received}）`;
    x.diags.repeated(
      "info",
      `第 ${x.excelRow} 行${what}，不是拨付，未计入支出`,
      `${received === "" ? `没有${paysOn}金额的行` : "收入行"}不是拨付，未计入支出`,
      String(x.excelRow),
      x.sheet.name,
      `${x.excelRow}:${x.excelRow}`,
    );
    return undefined;
  }
  // A voucher's entry of the funds coming in (收到…资金指标, credited to 财政拨款收入): no payment, whichever side it is on.
  if (paysOn && INCOME_WORDS.test(summary)) {
    x.diags.repeated(
      "info",
      `第 ${x.excelRow} 行是收入（${summary}），不是拨付，未计入支出`,
      "收入行不是拨付，未计入支出",
      String(x.excelRow),
      x.sheet.name,
      `${x.excelRow}:${x.excelRow}`,
    );
    return undefined;
  }
  // A bank statement's own lines (手续费, 结息) and payments from the county's matching funds (区级配套)
  // beside the programme's: not the special funds' disbursements.
  if (paysOn && NOT_A_DISBURSEMENT.test(summary)) {
    x.diags.repeated(
      "info",
      `第 ${x.excelRow} 行（${summary}）不是省级专项资金的拨付，未计入`,
      "手续费、结息和配套资金支出不计入专项资金拨付",
      summary,
      x.sheet.name,
      x.addr("project"),
    );
    return undefined;
  }
  // A register of the running total after each payment (累计已拨付): the rise since the row before.
  if (isRunningTotal(x.rec)) return paidByRise(x, unit, record);
  // A contract's installments side by side (第一期 | 第二期 | 第三期, each 支付日期 | 金额): one payment each.
  const installments = installmentColumns(x.sheet, x.rec);
  if (installments) return paidInstallments(x, installments, unit, x.text("project"));
  // 拨付项目及金额 merged over a column per project: the row's amount is in its project's column.
  const byProject = projectColumns(x);
  if (byProject) {
    let amount: Q | undefined;
    let project: string | undefined;
    for (const [c, name] of byProject) {
      const v = x.sheet.rows[x.r]?.[c] ?? null;
      const n = cellText(v) === "" ? undefined : parseNumber(v, { unit });
      if (!n?.ok) continue;
      amount = (amount ?? Q.ZERO).add(n.value);
      project ??= name || x.text("project");
    }
    return amount === undefined ? undefined : record(amount, project);
  }
  // 拨付金额（万元）| 拨付金额（元）: one amount written in either; the other column when this one is blank.
  const twin = x.textOf("amount") === "" && !x.isError("amount") ? amountTwin(x) : undefined;
  const twinCell = twin ? (x.sheet.rows[x.r]?.[twin.col] ?? null) : null;
  const amount = twin && cellText(twinCell) !== "" ? parseNumber(twinCell, { unit: twin.unit }) : undefined;
  if (amount?.ok) return record(amount.value);
  // A contract's payments written in its one cell, each with its day (./payments-in-cell).
  const said = x.textOf("amount");
  if (said.length > 12) {
    const payments = paymentsInCell(said, unit);
    if (payments.length > 0) return payments.map((p) => opt({ source: src(x), date: p.date, project: x.text("project"), amount: p.amount }) as FundRecord);
  }
  if (/^(?:未|尚未|暂未)(?:付|支付|拨付)/.test(said)) {
    x.diags.info(`第 ${x.excelRow} 行没有已付的款项（“${said.slice(0, 20)}”），未计入拨付`, x.sheet.name, x.addr("amount"));
    return undefined;
  }
  // A month with nothing paid in a table kept one row a month (当月拨付 — or 0): no payment.
  const monthly = /月份/.test(x.rec.headers.date ?? "");
  if (monthly && /^[—–\-－/]+$/.test(said)) return undefined;
  const paid = x.number("amount", { unit });
  if (monthly && paid?.isZero()) return undefined;
  return paid === undefined ? undefined : record(paid);
};

/** A running total's row (./running-total): the payment it adds, or what it says instead. */
function paidByRise(x: RowCtx, unit: "元" | "万元", record: (amount: Q) => FundRecord): FundRecord | undefined {
  const total = x.number("amount", { unit });
  if (total === undefined) return undefined;
  const step = stepOf(x.rec, x.r, total, x.rowText());
  if (step.kind === "paid") return step.keep(record(step.amount));
  if (step.kind === "corrected") {
    const was = step.mended ? `，第 ${step.mended.source.row} 行的拨付按更正后计为 ${step.mended.amount.toFixed(2)} 元` : "";
    x.diags.info(`第 ${x.excelRow} 行更正累计已拨付数，不是拨付${was}`, x.sheet.name, x.addr("amount"));
    return undefined;
  }
  x.diags.repeated(
    "info",
    `第 ${x.excelRow} 行累计已拨付数未变，不是拨付`,
    "累计已拨付数未变的行不是拨付",
    String(x.excelRow),
    x.sheet.name,
    `${x.excelRow}:${x.excelRow}`,
  );
  return undefined;
}

/** The same amount's column in the other unit (拨付金额（元） beside 拨付金额（万元）), once per sheet. */
function amountTwin(x: RowCtx): { col: number; unit: "元" | "万元" } | undefined {
  if (!twinOfSheet.has(x.rec)) twinOfSheet.set(x.rec, findAmountTwin(x));
  return twinOfSheet.get(x.rec);
}
const twinOfSheet = new WeakMap<RowCtx["rec"], { col: number; unit: "元" | "万元" } | undefined>();

function findAmountTwin(x: RowCtx): { col: number; unit: "元" | "万元" } | undefined {
  const col = x.rec.columns.amount;
  if (col === undefined) return undefined;
  const header = x.sheet.rows[x.rec.headerRow] ?? [];
  const own = splitUnit(header[col] ?? null);
  const ownUnit = own.unit ?? x.rec.unit ?? "元";
  for (let c = 0; c < header.length; c++) {
    if (c === col || Object.values(x.rec.columns).includes(c)) continue;
    const other = splitUnit(header[c] ?? null);
    if ((other.unit === "元" || other.unit === "万元") && other.unit !== ownUnit && normalizeLabel(other.label) === normalizeLabel(own.label))
      return { col: c, unit: other.unit };
    // 支付金额（小写）| 支付金额（大写）: a voucher's amount in words, in 元 (its 小写 left blank, "以大写为准").
    if (inWords(header[c] ?? null, own.label)) return { col: c, unit: "元" };
  }
  return undefined;
}

/** A header naming the amount in 大写 beside its 小写 one: 支付金额（大写）, 金额大写, 大写金额. */
function inWords(v: CellValue, own: string): boolean {
  const t = normalizeLabel(cellText(v));
  if (!t.includes("大写")) return false;
  const base = t.replace(/[（(]?大写[)）]?/, "");
  return base === "" || base === "金额" || base === normalizeLabel(own).replace(/[（(]?小写[)）]?/, "");
}

/** A chat message answering or notifying, no report: 收到👌, [OK], 好的, @所有人 …. */
const CHAT_REPLY = /^\s*(?:收到|好的|已阅|谢谢|\[OK\]|OK\b|@所有人)/i;

/** Words of a payment still to be made: 拟拨付, 待拨付, 公示期满后拨付, 计划拨付. */
const PLANNED_PAYMENT = /拟(?:拨付|支付|付款)|待拨付|期满后(?:拨付|支付)|计划(?:拨付|支付)/;
/**
 * A payment's status saying it paid nothing: 已作废, 已退票, 撤销, 未支付 (…or a retention's "验收满一年后支付，未付": the
 * clause its own, not a part's, 尾款未付).
 */
const VOIDED = /作废|退票|退回|撤销|未支付|(?:^|[，,；;])\s*(?:尚)?未付款?[。.]?$|未清算|未拨付|退汇|审核中|待审核|待支付|未审核|审批中|不予拨付|不予支付/;
/** Money that is not the provincial special funds: 市级配套, 县级自筹, the office's own budget (部门预算（公用经费）). */
const OTHER_MONEY = /配套|自筹|(?:市|县|区)级(?!专项)|本级|部门预算|公用经费|基本支出|行政经费/;

/** A 摘要 saying the money came back: 退汇, 退回, 冲回. */
const RETURNED = /^(?:退汇|退回|冲回|退款)/;
/** A 摘要 of a line that is no disbursement of the special funds: bank fees, interest, matching funds. */
const NOT_A_DISBURSEMENT = /手续费|工本费|^结息|^(?:区|县|市)级配套|^配套资金/;

/** The project columns under a merged amount header (拨付项目及金额 over 中心 | 站点 | 物流…), with their names; once per sheet. */
function projectColumns(x: RowCtx): [number, string][] | undefined {
  if (!projectsOfSheet.has(x.rec)) projectsOfSheet.set(x.rec, findProjectColumns(x));
  return projectsOfSheet.get(x.rec);
}
const projectsOfSheet = new WeakMap<RowCtx["rec"], [number, string][] | undefined>();

function findProjectColumns(x: RowCtx): [number, string][] | undefined {
  const col = x.rec.columns.amount;
  if (col === undefined) return undefined;
  const top = x.rec.headerRow - x.rec.headerRows + 1;
  const m = x.sheet.merges?.find((g) => g.top === top && g.bottom === top && g.left <= col && col <= g.right && g.right > g.left);
  if (!m) return undefined;
  // The project names: the header's lower row, or (a header taken as one row) the row of names under it.
  const names = x.sheet.rows[x.rec.headerRows >= 2 ? x.rec.headerRow : x.rec.headerRow + 1] ?? [];
  const out: [number, string][] = [];
  for (let c = m.left; c <= m.right; c++) {
    const name = names[c];
    if (typeof name !== "string" || cellText(name) === "") return undefined;
    out.push([c, cellText(name)]);
  }
  // A total and its parts (合计 | 其中：省级 | 县级配套) are one amount told twice, not projects; so is an amount in
  // figures and in words (报账金额 over 小写 | 大写: amountTwin reads the words where the figures are blank).
  if (out.some(([, name]) => /其中|本次|累计|^[（(]?[小大]写[)）]?$/.test(name.replace(/\s+/g, "")))) return undefined;
  // Projects with the payment's 合计 after them (中心建设 | 站点建设 | … | 合计, or a book's 借方合计): the 合计 is the payment.
  const total = out.filter(([, name]) => /^(?:[借贷]方|支出|拨付)?(?:合计|小计|总计)/.test(name.replace(/\s+/g, "")));
  if (total.length === 1 && out.length >= 3) return [[total[0][0], ""]];
  return total.length > 0 ? undefined : out;
}

export const readReport = (x: RowCtx): ReportRecord | undefined => {
  // A paper that came in (收, 收文) is no report sent.
  const direction = x.has("direction") ? x.textOf("direction").replace(/\s+/g, "") : "";
  if (/^收/.test(direction)) {
    x.diags.repeated("info", `收文（${direction}），不是报送，未计入`, "收到的文件不是报送，未计入", direction, x.sheet.name, x.addr("direction"));
    return undefined;
  }
  // (…or an archive file's index, its 备注 saying which came in: 来文 beside 报云浮市商务局.)
  const remark = x.has("remark") ? x.textOf("remark") : "";
  const came = compact(remark);
  if (/^(?:来文|收文|来函)$/.test(came)) {
    x.diags.repeated("info", `备注“${came}”，是收到的文件，不是报送，未计入`, "收到的文件不是报送，未计入", came, x.sheet.name, x.addr("remark"));
    return undefined;
  }
  // An operation log's line that sent nothing: a login, a save, an export, the city's own 审核通过.
  // A content system's operation log: only a 发布 that succeeded put a page up (新建, 编辑, 审核 are the back office's).
  const action = x.has("action") ? compact(x.textOf("action")) : "";
  if (action !== "" && !SUBMITTING.test(action)) {
    x.diags.repeated("info", `操作类型为“${action}”，不是提交报送，未计入数据上报`, "不是提交报送的操作未计入数据上报", action, x.sheet.name, x.addr("action"));
    return undefined;
  }
  // A task not submitted (待办, 已截止（未提交）): nothing went. (逾期提交 went, late.)
  const status = x.has("status") ? compact(x.textOf("status")) : "";
  if (NOT_SUBMITTED.test(status)) {
    x.diags.repeated("info", `任务状态为“${status}”，未报送，未计入数据上报`, "未提交的报送任务未计入", status, x.sheet.name, x.addr("status"));
    return undefined;
  }
  // 数据上报 counts the reports to the city's commerce bureau: a log shared with the operator also
  // holds its monthly reports to the county's own bureau (报送对象：区经济促进局), which are not those.
  // (Ticked, one column per recipient under a merged 报送对象: the columns ticked.)
  const ticked = x.has("recipient") ? tickedRecipients(x.sheet, x.rec, x.r) : undefined;
  const to = ticked ?? (x.has("recipient") ? x.text("recipient") : undefined);
  if (ticked === "") {
    x.diags.repeated("info", "报送对象一栏都没有打勾，未计入数据上报", "报送对象都没有打勾的报送未计入", String(x.excelRow), x.sheet.name, `${x.excelRow}:${x.excelRow}`);
    return undefined;
  }
  // (A recipient known by its number or the code a fax machine keeps, 0663-8262xxx, JY SWJ DSK, is not told by it.)
  if (to && /[\u4e00-\u9fff]/.test(to) && !ticked?.split("、").some(toTheCity) && !toTheCity(to)) {
    x.diags.repeated("info", `报送给“${to}”，不是市商务主管部门，未计入数据上报`, "报送对象不是市商务主管部门的报送未计入", to, x.sheet.name, x.addr("recipient"));
    return undefined;
  }
  const content = x.text("content");
  // A chat's reply or notice (收到👌, [OK], the city's "@所有人 春节期间2月月报可与3月合并报送"): no report went.
  if (x.has("speaker") && CHAT_REPLY.test(content ?? "")) {
    x.diags.repeated(
      "info",
      `消息“${quote(content ?? "", 20)}”是回复或通知，不是报送，未计入数据上报`,
      "聊天记录中的回复、通知不是报送，未计入",
      content ?? "",
      x.sheet.name,
      x.addr("content"),
    );
    return undefined;
  }
  // A document number left unused in a 发文登记簿 (（空号）, 此号作废): nothing was sent under it.
  if (content && VOID_NUMBER.test(compact(content))) {
    x.diags.repeated("info", `“${content}”：此文号未发文，未计入数据上报`, "空号、作废的文号未计入", content, x.sheet.name, x.addr("content"));
    return undefined;
  }
  // A line its remark voids (盖章错位，作废; 撤回): the stamping redone on the next line went instead.
  // (Not a remark on another month, "2月春节期间未报送": only the line's own stamping voided.)
  if (/作废|撤回/.test(remark)) {
    x.diags.repeated("info", `备注“${remark}”，未计入数据上报`, "备注作废、撤回的报送未计入", remark, x.sheet.name, x.addr("remark"));
    return undefined;
  }
  // In a register of everything mailed, most of it the monthly reports, a paper that is no report of
  // the programme's work (a funds request, a trade analysis, an event's summary) is none — nor one of
  // the programme's that is no report of its progress (经验做法的函, 验收报告, 工作总结, 自评报告).
  // (A title, not a word or two: "补报" says how the month's report went.)
  if (content && content.length >= 8 && !isProgressReport(content) && mostlyMonthlyReports(x.sheet, x.rec)) {
    x.diags.repeated("info", `“${quote(content, 24)}”不是工作进展月报，未计入数据上报`, "不是工作进展月报的文件未计入数据上报", content, x.sheet.name, x.addr("content"));
    return undefined;
  }
  // A month's line with nothing sent (实际报送时间 "—", no content; 未报): the month had no report.
  const sent = x.has("date") ? compact(x.textOf("date")) : undefined;
  // (A blank day says less: the day may be in another column, 粤政易 | 政务邮箱 | 纸质.)
  if (!content && sent !== undefined && NOTHING_SENT.test(sent)) {
    x.diags.repeated("info", `报送日期为“${sent}”且没有报送内容，该行未计入数据上报`, "没有报送日期和内容的行未计入", sent, x.sheet.name, x.addr("date"));
    return undefined;
  }
  // A month's line whose report went with another's (blank day, "春节假期，与2月合并报送"): no report of its own.
  if (sent === "" && MERGED_INTO_ANOTHER.test(remark)) {
    x.diags.repeated(
      "info",
      `报送日期空着，备注“${quote(remark, 24)}”，该行不是一次报送`,
      "与其他月份合并报送、本身没有报送日期的行未计入",
      remark,
      x.sheet.name,
      x.addr("remark"),
    );
    return undefined;
  }
  // No 含电商扶贫统计 column: "10月份月报（含电商扶贫数据）" says it in the content (silence says nothing).
  // (…and a column listing each report's parts, 工作进展、电商扶贫统计 | 工作进展: a row without it went without.)
  const parts = partsColumn(x.sheet, x.rec);
  // (…or a 送文簿's 附件, the statistics table sent with a report named there, 无 where none went.)
  const attached = parts === undefined ? attachmentsColumn(x.sheet, x.rec) : undefined;
  const poverty = x.has("poverty")
    ? x.yesNo("poverty", containsOrNot)
    : parts !== undefined
      ? /扶贫/.test(cellText(x.sheet.rows[x.r]?.[parts] ?? null))
      : attached !== undefined
        ? attachedOrNot(cellText(x.sheet.rows[x.r]?.[attached] ?? null))
        : // (An operation log names each form submitted: the poverty statistics are their own form, the month's
          // report without them none.)
          // (…as does a system's record of forms submitted, 月报 and 电商扶贫情况统计表 each a row of its own.)
          (x.has("action") || formsByRow(x.sheet, x.rec)) && content
          ? /扶贫/.test(content)
          : content
            ? povertyInWords(content)
            : null;
  // (…its month in a 报送月份 column of its own, 2020年12月 beside 1月10日.)
  const date =
    sentAfterItsMonth(x, content) ??
    sentInStatus(x, status) ??
    (x.has("period") ? sentAfterItsMonth(x, x.text("period")) : undefined) ??
    x.date("date") ??
    (x.has("period") ? x.date("period") : null);
  return opt({ source: src(x), date, content, poverty });
};

/** A remark saying a month's report went with another month's: 与2月合并报送, 并入3月报送. */
const MERGED_INTO_ANOTHER = /合并报送|合并上报|并入|一并报送|一并上报/;

/** A 电商扶贫统计 cell saying whether the statistics went with the report: 含 / 不含 as well as 是 / 否. */
function containsOrNot(v: CellValue): boolean | null | undefined {
  const t = compact(cellText(v));
  if (/^(?:不含|未含|没含|无)$/.test(t)) return false;
  if (/^(?:含|已含|包含|附)$/.test(t)) return true;
  return parseYesNo(v);
}

/**
 * A report's day sent, its month and day ([, month, day]) after the month it covers ([, year, month]): in
 * that year, or the next when the day's month comes before it (December's report went in January).
 */
function sentAfter(covered: RegExpExecArray, sent: RegExpExecArray): LDate | undefined {
  const year = Number(covered[1]) + (Number(sent[1]) < Number(covered[2]) ? 1 : 0);
  const day = monthDayIn(year, `${sent[1]}月${sent[2]}日`);
  return day?.ok ? day.value : undefined;
}

/**
 * A report's day in brackets after its status, as month.day ("已报送（9.6）", the sheet's note saying 括号内为报送日期),
 * of the month its 报告月份 names or after: December's report sent （1.12） went in the next January.
 */
function sentInStatus(x: RowCtx, status: string): LDate | undefined {
  const sent = /^已(?:报送|上报|报)[（(](\d{1,2})[.．月](\d{1,2})日?[)）]$/.exec(status);
  const covered = sent && x.has("period") ? /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月/.exec(x.text("period") ?? "") : null;
  return sent && covered ? sentAfter(covered, sent) : undefined;
}

/**
 * A report's day written without its year ("9月7日"), its content naming the month it reports on
 * ("2020年8月份…月报", "2021年1—2月份…"): the year of that month, or the next when the day's month comes
 * before it (December's report went in January).
 */
function sentAfterItsMonth(x: RowCtx, content: string | undefined): LDate | undefined {
  if (!content || !x.has("date")) return undefined;
  // (compact writes full-width digits, １１月６日, half-width.)
  const sent = /^(\d{1,2})月(\d{1,2})[日号]?$/.exec(compact(x.textOf("date")));
  const covered = /((?:19|20)\d{2})\s*年\s*(?:\d{1,2}\s*[—\-－~～至到]\s*)?(\d{1,2})\s*月/.exec(content);
  return sent && covered ? sentAfter(covered, sent) : undefined;
}
/**
 * A recipient at the city's level: the level named last before the office (云浮市商务局, 市商务主管部门;
 * not 区经济促进局 or 云浮市云城区经济促进局), or a 商务 office whose level is not said.
 */
function toTheCity(to: string): boolean {
  // (A county-level city's own offices, 吴川市人民政府办公室, are the county's: no prefecture by that name.)
  const city = /^([\u4e00-\u9fff]{2,3}?)市/.exec(to.trim());
  if (city && !PREFECTURES.test(city[1])) return false;
  // Another of the city's departments (韶关市财政局) is not its commerce bureau.
  if (!/商务/.test(to) && /财政|发改|发展和改革|农业农村|统计|人社|人力资源|税务|审计|交通运输|乡村振兴|扶贫|市场监管/.test(to)) return false;
  // (市场 and 城市 name no level: 广东省商务厅市场体系建设处 is the province's.)
  const levels = [...to.replace(/县级市|市场|城市/g, "").matchAll(/[省市县区]/g)].map((m) => m[0]);
  const level = levels[levels.length - 1];
  return level === "市" || (level === undefined && /商务/.test(to));
}

/** A task's state saying it was not submitted. */
// (A fax that did not go through: NG, 忙, 无应答.)
/** An operation that sends: 提交, 上报, 报送 (not 审核通过, 保存, 导出, 登录). */
const SUBMITTING = /^(?:提交|上报|报送|发送|重新提交|补报)$/;
// (…or a system's 失败：校验未通过, its reason after the word.)
const NOT_SUBMITTED = /待办|未提交|未报送|未单独报送|未单独上报|未上报|未填报|未办|未完成|草稿|暂存|^(?:NG|忙|无应答|失败|发送失败)(?:$|[：:（(，,])/i;
const NOTHING_SENT = /^(?:[—–\-－/]+|无|未报|未报送|未上报)$/;

/** What a report of the programme's work says it is. */
// (…or names the month it reports on: "12月份及全年工作总结".)
const REPORT_WORDS = /月报|月度|进展|进度|工作情况|统计|电子商务进农村|电商进农村|示范|补报|重报|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?(?:及|的|工作|报告|情况)/;

/** A paper of the programme that is no report of its month's progress. */
const NOT_A_PROGRESS_REPORT = /经验|案例|工作总结|验收报告|自评报告|考评工作的通知|采购合同/;

/**
 * A title of a report of the programme's progress — not another paper, nor one of the programme's
 * own that reports no progress, nor an official letter on other business ("关于春节期间生活必需品市场
 * 供应保障工作情况的报告": 工作情况, but not the programme's).
 */
function isProgressReport(title: string): boolean {
  // (A clerk's note that it is none: "（培训班报名回执，不是月报）".)
  if (!REPORT_WORDS.test(title) || /(?:不是|并非|非)(?:工作进展)?月报/.test(title)) return false;
  // (A month's report sent with the year's summary, "12月份工作进展及2020年工作总结", is the month's report.)
  if (/月报|进展|进度|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?/.test(title)) return true;
  if (NOT_A_PROGRESS_REPORT.test(title)) return false;
  return !/^关于/.test(title) || /(?:电子商务|电商)进农村/.test(title);
}

/** A register whose contents are mostly monthly reports (three or more 月报 among its lines), once per sheet. */
const mostlyMonthlyReports = oncePerRecognition((sheet, rec): boolean => {
  const c = rec.columns.content;
  let monthly = 0;
  let other = 0;
  for (let r = rec.headerRow + 1; r < sheet.rows.length; r++) {
    const t = cellText(sheet.rows[r]?.[c] ?? null);
    if (t === "") continue;
    // (…or the tasks a city sets each month: "关于报送2021年8月电子商务进农村综合示范工作进展情况的通知".)
    if (/月报/.test(t) || /(?:电子商务|电商)进农村/.test(t)) monthly++;
    else other++;
  }
  return monthly >= 3 && monthly > other;
});

/**
 * A column of what each report held, its parts listed ("工作进展、电商扶贫统计", "工作进展"), some rows naming
 * the poverty statistics: where a row's list leaves them out, that report went without them.
 */
const partsColumn = oncePerRecognition((sheet, rec): number | undefined => {
  const c = (sheet.rows[rec.headerRow] ?? []).findIndex((v) => /^(?:报送内容|所含内容|内容组成)$/.test(cellText(v ?? null).trim()));
  if (c < 0) return undefined;
  let listed = 0;
  let poverty = 0;
  for (let r = rec.headerRow + 1; r < sheet.rows.length; r++) {
    const t = cellText(sheet.rows[r]?.[c] ?? null).trim();
    if (t === "") continue;
    // (Titles are no lists: "10月份月报（含电商扶贫数据）" says it or says nothing.)
    // (…a list of three, 工作月报、电商统计表、电商扶贫统计表, is one still.)
    if (t.length > 30 || /[《》（）()]/.test(t)) return undefined;
    if (/[、+＋]/.test(t)) listed++;
    if (/扶贫/.test(t)) poverty++;
  }
  return listed > 0 && poverty > 0 ? c : undefined;
});

/**
 * A report log whose rows are the forms submitted, a few form names over and over (电子商务进农村工作进展月报,
 * 电商扶贫情况统计表): the poverty statistics a form of their own, the month's report without them.
 */
const formsByRow = oncePerRecognition((sheet, rec): boolean => {
  const c = rec.columns.content;
  if (c === undefined) return false;
  const names = new Set<string>();
  for (let r = rec.headerRow + 1; r < sheet.rows.length; r++) {
    const t = compact(cellText(sheet.rows[r]?.[c] ?? null));
    if (t === "") continue;
    if (t.length > 24) return false;
    names.add(t);
    if (names.size > 6) return false;
  }
  const forms = [...names];
  // (A form of the statistics alone, not a report saying it holds them: "10月份月报（含电商扶贫数据）" is a report.)
  return forms.some((t) => /扶贫/.test(t) && !/月报|进展|工作情况/.test(t)) && forms.some((t) => !/扶贫/.test(t));
});

/** A report log's column of what went with each report (附件), some rows naming the poverty statistics. */
const attachmentsColumn = oncePerRecognition((sheet, rec): number | undefined => {
  const c = (sheet.rows[rec.headerRow] ?? []).findIndex((v) => /^(?:附件|附件名称|所附附件|随文附件)$/.test(cellText(v ?? null).trim()));
  if (c < 0) return undefined;
  for (let r = rec.headerRow + 1; r < sheet.rows.length; r++) if (attachedPoverty(cellText(sheet.rows[r]?.[c] ?? null)) === true) return c;
  return undefined;
});

/** A row's attachments in such a column: the table named, yes; other files only, no; a blank cell, nothing said. */
function attachedOrNot(said: string): boolean | null {
  return said.trim() === "" ? null : (attachedPoverty(said) ?? false);
}

/**
 * What a report's attachment says of its poverty statistics: a 贫困户 / 扶贫 table went with it, 无 none.
 * (Null for other files; in a column where other rows attach the table, the row read says none went: 鹤山's
 * sent mail, 月报.docx alone before the statistics began.)
 */
function attachedPoverty(said: string): boolean | null {
  const t = said.trim();
  if (/扶贫|贫困/.test(t)) return true;
  // (A blank cell records nothing: no attachment said, none denied.)
  return /^(?:无|没有|无附件|—|－|-|\/)$/.test(t) ? false : null;
}

const VOID_NUMBER = /^[（(]?(?:空号|作废|已作废|废号|此号作废|本号作废|此号未用|未使用)[)）]?$/;
const POVERTY_IN_CONTENT = /扶贫(?:数据|统计|情况|信息)|(?:含|附|及)[^，,；;]{0,6}扶贫/;
// (…or after it: "扶贫统计表本月未附".)
// (…or sent on its own: "（电商扶贫统计表另报）".)
const POVERTY_LEFT_OUT = /(?:未附|未含|没有附|不含)[^。；;]{0,8}扶贫|扶贫(?:数据|统计|情况|信息)[^。；;，,]{0,6}(?:未附|未含|没附|没有附|未报|另报|单独报送)/;

/**
 * What a report's own words say of its poverty statistics: "月报（含电商扶贫数据）" went with them,
 * "（未附扶贫统计表，市局同意下月一并报送）" without, and words that name none say nothing.
 */
export function povertyInWords(text: string): boolean | null {
  if (POVERTY_LEFT_OUT.test(text)) return false;
  return POVERTY_IN_CONTENT.test(text) ? true : null;
}

export const readDisclosure = (x: RowCtx): DisclosureRecord | undefined => {
  // A sub-section's name among a copied column's links (【建设进度】): a heading, no post.
  if (x.has("title") && !x.has("date") && SUB_SECTION.test(x.textOf("title").trim())) return undefined;
  // A column's own pages (栏目首页, 子栏目页) hold what was posted; only an information page is a post.
  const page = x.has("pageType") ? compact(x.textOf("pageType")) : "";
  if (/栏目|首页|列表/.test(page) && !/信息页|内容页|详情页/.test(page)) {
    x.diags.repeated("info", `页面类型为“${page}”，不是发布的信息，不计为专栏更新`, "栏目页不是发布的信息，不计为专栏更新", page, x.sheet.name, x.addr("pageType"));
    return undefined;
  }
  // A content system's operation log: only a 发布 that succeeded put a page up (新建, 编辑, 审核 are the back office's).
  const action = x.has("action") ? compact(x.textOf("action")) : "";
  const failed = action !== "" && x.has("result") && /失败|错误|异常/.test(x.textOf("result"));
  if (action !== "" && (failed || !/^(?:发布|上线|上网|发布上线|重新发布)$/.test(action))) {
    x.diags.repeated(
      "info",
      `操作类型为“${action}”${failed ? "（失败）" : ""}，不是发布，不计为专栏更新`,
      "后台操作（新建、编辑、审核）不是发布，不计为专栏更新",
      action,
      x.sheet.name,
      x.addr("action"),
    );
    return undefined;
  }
  // A sitemap's list pages (…/index.html, index_2.html) are the column's own pages, no article posted.
  const link = x.has("link") ? x.textOf("link").trim() : "";
  if (/\/index(?:_\d+)?\.s?html?$/i.test(link)) {
    x.diags.repeated("info", `“${link}”是栏目列表页，不是发布的信息，不计为专栏更新`, "栏目列表页不是发布的信息，不计为专栏更新", link, x.sheet.name, x.addr("link"));
    return undefined;
  }
  // A system's export: a draft or an item awaiting review was never published.
  const status = x.has("status") ? x.textOf("status") : "";
  if (/草稿|待审|审核中|未发布|不予发布|不发布|未通过|退回|撤回|已删除/.test(status)) {
    x.diags.repeated("info", `状态为“${status}”，未发布，不计为专栏更新`, "未发布的信息不计为专栏更新", status, x.sheet.name, x.addr("status"));
    return undefined;
  }
  // A register of approvals: an item withdrawn before it went up ("撤稿，未发布") has no day of its own.
  const remark = x.has("remark") ? x.textOf("remark") : "";
  // (…or the day's own cell says so: "未发布（9月2日撤稿，待省考评后公开）".)
  const day = x.textOf("date");
  // (A web page list's own column home page, 发布时间 "—（栏目页）": the column itself, no update of it.)
  if (/栏目(?:首)?页/.test(day) && !/\d/.test(day)) {
    x.diags.repeated("info", `发布时间为“${day}”，是专栏首页，不计为专栏更新`, "专栏首页不计为专栏更新", day, x.sheet.name, x.addr("date"));
    return undefined;
  }
  // (A log a month a row: a month without an update, its day and what went up dashed, 2021年2月 | 0 | — | —.)
  const titled = (x.text("title") ?? "").trim();
  // (…or its title saying so, — | （本月无更新）.)
  if (isDash(day.trim()) && (titled === "" || isDash(titled) || /^[（(]?(?:本月|当月|该月)?(?:未|没有|无)更新[)）]?$/.test(compact(titled)))) {
    x.diags.repeated("info", `发布日期为“${day.trim()}”，该行没有更新，未计入`, "没有更新的月份未计入", day.trim(), x.sheet.name, x.addr("date"));
    return undefined;
  }
  // (…or its count 0, 2021年2月 | 0 | （无）.)
  if (x.has("count") && /^[0０]$/.test(x.textOf("count").trim())) {
    x.diags.repeated("info", `${day.trim()}更新条数为 0，该月没有更新，未计入`, "没有更新的月份未计入", day.trim(), x.sheet.name, x.addr("count"));
    return undefined;
  }
  // (…or the month's day cell saying none went up, "（国庆长假，本月未更新）".)
  if (!/\d{1,2}\s*[日号]|[./-]\d/.test(day) && /(?:本月|当月|该月)?(?:未|没有|无)更新|暂停更新/.test(day)) {
    x.diags.repeated("info", `发布日期为“${day}”，该月没有更新，未计入`, "没有更新的月份未计入", day, x.sheet.name, x.addr("date"));
    return undefined;
  }
  if (/^(?:未发布|未上网|未挂网|撤稿|已撤稿|撤回)/.test(day)) {
    x.diags.repeated("info", `发布日期为“${day}”，未发布，不计为专栏更新`, "未发布的信息不计为专栏更新", day, x.sheet.name, x.addr("date"));
    return undefined;
  }
  // (…or to go up later, "拟于9月上旬发布": not yet; or taken down and put up again corrected, "已撤回：…更正后重发":
  // the corrected one, on its own row, is the update.)
  // (A diary's remark on the day's entry, "未发布": the entry was a draft, whatever day it was written.)
  // (…its day dashed alike: "—" | "审批未通过，撤回，未发布".)
  const dayless = day === "" || isDash(day.trim());
  if (
    (/未发布|撤稿|撤回|未上网|未挂网/.test(remark) && dayless) ||
    (day === "" && /^(?:拟|计划|预计|待)/.test(remark)) ||
    /^(?:未发布|未上网|未挂网)[。.]?$/.test(remark.trim())
  ) {
    x.diags.repeated("info", `备注“${remark}”，未发布，不计为专栏更新`, "未发布的信息不计为专栏更新", remark, x.sheet.name, x.addr("remark"));
    return undefined;
  }
  if (WITHDRAWN.test(remark)) {
    x.diags.repeated("info", `备注“${remark}”，已撤回，不计为专栏更新`, "已撤回的信息不计为专栏更新", remark, x.sheet.name, x.addr("remark"));
    return undefined;
  }
  // A diary's entry on the column that posted nothing: a draft sent up for review, the column paused.
  const title = x.text("title") ?? "";
  if (/(?:暂停|停止)更新|起草[^。；;]{0,30}送[^。；;]{0,10}审/.test(title)) {
    x.diags.repeated("info", `“${title}”没有发布信息，不计为专栏更新`, "起草送审、暂停更新不计为专栏更新", title, x.sheet.name, x.addr("title"));
    return undefined;
  }
  // …and what it published under the site's other columns (新闻中心 > 部门动态) is no update of the 专栏.
  const column = x.text("column");
  if (column && !/电子商务|电商|示范/.test(column) && sheetHasDemoColumn(x)) {
    x.diags.repeated("info", `栏目为“${column}”，不是电子商务进农村专栏，未计入`, "其他栏目的信息未计入", column, x.sheet.name, x.addr("column"));
    return undefined;
  }
  return opt({ source: src(x), date: x.date("date"), title: x.text("title"), column, link: x.text("link") });
};

/** Whether some row of the sheet is under the programme's own column (once per sheet). */
const demoColumns = new WeakMap<object, boolean>();
function sheetHasDemoColumn(x: RowCtx): boolean {
  let has = demoColumns.get(x.sheet);
  if (has === undefined) {
    const c = x.rec.columns.column as number;
    has = x.sheet.rows.some((row, r) => r > x.rec.headerRow && /电子商务|电商|示范/.test(cellText(row?.[c] ?? null)));
    demoColumns.set(x.sheet, has);
  }
  return has;
}

export const readMaterial = (x: RowCtx): MaterialRecord | undefined => {
  // The city's table of every county's papers (县（市、区） | 稿件标题 | 报送日期), kept by one county: only its own
  // rows, marked in its own column (本县 ★) or named as the county its title names.
  const county = x.has("county") ? compact(x.textOf("county")) : "";
  if (x.has("own") && compact(x.textOf("own")) === "") {
    x.diags.repeated("info", `“${county || `第 ${x.excelRow} 行`}”的稿件未标为本县，未计入`, "未标为本县的稿件未计入", county, x.sheet.name, x.addr("own"));
    return undefined;
  }
  const home = county === "" || x.has("own") ? undefined : titleCounty(x);
  if (home && !county.startsWith(home)) {
    x.diags.repeated("info", `“${county}”的稿件，不是本县（${home}）报送的材料，未计入`, "其他县（市、区）的稿件未计入", county, x.sheet.name, x.addr("county"));
    return undefined;
  }
  // 案例总结 counts what went to the city's commerce bureau: one sent to another office (县委办公室信息科) is not it.
  const to = x.has("recipient") ? x.text("recipient") : undefined;
  if (to && !/商务/.test(to)) {
    x.diags.repeated("info", `材料报送给“${to}”，不是市商务局，未计入`, "报送对象不是市商务局的材料未计入", to, x.sheet.name, x.addr("recipient"));
    return undefined;
  }
  // (A paper withdrawn before it went, "（撤回，未报送）", went nowhere whatever day it was logged on.)
  const written = x.has("remark") ? compact(x.textOf("remark")) : "";
  const remark = remarkOfUndatedRow(x) || (WITHDRAWN.test(written) ? written : "");
  if (NOT_SENT.test(remark) || WITHDRAWN.test(remark)) {
    x.diags.repeated("info", `备注“${remark}”，材料未报送，未计入`, "备注注明未报送的材料未计入", remark, x.sheet.name, x.addr("remark"));
    return undefined;
  }
  // (…or its day's own cell saying it has not gone: 未报送, 待报送.)
  const day = x.has("date") ? compact(x.textOf("date")) : "";
  if (/^(?:未|待|尚未|暂未)(?:报送|上报|报)/.test(day)) {
    x.diags.repeated("info", `报送日期为“${day}”，材料未报送，未计入`, "报送日期注明未报送的材料未计入", day, x.sheet.name, x.addr("date"));
    return undefined;
  }
  // A news item (工作动态) is no experience or case paper.
  const category = x.has("category") ? compact(x.textOf("category")) : "";
  if (NEWS_ITEM.test(category) && !/经验|案例|做法/.test(category)) {
    x.diags.repeated("info", `类别为“${category}”，不是经验材料或典型案例，未计入`, "工作动态类信息不是经验材料，未计入", category, x.sheet.name, x.addr("category"));
    return undefined;
  }
  return opt({ source: src(x), date: x.date("date"), title: x.text("title"), unit: x.text("unit") ?? to });
};

/**
 * A remark opening with the row's voiding ("退票（…），11月13日重开", "作废：大小写金额不符"), or saying
 * anywhere that this very row is void ("凭证号填错，本行作废，见下行"), else "".
 */
function voidingRemark(x: RowCtx): string {
  const said = x.has("remark") ? compact(x.textOf("remark")) : "";
  return /^(?:已?作废|已?退票|退汇)(?![^，,；;。]*(?:部分|已重新|后重))/.test(said) || THIS_ROW_VOIDED.test(said) ? said : "";
}

/**
 * A row's remark when the row has a date column left blank or dashed ("" otherwise): what the remark says
 * of the row (退回, 作废, 未报) stands only where no day says it went all the same.
 */
function remarkOfUndatedRow(x: RowCtx): string {
  return x.has("remark") && x.has("date") && /^[—–\-－/／\s]*$/.test(x.textOf("date")) ? compact(x.textOf("remark")) : "";
}

/** A remark saying a paper was not sent (yet): 未报, 未报送, 拟…报送, 待报. */
const NOT_SENT = /未报|未送|未发|拟.{0,8}报送|待报|暂缓/;
/** A paper withdrawn before it went: "（撤回，未报送）", "已撤回". */
const WITHDRAWN = /^[（(]?已?撤回/;
/** A news item of the desk's, not a paper on its experience: 工作动态, 动态信息, 简讯. */
const NEWS_ITEM = /动态|简讯|快讯|新闻/;

/** Kinds of source that are no outlet: a personal account, a forum or a bar, a government website. */
const NO_OUTLET = /^(?:自媒体|个人账号|论坛|贴吧|网友|政府网站|政府门户网站)/;

/** A header naming a level of media and nothing else ("省级媒体", "区（县）级"). */
export const LEVEL_HEADER = /^(?:国家级|中央级|中央|全国|省级|省|市级|地市级|县级|区级|区[（(]县[)）]级|县[（(](?:市、?)?区[)）]级)(?:媒体|媒体报道|报道)?$/;

/** 国家/中央/央视 → national, 省 → province, 市 → city, 县/区/镇 → county. */
export function mediaLevel(text: string | undefined): MediaLevel | null {
  if (!text) return null;
  const t = text.replace(/\s+/g, "");
  // (县（市）级, 县（市、区）级: the county's level, a county-level city's too.)
  if (/^县[（(]/.test(t)) return "county";
  if (/国家|中央|全国|央视|央媒|央级|人民日报|新华/.test(t)) return "national";
  if (/省/.test(t)) return "province";
  // "陆丰市级": a 市 that is no prefecture (a county-level city) is its county's own level.
  const named = /^([\u4e00-\u9fff]{2,4}市)级?$/.exec(t);
  if (named && !PREFECTURES.test(named[1])) return "county";
  if (/市/.test(t) && !/县级市/.test(t)) return "city";
  if (/县|区|镇|县级市/.test(t)) return "county";
  return null;
}

/**
 * A media list without a 级别 column: the level the outlet's name shows (人民日报, 央视 → national;
 * 南方日报, 广东卫视 → province; 韶关日报, 市融媒体中心 → city; 县融媒体中心, 县电视台 → county).
 * `county`: the county's own name without 县/市 (翁源), whose outlets (翁源电视台) are county outlets.
 */
export function outletLevel(outlet: string | undefined, county?: string): MediaLevel | null {
  if (!outlet) return null;
  // (An account named in quotes, "“江门发布”微信公众号", is named by what is inside them.)
  const t = outlet.replace(/\s+/g, "").replace(/^[“"「『]/, "");
  // (学习强国's own platforms: the national one 全国（总）平台, a province's 广东学习平台 and its cities' channels.)
  if (/学习强国/.test(t) && /广东|学习平台|省|市|县/.test(t) && !/全国|总平台/.test(t)) return "province";
  if (/人民日报|人民网|新华|央视|CCTV|中央|中国(?!.*(?:省|市|县))|经济日报|光明日报|农民日报|学习强国(?!.*(?:省|市|县|平台))|学习强国.{0,2}(?:全国|总平台)/i.test(t))
    return "national";
  // The national outlets' English names, as an English report's clipping lists them.
  if (/^(?:Xinhua|CGTN|CCTV|China\s*Daily|China\s*News|People'?s\s*Daily|Global\s*Times|ECNS|CRI|China\s*Radio)/i.test(outlet.trim())) return "national";
  if (/^广东|南方|羊城|金羊|省/.test(t)) return "province";
  if (/县|区融媒|镇/.test(t) || (county && t.startsWith(county))) return "county";
  if (PREFECTURES.test(t) || /市|日报|晚报|电视台/.test(t)) return "city";
  return null;
}

/** A media table's columns of titles by level, under one group header (国家级 | 省级 | 市级 | 区级): column → level. */
const levelColumns = oncePerRecognition((sheet, rec): Map<number, MediaLevel> | undefined => {
  if (rec.headerRows < 2) return undefined;
  const cols = new Map<number, MediaLevel>();
  (sheet.rows[rec.headerRow] ?? []).forEach((v, c) => {
    const t = compact(cellText(v ?? null));
    const level = LEVEL_HEADER.test(t) ? mediaLevel(t) : null;
    if (level) cols.set(c, level);
  });
  return cols.size >= 3 ? cols : undefined;
});

/** The title a row writes under one level's column, and that level. */
function titleByLevel(x: RowCtx): { level: MediaLevel; title: string } | undefined {
  const cols = levelColumns(x.sheet, x.rec);
  if (!cols) return undefined;
  for (const [c, level] of cols) {
    const title = cellText(x.sheet.rows[x.r]?.[c] ?? null).trim();
    if (title !== "") return { level, title };
  }
  return undefined;
}

/** The one level a media section's title names ("江门市级媒体", "本地媒体", "鹤山本地媒体"); none when it names two. */
function sectionLevel(title: string | undefined, county: string | undefined): MediaLevel | null {
  if (!title || /及|和|与|、/.test(title)) return null;
  if (/^(?:本地|本县|本区|本市)/.test(title) || (county !== undefined && title.startsWith(county) && !/[省市]级/.test(title))) return "county";
  return mediaLevel(title.replace(/媒体|媒介|报道/g, ""));
}

/** A cell's text, or what its code stands for where the column's legend explains it (./code-legend). */
function decodedText(x: RowCtx, field: string): string | undefined {
  const written = x.text(field);
  const code = written === undefined ? undefined : codeOf(written);
  return (code !== undefined ? legendFor(x, field).get(code) : undefined) ?? written;
}

/** A report's form naming a medium other than television. */
// (A monitoring platform's 新闻网站 or 新闻客户端 too: 央视网 there is a website, no broadcast.)
const OTHER_MEDIUM = /^(?:新闻|门户)?(?:报纸|报刊|纸媒|广播|电台|网络|网站|新媒体|网络及新媒体|客户端|微信|公众号|杂志)/;

/** The county a sheet's title names (翁源县…统计表 → 翁源), once per sheet. */
function titleCounty(x: RowCtx): string | undefined {
  if (!countyOfSheet.has(x.sheet)) countyOfSheet.set(x.sheet, sheetTitleCounty(x.sheet, x.rec.headerRow - x.rec.headerRows + 1)?.short);
  return countyOfSheet.get(x.sheet);
}
const countyOfSheet = new WeakMap<RowCtx["sheet"], string | undefined>();

/** A piece still waiting or sent back: 待刊, 待播, 退稿, 拟刊发. */
const NOT_YET_RUN = /^(?:待|拟|退稿|不予)/;

export const readMedia = (x: RowCtx): MediaRecord | undefined => {
  // An outlet invited that ran nothing ("是否刊播 ×", 已采访，未刊发): no report.
  if (x.has("published") && x.yesNo("published", (v) => parseYesNo(v) ?? (NOT_YET_RUN.test(compact(cellText(v))) ? false : null)) === false) {
    const outlet = x.text("outlet") ?? `第 ${x.excelRow} 行`;
    x.diags.repeated("info", `“${outlet}”未刊播，不计入宣传报道`, "未刊播的媒体不计入宣传报道", x.textOf("published"), x.sheet.name, x.addr("published"));
    return undefined;
  }
  // A topic planned and never placed: its outlet cell says so ("—（未落实）").
  const placed = x.has("outlet") ? compact(x.textOf("outlet")) : "";
  // (…or what a disc register keeps of a film never broadcast: "—（县商务局委托拍摄，未公开播出）", "—（内部汇报使用）".)
  if (/未落实|未采用|未刊发|未刊播|未公开播出|未播出/.test(placed) || /^[—–－-]+[（(]/.test(placed)) {
    x.diags.repeated("info", `${x.header("outlet")}为“${placed}”，没有刊播，不计入宣传报道`, "未落实的选题不计入宣传报道", placed, x.sheet.name, x.addr("outlet"));
    return undefined;
  }
  // …or whose day run says it has not run ("未播出（素材留存）", "尚未播出"): an interview only.
  const ran = x.has("date") ? compact(x.textOf("date")) : "";
  if (/^(?:未|尚未|暂未|没有?|待)(?:播出|刊播|刊发|刊登|见报|发布|采用)/.test(ran)) {
    const outlet = x.text("outlet") ?? `第 ${x.excelRow} 行`;
    x.diags.repeated("info", `“${outlet}”${ran}，不计入宣传报道`, "未刊播的报道不计入宣传报道", ran, x.sheet.name, x.addr("date"));
    return undefined;
  }
  // A post of no outlet (自媒体, a forum's thread, the government's own site) is no media report, as an
  // opinion-monitoring export sorts its sources (来源类型).
  const kindOfSource = x.has("form") ? compact(x.textOf("form")) : "";
  if (NO_OUTLET.test(kindOfSource)) {
    x.diags.repeated(
      "info",
      `来源类型为“${kindOfSource}”，不是媒体报道，未计入`,
      "自媒体、论坛和政府网站发布的信息不是媒体报道，未计入",
      kindOfSource,
      x.sheet.name,
      x.addr("form"),
    );
    return undefined;
  }
  // A level kept as a code its legend explains (媒体类别：A—中央级 B—省级…): read as what it stands for.
  const levelText = decodedText(x, "level");
  // "来源：珠海特区报 发布时间：2020-10-16 08:52" as copied from the page: the outlet and the day in one cell.
  // (…or the one cell of a report naming its outlet, day and title, under a header listing them: ./media-outlet.)
  const packed = x.has("report") && !x.has("outlet") && !x.has("date");
  const said = packed ? outletAndDayOfReport(x.textOf("report")) : x.has("outlet") ? undefined : outletAndDay(x.textOf("date"));
  const outlet = x.has("outlet") ? x.text("outlet") : (said?.outlet ?? outletFromTitleOrLink(x.text("title"), x.text("link")));
  // (…else its section's, where the section names one level: 鹤山本地媒体 the county's, not 中央及省级媒体.)
  // (…or a title written under the column of its outlet's level, 报道标题 over 国家级 | 省级 | 市级 | 区级.)
  const underLevel = titleByLevel(x);
  const level = underLevel
    ? underLevel.level
    : x.has("level")
      ? mediaLevel(levelText)
      : (outletLevel(outlet, titleCounty(x)) ?? sectionLevel(x.sectionTitle, titleCounty(x)));
  if (levelText && !level && !underLevel)
    x.diags.repeated(
      "warning",
      `媒体级别“${levelText}”无法识别（应为国家/省/市/县），该报道未计级别`,
      "媒体级别无法识别（应为国家/省/市/县），该报道未计级别",
      levelText,
      x.sheet.name,
      x.addr("level"),
    );
  if (!x.has("level") && outlet && !level)
    x.diags.repeated(
      "warning",
      `没有“级别”列，且从媒体名称“${outlet}”看不出级别，该报道未计级别`,
      "没有“级别”列，且从媒体名称看不出级别，该报道未计级别",
      outlet,
      x.sheet.name,
      x.addr("outlet"),
    );
  // (A form kept as a code too, 形式代码：1—报纸 2—电视 3—广播 4—网络.)
  // (…or ticked under its group, 形式 over 电视 | 广播 | 报纸 | 网络: the medium ticked, ./box-groups.)
  const boxed = x.has("form") ? tickedOption(x.sheet, x.rec, "form", x.sheet.rows[x.r] ?? []) : undefined;
  const form = boxed !== undefined ? (boxed ?? undefined) : decodedText(x, "form");
  return opt({
    source: src(x),
    date: said ? (said.date ?? null) : x.date("date"),
    outlet,
    level,
    form,
    // (An outlet column headed 电视台（频道） names stations only: 某县融媒体中心 there is its television.)
    // (…or a disc register's 播出频道／栏目: what went out on a channel was broadcast.)
    tv:
      x.has("channel") && x.textOf("channel") !== ""
        ? onTelevisionChannel(x.textOf("channel"))
        : televised(form, outlet, x.has("link") ? x.text("link") : undefined) || (!!outlet && /电视台|播出频道/.test(x.header("outlet"))),
    title: underLevel ? underLevel.title : (x.text("title") ?? x.text("report")),
    // Without a column for it, a 备注 or title saying 电商扶贫典型案例 marks the case.
    povertyCase: x.has("povertyCase") ? x.yesNo("povertyCase") : /电商扶贫|扶贫(?:典型)?案例/.test(x.rowText()) ? true : null,
  });
};

/**
 * Whether a report ran on television, by its form and outlet. 梅州台·梅州新闻: a 台 is a station; a link
 * column may hold "电视新闻，视频资料存档" instead of a URL. (A form naming another medium, 广播 or 报纸, is no
 * television whatever the outlet's name: 广播电视台…FM102.5.)
 */
/** A station's channel that is television (珠江频道, 农业农村频道（CCTV-17）), not a radio frequency (FM96.7, 新闻广播). */
function onTelevisionChannel(channel: string): boolean {
  return !/广播|电台|FM|AM|调频|频率/i.test(channel) && /频道|电视|卫视|TV/i.test(channel);
}

export function televised(form: string | undefined, outlet: string | undefined, link?: string): boolean {
  if (OTHER_MEDIUM.test(form ?? "") && !/电视|卫视/.test(form ?? "")) return false;
  // (A news site's channel, 人民网·广东频道, is a web page, no television.)
  const both = `${form ?? ""}${outlet ?? ""}`;
  if (/网\s*[·・.]?\s*[\u4e00-\u9fff]{0,4}频道/.test(both) && !/电视|卫视|央视|CCTV/i.test(both)) return false;
  return /电视|卫视|TV|央视|广播电视|频道|[^平]台(?:·|$)/i.test(`${form ?? ""}${outlet ?? ""}`) || /电视|卫视/.test(link ?? "");
}

/**
 * A cell naming the outlet before the day, as copied from a web page: "来源：新华网 | 2021-04-15 10:20:33",
 * "珠海广播电视台《珠海新闻》 2021年1月8日播出", "珠江晚报 2021-07-09 第A05版". Undefined for a plain day.
 */
function outletAndDay(t: string): { outlet: string; date: LDate } | undefined {
  const date = findDateInText(t);
  if (!date) return undefined;
  const at = t.search(/(?:19|20)\d{2}\s*[-./年]/);
  if (at < 0) return undefined;
  const outlet = t
    .slice(0, at)
    .replace(/来源\s*[:：]|发布时间\s*[:：]?|播出时间\s*[:：]?|[|｜]/g, " ")
    .trim();
  return /[\u4e00-\u9fff]{2}|[A-Za-z]{2}/.test(outlet) ? { outlet, date } : undefined;
}

/** A row's record, several for a row that lists several people (a household), or none. */
type Reader = (x: RowCtx) => object | object[] | undefined;

export const READERS: Record<Exclude<LedgerKind, "facts">, Reader> = {
  villages: readVillage,
  poorVillages: readPoorVillage,
  stations: readStation,
  training: readTraining,
  poorPersons: readPoorPerson,
  enterprises: readEnterprise,
  funds: readFund,
  reports: readReport,
  disclosures: readDisclosure,
  media: readMedia,
  materials: readMaterial,
};
