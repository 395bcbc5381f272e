/**
 * The departments taking part asked one by one (参与部门：商务 | 是, 参与部门：财政 | 是, …), a template's line for
 * each with a yes / no drop-down. A reviewer reads those answered yes as the one list of departments; so does the
 * reader: the first such line becomes 参与部门 | 商务、财政、…, the others are left empty (the first line keeps its
 * address as the evidence).
 */
import type { CellValue, Sheet } from "../../core/grid";
import { parseYesNo } from "../normalize/yesno";
import { cellText } from "../normalize/text";

const ONE_DEPARTMENT = /^(?:参与部门|成员单位|参与单位|领导小组成员单位)\s*[:：]\s*(.+)$/;

/** The sheet with its departments asked one by one answered as one list; the same sheet when it has none. */
export function withTickedDepartments(sheet: Sheet): Sheet {
  const lines: { r: number; label: number; answer: number; name: string; yes: boolean }[] = [];
  sheet.rows.forEach((row, r) => {
    const label = (row ?? []).findIndex((v) => ONE_DEPARTMENT.test(cellText(v ?? null).trim()));
    if (label < 0) return;
    const answer = (row ?? []).findIndex((v, c) => c > label && cellText(v ?? null).trim() !== "");
    const said = answer < 0 ? undefined : parseYesNo(row[answer] ?? null);
    if (typeof said !== "boolean") return;
    lines.push({ r, label, answer, name: (ONE_DEPARTMENT.exec(cellText(row[label] ?? null).trim()) as RegExpExecArray)[1].trim(), yes: said });
  });
  if (lines.length < 2) return sheet;
  const rows: CellValue[][] = sheet.rows.map((x) => [...x]);
  const [first, ...rest] = lines;
  rows[first.r][first.label] = "参与部门";
  rows[first.r][first.answer] = lines
    .filter((l) => l.yes)
    .map((l) => l.name)
    .join("、");
  for (const l of rest) {
    rows[l.r][l.label] = null;
    rows[l.r][l.answer] = null;
  }
  return { ...sheet, rows };
}
