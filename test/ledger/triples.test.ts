/**
 * 金平's knowledge-graph export: one fact a row (头实体 | 关系 | 尾实体), a fact replaced by a later one 已失效,
 * plans no facts, members one per row, the county's own name part of each line's subject.
 */
import type { Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const H = ["三元组ID", "头实体", "头实体类型", "关系（谓词）", "尾实体／属性值", "单位", "时间限定", "状态"];
const t = (id: number, head: string, kind: string, rel: string, tail: string, unit: string, when: string, status = "有效") => [
  `KG-${id}`,
  head,
  kind,
  rel,
  tail,
  unit,
  when,
  status,
];
const sheet: Sheet = {
  name: "三元组导出",
  rows: [
    ["某区城市知识图谱 · 三元组导出", null, null, null, null, null, null, null],
    H,
    t(1, "某区", "行政区划", "常住人口", "83.86", "万人", "2019-12-31", "已失效"),
    t(2, "某区", "行政区划", "下辖行政村数", "23", "个", "2020-03-01"),
    t(3, "某区电子商务进农村综合示范工作领导小组", "议事协调机构", "组长", "常务副区长", "—", "2020-03-10", "已失效"),
    t(4, "某区电子商务进农村综合示范工作领导小组", "议事协调机构", "成员单位", "区商务局", "—", "2020-03-10"),
    t(5, "某区电子商务进农村综合示范工作领导小组", "议事协调机构", "成员单位", "区财政局", "—", "2020-03-10"),
    t(6, "某区电子商务公共服务中心", "公共服务设施", "计划投入运营日期", "2020-08-31T00:00:00+08:00", "—", "—"),
    t(7, "某区电子商务进农村综合示范工作领导小组", "议事协调机构", "组长", "区委副书记、区长", "—", "2020-09-15"),
    t(8, "某区电子商务公共服务中心", "公共服务设施", "投入运营日期", "2020-10-30T00:00:00+08:00", "—", "—"),
    t(9, "某区电子商务公共服务中心", "公共服务设施", "提供服务", "免费摄影、美工", "—", "2020-10-30", "已失效"),
    t(10, "某区电子商务公共服务中心", "公共服务设施", "提供服务", "摄影、美工（按件收费）", "—", "2021-03-01"),
    t(11, "某区农产品网络零售额", "统计指标", "数值", "3.58", "亿元", "2019年"),
    t(12, "某区人民政府网站专栏", "网站栏目", "互动窗口", "监督举报邮箱", "—", "2020-09-07"),
    t(13, "某区", "行政区划", "常住人口", "81.42", "万人", "2020-11-01"),
  ],
};

test("each valid fact is read as a line; replaced facts and plans are not", () => {
  const facts = Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, e.value]));
  expect(facts).toMatchObject({
    residentPopulation: "81.42万人",
    adminVillagesStated: "23个",
    leadTitle: "区委副书记、区长",
    departments: "区商务局、区财政局",
    centerOpened: "2020-10-30",
    agriRetail2019: "3.58亿元",
    disclosureWindow: "是",
  });
  expect(facts.centerPhoto).not.toBe("是");
});
