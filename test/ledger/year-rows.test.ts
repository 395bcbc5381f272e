/**
 * 化州's 数据统计表: a table of figures with one row per year (年度 | 网络零售额 | 电商培训 | 省级专项资金 over
 * 2019年 | 2020年 | 2021年1-8月 | 合计 | 2020年同比增长), and a 贫困人口 table giving 有劳动能力 beside
 * 有劳动能力且未外出务工.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { yearRowsTables } from "../../src/ledger/facts/year-rows";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const merge = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

const byYear: Sheet = {
  name: "统计表",
  rows: [
    ["某县电子商务进农村综合示范数据统计表"],
    ["年份", "网络零售额（万元）", null, "电商培训", null, "省级专项资金（万元）", null, "备注"],
    [null, "农村", "农产品", "场次", "人次", "下达", "累计拨付", null],
    ["2019年", "98,500", 20100, 4, 380, 500, 60, null],
    ["2020年度", 120300, "27,900", 11, "1,620", "—", 255.5, null],
    ["2021年1-7月", 70100, 15800, 6, 905, "—", 371.2, "1-7月累计"],
    ["合计", "—", "—", 21, "2,905", 500, "—", null],
    ["2020年同比增长", "22.1%", "38.8%", "—", "—", "—", "—", null],
    [],
    ["基本情况", null, "建档立卡贫困人口（人）", null, null],
    ["常住人口（万人）", "行政村（个）", "有劳动能力", "其中：外出务工", "有劳动能力且未外出务工"],
    [31.5, 167, "9,480", "5,010", "4,470"],
  ],
  merges: [merge(1, 0, 2, 0), merge(1, 1, 1, 2), merge(1, 3, 1, 4), merge(1, 5, 1, 6), merge(1, 7, 2, 7), merge(9, 0, 9, 1), merge(9, 2, 9, 4)],
};

function facts(sheet: Sheet) {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  const n = (k: string) => (input.facts[k]?.value as { toNumber(): number } | undefined)?.toNumber();
  return { input, n };
}

test("the table's rows are found: whole years, a part year, the total and the growth", () => {
  const [t] = yearRowsTables(byYear);
  expect(t).toMatchObject({ top: 1, headerRow: 2, yearCol: 0, last: 7 });
  expect([...t.rows.values()].map((k) => k.kind)).toEqual(["year", "year", "part", "total", "growth"]);
});

test("each figure is its row's year with its column's header; inputs of no year are the total or the latest figure", () => {
  const { input, n } = facts(byYear);
  expect([n("ruralRetail2019"), n("ruralRetail2020"), n("agriRetail2019"), n("agriRetail2020")]).toEqual([985000000, 1203000000, 201000000, 279000000]);
  expect([n("ruralRetailGrowthStated"), n("agriRetailGrowthStated")]).toEqual([0.221, 0.388]);
  // 人次 has a 合计: that, not 2020's; 累计拨付 has none: the latest row's (a part year's, 2021年1-7月).
  expect(n("trainingPersonTimesStated")).toBe(2905);
  expect(input.facts.trainingPersonTimesStated?.evidence?.[0]?.cell).toBe("E7");
  expect([n("fundAllocated"), n("fundSpentStated")]).toEqual([5000000, 3712000]);
  // The part year's figures are no year's (2021年1-7月's 70,100 is not 2020's or 2019's).
  expect(input.facts.ruralRetail2019?.evidence?.[0]?.cell).toBe("B4");
});

test("the poor who can work, without migrants, is the column that leaves migrants out", () => {
  const { input, n } = facts(byYear);
  expect([n("residentPopulation"), n("adminVillagesStated")]).toEqual([315000, 167]);
  expect(n("eligiblePoorPersonsStated")).toBe(4470);
  expect(input.facts.eligiblePoorPersonsStated?.evidence?.[0]?.cell).toBe("E12");
});

test("years down a column with no headers beside them are no such table", () => {
  const list: Sheet = {
    name: "大事记",
    rows: [
      ["年份", "事项"],
      ["2019年", "获批示范县"],
      ["2020年", "中心运营"],
    ],
  };
  expect(yearRowsTables(list)).toEqual([]);
});
