/**
 * A self-score sheet laid out as a procurement bid evaluation's (高州): 评审因素 | 评分细项 | 分值 | 评分标准 |
 * 事实依据 | 得分（小写） | 得分（大写）, each indicator's items on rows of their own with a 小计. The facts
 * are in 事实依据; the points written twice, and where the two differ the 大写 prevails (as on any
 * Chinese form that asks for both). A reviewer reads it so; so does the reader.
 */
import type { Sheet } from "../../src/core/grid";
import { parsePoints } from "../../src/ledger/normalize/number";
import { capitalNumber } from "../../src/ledger/normalize/chinese-numerals";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("points in 大写: 贰分 2, 壹拾肆分 14, 拾分 10, 零分 0; anything else is no 大写 number", () => {
  const points = (t: string) => {
    const r = parsePoints(t);
    return r.ok ? r.value.toNumber() : undefined;
  };
  expect([points("贰分"), points("壹拾肆分"), points("拾分"), points("零分"), points("玖拾伍分")]).toEqual([2, 14, 10, 0, 95]);
  expect(capitalNumber("伍佰万元")).toBeUndefined();
  expect(capitalNumber("二")).toBeUndefined();
});

test("the facts from 事实依据, the claims and items' points from 得分（大写） where 小写 differs", () => {
  const sheet: Sheet = {
    name: "自评打分表",
    rows: [
      ["某市电子商务进农村综合示范创建考评自评打分表", null, null, null, null, null, null, null],
      ["序号", "评审因素（评价指标）", "评分细项", "分值", "评分标准", "事实依据（截至2021年8月31日）", "得分（小写）", "得分（大写）"],
      [
        1,
        "组织领导",
        null,
        2,
        "县（市、区）政府主要领导牵头（2分）；分管领导牵头（1分）",
        "市政府主要领导（市长）任领导小组组长，成员单位有市商务局、市财政局、市农业农村局、市乡村振兴局等12个部门",
        2,
        "贰分",
      ],
      [2, "项目管理", "①项目管理制度", "1-2", "建立项目管理制度（1-2分）", "制定项目管理办法、验收管理办法", 2, "贰分"],
      [null, null, "②工作台账", "1-2", "建立完整工作台账（1-2分）", "建立工作台账，个别项目的进度记录不完整", 2, "壹分"],
      [null, null, "小计", 4, null, null, 4, "叁分"],
      [3, "电商人才培训", "①培训人次", 10, "达常住人口1%及以上（10分）", "常住人口132.68万人（七普）；累计培训5,312人次", 10, "壹拾分"],
      [null, null, "②贫困人口培训率", 10, "50%及以上（10分）", "有劳动能力的建档立卡贫困人口（不含外出务工）8,215人，参加培训4,466人", 10, "壹拾分"],
      [null, null, "小计", 20, null, null, 20, "贰拾分"],
      [4, "资金台账", null, 5, "项目承建方建立资金专用台账（1-5分）", "各承建单位均已建立资金专用台账", 5, "肆分"],
    ],
    merges: [
      { top: 3, left: 0, bottom: 5, right: 0 },
      { top: 3, left: 1, bottom: 5, right: 1 },
      { top: 6, left: 0, bottom: 8, right: 0 },
      { top: 6, left: 1, bottom: 8, right: 1 },
    ],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  const facts = Object.fromEntries(ledgers.facts.map((f) => [f.key, f.value]));
  expect(facts).toMatchObject({ residentPopulation: "132.68万人", trainingPersonTimesStated: "5,312人次", trainedPoorPersonsStated: "4,466人", fundLedgerKept: "是" });
  expect(facts["judged:org.management.ledger"]).toBe("壹分");
  const claims = Object.fromEntries(ledgers.claims.map((c) => [c.indicator, c.value]));
  expect(claims).toMatchObject({ "org.leadership": "贰分", "org.management": "叁分", "work.training": "贰拾分", "fund.ledger": "肆分" });
});

test("the claims scored: the 大写 points are what the clerk claims", () => {
  const sheet: Sheet = {
    name: "自评打分表",
    rows: [
      ["序号", "评审因素（评价指标）", "评分细项", "分值", "评分标准", "事实依据", "得分（小写）", "得分（大写）"],
      [1, "组织领导", null, 2, "主要领导牵头（2分）", "市长任领导小组组长，市商务局、市财政局、市农业农村局、市乡村振兴局参加", 2, "贰分"],
      [2, "资金台账", null, 5, "建立资金专用台账（1-5分）", "各承建单位均已建立资金专用台账", 5, "肆分"],
      [3, "方案制定", null, 2, "工作方案因地制宜（1-2分）", "工作方案已于2020年4月正式印发", 2, "贰分"],
    ],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  expect(input.claims?.["fund.ledger"]?.points.toNumber()).toBe(4);
  expect(input.claims?.["org.leadership"]?.points.toNumber()).toBe(2);
});
