/**
 * 顺德's base-data table: a statistics bureau's 千元 in the unit column, its finance bureau named 财税局,
 * Guangdong's own 相对贫困人口 for the poor; and a sentence's person-times, which count no persons.
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

const rows: CellValue[][] = [
  ["某区自评基础数据表"],
  ["序号", "指标", "计量单位", "数值", "数据来源"],
  [1, "领导小组组长", "—", "区委副书记、区长", "顺府办函〔2020〕38号"],
  [2, "领导小组成员单位", "—", "区经济和科技促进局（商务）、区财税局、区农业农村局、区乡村振兴局", "顺府办函〔2020〕38号"],
  [3, "2020年农村网络零售额", "千元", "3,512,870", "区统计局"],
  [4, "参加电商培训的相对贫困人口", "人", 151, "区电商公共服务中心"],
];

test("千元 scaled, 财税局 the finance department, 相对贫困人口 the poor trained", () => {
  const got = factsOf({ sheets: [{ name: "基础数据", rows }] });
  expect(got.facts.ruralRetail2020).toBe(3512870000);
  expect(got.facts.trainedPoorPersonsStated).toBe(151);
  expect(got.leadership).toBe("principal-all");
});

test("a sentence's 人次 of the poor is no count of poor persons", () => {
  const said =
    "（四）强化人才培训。累计开展电商培训112场次、近4400人次，培训覆盖常住人口的0.8%以上。全市有劳动能力的建档立卡贫困人口（不含外出务工人员）共486人，已参训312人，参训率64.2%，贫困户参训500余人次。";
  const got = factsOf({ sheets: [{ name: "自评报告", rows: [["某市电子商务进农村综合示范工作自评报告"], [said]] }] });
  expect(got.facts.trainedPoorPersonsStated).toBe(312);
});
