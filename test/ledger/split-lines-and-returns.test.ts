/**
 * Two ways a clerk's figures reach the sheet: a numbered list pasted from Word and split by Excel's
 * 分列 on "." (every figure's and day's dots cut too), its lines saying several things after one
 * colon; and a data sheet laid out like a tax return (栏次 with check formulas, 本月数 | 累计数).
 */
import type { Sheet } from "../../src/core/grid";
import { withSplitDotsJoined } from "../../src/ledger/facts/split-dots";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const split: Sheet = {
  name: "基本情况",
  rows: [
    ["翁源县电子商务进农村综合示范创建基本情况"],
    [1, "全县常住人口：33", "58万人（七普），户籍人口42", "13万人（公安）"],
    [2, "行政村：174个，社区居委会：15个，省定贫困村：24个"],
    [3, "县电商公共服务中心投入运营时间：2020", 11, 18],
    [4, "2020年农村网络零售额：8", "57亿元，同比增长33", "5%"],
    [5, "累计拨付：403", "56万元（截至2021", 8, "31，支出率80", "7%）"],
  ],
};

test("a list split on its dots is joined again, each line's pieces in its first cell", () => {
  const rows = withSplitDotsJoined(split).rows;
  expect(rows[1]).toEqual([1, "全县常住人口：33.58万人（七普），户籍人口42.13万人（公安）", null, null]);
  expect(rows[3]).toEqual([3, "县电商公共服务中心投入运营时间：2020.11.18", null, null]);
  expect(rows[5][1]).toBe("累计拨付：403.56万元（截至2021.8.31，支出率80.7%）");
});

test("a line saying several things after its colon is read clause by clause", () => {
  const read = readFactsSheet(split, GD_2019);
  const value = (key: string) => read.entries.find((e) => e.key === key)?.value;
  expect([value("adminVillagesStated"), value("poorVillagesStated")]).toEqual(["174个", "24个"]);
  expect(value("ruralRetailGrowthStated")).toBe("33.5%");
  expect(String(value("centerOpened"))).toMatch(/2020.11.18|2020-11-18/);
});

test("neighbouring cells that only look cut are left alone: a legend's 否=0, a line number, a speaker", () => {
  const sheet: Sheet = {
    name: "导出",
    rows: [
      [9, "是否正式印发示范县工作方案", "是=1，否=0", 1],
      ["戊1", "2019年全县农村网络零售额", 8.62],
      [1, "发言人1", "00:00:05", "好，我们开始。"],
      [2, "发言人2", "00:00:31", "常住人口按七普是25.86万。"],
    ],
  };
  expect(withSplitDotsJoined(sheet)).toBe(sheet);
});

test("a return's line numbers and month column are no answers: the running total is", () => {
  const sheet: Sheet = {
    name: "考评数据申报表",
    rows: [
      ["类别", "项目", "栏次", "本月数（2021年8月）", "累计数", "备注"],
      ["基本情况", "常住人口（人）", "1", "—", "879,412", "第七次全国人口普查"],
      [null, "行政村（个）", "3", "—", 128, null],
      ["人才培训", "电商培训人次（人次）", "28", 286, "9,215", null],
      [null, "有劳动能力且未外出务工的建档立卡贫困人口（人）", "31=29-30", "—", "1,584", null],
      [null, "参加培训的建档立卡贫困人口（人）", "32", 12, 868, "按身份证去重"],
    ],
  };
  const read = readFactsSheet(sheet, GD_2019);
  const value = (key: string) => read.entries.find((e) => e.key === key)?.value;
  expect(value("residentPopulation")).toBe("879,412");
  expect(value("adminVillagesStated")).toBe(128);
  expect(value("trainingPersonTimesStated")).toBe("9,215");
  expect(value("trainedPoorPersonsStated")).toBe(868);
});
