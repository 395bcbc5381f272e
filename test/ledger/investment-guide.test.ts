/**
 * 榕城's investment guide (102nd batch), pages of the 区情 and 园区 chapters handed in as the facts sheet: a
 * 项目 | 数据 | 单位 table, then a yearbook table with a 单位 column of its own (指标 | 单位 | 2019年 | 2020年 |
 * 比上年增长), then a park's label | value lines. A line's 亿元 is in its own table's 单位 column, not the first
 * table's; the park's name beside 园区名称 is no county, however close 园区名称 is to 县区名称.
 */
import { factsOf } from "../corpus/read-facts";

const guide = (): (string | number | null)[][] => [
  ["某区投资指南（2021）　摘页", null, null, null, null, null],
  ["第一篇　区情速览", null, null, null, null, null],
  ["项目", "数据", "单位", "项目", "数据", "单位"],
  ["区域面积", 186.4, "平方公里", "常住人口（七普）", 96.79, "万人"],
  ["镇（街道）", 11, "个", "行政村", 93, "个"],
  ["第二篇　主要经济指标", null, null, null, null, null],
  ["指标", "单位", "2019年", "2020年", "2020年比上年增长（%）", "备注"],
  ["地区生产总值", "亿元", 402.6, 398.1, -1.1, null],
  ["农村网络零售额", "亿元", 28.4, 35.1, 23.6, "区商务局"],
  ["第三篇　重点园区", null, null, null, null, null],
  ["园区名称", "榕城区电子商务产业园", null, null, null, null],
  ["建设情况", "2019年依托原物流园整合建成，2020年完成优化提升", null, null, null, null],
];

test("a yearbook table's own 单位 column gives its lines' unit (亿元), not the first table's", () => {
  const read = factsOf({ sheets: [{ name: "投资指南摘页", rows: guide() }] });
  expect(read.facts).toMatchObject({ residentPopulation: 967900, ruralRetail2019: 2840000000, ruralRetail2020: 3510000000, ruralRetailGrowthStated: 0.236 });
});

test("a park's name beside 园区名称 is no county: a county's name ends in its 县, 市 or 区", () => {
  const read = factsOf({ sheets: [{ name: "投资指南摘页", rows: guide() }] });
  expect(read.facts.county).toBeUndefined();
  const named = factsOf({
    sheets: [
      {
        name: "基本情况",
        rows: [
          ["县区名称", "榕城区（盖章）"],
          ["常住人口", "96.79万人"],
        ],
      },
    ],
  });
  expect(named.facts.county).toBe("榕城区");
});
