/**
 * A sheet that names its lines in short forms and says what they stand for above the table (德庆:
 * "缩略语：中心＝县级电子商务公共服务中心；网零＝农村网络零售额；农网零＝农产品网络零售额；建贫＝建档立卡贫困人口…"):
 * a reviewer reads 19年农网零 as 19年农产品网络零售额, and so does the reader — each short form in the
 * sheet's labels written out, the longest first, in one pass.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";
import { withEachCell } from "./corrections";
import { partsOutsideBrackets } from "./bracket-parts";

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

/**
 * A note under the sheet that says what its shorthand stands for, pairs written with ＝ (遂溪's pocket
 * card: "注：…商财农振＝县商务局、县财政局、县农业农村局、县乡村振兴局。五免：训＝免费培训场所和设备，
 * 展＝免费展示销售…专栏：方＝创建方案，项＝项目基本信息…"). A group's name before its pairs (五免：) is
 * no pair; a comma inside brackets ends none.
 */
function noteGlossaryOf(sheet: Sheet): { cell: CellValue; pairs: Map<string, string> } | undefined {
  for (const row of sheet.rows)
    for (const v of row ?? []) {
      const t = cellText(v ?? null);
      if (!NOTE.test(t) || !/[＝=]/.test(t)) continue;
      const pairs = new Map<string, string>();
      for (const part of partsOutsideBrackets(t.replace(NOTE, ""))) {
        const p = NOTE_PAIR.exec(part.replace(GROUP_NAME, ""));
        // (What a bracket adds, 摄美＝免费摄影美工（现按成本收费，故✗）, is a remark, not the words.)
        const words = p?.[2].replace(/[（(][^（()）]*[)）]/g, "").trim();
        if (p && words && words.length > p[1].length) pairs.set(p[1], words);
      }
      if (pairs.size >= 2) return { cell: v, pairs };
    }
  return undefined;
}
const NOTE = /^\s*(?:注|说明|备注|注释)\s*[:：]\s*/;
const NOTE_PAIR = /^\s*([\u4e00-\u9fffA-Za-z]{1,6})\s*[＝=]\s*([^＝=]{1,40})$/;
/** "五免：训＝…": the name of a group of pairs before the first. */
const GROUP_NAME = /^\s*[\u4e00-\u9fff]{1,6}\s*[:：](?=[^:：]*[＝=])/;

/** A mark after an item (训✓ 摄美✗): a one-character short form is written out only before one. */
const MARK_AFTER = "(?=\\s*[✅✔✓√❌✘✗×])";

export function withGlossary(sheet: Sheet): Sheet {
  const g = glossaryOf(sheet) ?? noteGlossaryOf(sheet);
  if (!g) return sheet;
  const shorts = [...g.pairs.keys()].sort((a, b) => b.length - a.length);
  // (A one-character short form, 训 or 方, is a word of many labels: only an item marked ✓ / ✗ is it.)
  const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(shorts.map((s) => (s.length === 1 ? `(?<![\\u4e00-\\u9fff])${escaped(s)}${MARK_AFTER}` : escaped(s))).join("|"), "g");
  return withEachCell(sheet, (v) => {
    if (v === g.cell || typeof v !== "string" || v.length > LABEL_MAX) return v;
    const out = v.replace(re, (s) => g.pairs.get(s) ?? s);
    return out === v ? v : out;
  });
}
