/**
 * Every text of the task pane, Chinese first, English when Office's display language is English.
 * Workbook contents (sheet names, indicator names, basis lines, diagnostics) stay as they are.
 */
import type { LedgerKind } from "../../ledger/records";
import type { Severity } from "../../ledger/diagnostics";
import type { Status } from "../../scoring/report";
import type { Progress } from "../host";

export type Lang = "zh" | "en";

const zh = {
  appTitle: "电商进农村考评",
  appSubtitle: "台账识别与自评打分",
  // actions
  score: "评分",
  scoreAgain: "重新评分",
  insertTemplates: "插入模板表",
  rescan: "重新识别",
  dismiss: "关闭",
  // states
  scanning: "正在识别工作表…",
  emptyTitle: "工作簿是空的",
  emptyBody: "没有找到任何数据。可先插入模板表（基本情况与自评填报表和各类台账），填好后再评分。",
  noneTitle: "没有识别出台账",
  noneBody: "工作表的表头与已知台账不符。请在下方为工作表指定台账类型，或插入模板表。",
  errorTitle: "出错了",
  crashTitle: "任务窗格出错",
  crashBody: "界面遇到意外错误。请点“重试”；如仍出错，请关闭后重新打开任务窗格。",
  retry: "重试",
  staleTitle: "设置已更改",
  staleBody: "下面的结果是更改前的，请重新评分。",
  templatesAdded: (names: string[]) => (names.length ? `已插入 ${names.length} 张模板表：${names.join("、")}` : "模板表都已存在，没有插入新表"),
  // sheets
  sheetsHeading: "工作表",
  sheetsSummary: (recognised: number, total: number) => `已识别 ${recognised} / ${total} 张`,
  kindLabel: "台账类型",
  kindAuto: (detected: string | null) => (detected ? `自动识别：${detected}` : "自动识别：未识别"),
  kindIgnore: "忽略（不读取）",
  notRecognised: "未识别",
  ignored: "已忽略",
  manual: "手动指定",
  confidence: (pct: number) => `把握度 ${pct}%`,
  headerRow: (row: number) => `表头第 ${row} 行`,
  dataRows: (n: number) => `${n} 行数据`,
  columnsHeading: "列映射",
  columnFor: (field: string) => `“${field}”所在列`,
  columnNone: "（未找到）",
  columnOption: (letter: string, header: string) => (header ? `${letter} 列：${header}` : `${letter} 列`),
  requiredMissing: (fields: string[]) => `缺少必需的列：${fields.join("、")}`,
  // settings
  settingsHeading: "评分设置",
  rubric: "考评指标体系",
  asOf: "考评截止日期",
  asOfHint: (source: "option" | "facts" | "rubric"): string =>
    source === "option" ? "已保存在工作簿设置中" : source === "facts" ? "取自基本情况表" : "指标体系的默认截止日期",
  badDate: "无法识别的日期，请写成 2021-08-31 或 2021年8月31日",
  county: "县（市、区）名称",
  countyFromFacts: "取自基本情况表",
  countyPlaceholder: "如：乐昌市",
  // progress
  scoring: "正在评分",
  step: (i: number, n: number, label: string) => `第 ${i}/${n} 步：${label}`,
  steps: { read: "读取台账", score: "评分", write: "写入考评表", format: "设置格式" } as Record<Progress["step"], string>,
  // summary
  resultHeading: "评分结果",
  total: "总分",
  outOf: (max: string) => `/ ${max} 分`,
  bonus: (n: string) => `含加分 ${n} 分`,
  noBonus: "无加分",
  asOfLine: (county: string | null, asOf: string) => `${county ?? "（未填写县名）"} · 考评截止 ${asOf}`,
  groupsHeading: "各项工作任务得分",
  groupBar: (name: string, points: string, weight: string) => `${name}：${points} / ${weight} 分`,
  vetoedTitle: "一票否决",
  vetoedBody: (before: string) => `触发否决项，总分计 0 分（否决前 ${before} 分）。`,
  notVetoed: "否决项：未触发",
  diagnosticsHeading: "诊断信息",
  diagnosticCounts: (e: number, w: number, i: number) => `错误 ${e} · 警告 ${w} · 提示 ${i}`,
  noDiagnostics: "没有诊断信息",
  moreDiagnostics: (n: number, sheet: string) => `另有 ${n} 条，见“${sheet}”表`,
  indicatorsHeading: "各项指标",
  indicatorPoints: (points: string, weight: string) => `${points} / ${weight} 分`,
  vetoTriggered: "已触发",
  vetoNotTriggered: "未触发",
  evidence: "数据来源：",
  goTo: (where: string) => `转到 ${where}`,
  workbookWide: "整个工作簿",
  rows: (from: number, to: number) => (from === to ? `第 ${from} 行` : `第 ${from}–${to} 行`),
  openTable: (sheet: string) => `已写入“${sheet}”等表`,
  severity: { error: "错误", warning: "警告", info: "提示" } as Record<Severity, string>,
  status: { computed: "已计算", judged: "自评", missing: "缺少数据" } as Record<Status, string>,
  points: (n: string) => `${n} 分`,
  headingWith: (heading: string, detail: string) => `${heading}（${detail}）`,
};

