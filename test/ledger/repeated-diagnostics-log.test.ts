/**
 * Diagnostics.repeated keeps its calls in a log until they are merged (src/core/repeat-log.ts).
 * Whatever is asked of the list in between (read, pushed onto, a cell forgotten) sees what it saw
 * when every call was a Diagnostic, in the order said, and the merged lines come out the same.
 */
import { Diagnostics } from "../../src/core/diagnostics";
import { colOfPlace, place, rowOfPlace } from "../../src/core/repeat-log";

const KIND = "身份证号位数不对";
/** A masked-ID style call on row r of column B, each quoting its own value. */
const say = (d: Diagnostics, r: number, cell = `B${r}`) => d.repeated("warning", `身份证号位数不对（${r}）`, KIND, String(r), "名单", cell);
const lines = (d: Diagnostics) => d.list.map((x) => `${x.cell} ${x.message}`);

test("the list read between calls holds each call as a Diagnostic, in order; they merge later all the same", () => {
  const d = new Diagnostics();
  say(d, 2);
  d.warn("日期不对", "名单", "C2");
  say(d, 3);
  expect(d.list).toEqual([
    { severity: "warning", message: "身份证号位数不对（2）", sheet: "名单", cell: "B2" },
    { severity: "warning", message: "日期不对", sheet: "名单", cell: "C2" },
    { severity: "warning", message: "身份证号位数不对（3）", sheet: "名单", cell: "B3" },
  ]);
  for (let r = 4; r <= 11; r++) say(d, r);
  d.aggregateColumnRuns();
  expect(lines(d)).toEqual(["B2:B11 身份证号位数不对（B2:B11 中共 10 个单元格，如 “2”（B2）、“3”（B3）、“4”（B4） 等）", "C2 日期不对"]);
});

test("a line pushed onto a list held from before stands after the calls said before it", () => {
  const d = new Diagnostics();
  const held = d.list;
  say(d, 2);
  held.push({ severity: "info", message: "另一句", sheet: "名单", cell: "D2" });
  say(d, 3);
  expect(lines(d)).toEqual(["B2 身份证号位数不对（2）", "D2 另一句", "B3 身份证号位数不对（3）"]);
  expect(d.list).toBe(held);
});

test("a call forgotten is not counted in the merged line", () => {
  const d = new Diagnostics();
  for (let r = 2; r <= 12; r++) say(d, r);
  d.forgetCell("名单", "B5");
  d.forgetCell("名单", "B99");
  d.aggregateColumnRuns();
  expect(lines(d)).toEqual(["B2:B12 身份证号位数不对（B2:B12 中共 10 个单元格，如 “2”（B2）、“3”（B3）、“4”（B4） 等）"]);
});

test("a cell written otherwise ($B$7) is kept as given and still merges with its kind", () => {
  const d = new Diagnostics();
  for (let r = 2; r <= 11; r++) say(d, r, r === 7 ? "$B$7" : `B${r}`);
  expect(d.list[5].cell).toBe("$B$7");
  d.aggregateColumnRuns();
  expect(lines(d)).toEqual(["B2:B11 身份证号位数不对（B2:B11 中共 10 个单元格，如 “2”（B2）、“3”（B3）、“4”（B4） 等）"]);
});

test("kinds alike up to where a long quote is cut are one problem", () => {
  const d = new Diagnostics();
  const long = "很长的说明".repeat(14);
  for (let r = 2; r <= 11; r++) d.repeated("info", `第 ${r} 行：${long}`, `“${long}${r % 2 ? "甲" : "乙"}”未计入`, String(r), "名单", `${r}:${r}`);
  d.aggregateColumnRuns();
  expect(d.list).toHaveLength(1);
  expect(d.list[0].cell).toBe("2:11");
  expect(d.list[0].message).toMatch(/…”未计入（第 2–11 行中共 10 行，如 “2”（第 2 行）、“3”（第 3 行）、“4”（第 4 行） 等）$/);
});

test("a sheet forgotten takes its logged calls with it; another sheet's stay in place", () => {
  const d = new Diagnostics();
  say(d, 2);
  d.repeated("warning", "别表", KIND, "x", "别表", "B2");
  say(d, 3);
  d.forgetSheet("名单");
  expect(lines(d)).toEqual(["B2 别表"]);
});

test("place: a cell written as this project writes it, row and column; anything else -1", () => {
  expect([rowOfPlace(place("C17")), colOfPlace(place("C17"))]).toEqual([16, 2]);
  expect([rowOfPlace(place("ZZZ1")), colOfPlace(place("ZZZ1"))]).toEqual([0, 18277]);
  expect([rowOfPlace(place("17:17")), colOfPlace(place("17:17"))]).toEqual([16, -1]);
  for (const cell of ["$C$17", "c17", "C017", "C0", "AAAA1", "5:6", "05:05", "0:0", "", "C", ":", "1048577000:1048577000"]) expect(place(cell)).toBe(-1);
});

test("a kind that merges alone in one column still does when its few calls in another column are listed", () => {
  const d = new Diagnostics();
  d.repeated("info", "打码", "打码", "x", "名单", "B4");
  d.repeated("warning", "打码", "打码", "x", "名单", "5:5");
  d.repeated("warning", "打码（3）", "打码", "3", "名单", "8:8");
  d.aggregateColumnRuns(3, undefined, 2);
  expect(lines(d)).toEqual(["B4 打码", "5:8 打码（第 5–8 行中共 2 行，如 “x”（第 5 行）、“3”（第 8 行））"]);
});
