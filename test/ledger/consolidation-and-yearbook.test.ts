/**
 * Three sheets from the 99th blind batch's shapes: Excel's 合并计算 result with links (each town's row,
 * then the item's total), a count of villages the express misses as the coverage's answer, and a
 * yearbook's entries (【条目】 titles, bare days of the year its note names, a table of 2020年 | 比上年增长).
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const towns = (values: number[]): CellValue[][] => values.map((v, i) => [null, ["甲镇上报", "乙镇上报", "丙镇上报", "丁镇上报", "戊镇上报"][i], v]);
const valueOf = (rows: CellValue[][], key: string) => readFactsSheet({ name: "基础数据", rows }, GD_2019).entries.find((e) => e.key === key);

describe("a 合并计算 result: the totals, never a town's figure", () => {
  const rows: CellValue[][] = [
    ["基础数据（合并计算）"],
    [null, null, "数值"],
    ...towns([30, 30, 30, 20, 32]),
    ["行政村数（个）", null, 142],
    ...towns([100, 100, 150, 100, 105]),
    ["有劳动能力建档立卡贫困人口（不含外出务工）（人）", null, 555],
    ...towns([60, 60, 60, 60, 64]),
    ["其中：参加过电商培训（人）", null, 304],
  ];

  test("each item's total is its figure, and a 其中 line far below its whole is still its part", () => {
    expect(valueOf(rows, "adminVillagesStated")).toMatchObject({ value: 142, cell: "C8" });
    expect(valueOf(rows, "eligiblePoorPersonsStated")).toMatchObject({ value: 555, cell: "C14" });
    expect(valueOf(rows, "trainedPoorPersonsStated")).toMatchObject({ value: 304, cell: "C20" });
  });

  test("without the repeating sources it is an ordinary table: a source row stays a line", () => {
    const once: CellValue[][] = [
      ["项目", null, "数值"],
      [null, "行政村数", 142],
      ["常住人口", null, "88.41万人"],
    ];
    expect(valueOf(once, "adminVillagesStated")).toMatchObject({ value: 142 });
  });
});

describe("the villages the express does not reach answer its coverage", () => {
  test.each([
    [3, "否"],
    [0, "是"],
    ["2个", "否"],
  ])("快递未通达行政村 %p: %s", (count, answer) => {
    const entry = valueOf(
      [
        ["项目", "数值"],
        ["快递未通达行政村（个）", count],
      ],
      "expressCoverage",
    );
    expect(entry).toMatchObject({ value: answer, cell: "B2" });
  });

  test("a hedged count (约3个) is no answer of coverage", () => {
    expect(
      valueOf(
        [
          ["项目", "数值"],
          ["快递未通达行政村（个）", "约3个"],
        ],
        "expressCoverage",
      )?.value,
    ).not.toBe("否");
  });
});

describe("a yearbook's entries", () => {
  const rows: CellValue[][] = [
    ["某区年鉴（2021）摘录"],
    ["说明：年鉴记述时限为2020年1月1日—12月31日，条目中只写月、日的均为2020年。"],
    ["【区电子商务公共服务中心】9月28日，位于街口街的区电子商务公共服务中心投入运营。"],
    ["【农村网络零售】2020年，全区农村网络零售额18.62亿元，同比增长32.4%。"],
    ["表1　2020年主要指标"],
    ["指标", "单位", "2020年", "比上年增长（%）"],
    ["农产品网络零售额", "亿元", 5.08, 26.7],
    ["电商培训", "期", 38, "—"],
  ];

  test("a bare day is the year the note names", () => {
    expect(valueOf(rows, "centerOpened")?.value).toMatch(/2020年9月28日/);
  });

  test("an entry's 【title】 is a heading: the year opening its text is the year of its figures", () => {
    expect(valueOf(rows, "ruralRetail2020")?.value).toBe("18.62亿元");
    expect(valueOf(rows, "ruralRetail2019")).toBeUndefined();
  });

  test("one year with its growth beside it is a table by year; its sessions are no person-times", () => {
    expect(valueOf(rows, "agriRetail2020")).toMatchObject({ value: 5.08, cell: "C7" });
    expect(valueOf(rows, "agriRetailGrowthStated")).toMatchObject({ value: 26.7, cell: "D7" });
    expect(valueOf(rows, "trainingPersonTimesStated")).toBeUndefined();
  });
});