export type Strings = typeof zh;

const en: Strings = {
  appTitle: "Rural E-commerce Scoring",
  appSubtitle: "Ledger recognition and self-assessment",
  score: "Score workbook",
  scoreAgain: "Score again",
  insertTemplates: "Insert templates",
  rescan: "Scan again",
  dismiss: "Dismiss",
  scanning: "Scanning the sheets…",
  emptyTitle: "The workbook is empty",
  emptyBody: "No data was found. Insert the template sheets (facts and self-assessment sheet and the ledgers), fill them in, then score.",
  noneTitle: "No ledger recognised",
  noneBody: "No sheet's header matches a known ledger. Choose a ledger type for a sheet below, or insert the templates.",
  errorTitle: "Something went wrong",
  crashTitle: "The task pane failed",
  crashBody: "The pane hit an unexpected error. Click Retry; if it fails again, close and reopen the task pane.",
  retry: "Retry",
  staleTitle: "Settings changed",
  staleBody: "The result below is from before the change; score again.",
  templatesAdded: (names) => (names.length ? `Inserted ${names.length} template sheet(s): ${names.join(", ")}` : "All template sheets exist already; nothing inserted"),
  sheetsHeading: "Sheets",
  sheetsSummary: (recognised, total) => `${recognised} of ${total} recognised`,
  kindLabel: "Ledger type",
  kindAuto: (detected) => (detected ? `Automatic: ${detected}` : "Automatic: not recognised"),
  kindIgnore: "Ignore (do not read)",
  notRecognised: "Not recognised",
  ignored: "Ignored",
  manual: "Set by hand",
  confidence: (pct) => `${pct}% sure`,
  headerRow: (row) => `header in row ${row}`,
  dataRows: (n) => `${n} data rows`,
  columnsHeading: "Columns",
  columnFor: (field) => `Column of “${field}”`,
  columnNone: "(not found)",
  columnOption: (letter, header) => (header ? `${letter}: ${header}` : `Column ${letter}`),
  requiredMissing: (fields) => `Required columns missing: ${fields.join(", ")}`,
  settingsHeading: "Settings",
  rubric: "Indicator system",
  asOf: "Cut-off date",
  asOfHint: (source) => (source === "option" ? "Saved in the workbook's settings" : source === "facts" ? "From the facts sheet" : "The indicator system's default"),
  badDate: "Not a date: write it as 2021-08-31",
  county: "County",
  countyFromFacts: "From the facts sheet",
  countyPlaceholder: "e.g. 乐昌市",
  scoring: "Scoring",
  step: (i, n, label) => `Step ${i} of ${n}: ${label}`,
  steps: { read: "Reading the ledgers", score: "Scoring", write: "Writing the indicator table", format: "Formatting" },
  resultHeading: "Result",
  total: "Total",
  outOf: (max) => `/ ${max} points`,
  bonus: (n) => `incl. ${n} bonus points`,
  noBonus: "no bonus points",
  asOfLine: (county, asOf) => `${county ?? "(county not given)"} · cut-off ${asOf}`,
  groupsHeading: "Points per task group",
  groupBar: (name, points, weight) => `${name}: ${points} of ${weight}`,
  vetoedTitle: "Vetoed",
  vetoedBody: (before) => `A veto applies: the total is 0 (${before} before the veto).`,
  notVetoed: "Vetoes: none triggered",
  diagnosticsHeading: "Diagnostics",
  diagnosticCounts: (e, w, i) => `${e} errors · ${w} warnings · ${i} notes`,
  noDiagnostics: "No diagnostics",
  moreDiagnostics: (n, sheet) => `${n} more in the sheet “${sheet}”`,
  indicatorsHeading: "Indicators",
  indicatorPoints: (points, weight) => `${points} of ${weight}`,
  vetoTriggered: "Triggered",
  vetoNotTriggered: "Not triggered",
  evidence: "Evidence:",
  goTo: (where) => `Go to ${where}`,
  workbookWide: "Whole workbook",
  rows: (from, to) => (from === to ? `row ${from}` : `rows ${from}–${to}`),
  openTable: (sheet) => `Written to “${sheet}” and the other result sheets`,
  severity: { error: "Error", warning: "Warning", info: "Note" },
  status: { computed: "computed", judged: "self-assessed", missing: "data missing" },
  points: (n) => `${n} points`,
  headingWith: (heading, detail) => `${heading} (${detail})`,
};

