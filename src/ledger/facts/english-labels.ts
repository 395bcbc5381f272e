/**
 * A key-facts table written in English only, for a visiting delegation (澄海: # | Item | Figure | Unit |
 * Notes; "Resident population (7th National Census, 2020) | 0.7563 | m persons", "Funds disbursed as at
 * 31/08/2021 | RMB 3.93 m", "Plan formulation | 2 / 2 | points"). A reviewer reads it as the Chinese
 * table it translates; so does the reader: each line's words put back in the rubric's Chinese, figures in
 * millions and billions as 万 and 亿, and days written day first (as the sheet's conventions line says)
 * as dates. Only a sheet whose lines this glossary reads, many of them, is taken so; notes stay as written.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";
import { shiftPoint } from "../normalize/number";

/** English wordings of the rubric's lines, most particular first. */
const GLOSSARY: [RegExp, string][] = [
  [/^cut-?off date/i, "考评截止日期"],
  [/^resident population/i, "常住人口"],
  [/^(?:provincially designated |provincial )?poor villages/i, "省定贫困村数"],
  [/^administrative villages/i, "行政村数"],
  [/^leading group (?:headed|led) by/i, "领导小组组长"],
  [/^member (?:units|departments)/i, "成员单位"],
  [/work plan.*issued|plan formally issued/i, "已正式印发示范县工作方案"],
  [/^policy supporting rural e-?commerce/i, "已出台支持农村电商发展的政策"],
  [/public service cent(?:re|er) in operation since/i, "公共服务中心投入运营日期"],
  [/^free training venue/i, "有免费培训场所、培训设备，能组织电商基础培训"],
  [/^free display and sales/i, "为特色农产品提供免费展示、销售服务"],
  [/^free photography/i, "为电子商务市场主体提供免费摄影、美工服务"],
  [/^unified promotion/i, "组织农产品统一推广、指导特色农产品品牌建设"],
  [/^other value-added services/i, "为电子商务发展提供其他衍生增值服务"],
  [/industrial park/i, "建设或整合、优化当地电商产业园"],
  [/third-party e-?commerce operator/i, "有专业第三方电子商务运营或服务商"],
  [/^express delivery reaching 100%/i, "行政村物流快递覆盖率100%"],
  [/^year-on-year growth of online retail sales of agricultural products,? (20\d\d)/i, "$1年农产品网络零售额同比增速"],
  [/^year-on-year growth of rural online retail sales,? (20\d\d)/i, "$1年农村网络零售额同比增速"],
  [/^online retail sales of agricultural products,? (20\d\d)/i, "$1年农产品网络零售额"],
  [/^rural online retail sales,? (20\d\d)/i, "$1年农村网络零售额"],
  [/^e-?commerce training\b/i, "电商培训人次"],
  [/^registered poor persons with labour capacity,? excluding migrant workers/i, "有劳动能力的建档立卡贫困人口数（不含外出务工）"],
  [/^…?\s*of whom have attended e-?commerce training/i, "参加培训的建档立卡贫困人口数"],
  [/column .*shows:? the demonstration plan/i, "专栏公示创建方案"],
  [/^…?\s*basic information of the funded projects/i, "专栏公示项目基本信息"],
  [/^…?\s*construction progress of the projects/i, "专栏公示项目建设进度"],
  [/^…?\s*a window for public comments or complaints/i, "专栏设立征求意见或监督举报窗口"],
  [/poverty-alleviation statistics/i, "能统计电商扶贫情况"],
  [/^provincial special funds allocated/i, "下达资金总额"],
  [/^funds disbursed/i, "累计拨付资金"],
  [/^fund management rules/i, "已制定资金管理制度"],
  [/^dedicated fund ledger/i, "已建立资金专用台账"],
  [/^overall project progress/i, "项目总体进度"],
  [/^safety or quality incident/i, "发生安全生产、质量事故或重大损失"],
  [/^(?:falsification|fraud)/i, "弄虚作假"],
  [/^plan formulation$/i, "方案制定自评分"],
  [/^supporting polic(?:y|ies)$/i, "政策支持自评分"],
  [/^project management rules$/i, "项目管理制度自评分"],
  [/^work ledgers?$/i, "工作台账自评分"],
  [/^research on online sales/i, "网销调研自评分"],
  [/^online promotion campaigns/i, "网络促销活动自评分"],
  [/^trading standards/i, "交易标准与冷链溯源自评分"],
  [/^fund management system$/i, "资金管理制度自评分"],
  [/^fund ledger$/i, "资金台账自评分"],
  [/^timely disbursement/i, "资金及时拨付自评分"],
];
const HEADER: Record<string, string> = {
  "#": "序号",
  no: "序号",
  "no.": "序号",
  item: "项目",
  indicator: "指标",
  figure: "数值",
  value: "数值",
  unit: "单位",
  notes: "备注",
  remarks: "备注",
};
/** A leader's post and the departments, in the words of the rubric. */
const POSTS: [RegExp, string][] = [
  [/deputy (?:district|county) mayor/i, "副区长"],
  [/executive deputy/i, "常务副区长"],
  [/(?:district|county) mayor/i, "区长"],
  [/party secretary/i, "区委书记"],
];
const DEPARTMENTS: [RegExp, string][] = [
  [/commerce bureau/i, "商务局"],
  [/finance bureau/i, "财政局"],
  [/agricultur\w*(?: & | and )rural affairs bureau|agriculture bureau/i, "农业农村局"],
  [/rural revitali[sz]ation bureau|poverty alleviation office/i, "乡村振兴局"],
];
/** Lines the glossary must read before a sheet is taken for an English one. */
const MIN_LINES = 8;
const HAN = /[\u4e00-\u9fff]/;
const LATIN = /[A-Za-z]/;

