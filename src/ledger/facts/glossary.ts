/**
 * A sheet that names its lines in short forms and says what they stand for above the table (德庆:
 * "缩略语：中心＝县级电子商务公共服务中心；网零＝农村网络零售额；农网零＝农产品网络零售额；建贫＝建档立卡贫困人口…"):
 * a reviewer reads 19年农网零 as 19年农产品网络零售额, and so does the reader — each short form in the
 * sheet's labels written out, the longest first, in one pass.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";
import { withEachCell } from "./corrections";

const GLOSSARY = /^\s*(?:缩略语|缩写|简称|简称说明|名词解释|简称释义)\s*[:：]\s*(.+)$/s;
const PAIR = /^\s*([\u4e00-\u9fffA-Za-z0-9]{1,6})\s*(?:＝|=|：|:|指|即)\s*(.{2,40}?)\s*$/;
/** Only a label is written out: a short text (a sentence keeps its words). */
const LABEL_MAX = 24;

function glossaryOf(sheet: Sheet): { cell: CellValue; pairs: Map<string, string> } | undefined {
  for (const row of sheet.rows.slice(0, 12))
    for (const v of row ?? []) {
      const m = GLOSSARY.exec(cellText(v ?? null));
      if (!m) continue;
      const pairs = new Map<string, string>();
      for (const part of m[1].split(/[；;。，,]/)) {
        const p = PAIR.exec(part);
        if (p && p[2].length > p[1].length) pairs.set(p[1], p[2]);
      }
      if (pairs.size >= 2) return { cell: v, pairs };
    }
  return undefined;
}

export function withGlossary(sheet: Sheet): Sheet {
  const g = glossaryOf(sheet);
  if (!g) return sheet;
  const shorts = [...g.pairs.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(shorts.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  return withEachCell(sheet, (v) => {
    if (v === g.cell || typeof v !== "string" || v.length > LABEL_MAX) return v;
    const out = v.replace(re, (s) => g.pairs.get(s) ?? s);
    return out === v ? v : out;
  });
}
