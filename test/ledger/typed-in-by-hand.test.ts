/**
 * Sheets the clerk types in as they were kept by hand: a paper form with words struck through (连南),
 * a roll-call grid dated by month and day under a year's group (东源), a desk diary with the year on
 * a line of its own and "〃" for the same day (紫金), and a system's export whose codes are explained
 * run together in one line ("劳动技能 1普通劳动力 2技能劳动力 …").
 */
import type { CellValue, Merge } from "../../src/core/grid";
import { Diagnostics } from "../../src/core/diagnostics";
import { correctedValue } from "../../src/ledger/facts/corrections";
import { codeLegend } from "../../src/ledger/code-legend";
import { readWorkDiary, findWorkDiary } from "../../src/ledger/work-diary";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { formatDate } from "../../src/scoring/dates";

describe("a handwritten form typed in as written", () => {
  test.each([
    ["15.42（划去）14.23", "14.23"],
    ["否（划去）是", "是"],
    ["1,528（划去）1,472", "1,472"],
    ["2020年12月（划去）2020年11月26日", "2020年11月26日"],
    // (In a list only the word struck goes: the one written after it takes its place.)
    ["商务局、财政局、扶贫办（划去）乡村振兴局、邮政分公司", "商务局、财政局、乡村振兴局、邮政分公司"],
  ])("%s is read as %s", (written, now) => {
    expect(correctedValue(written)).toBe(now);
  });

  test("what cannot be read, and what was left blank, is not filled", () => {
    expect(correctedValue("（字迹不清）")).toBeNull();
    expect(correctedValue("（空白）")).toBeNull();
    expect(correctedValue("（划去）")).toBeNull();
  });
});

test("a roll-call grid's sessions dated by month and day under their year's group are each an attendance", () => {
  const merges: Merge[] = [
    { top: 1, left: 3, bottom: 1, right: 5 },
    { top: 1, left: 6, bottom: 1, right: 7 },
  ];
  const rows: CellValue[][] = [
    ["“带头人”培训班学员点名册"],
    ["序号", "姓名", "身份证号码", "2020年", null, null, "2021年", null, "到课次数"],
    [null, null, null, "第1期", "第2期", "第3期", "第4期", "第5期", null],
    [null, null, null, "9月17日", "10.22", "11.26-27", "1.14", "9.9", null],
    [1, "钟国平", "441625197810028377", "√", "√迟", "假", "✓", "√", 4],
    [2, "叶秀梅", "441625199206197624", "×", "√", "√", null, "（退学）", 2],
    [3, "刘建华", "441625197805283998", "√", "—", "√", "√", "×", 3],
  ];
  const read = readLedgers({ sheets: [{ name: "学员点名册", rows, merges }] }, GD_2019);
  const got = read.ledgers.training.map((t) => `${t.name} ${t.date ? formatDate(t.date) : "-"}`);
  expect(got).toEqual([
    "钟国平 2020-09-17",
    "钟国平 2020-10-22",
    "钟国平 2021-01-14",
    "钟国平 2021-09-09",
    "叶秀梅 2020-10-22",
    // (A two-day class by its last day.)
    "叶秀梅 2020-11-27",
    "刘建华 2020-09-17",
    "刘建华 2020-11-27",
    "刘建华 2021-01-14",
  ]);
});

test("a desk diary: the year on a line of its own, 〃 for the same day, only the sends to the city's bureau", () => {
  const sheet = {
    name: "工作日志",
    rows: [
      ["电商股工作日志"],
      ["日期", "星期", "工作内容", "方式"],
      ["2020年", null, null, null],
      ["9月7日", "周一", "报送8月份工作进展月报至市商务局（附电商扶贫统计表）", "粤政易"],
      ["10.9", "周五", "报送9月份月报至市商务局，扶贫统计表本月未附", "邮箱"],
      ["2021年", null, null, null],
      ["3月8日", "周一", "2月份月报报市商务局（附扶贫统计表）", null],
      ["〃", "〃", "同日报县委办：电商培训简报", null],
      ["4月7日", "周三", "报送3月份月报至市商务局", null],
      ["〃", "〃", "重新报送3月份月报至市商务局（附扶贫统计表）", null],
    ] as CellValue[][],
  };
  const diary = findWorkDiary(sheet);
  expect(diary).toBeDefined();
  const got = readWorkDiary(sheet, diary as NonNullable<typeof diary>, new Diagnostics()).reports.map((r) => [r.date ? formatDate(r.date) : null, r.poverty]);
  expect(got).toEqual([
    ["2020-09-07", true],
    ["2020-10-09", false],
    ["2021-03-08", true],
    ["2021-04-07", null],
    ["2021-04-07", true],
  ]);
});

test("codes explained run together after the column's name are read as that column's legend", () => {
  const sheet = {
    name: "贫困人口",
    rows: [
      ["导出时间：2021-06-28　代码说明：劳动技能 1普通劳动力 2技能劳动力 4丧失劳动力；务工状况 0未务工 3县外省内务工 4省外务工"],
      ["序号", "姓名", "劳动技能", "务工状况"],
    ] as CellValue[][],
  };
  expect([...codeLegend(sheet, "劳动技能", 1)]).toEqual([
    ["1", "普通劳动力"],
    ["2", "技能劳动力"],
    ["4", "丧失劳动力"],
  ]);
  expect([...codeLegend(sheet, "务工状况", 1)]).toEqual([
    ["0", "未务工"],
    ["3", "县外省内务工"],
    ["4", "省外务工"],
  ]);
});
