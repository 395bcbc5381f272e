/**
 * A city's Word template turned into Excel and filled in the way its 填报说明 asks (黄埔: "选择项请删去不适用的
 * 选项，只保留一项…未删除任何选项的，视为未填报。数字填在“（ ）”内"). A reviewer reads what the clerk left:
 * the one option kept ("已正式印发 /", "／ 未发生": its slash a leftover), nothing where both options still
 * stand ("已出台 / 未出台", "1分 / 2分"), each figure out of its slot ("（ 126.49 ）万人", "2021年（ 8 ）月（ 31 ）日")
 * and nothing from an empty one ("（  ）亿元"). So does the reader, on a sheet whose instructions say so.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { parseYesNo } from "../normalize/yesno";
import { withEachCell } from "./corrections";

/** The template's instructions: options deleted, figures written in the brackets. */
const DELETE_OPTIONS = /删去|删除/;
const OPTIONS = /选项/;
/** A slot the clerk wrote a figure into, padded as the template left it: "（ 126.49 ）", "（ 8 ）". */
// (Not "（1）", a numbering: a figure in a slot has a space beside it.)
const FILLED_SLOT = /[（(](?=[\s\u3000]|[\d,.]+[\s\u3000])[\s\u3000]*([\d,.]+)[\s\u3000]*[)）]/;
const FILLED_SLOTS = new RegExp(FILLED_SLOT.source, "g");
/** A slot left as it was: only spaces between its brackets. */
const EMPTY_SLOT = /[（(][\s\u3000]{2,}[)）]/;
const SLASH = /\s*[/／]\s*/;

export function withDeletedOptionsRead(sheet: Sheet): Sheet {
  const said = sheet.rows.slice(0, 10).some((row) => (row ?? []).some((v) => typeof v === "string" && DELETE_OPTIONS.test(v) && OPTIONS.test(v)));
  if (!said) return sheet;
  return withEachCell(sheet, (v) => (typeof v === "string" ? kept(v) : v));
}

/** What the clerk left in a cell: the option kept, the figure in its slot; null where nothing was chosen or filled. */
function kept(v: string): CellValue {
  if (FILLED_SLOT.test(v)) return v.replace(FILLED_SLOTS, "$1").trim();
  if (EMPTY_SLOT.test(v) && v.length <= 12) return null;
  if (!SLASH.test(v) || v.length > 30) return v;
  const parts = v.split(SLASH).map((p) => p.trim());
  const filled = parts.filter(Boolean);
  // "已正式印发 /", "／ 未发生": one option kept, the other deleted with its slash left.
  if (filled.length === 1 && parts.length === 2) return filled[0];
  if (parts.length !== 2) return v;
  // "已出台 / 未出台", "有 / 无", "1分 / 2分": nothing deleted, nothing chosen.
  const [a, b] = parts;
  const yesNo = [parseYesNo(a), parseYesNo(b)];
  if (typeof yesNo[0] === "boolean" && typeof yesNo[1] === "boolean" && yesNo[0] !== yesNo[1]) return null;
  if (/^\d+\s*分$/.test(a) && /^\d+\s*分$/.test(b)) return null;
  return v;
}
