/**
 * A problem that repeats row after row, each message quoting its own cell (masked ID numbers,
 * unreadable dates, the same person listed twice), is one line per kind and column, counting the
 * cells and quoting a few values, never one line per row. A few rows keep their own messages.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { Diagnostics } from "../../src/core/diagnostics";
import { idCheckChar } from "../../src/ledger/normalize/idnumber";
import { scoreGrids } from "../../src/pipeline";

function id(n: number): string {
  const first17 = `4402811980010${String(n).padStart(4, "0")}`;
  return first17 + idCheckChar(first17);
}
const masked = (n: number) => `440281********${String(n).padStart(4, "0")}`;
const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

function diagnosticsOf(persons: CellValue[][], training: CellValue[][]) {
  const sheets: Sheet[] = [
    {
      name: "基本情况",
      rows: [
        ["常住人口", 420000],
        ["考评截止日期", "2021-08-31"],
      ],
    },
    { name: "贫困人口名单", rows: [["姓名", "身份证号", "是否有劳动能力", "是否外出务工"], ...persons] },
    { name: "培训台账", rows: [["姓名", "身份证号", "培训日期", "培训主题"], ...training] },
  ];
  return scoreGrids({ sheets }).report.diagnostics;
}

test("2,000 masked ID numbers and 2,000 unreadable dates: one line each, counted, with examples", () => {
  const n = 2000;
  const training = Array.from({ length: n }, (_, i) => [`学员${i}`, masked(i), `第${i}期`, "直播"]);
  const diags = diagnosticsOf([["甲", id(1), "是", "否"]], training);
  const ids = diags.filter((x) => x.sheet === "培训台账" && x.message.includes("已打码"));
  expect(ids).toEqual([
    {
      severity: "warning",
      sheet: "培训台账",
      cell: `B2:B${n + 1}`,
      message: `身份证号已打码：可用于计数，不能用于比对人员（B2:B${n + 1} 中共 ${n} 个单元格，如 “${masked(0)}”（B2）、“${masked(1)}”（B3）、“${masked(2)}”（B4） 等）`,
    },
  ]);
  const dates = diags.filter((x) => x.sheet === "培训台账" && x.cell?.startsWith("C"));
  expect(dates).toHaveLength(1);
  expect(dates[0].message).toMatch(new RegExp(`^培训日期不是可读的日期，按无日期处理（C2:C${n + 1} 中共 ${n} 个单元格，如 “第0期”（C2）`));
  // Besides these, only workbook-wide lines (missing ledgers) and the facts sheet's doubt.
  expect(diags.filter((x) => x.sheet === "培训台账")).toHaveLength(2);
});

test("the same person listed again and again in the roster: one line for the sheet's rows", () => {
  // 乙0 … 乙49 all carry 乙0's ID number (row 3).
  const persons = [["甲", id(1), "是", "否"], ...Array.from({ length: 50 }, (_, i) => [`乙${i}`, id(2), "是", "否"])];
  const diags = diagnosticsOf(persons, [["甲", id(1), d(2021, 3, 1), "直播"]]);
  const dup = diags.filter((x) => x.message.startsWith("建档立卡贫困人口重复"));
  expect(dup).toHaveLength(1);
  expect(dup[0].cell).toBe("4:52"); // rows 4–52 repeat row 3
  expect(dup[0].message).toBe("建档立卡贫困人口重复：身份证号与第 3 行相同，只计一次（第 4–52 行中共 49 行）");
});

test("a few rows keep their own messages; identical ones in a run still merge as before", () => {
  const diags = new Diagnostics();
  diags.repeated("warning", "培训日期：月份应为1–12，按无日期处理", "培训日期不是可读的日期，按无日期处理", "2021年13月", "台账", "C2");
  diags.repeated("warning", "培训日期：无法识别的日期“上月”，按无日期处理", "培训日期不是可读的日期，按无日期处理", "上月", "台账", "C3");
  for (let r = 4; r <= 6; r++) diags.repeated("warning", "身份证号：身份证号已打码（1）", "身份证号已打码", "1", "台账", `B${r}`);
  diags.aggregateColumnRuns();
  expect(diags.list.map((x) => `${x.cell} ${x.message}`)).toEqual([
    "C2 培训日期：月份应为1–12，按无日期处理",
    "C3 培训日期：无法识别的日期“上月”，按无日期处理",
    "B4:B6 身份证号：身份证号已打码（1）（B4:B6 中共 3 个单元格）",
  ]);
});

test("two kinds taking turns down one column, with other columns and sheets between: each kind one line", () => {
  const d = new Diagnostics();
  for (let r = 2; r <= 13; r++) {
    if (r % 3 === 0) d.repeated("warning", `身份证号已打码（44*${r}）：可用于计数`, "身份证号已打码：可用于计数", `44*${r}`, "名单", `B${r}`);
    else d.repeated("warning", `身份证号位数不对（${r}位）`, "身份证号位数不对", `${r}`, "名单", `B${r}`);
    if (r === 7) d.warn("日期不对", "名单", "C7");
    if (r === 9) d.repeated("warning", "身份证号位数不对（x）", "身份证号位数不对", "x", "另表", "B9");
    if (r === 11) d.warn("随便一句", "名单", "B11");
  }
  d.aggregateColumnRuns(3, undefined, 3);
  expect(d.list.map((x) => [x.sheet, x.cell, x.message])).toEqual([
    ["名单", "B2:B13", "身份证号位数不对（B2:B13 中共 8 个单元格，如 “2”（B2）、“4”（B4）、“5”（B5） 等）"],
    ["名单", "B3:B12", "身份证号已打码：可用于计数（B3:B12 中共 4 个单元格，如 “44*3”（B3）、“44*6”（B6）、“44*9”（B9） 等）"],
    ["名单", "C7", "日期不对"],
    ["另表", "B9", "身份证号位数不对（x）"],
    ["名单", "B11", "随便一句"],
  ]);
});
