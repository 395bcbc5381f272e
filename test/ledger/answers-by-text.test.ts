/**
 * A column's answers remembered per text (AnswersByText), and the yes / no and date cells read
 * through it: each row gets the answer its own text gives, the unreadable ones said on every row.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { Diagnostics } from "../../src/core/diagnostics";
import { AnswersByText } from "../../src/ledger/answers-by-text";
import type { Recognition } from "../../src/ledger/recognize";
import { forEachDataRow } from "../../src/ledger/rows";

test("an answer is kept per field, text and parse", () => {
  const a = new AnswersByText<boolean | null>();
  const parse = () => true;
  a.set("poor", parse, "是", true);
  a.set("poor", parse, "否", false);
  expect(a.get("poor", parse, "是")).toBe(true);
  expect(a.get("poor", parse, "否")).toBe(false);
  expect(a.get("poor", parse, "√")).toBeUndefined();
  // Another field, or the same field read another way, knows nothing of it.
  expect(a.get("labour", parse, "是")).toBeUndefined();
  expect(a.get("poor", () => true, "是")).toBeUndefined();
});

test("a field read with a new parse at each call is no longer remembered", () => {
  const a = new AnswersByText<boolean | null>();
  const first = () => true;
  a.set("signedIn", first, "是", true);
  a.set("signedIn", () => true, "是", true);
  a.set("signedIn", first, "否", false);
  expect(a.get("signedIn", first, "是")).toBeUndefined();
  expect(a.get("signedIn", first, "否")).toBeUndefined();
});

test("a column of many texts stops being remembered after the first thousand", () => {
  const a = new AnswersByText<boolean | null>();
  for (let i = 0; i < 1500; i++) a.set("poor", a, `t${i}`, i % 2 === 0);
  expect(a.get("poor", a, "t999")).toBe(false);
  expect(a.get("poor", a, "t1000")).toBeUndefined();
});

const rec = {
  sheet: "培训",
  kind: "training",
  confidence: 1,
  headerRow: 0,
  headerRows: 1,
  columns: { name: 0, date: 1, poor: 2 },
  headers: { name: "姓名", date: "培训日期", poor: "是否贫困户" },
  fieldUnits: {},
} as unknown as Recognition;

function read(rows: CellValue[][]) {
  const sheet: Sheet = { name: "培训", rows: [["姓名", "培训日期", "是否贫困户"], ...rows] };
  const diags = new Diagnostics();
  const got: unknown[] = [];
  forEachDataRow(sheet, rec, diags, (x) => got.push([x.yesNo("poor"), x.date("date")]));
  return { got, cells: diags.list.map((d) => d.cell) };
}

test("rows of repeated texts and days each read as their own cell says", () => {
  const day = new Date(Date.UTC(2021, 2, 5));
  const { got, cells } = read([
    ["张三", day, "是"],
    ["李四", day, "否"],
    ["王五", new Date(Date.UTC(2021, 2, 6)), "是"],
    ["赵六", day, "不详"],
    ["钱七", "2021年3月", "不详"],
    ["孙八", day, "是"],
    ["周九", new Date(NaN), "否"],
  ]);
  expect(got).toEqual([
    [true, { y: 2021, m: 3, d: 5 }],
    [false, { y: 2021, m: 3, d: 5 }],
    [true, { y: 2021, m: 3, d: 6 }],
    [null, { y: 2021, m: 3, d: 5 }],
    [null, { y: 2021, m: 3 }],
    [true, { y: 2021, m: 3, d: 5 }],
    [false, null],
  ]);
  // The unreadable answer is said on both of its rows, not only the first.
  expect(cells).toEqual(["C5", "C6"]);
});
