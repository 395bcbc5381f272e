/**
 * A program's YAML settings opened in Notepad and pasted into column A a line to a cell (斗门's data
 * screen, kaoping_doumen.yaml): sections by indentation, English or pinyin keys whose meaning is in the
 * comment after `#` (`resident_population: 471900   # 常住人口（七普）`), yes / no as true / false or yes /
 * no, `4_812` with its digits grouped, a value given once and reused (`&two 2`, `*two`), `~` for
 * nothing filled in, lists under a key (`- 区商务局`), and a section the file says is no data
 * (`display:   # 以下为大屏显示设置，与考评数据无关`). A reviewer reads each setting as a line of what its
 * comment says and its value; a commented-out line not at all. So does the reader: each line becomes
 * label | value in place, the way an INI file is read.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { shiftPoint } from "../normalize/number";
import { englishLabel } from "./english-labels";
import { pastedLines } from "./ini-file";

const KEY_LINE = /^(\s*)([A-Za-z_][\w-]*|\d{4})\s*:(?:\s+(.*)|\s*)$/;
const ITEM_LINE = /^(\s*)-\s+(.*)$/;
const COMMENT_LINE = /^\s*#/;
/** Keys and sections fewer than these are no settings file. */
const MIN_KEYS = 8;
const MIN_SECTIONS = 2;
/** A section the file says is no data of the evaluation. */
const NOT_DATA = /与考评(?:数据)?无关|不参与考评|仅(?:为|是)显示设置|显示设置/;
/** Keys that need no comment: the few every such file has. */
const KEY_WORDS: Record<string, string> = {
  county: "县（市、区）",
  group_leader: "领导小组组长",
  leader: "领导小组组长",
  deputy_leader: "副组长",
  members: "成员单位",
  member_units: "成员单位",
  fraud: "弄虚作假",
};

interface Line {
  indent: number;
  key: string;
  value: string;
  comment: string;
}

