/**
 * A before-and-after table (创建前 | 现状 | 变化情况): facts in 现状; a section whose title says what
 * its columns are there (创建前栏为2019年，现状栏为2020年), its growth only in 变化情况; judged items
 * graded 优 / 良 / 中 by a rule written above them; the leader in 现状 and the members in 备注; the
 * veto items answered in a note under the table.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { withGrades } from "../../src/ledger/facts/grades";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "创建前后对比",
  rows: [
    ["序号", "对比项目", "单位", "创建前", "现状", "变化情况", "备注"],
    ["一、组织保障"],
    [1, "示范创建工作领导小组", "—", "无", "市委副书记、市长任组长", "新成立", "成员单位：市商务局、市财政局、市农业农村局、市乡村振兴局（原扶贫办）"],
    [2, "示范县工作方案", "—", "无", "已正式印发", "新增", null],
    ["二、农村产品上行（创建前栏为2019年全年，现状栏为2020年全年）"],
    [3, "农村网络零售额", "亿元", 26.71, 33.28, "增长24.6%", null],
    ["三、电商培训"],
    [4, "电商培训人次", "人次", "1,260", "6,853", "+5,593", null],
    [],
    ["四、主观评分项自评（按等次）"],
    ["等次折算：优＝满分；良＝满分减1分；中＝满分减2分。"],
    ["序号", "评分项", "分值", "自评等次", "说明"],
    [1, "方案制定", "1-2分", "优", null],
    [2, "政策支持", "1-2分", "良", null],
    [3, "资金及时拨付", "1-5分", "中", null],
    [],
    ["注：创建期间本市未发生安全生产、质量事故或重大经济损失，无弄虚作假情况。"],
  ],
};

test("each section and table read as a reviewer reads it", () => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  const f = input.facts;
  const growth = f.ruralRetailGrowthStated?.kind === "number" ? f.ruralRetailGrowthStated.value.toNumber() : undefined;
  expect([f.ruralRetail2019?.value?.toString(), f.ruralRetail2020?.value?.toString(), growth]).toEqual(["2671000000", "3328000000", 0.246]);
  // The table of years ends at the next section: 培训人次 is the 现状's, no year's.
  expect(f.trainingPersonTimesStated?.value?.toString()).toBe("6853");
  expect(f.leadershipLevel?.value).toBe("principal-all");
  expect([f.vetoIncident?.value, f.vetoFraud?.value]).toEqual([false, false]);
  const judged = Object.fromEntries(Object.entries(input.judgements).map(([k, j]) => [k, j.points.toNumber()]));
  expect(judged).toMatchObject({ "org.plan": 2, "org.policy": 1, "fund.spending": 3 });
});

test("grades without a rule on the sheet are left as they are", () => {
  const plain: Sheet = {
    name: "x",
    rows: [
      ["评分项", "分值", "自评等次"],
      ["方案制定", "1-2分", "优"],
    ],
  };
  expect(withGrades(plain)).toBe(plain);
});