/** English ledger names; Chinese ones come from KIND_SPECS (kindLabel). */
const KIND_EN: Record<LedgerKind, string> = {
  facts: "Facts and self-assessment",
  villages: "Administrative villages",
  poorVillages: "Provincial poor villages",
  stations: "Village service stations",
  training: "Training log",
  poorPersons: "Registered poor persons",
  enterprises: "Park enterprises",
  funds: "Fund ledger",
  reports: "Monthly reports",
  disclosures: "Disclosure column updates",
  media: "Media coverage",
  materials: "Experience materials",
};

/** English field names; Chinese ones are the first header wording in KIND_SPECS. */
const FIELD_EN: Record<string, string> = {
  town: "Town",
  name: "Name",
  type: "Type",
  poor: "Poor village / household",
  express: "Express coverage",
  village: "Village",
  address: "Address",
  contact: "Contact person",
  phone: "Phone",
  opened: "Opened on",
  services: "Services",
  id: "ID number",
  date: "Date",
  topic: "Topic",
  personTimes: "Person-times",
  labour: "Able to work",
  migrant: "Migrant worker",
  creditCode: "Credit code",
  entered: "Entered on",
  left: "Left on",
  status: "Status",
  project: "Project",
  category: "Category",
  amount: "Amount",
  voucher: "Voucher no.",
  content: "Content",
  poverty: "Poverty statistics",
  title: "Title",
  column: "Column",
  link: "Link",
  outlet: "Outlet",
  level: "Level",
  form: "Form",
  povertyCase: "Poverty-relief case",
  unit: "Unit",
};

export const STRINGS: Record<Lang, Strings> = { zh, en };

/** "en-US", "en-GB" → English; everything else (zh-CN, zh-TW, …) → Chinese. */
export function languageOf(displayLanguage: string | undefined): Lang {
  return (displayLanguage ?? "").trim().toLowerCase().startsWith("en") ? "en" : "zh";
}

export function kindName(lang: Lang, kind: LedgerKind, zhLabel: string): string {
  return lang === "en" ? KIND_EN[kind] : zhLabel;
}

export function fieldName(lang: Lang, field: string, zhHeader: string): string {
  return lang === "en" ? (FIELD_EN[field] ?? field) : zhHeader;
}
