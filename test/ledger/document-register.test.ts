/**
 * A bureau's 发文登记簿 (发文字号 | 发文日期 | 文件标题 | 主送) as the report log: what went to the city
 * bureau counts, a number left unused (（空号）) is no report, and an experience material sent the
 * same way is a material.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const register: Sheet = {
  name: "发文登记",
  rows: [
    ["某区商务局发文登记簿（电子商务进农村示范创建）"],
    ["序号", "发文字号", "发文日期", "文件标题", "主送", "抄送", "附件", "份数", "经办人"],
    [1, "某商务函〔2020〕70号", "2020.9.7", "关于报送2020年8月份电子商务进农村综合示范创建工作进展情况的报告", "潮州市商务局", "区政府办", "工作进展表", 2, "陈××"],
    [2, "某商务函〔2020〕78号", "2020.10.9", "关于报送2020年9月份工作进展及电商扶贫统计数据的报告", "潮州市商务局", null, "工作进展表", 2, "陈××"],
    [3, "某商务〔2020〕80号", "2020.10.20", "（空号）", null, null, null, null, "此号作废"],
    [4, "某商务〔2021〕11号", "2021年3月12日", "关于我区电子商务进农村综合示范创建工作情况的报告", "某区人民政府", null, "无", 1, "陈××"],
    [5, "某商务函〔2021〕27号", "2021.5.20", "关于报送某区农村电商典型经验材料的函", "潮州市商务局", null, "经验材料", 2, "陈××"],
    [6, "某商务函〔2021〕30号", "2021.6.4", "关于报送2021年5月份电子商务进农村综合示范创建工作进展情况的报告", "潮州市商务局", null, "工作进展表", 2, "陈××"],
  ],
};

const { ledgers, diagnostics } = readLedgers({ sheets: [register] }, GD_2019);

test("the reports to the city bureau are its report log, dated by 发文日期", () => {
  expect(ledgers.reports.map((r) => [r.source.row, r.date])).toEqual([
    [3, { y: 2020, m: 9, d: 7 }],
    [4, { y: 2020, m: 10, d: 9 }],
    [8, { y: 2021, m: 6, d: 4 }],
  ]);
  expect(ledgers.reports[1].poverty).toBe(true);
});

test("a report to the district government and an unused number are no reports, each said", () => {
  const said = diagnostics.list.filter((d) => d.sheet === "发文登记").map((d) => d.message);
  expect(said.some((m) => m.includes("某区人民政府") && m.includes("未计入"))).toBe(true);
  expect(said.some((m) => m.includes("（空号）") && m.includes("未计入"))).toBe(true);
});

test("the experience material sent under a number is a material", () => {
  expect(ledgers.materials.map((r) => r.source.row)).toEqual([7]);
});

test("a report's words that leave the poverty statistics out say no, as in a work diary", () => {
  const log: Sheet = {
    name: "月报报送",
    rows: [
      ["序号", "报送日期", "报送内容", "报送对象"],
      [1, "2020.11.9", "10月份进展月报（未附扶贫统计表，市局同意下月一并报送）", "某市商务局"],
      [2, "2020.12.8", "11月份月报及10、11月电商扶贫统计", "某市商务局"],
      [3, "2021.2.5", "1月份月报", "某市商务局"],
    ],
  };
  expect(readLedgers({ sheets: [log] }, GD_2019).ledgers.reports.map((r) => r.poverty)).toEqual([false, true, null]);
});