/** A figure in millions or billions ("RMB 5.00 m", 0.7563 | m persons) as 万 / 亿: its value and unit. */
export function inChinese(figure: string, unit: string): [string, string] | undefined {
  const u = unit.trim().toLowerCase();
  if (/^(?:rmb|yuan)?\s*bn$|^bn (?:rmb|yuan)$/.test(u)) return [shiftPoint(figure, 1), "亿元"];
  if (/^(?:rmb|yuan)?\s*m$|^m (?:rmb|yuan)$/.test(u)) return [shiftPoint(figure, 2), "万元"];
  if (/^m (?:persons|people)$/.test(u)) return [shiftPoint(figure, 2), "万人"];
  return undefined;
}

/** A line's English words in the rubric's Chinese (a settings file's key, "safety or quality incident"), if the glossary has them. */
export const englishLabel = (text: string): string | undefined => translated(text);

function translated(text: string): string | undefined {
  // (Every line of the glossary is English words: a text without a Latin letter is none of them.)
  if (!LATIN.test(text)) return undefined;
  const t = text.trim();
  for (const [re, zh] of GLOSSARY) if (re.test(t)) return t.replace(re, zh).replace(/^(.*?[\u4e00-\u9fff）%])(?:[\s,，;(].*)?$/, "$1");
  return undefined;
}

export function withEnglishLabels(sheet: Sheet): Sheet {
  // (Asked of every sheet's first rows when recognising it: counted only as far as the threshold.)
  let lines = 0;
  for (const row of sheet.rows) {
    for (const v of row ?? []) if (typeof v === "string" && !HAN.test(v) && translated(v) !== undefined) lines++;
    if (lines >= MIN_LINES) break;
  }
  if (lines < MIN_LINES) return sheet;
  const dayFirst = sheet.rows.slice(0, 8).some((row) => (row ?? []).some((v) => /DD\/MM\/YYYY|day\/month\/year/i.test(cellText(v ?? null))));
  const rows: CellValue[][] = sheet.rows.map((row) => [...(row ?? [])]);
  const unitCol = rows.findIndex((row) => row.some((v) => typeof v === "string" && v.trim().toLowerCase() === "unit"));
  const unitAt = unitCol < 0 ? -1 : rows[unitCol].findIndex((v) => typeof v === "string" && v.trim().toLowerCase() === "unit");
  rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (typeof v !== "string" || HAN.test(v)) return;
      const t = v.trim();
      const head = HEADER[t.toLowerCase()];
      const zh = translated(t);
      const post = POSTS.find(([re]) => re.test(t))?.[1];
      if (head && r === unitCol) row[c] = head;
      else if (c === unitAt) return;
      // (Notes after the unit stay as written: their figures are asides.)
      else if (zh !== undefined && (unitAt < 0 || c < unitAt)) row[c] = zh;
      else if (post !== undefined) row[c] = `${post}${/in charge of commerce/i.test(t) ? "（分管商务）" : ""}`;
      else if (/bureau|office/i.test(t) && DEPARTMENTS.filter(([re]) => re.test(t)).length >= 2)
        row[c] = t
          .split(/\s*[;；]\s*/)
          .map((d) => DEPARTMENTS.find(([re]) => re.test(d))?.[1] ?? d)
          .join("、");
      else if (/^(?:rmb|yuan)\s*[\d.,]+\s*(?:m|bn)$/i.test(t)) {
        const m = /([\d.,]+)\s*(m|bn)$/i.exec(t) as RegExpExecArray;
        const [value, unit] = inChinese(m[1], m[2]) as [string, string];
        row[c] = `${value}${unit}`;
      } else if (dayFirst && /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(t)) {
        const [d, mo, y] = t.split("/");
        row[c] = `${y}年${Number(mo)}月${Number(d)}日`;
      }
    });
    // A figure and its unit in millions: the figure in 万 / 亿, the unit in Chinese.
    if (unitAt >= 0 && r > unitCol) {
      const unit = cellText(row[unitAt] ?? null);
      const valueAt = unitAt - 1;
      const figure = cellText(row[valueAt] ?? null).replace(/,/g, "");
      const big = /^\d+(?:\.\d+)?$/.test(figure) ? inChinese(figure, unit) : undefined;
      if (big) [row[valueAt], row[unitAt]] = [Number(big[0]), big[1]];
      // "2 / 2 | points": the score given, over the item's maximum.
      const score = /^points?$/i.test(unit.trim()) ? /^(\d+(?:\.\d+)?)\s*\/\s*\d+(?:\.\d+)?$/.exec(figure) : undefined;
      if (score) [row[valueAt], row[unitAt]] = [Number(score[1]), "分"];
    }
  });
  return { ...sheet, rows };
}
