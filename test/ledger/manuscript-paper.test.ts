/**
 * A statement handwritten on manuscript paper and typed into Excel square by square (麻章): one character
 * to a cell, digits two to a cell, a figure going on in the next line or over a page's number and footer.
 * A reviewer reads the paragraphs; so does the reader.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { withManuscriptPaperRead } from "../../src/ledger/facts/manuscript-paper";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const W = 12;
/** A line of the paper: its squares, padded to the paper's width. */
const line = (...squares: (string | null)[]): CellValue[] => [...squares, ...Array<null>(W - squares.length).fill(null)];
const lone = (t: string): CellValue[] => line(t);
/** A paragraph's squares (a character, or digits two to a square) laid out in lines, its first indented two squares. */
function paragraph(squares: string[]): CellValue[][] {
  const all: (string | null)[] = [null, null, ...squares];
  const out: CellValue[][] = [];
  for (let i = 0; i < all.length; i += W) out.push(line(...all.slice(i, i + W)));
  return out;
}
const chars = (t: string) => [...t];

const first = paragraph([
  ...chars("一、基本情况。全区常住人口"),
  "32",
  ".9",
  "5",
  ...chars("万人，共有行政村"),
  "87",
  ...chars("个、社区"),
  "12",
  ...chars("个，其中省定贫困村"),
  "4",
  "个。",
]);
const second = paragraph([
  ...chars("二、人才培训。累计开展电商培训"),
  "62",
  "期",
  "34",
  "87",
  ...chars("人次。有劳动能力且未外出务工的建档立卡贫困人口"),
  "15",
  "24",
  ...chars("人，其中参加培训的"),
  "81",
  "2",
  "人。",
]);
const paper: Sheet = {
  name: "自评情况说明",
  rows: [
    line(null, null, null, "自", "评", "情", "况", "说", "明"),
    ...first,
    ...second.slice(0, 3),
    // (The page's footer and the next page's number, the paragraph going on after them.)
    lone("20×20＝400"),
    lone("共 2 页　第 2 页"),
    ...second.slice(3),
  ],
};

test("each paragraph joined into the square it starts in, over lines and a page's rows", () => {
  const read = withManuscriptPaperRead(paper);
  const said = read.rows.map((r) => r[0]).filter((v) => v !== null);
  expect(said).toEqual([
    "自评情况说明",
    "一、基本情况。全区常住人口32.95万人，共有行政村87个、社区12个，其中省定贫困村4个。",
    "二、人才培训。累计开展电商培训62期3487人次。有劳动能力且未外出务工的建档立卡贫困人口1524人，其中参加培训的812人。",
  ]);
  expect(read.rows[1 + first.length][0]).toBe(said[2]);
});

test("the facts the paragraphs state, figures split across squares and lines whole", () => {
  const r = readLedgers({ sheets: [paper] }, GD_2019);
  const f = toScoringInput(r.ledgers, GD_2019, r.diagnostics).facts;
  const n = (k: string) => (f[k]?.value as { toNumber(): number } | undefined)?.toNumber();
  expect([n("residentPopulation"), n("adminVillagesStated"), n("poorVillagesStated")]).toEqual([329500, 87, 4]);
  expect([n("trainingPersonTimesStated"), n("eligiblePoorPersonsStated"), n("trainedPoorPersonsStated")]).toEqual([3487, 1524, 812]);
});

test("a chart of short marks (a Gantt chart's ■ and ▓) is no paper", () => {
  const gantt: Sheet = { name: "推进计划", rows: Array.from({ length: 8 }, () => line("实际", ...Array<string>(W - 1).fill("▓"))) };
  expect(withManuscriptPaperRead(gantt)).toBe(gantt);
});
