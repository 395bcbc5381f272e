/**
 * 连山's facts sheet (86th blind batch) is another programme's performance self-assessment: 考核指标 | 分值 | 评分办法 |
 * 完成情况 | 自评分, the e-commerce facts only in some lines' 完成情况. Its 评分办法 is that programme's rule, no
 * label of the county's ("行政村快递服务通达率100%得2分。"); a deputy who "牵头" another task a line before is not
 * the leader of the e-commerce group the county head chairs.
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

const rows: CellValue[][] = [
  ["某县2021年度实施乡村振兴战略实绩考核自评表（县商务局承担指标）"],
  ["序号", "考核内容", "考核指标", "分值", "评分办法", "完成情况（1—8月）", "自评分", "佐证材料"],
  [
    1,
    "一、产业兴旺",
    "县级电子商务公共服务中心建设运营",
    3,
    "建成并正常运营得3分。",
    "县电子商务公共服务中心于2020年12月28日投入运营；中心设免费培训室，能组织电商基础培训。",
    3,
    "运营协议",
  ],
  [2, null, "电商人才培训", 2, "培训人次达常住人口1%以上得2分。", "全县常住人口9.86万人（七普）；累计开展电商培训31期1,168人次。", 2, "培训台账"],
  [3, "二、生活富裕", "县域商业体系建设", 2, "完成乡镇商贸中心改造任务得2分。", "由分管副县长牵头，完成吉田、太保2个乡镇商贸中心改造。", 1, "验收资料"],
  [4, null, "农村物流配送", 2, "行政村快递服务通达率100%得2分。", "全县48个行政村快递服务通达率100%。", 2, "邮政管理部门证明"],
  [
    5,
    "三、组织保障",
    "电子商务进农村工作机制",
    2,
    "建立主要领导牵头的工作机制得2分。",
    "成立以县长为组长、分管副县长为副组长的县电子商务进农村综合示范工作领导小组，县商务局、县财政局、县农业农村局、县乡村振兴局等12个单位为成员单位。",
    2,
    "文件",
  ],
];

test("another programme's scoring method is no label of the county's", () => {
  const got = factsOf({ sheets: [{ name: "实绩考核自评", rows }] });
  expect(got.facts).toMatchObject({ centerOpened: "2020-12-28", expressCoverage: true, residentPopulation: 98600 });
});

test("the group's chair is the leader, not a deputy leading another task", () => {
  expect(factsOf({ sheets: [{ name: "实绩考核自评", rows }] }).leadership).toBe("principal-all");
});
