/**
 * The facts / self-assessment template and empty ledger sheets, as plain data: every label the
 * scorer reads (from the rubric's inputs), with drop-downs for yes/no and judged ranges, and an
 * evidence column. The CLI (exceljs) and the task pane (Office.js) render the same model.
 */
import type { CellValue } from "../core/grid";
import type { Rubric, RubricInput } from "../scoring/rubric";
import { KIND_SPECS } from "./schema";

export interface TemplateValidation {
  /** Zero-based column and inclusive zero-based row range. */
  col: number;
  fromRow: number;
  toRow: number;
  list?: string[];
  date?: boolean;
  prompt?: string;
}

export interface TemplateSheet {
  name: string;
  rows: CellValue[][];
  widths: number[];
  headerRow: number;
  validations: TemplateValidation[];
}

export const FACTS_TEMPLATE_SHEET = "基本情况与自评填报";

function integersBetween(lo: string, hi: string): string[] {
  const out: string[] = [];
  for (let i = Number(lo); i <= Number(hi); i++) out.push(String(i));
  return out;
}

function validationFor(input: RubricInput, row: number): TemplateValidation | undefined {
  if (input.type === "bool") return { col: 1, fromRow: row, toRow: row, list: ["是", "否"] };
  if (input.type === "judged" && input.range)
    return { col: 1, fromRow: row, toRow: row, list: integersBetween(...input.range), prompt: `自评 ${input.range[0]}-${input.range[1]} 分` };
  if (input.type === "date") return { col: 1, fromRow: row, toRow: row, date: true, prompt: "日期，如 2021-08-31" };
  return undefined;
}

const TYPE_HINT: Record<RubricInput["type"], string> = {
  bool: "是/否",
  number: "数字",
  money: "金额（元，可写“万元”）",
  percent: "百分比",
  date: "日期",
  text: "文字",
  judged: "自评分",
};

export function factsTemplate(rubric: Rubric): TemplateSheet {
  const rows: CellValue[][] = [[`${rubric.title}——基本情况与自评填报`], ["项目", "填报值", "佐证材料", "说明"]];
  const validations: TemplateValidation[] = [];
  for (const input of rubric.inputs) {
    const r = rows.length;
    rows.push([input.label, null, null, input.hint ?? TYPE_HINT[input.type]]);
    const v = validationFor(input, r);
    if (v) validations.push(v);
  }
  return { name: FACTS_TEMPLATE_SHEET, rows, widths: [48, 16, 40, 40], headerRow: 1, validations };
}

/** Empty ledger sheets with the most common header wording of each field. */
export function ledgerTemplates(): TemplateSheet[] {
  return KIND_SPECS.map((spec) => {
    const headers = ["序号", ...spec.fields.map((f) => f.headers[0])];
    return { name: spec.label, rows: [[spec.label], headers], widths: headers.map((h) => Math.max(8, h.length * 2 + 4)), headerRow: 1, validations: [] };
  });
}

/** The template sheets that are not in the workbook yet (existing sheets are never touched). */
export function missingTemplates(rubric: Rubric, existing: string[]): TemplateSheet[] {
  return [factsTemplate(rubric), ...ledgerTemplates()].filter((t) => !existing.includes(t.name));
}
