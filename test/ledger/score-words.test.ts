/**
 * 新兴's self-scoring sheet: rows numbered by the rubric (1.1, 1.4.1), points said in words against the
 * 分值 column (满分 / 扣1分 / 不得分 / 不涉及), facts in the 完成情况及佐证材料 column.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { withScoreWords } from "../../src/ledger/facts/score-words";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "自评打分表",
  rows: [
    ["某县2019年省级电子商务进农村综合示范创建自评打分表"],
    ["指标编号", "评价指标", "分值", "完成情况及佐证材料", "自评意见"],
    ["1.2", "方案制定", 2, "已正式印发《某县电子商务进农村综合示范工作实施方案》", "满分"],
    ["1.3", "政策支持", 2, "已出台《某县促进农村电子商务发展若干措施》，部分条款尚未落实", "扣1分"],
    ["2.1", "服务体系建设：县级中心与产业园", 15, null, "扣2分"],
    ["2.1.9", "产业园入驻企业达20家及以上", 2, "现入驻17家", "不得分"],
    ["2.3.6", "2020年农村或农产品网络零售额同比增速≥30%", 2, "2020年农产品网络零售额同比增长：34.6%\n2021年1-7月同比增长：21.3%", "满分"],
    ["2.4", "电商人才培训", 20, "目标培训人次：3900\n实际累计培训：4862人次", "满分"],
    ["7.1", "发生安全生产、质量事故或重大损失", null, "无", "不涉及"],
  ],
};

test("each word becomes the points it stands for of its line's 分值; 不涉及 scores nothing", () => {
  const rows = withScoreWords(sheet).rows;
  expect(rows[1][4]).toBe("自评得分");
  expect(rows.slice(2).map((r) => r[4])).toEqual([2, 1, 13, 0, 2, 20, null]);
  // A column of numbers is left as it is.
  const numbers: Sheet = { ...sheet, rows: sheet.rows.map((r, i) => (i > 1 ? [...r.slice(0, 4), 1] : r)) };
  expect(withScoreWords(numbers)).toBe(numbers);
});

test("the clerk's points are the indicators' claims; the account column's facts and short answers are read; a 2021 figure is no 2020 one", () => {
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  const claims = Object.fromEntries(Object.entries(input.claims ?? {}).map(([k, c]) => [k, c.points.toNumber()]));
  expect(claims).toMatchObject({ "org.plan": 2, "org.policy": 1, "work.center": 13, "work.training": 20 });
  const f = input.facts;
  expect([f.planIssued?.value, f.vetoIncident?.value]).toEqual([true, false]);
  const num = (k: string) => (f[k]?.kind === "number" ? (f[k]?.value as { toNumber(): number }).toNumber() : undefined);
  expect([num("agriRetailGrowthStated"), num("trainingPersonTimesStated")]).toEqual([0.346, 4862]);
  expect(f.ruralRetailGrowthStated).toBeUndefined();
});
