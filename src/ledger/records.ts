/**
 * Typed ledger records: one per data row of a recognised ledger sheet, each remembering where it
 * came from so every point can link back to its evidence rows.
 */
import type { LDate } from "../scoring/dates";
import type { Q } from "../scoring/rational";

export type LedgerKind =
  "villages" | "poorVillages" | "stations" | "training" | "poorPersons" | "enterprises" | "funds" | "reports" | "disclosures" | "media" | "materials" | "facts";

export const LEDGER_KINDS: LedgerKind[] = [
  "facts",
  "villages",
  "poorVillages",
  "stations",
  "training",
  "poorPersons",
  "enterprises",
  "funds",
  "reports",
  "disclosures",
  "media",
  "materials",
];

/** Where a record came from: sheet name and one-based Excel row. */
export interface Source {
  sheet: string;
  row: number;
}

/** An ID number (身份证号) after normalisation. */
export interface IdNumber {
  /** 18 characters, upper-case X; for masked IDs the text as written. */
  text: string;
  /** Masked (440281********1234): usable for counting, not for matching persons. */
  masked: boolean;
  /** The checksum digit agrees (always false for masked or short IDs). */
  valid: boolean;
}

export interface VillageRecord {
  source: Source;
  town?: string;
  name: string; // as written
  key: string; // normalised village key (长来村委会 → 长来)
  /** 行政村, or 居委会/社区 (not counted as 行政村). */
  type: "admin" | "residents";
  poor: boolean | null;
  express: boolean | null;
  /** The day delivery began, where the list says it ("已通（2021年11月）"): none before it. */
  expressSince?: LDate;
}

export interface PoorVillageRecord {
  source: Source;
  town?: string;
  name: string;
  key: string;
}

export interface StationRecord {
  source: Source;
  name?: string;
  village: string;
  villageKey: string;
  town?: string;
  address?: string;
  contact?: string;
  phone?: string;
  opened: LDate | null;
  /** The words saying it is not open yet (筹建中, 建设中, 未挂牌): listed, but it covers no village. */
  pending?: string;
}

export interface TrainingRecord {
  source: Source;
  name?: string;
  id: IdNumber | null;
  date: LDate | null;
  topic?: string;
  poor: boolean | null;
  /** 1 for a sign-in row; the 人次 column for a session row. */
  personTimes: Q;
}

export interface PoorPersonRecord {
  source: Source;
  name?: string;
  id: IdNumber | null;
  labour: boolean | null;
  migrant: boolean | null;
  village?: string;
  /** The days the roster itself says the person was trained (its 参训日期 column), when it says. */
  trainedOn?: LDate[];
}

export interface EnterpriseRecord {
  source: Source;
  name: string;
  creditCode?: string;
  type?: string;
  entered: LDate | null;
  left: LDate | null;
  /** A status column saying the enterprise has left (已退出, 退出, 迁出). */
  leftByStatus: boolean;
}

export interface FundRecord {
  source: Source;
  date: LDate | null;
  project?: string;
  category?: string;
  /** Amount in 元, exact. */
  amount: Q;
}

export interface ReportRecord {
  source: Source;
  date: LDate | null;
  content?: string;
  poverty: boolean | null;
}

export interface DisclosureRecord {
  source: Source;
  date: LDate | null;
  title?: string;
  column?: string;
  link?: string;
}

export type MediaLevel = "national" | "province" | "city" | "county";

export interface MediaRecord {
  source: Source;
  date: LDate | null;
  outlet?: string;
  level: MediaLevel | null;
  form?: string;
  tv: boolean;
  title?: string;
  povertyCase: boolean | null;
}

export interface MaterialRecord {
  source: Source;
  date: LDate | null;
  title?: string;
  unit?: string;
}

/** A label/value row of a facts sheet, value kept raw; the facts builder interprets it. */
export interface FactEntry {
  /** The rubric input the label was matched to. */
  key: string;
  /** A unit the label, a 单位 column or a 单位 line gives the value ("万人", "万元"). */
  unit?: string;
  source: Source;
  /** A1 address of the value cell. */
  cell: string;
  label: string;
  value: unknown;
  /** The evidence note beside a judged point, when there is one. */
  note?: string;
  /** The sentence the value was read from, when it was written inside one (a 完成情况 in prose). */
  sentence?: string;
}

/** Points the clerk typed for an indicator, value kept raw. */
export interface ClaimEntry {
  indicator: string;
  source: Source;
  cell: string;
  value: unknown;
  note?: string;
}

export interface Ledgers {
  villages: VillageRecord[];
  poorVillages: PoorVillageRecord[];
  stations: StationRecord[];
  training: TrainingRecord[];
  poorPersons: PoorPersonRecord[];
  enterprises: EnterpriseRecord[];
  funds: FundRecord[];
  reports: ReportRecord[];
  disclosures: DisclosureRecord[];
  media: MediaRecord[];
  materials: MaterialRecord[];
  facts: FactEntry[];
  /** The county's own points per indicator, when a sheet states them (the official table's 自评). */
  claims: ClaimEntry[];
  /** Sentences on a facts sheet that are no label (说明 rows under the table): evidence a reviewer reads, e.g. who leads. */
  remarks: { source: Source; cell: string; text: string }[];
  /** Judged items whose line a facts sheet shows with its points left blank (never inferred from a claimed total). */
  blankItems: string[];
  /** The county a title names (蕉岭县…自评报告), for a workbook whose facts never name it; a facts sheet's title first. */
  titleCounty?: { name: string; sheet: string; cell: string; onFacts: boolean };
  /** Which sheets provided each kind (empty when the workbook has none). */
  sheetsByKind: Record<LedgerKind, string[]>;
  /** Columns of note that a sheet had (e.g. villages.express), for rules that depend on a column existing. */
  columnsPresent: Partial<Record<LedgerKind, string[]>>;
}

export function emptyLedgers(): Ledgers {
  const sheetsByKind = {} as Record<LedgerKind, string[]>;
  for (const k of LEDGER_KINDS) sheetsByKind[k] = [];
  return {
    villages: [],
    poorVillages: [],
    stations: [],
    training: [],
    poorPersons: [],
    enterprises: [],
    funds: [],
    reports: [],
    disclosures: [],
    media: [],
    materials: [],
    facts: [],
    claims: [],
    remarks: [],
    blankItems: [],
    sheetsByKind,
    columnsPresent: {},
  };
}
