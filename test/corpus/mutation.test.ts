/**
 * Meaning, not wording (issue 8): rewording a label by a synonym or by its official text,
 * renumbering it, changing its punctuation and brackets, shuffling the rows, or turning label/value
 * pairs from side-by-side into a label row over a value row never changes what a facts sheet says.
 * Run over every blind facts case the reader reads right, with random choices (fast-check).
 */
import fc from "fast-check";
import type { CellValue, Sheet, WorkbookGrids } from "../../src/core/grid";
import { parseAddress } from "../../src/core/grid";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { KNOWN_UNREAD } from "./known-unread";
import { loadCases, specs } from "./load";
import { factsOf } from "./read-facts";

const CASES = loadCases<unknown>("facts").filter((c) => !KNOWN_UNREAD.facts[c.file]);
const INPUTS = new Map(GD_2019.inputs.map((i) => [i.key, i]));

function gridsOf(c: (typeof CASES)[number]): WorkbookGrids {
  return { sheets: specs(c).map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]), merges: s.merges })) as Sheet[] };
}

type Entry = ReturnType<typeof factsOf>["entries"][number] & { key?: string; unit?: string };
const meaning = (g: WorkbookGrids) => {
  const { facts, judged, claimed, leadership } = factsOf(g);
  return { facts, judged, claimed, leadership };
};

/**
 * Where an entry's label is: its row, and the column of the cell holding exactly that label (or,
 * `within`, holding it among other words: an item of a list "公示创建方案、项目基本信息…", whose
 * label is the list's verb and the item, found by the item's words after a two-character verb).
 */
function labelCell(g: WorkbookGrids, e: Entry, within = false): { sheet: Sheet; r: number; c: number } | undefined {
  const sheet = g.sheets.find((s) => s.name === e.source.sheet);
  const r = e.source.row - 1;
  const item = e.label.trim().replace(/^\S{2}/, "");
  const c = sheet?.rows[r]?.findIndex((v) => typeof v === "string" && (v.trim() === e.label.trim() || (within && v.includes(item)))) ?? -1;
  return sheet && c >= 0 ? { sheet, r, c } : undefined;
}

/** The same label in other words the rubric knows for the input: its label, a synonym, an official clause. */
function wordings(e: Entry): string[] {
  const input = INPUTS.get(e.key ?? "");
  if (!input) return [];
  // (A defined name carries it after an underscore, 常住人口_万人: kept, in brackets.)
  // (…or a questionnaire's bracket says it, "（单位：万人，按第七次全国人口普查）".)
  const said = /[(（]\s*(?:单位\s*[:：]\s*)?(万人|万元|亿元|万|亿|%|元|人)\s*(?:[，,][^（()）]*)?[)）]|[_＿]\s*(万人|万元|亿元|万|亿|%|元|人)\s*$/.exec(e.label);
  const unit = said?.[1] ?? said?.[2];
  // The rubric's own wordings without any unit of theirs: the sheet's unit stays the sheet's.
  const bare = (w: string) => w.replace(/[(（]\s*(?:元|万元|人|%)\s*[)）]/g, "");
  return [input.label, ...(input.synonyms ?? []), ...(input.official ?? [])].map((w) => (unit ? `${bare(w)}（${unit}）` : bare(w)));
}

const NUMBERINGS = ["1. ", "（一）", "一、", "①", "(3)", "2、"];

type Op = { kind: "renumber" | "punctuate" | "reword"; entry: number; pick: number };

function apply(g: WorkbookGrids, entries: Entry[], op: Op): void {
  const e = entries[op.entry % entries.length];
  // (A statement with no label of its own, a problems list's "免费摄影、美工服务未开展": the cell is what is said, and
  // rewording it says something else. Only labels are reworded.)
  if ("sentence" in e && typeof e.sentence === "string" && e.sentence.trim() === e.label.trim()) return;
  const at = labelCell(g, e);
  if (!at) return;
  // (Nor a label that holds its own value, "市委副书记、市长任…领导小组组长，…" read as the leader 市委副书记、市长: reworded,
  // the value would go with it.)
  const v = parseAddress(e.cell);
  if (v && v.row === at.r && v.col === at.c) return;
  const old = at.sheet.rows[at.r][at.c] as string;
  let next = old;
  if (op.kind === "renumber")
    next = NUMBERINGS[op.pick % NUMBERINGS.length] + old.replace(/^\s*(?:[0-9一二三四五六七八九十]+[.、．]|[(（][0-9一二三四五六七八九十]+[)）]|[①-⑳])\s*/, "");
  if (op.kind === "punctuate") next = [old.replace(/、/g, "，"), old.replace(/（/g, "(").replace(/）/g, ")"), `${old}：`, old.replace(/、/g, "")][op.pick % 4];
  if (op.kind === "reword") {
    const w = wordings(e);
    if (w.length) next = w[op.pick % w.length];
  }
  at.sheet.rows[at.r][at.c] = next;
}

