/**
 * 连山's 对照检查表: 检查内容 | 检查方式 | 检查结果 | 存在问题 | 整改措施 | 责任单位, only 检查结果 answering;
 * figures said aloud (3亿2千万元, 一千一百二十六人次), 元 beside 万元.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { leaderInSentence } from "../../src/ledger/leader";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "对照检查表",
  rows: [
    ["序号", "检查项目", "检查内容", "检查方式", "检查结果", "存在问题", "整改措施", "责任单位"],
    [
      1,
      "组织领导",
      "是否建立县政府主要领导牵头、多部门参与的工作协调机制",
      "查阅文件",
      "已建立。县长任领导小组组长，成员单位有县商务局、财政局、农业农村局、乡村振兴局等",
      "无",
      "—",
      "县商务局",
    ],
    [
      2,
      "农产品上行",
      "2020年农村网络零售额及同比增速",
      "查阅统计数据",
      "2020年3亿2千万元，2019年2亿4千5百万元，同比增长30.6%",
      "2021年1-8月农村网络零售额1亿9千万元，增速放缓",
      "加大直播带货扶持",
      "县商务局",
    ],
    [3, null, "2020年农产品网络零售额", "查阅统计数据", "96850000元（2019年为7120万元）", "—", "—", "县商务局"],
    [4, "人才培训", "培训人次是否达常住人口1%", "查阅培训台账", "累计培训一千一百二十六人次", "未达常住人口1%", "计划2021年底前累计培训达一千五百人次", "县商务局"],
    [5, "公共服务中心", "是否为电商市场主体提供免费摄影、美工服务", "现场查看", "否", "缺少专职摄影美工人员", "2021年10月底前由运营商派驻摄影美工2名", "运营服务商"],
  ],
};

test("only 检查结果 answers: its figures said aloud, another year's in brackets; the problems and the plans to mend them are no facts", () => {
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  const num = (k: string) => (input.facts[k]?.kind === "number" ? (input.facts[k]?.value as { toNumber(): number }).toNumber() : undefined);
  expect([num("ruralRetail2020"), num("ruralRetail2019"), num("ruralRetailGrowthStated")]).toEqual([320000000, 245000000, 0.306]);
  expect([num("agriRetail2020"), num("agriRetail2019")]).toEqual([96850000, 71200000]);
  expect(num("trainingPersonTimesStated")).toBe(1126);
  expect(input.facts.centerPhoto?.value).toBe(false);
  // 县长 leads and 乡村振兴局 is 扶贫: all four departments take part.
  expect(input.facts.leadershipLevel?.value).toBe("principal-all");
});

test("a checklist's question (是否建立…主要领导牵头…) names no leader", () => {
  expect(leaderInSentence("是否建立县政府主要领导牵头、多部门参与的工作协调机制")).toBeUndefined();
  expect(leaderInSentence("由县政府主要领导牵头，各部门参与")).toBe("县政府主要领导");
  // A bracket telling who led before names no leader now.
  expect(leaderInSentence("组长：县委副书记、县长（2021年5月调整，此前由常务副县长任组长）")).toBe("县委副书记、县长");
});
