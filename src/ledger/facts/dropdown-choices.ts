/**
 * A form filled from dropdowns whose options carry their number (WPS / Excel 数据有效性: "1-是",
 * "2-否", "2-整合、优化现有园区", "1-县（市、区）政府主要领导"). The number only orders the options: "2-否"
 * is 否, not 2. A reviewer reads the option's words; so does the reader, once the sheet shows such
 * options (two or more), leaving "1-2分" ranges and dates alone (a digit follows the dash there).
 */
import type { CellValue, Sheet } from "../../core/grid";

const NUMBERED_OPTION = /^\s*[1-9]\d?\s*[-－]\s*(?=[\u4e00-\u9fff])/;

const isOption = (v: CellValue | undefined) => typeof v === "string" && NUMBERED_OPTION.test(v);

export function withOptionsUnnumbered(sheet: Sheet): Sheet {
  // (The scan stops at the second option: a long sheet need not be counted through.)
  let options = 0;
  scan: for (const row of sheet.rows) for (const v of row ?? []) if (isOption(v) && ++options >= 2) break scan;
  if (options < 2) return sheet;
  // (Only the lines changed are copied: a header row keeps its identity for the readers marking it.)
  const rows = sheet.rows.map((row) => ((row ?? []).some(isOption) ? row.map((v) => (isOption(v) ? (v as string).replace(NUMBERED_OPTION, "") : v)) : row));
  return { ...sheet, rows };
}

/** A remark saying an option is not done yet: "项目基本信息尚未公示", "监督举报窗口未设立". */
const NOT_CHOSEN = /^([\u4e00-\u9fff]{2,10}?)(?:尚未|暂未|未)(?:公示|公开|设立|开设|上线|建立)/;

/** A field answered by choosing several options: 专栏公示内容（多选）, 服务内容（可多选）. */
const MULTI_SELECT = /[（(]\s*(?:可)?多选\s*[)）]\s*[:：]?\s*$/;

/**
 * A multiple choice exported as the options chosen, joined (OA forms: "创建方案、项目基本信息、项目建设进度";
 * a WPS multi-select: "商务;财政"): each option chosen, as a form's ticked boxes are ("☑创建方案  ☑…").
 */
export function withChosenOptionsTicked(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  sheet.rows.forEach((row, r) => {
    const c = (row ?? []).findIndex((v) => typeof v === "string" && MULTI_SELECT.test(v));
    if (c < 0) return;
    const at = (row ?? []).findIndex((v, i) => i > c && typeof v === "string" && v.trim() !== "");
    const said = at >= 0 ? (row[at] as string) : "";
    if (/[☑☒■□☐√✓✔]/.test(said)) return;
    const options = said
      // (…or a template's options left standing, the others deleted: "创建方案 / 建设进度 / 征求意见窗口".)
      .split(/[、，,；;\n]+|\s*[/／]\s*/)
      .map((t) => t.trim())
      .filter(Boolean);
    if (options.length < 2) return;
    // A remark beside it naming one not chosen ("项目基本信息尚未公示"): that one, unticked.
    const not = (row ?? []).flatMap((v, i) => (i > at && typeof v === "string" ? (NOT_CHOSEN.exec(v.trim())?.slice(1, 2) ?? []) : []));
    rows ??= [...sheet.rows];
    rows[r] = (row ?? []).map((v, c) => (c === at ? [...options.map((o) => `☑${o}`), ...not.map((o) => `☐${o}`)].join("  ") : v));
  });
  return rows ? { ...sheet, rows } : sheet;
}