/** A value and its comment: the comment starts at a `#` after a space, outside quotes. */
function split(rest: string): [string, string] {
  const m = /^((?:"[^"]*"|'[^']*'|[^#"'])*?)\s+#\s*(.*)$|^#\s*(.*)$/.exec(rest);
  if (!m) return [rest.trim(), ""];
  return m[3] !== undefined ? ["", m[3].trim()] : [m[1].trim(), m[2].trim()];
}

function parse(l: string): Line | undefined {
  const key = KEY_LINE.exec(l);
  if (!key) return undefined;
  const [value, comment] = split(key[3] ?? "");
  return { indent: key[1].length, key: key[2], value, comment };
}

/** What a comment names: its words before a remark after a top-level ：，；("省定贫困村：本区没有" → 省定贫困村). */
function named(comment: string): string {
  // (A document cited, "《…工作方案》珠斗府办函〔2020〕21号": the document, its number only where it is.)
  const cited = /^《([^《》]+)》/.exec(comment.trim());
  if (cited) return cited[1];
  let depth = 0;
  for (let i = 0; i < comment.length; i++) {
    const ch = comment[i];
    if ("（(".includes(ch)) depth++;
    else if ("）)".includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && "：:，,；;。".includes(ch)) return comment.slice(0, i).trim();
  }
  return comment.trim();
}

export function withYamlRead(sheet: Sheet): Sheet {
  const lines = pastedLines(sheet);
  if (!lines) return sheet;
  const parsed = lines.map((l) => (l === undefined || COMMENT_LINE.test(l) ? undefined : parse(l)));
  const keys = parsed.filter((p) => p !== undefined);
  const sections = keys.filter((p) => p.value === "" && p.indent === 0);
  if (keys.length < MIN_KEYS || sections.length < MIN_SECTIONS) return sheet;
  const legend = lines.filter((l): l is string => l !== undefined && COMMENT_LINE.test(l)).join("\n");
  const ratiosAsDecimals = /比例[^\n]{0,6}小数/.test(legend);
  const moneyInYuan = /金额[^\n]{0,4}[“"]?元/.test(legend);
  const anchors = new Map<string, string>();
  /** The sections open at each line: their label, their unit, whether they hold points or no data. */
  const open: { indent: number; label: string; unit: string; points: boolean; skip: boolean }[] = [];
  const rows: CellValue[][] = sheet.rows.map(() => []);
  let list: { row: number; indent: number; items: string[] } | undefined;
  lines.forEach((l, r) => {
    if (l === undefined || COMMENT_LINE.test(l)) return;
    const item = ITEM_LINE.exec(l);
    if (item && list && item[1].length > list.indent) {
      list.items.push(split(item[2])[0].replace(/^["']|["']$/g, ""));
      rows[list.row][1] = list.items.join("、");
      return;
    }
    const p = parsed[r];
    if (!p) {
      rows[r] = [l];
      return;
    }
    while (open.length > 0 && open[open.length - 1].indent >= p.indent) open.pop();
    const parent = open[open.length - 1];
    const label = /^\d{4}$/.test(p.key)
      ? `${p.key}年${parent?.label ?? ""}`
      : named(p.comment) || (Object.hasOwn(KEY_WORDS, p.key) ? KEY_WORDS[p.key] : undefined) || englishLabel(p.key.replace(/_/g, " ")) || "";
    const next = parsed.slice(r + 1).find((x, i) => x !== undefined || ITEM_LINE.test(lines[r + 1 + i] ?? ""));
    const nested = p.value === "" && next !== undefined && (next.indent ?? 0) > p.indent;
    const listed = p.value === "" && ITEM_LINE.test(lines.slice(r + 1).find((x) => x !== undefined && !COMMENT_LINE.test(x)) ?? "");
    const skip = (parent?.skip ?? false) || NOT_DATA.test(p.comment);
    if (nested && !listed) {
      const unit = /单位\s*[:：]\s*(万元|亿元|元|万人|人次|人|个)/.exec(p.comment)?.[1] ?? parent?.unit ?? "";
      open.push({ indent: p.indent, label: label || parent?.label || "", unit, points: (parent?.points ?? false) || /自评|评分|打分|分值/.test(p.comment), skip });
      if (!skip && label) rows[r] = [label];
      return;
    }
    list = listed ? { row: r, indent: p.indent, items: [] } : undefined;
    if (skip || !label) return;
    let value = p.value.replace(/^["']|["']$/g, "");
    const anchor = /^&(\S+)\s+(.*)$/.exec(value);
    if (anchor) anchors.set(anchor[1], (value = anchor[2]));
    const alias = /^\*(\S+)$/.exec(value);
    if (alias) value = anchors.get(alias[1]) ?? "";
    // (~ or null: nothing filled in, no answer.)
    if (!listed && /^(?:~|null|)$/i.test(value)) return;
    const unit = parent?.unit ?? "";
    if (/^(?:true|yes|on)$/i.test(value)) value = "是";
    else if (/^(?:false|no|off)$/i.test(value)) value = "否";
    else if (/^-?\d[\d_]*(?:\.\d+)?$/.test(value)) {
      const n = value.replace(/_/g, "");
      if (parent?.points) value = `${n}分`;
      // (A rate written as a decimal, as the file's legend says: 0.88 is 88%.)
      else if (ratiosAsDecimals && /率|比例|进度|占比/.test(label) && Number(n) <= 1) value = `${shiftPoint(n, 2)}%`;
      else if (unit && !/率|比例|进度/.test(label)) value = `${n}${unit}`;
      else if (moneyInYuan && /资金|金额|零售额|拨付|下达/.test(label)) value = `${n}元`;
      else value = n;
    }
    rows[r] = [parent?.points ? `${label.replace(/[（(][^（()）]*[)）]\s*$/, "")}自评分` : label, value];
  });
  return { ...sheet, rows, merges: [] };
}
