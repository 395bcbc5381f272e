/**
 * Forms borrowed from other programmes (the 100th blind batch): a figure's year in a 数据年份 column, a
 * share of another whole beside the figures, a project application's numbered grounds.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const valueOf = (rows: CellValue[][], key: string) => readFactsSheet({ name: "填报表", rows }, GD_2019).entries.find((e) => e.key === key);

describe("a 数据年份 column", () => {
  const rows: CellValue[][] = [
    ["序号", "指标名称", "计量单位", "数据年份", "填报值"],
    [1, "县域常住人口", "万人", "2020", 33.16],
    [2, "农产品网络零售额", "万元", "2019", "9,860"],
    [3, "农产品网络零售额", "万元", "2020", "13,240"],
    [4, "农产品网络零售额占农林牧渔业总产值比重", "%", "2020", 4.62],
  ];

  test("a line given for two years is each year's figure", () => {
    expect(valueOf(rows, "agriRetail2019")).toMatchObject({ value: "9,860", cell: "E3" });
    expect(valueOf(rows, "agriRetail2020")).toMatchObject({ value: "13,240", cell: "E4" });
  });

  test("a line given once is read as it is; a share of another whole is no growth", () => {
    expect(valueOf(rows, "residentPopulation")).toMatchObject({ value: 33.16, cell: "E2" });
    expect(valueOf(rows, "agriRetailGrowthStated")).toBeUndefined();
  });
});

describe("a project application's grounds, a paragraph a row", () => {
  const rows: CellValue[][] = [
    [null, "1．《某区电子商务进农村综合示范创建工作方案》（某府办〔2020〕7号，已正式印发）。", null, null, null, null],
    [null, "5．2020年全区农村网络零售额38.7亿元，同比增长31.4%。", null, null, null, null],
    ["一级指标", "二级指标", "三级指标", "指标值（2022年）", "历史值（截至2021年8月）", "备注"],
    ["效益指标", "经济效益", "农村网络零售额增长率", "≥15%", "31.4%（2020年）", null],
  ];
  // (Each paragraph merged across B:F, as the form prints it.)
  const merges = [0, 1].map((r) => ({ top: r, left: 1, bottom: r, right: 5 }));
  const read = readFactsSheet({ name: "项目申报表", rows, merges }, GD_2019);
  const entry = (key: string) => read.entries.find((e) => e.key === key);

  test("a document 已正式印发 in its title's brackets is issued", () => {
    expect(entry("planIssued")?.value).toBe("是");
  });
});