const opArb = fc.record({ kind: fc.constantFrom("renumber" as const, "punctuate" as const, "reword" as const), entry: fc.nat(), pick: fc.nat() });

describe.each(CASES.map((c) => [c.file, c] as const))("%s", (_file, c) => {
  const base = gridsOf(c);
  const expected = meaning(base);
  const entries = factsOf(base).entries as Entry[];

  test("rewording, renumbering and punctuation leave the facts as they are", () => {
    if (entries.length === 0) return;
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 4 }), (ops) => {
        const g = gridsOf(c);
        for (const op of ops) apply(g, entries, op);
        expect(meaning(g)).toEqual(expected);
      }),
      { numRuns: 12, seed: 20211129 },
    );
  });

  // Pairs whose value stands beside the label, on sheets without claims or merged cells.
  const sameRow = entries.filter((e) => {
    const v = parseAddress(e.cell);
    return v?.row === e.source.row - 1 && labelCell(base, e, true) !== undefined;
  });
  // Titles may be merged; rows holding pairs may not (a shuffle would tear a merge apart).
  const pairRows = new Set(entries.map((e) => `${e.source.sheet}:${e.source.row - 1}`));
  const mergedPairs = base.sheets.some((s) => (s.merges ?? []).some((m) => [...Array(m.bottom - m.top + 1).keys()].some((i) => pairRows.has(`${s.name}:${m.top + i}`))));
  // A 其中 line is part of the line above it: moving it changes what it says.
  const partLines = entries.some((e) => /^\s*(?:其中|含|包括)/.test(e.label));
  // A section heading's unit (【三】…（本段金额单位：万元）) is its lines': moving a line to another section changes it.
  const sectionUnits = base.sheets.some((s) =>
    s.rows.some((row) => {
      const texts = (row ?? []).filter((v) => v !== null && v !== "");
      return texts.length === 1 && typeof texts[0] === "string" && /^(?:[一二三四五六七八九十]+[、．.]|[【（(][一二三四五六七八九十]+[】）)]).*单位[:：]/.test(texts[0]);
    }),
  );
  const simple = entries.length > 0 && sameRow.length === entries.length && Object.keys(expected.claimed).length === 0 && !mergedPairs && !partLines && !sectionUnits;
  /** Rows below the sheet's last column-header row (序号 | 项目 | 内容…): the ones free to move. */
  const headerLike = (row: CellValue[] | undefined) =>
    (row ?? []).some(
      (v) =>
        typeof v === "string" &&
        /^(?:序号|项目|内容|考核内容|检查事项|指标|指标名称|数值|数据|单位|计量单位|备注|说明|情况|完成情况.*|填报内容|参数|值)$/.test(v.replace(/\s+/g, "")),
    );

  // Only where it applies: official tables (claims) and merged pairs keep their rows.
  if (simple)
    test("shuffled rows read the same", () => {
      fc.assert(
        fc.property(fc.nat(), (seed) => {
          const g = gridsOf(c);
          for (const sheet of g.sheets) {
            const lastHeader = sheet.rows.reduce((h, row, r) => (headerLike(row) ? r : h), -1);
            const rows = [...new Set(entries.filter((e) => e.source.sheet === sheet.name && e.source.row - 1 > lastHeader).map((e) => e.source.row - 1))];
            const order = [...rows].sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
            const moved = order.map((r) => sheet.rows[r]);
            rows.sort((a, b) => a - b).forEach((r, i) => (sheet.rows[r] = moved[i]));
          }
          expect(meaning(g)).toEqual(expected);
        }),
        { numRuns: 5, seed: 20211129 },
      );
    });

  if (simple)
    test("label/value pairs turned into a label row over a value row read the same", () => {
      const rows: CellValue[][] = [];
      for (let i = 0; i < sameRow.length; i += 3) {
        const chunk = sameRow.slice(i, i + 3);
        // A unit the pair took from a 单位 column or line goes into the label, where it stays with it.
        rows.push(chunk.map((e) => (e.unit && !e.label.includes(e.unit) ? `${e.label}（${e.unit}）` : e.label)));
        rows.push(chunk.map((e) => e.value as CellValue));
        rows.push([]);
      }
      // 说明 sentences (who leads…) go along under the turned pairs, as a note row would.
      for (const m of factsOf(base).remarks) rows.push([m.text]);
      const turned: WorkbookGrids = { sheets: [{ name: "基本情况", rows }] };
      expect(meaning(turned)).toEqual(expected);
    });
});
