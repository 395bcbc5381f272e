/**
 * 乳源's template: a 填报说明 above the table gives the units, the facts table has 填报值 | 自评分, and
 * a 自评得分汇总 stands beside it past an empty column.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: (string | number | null)[][] = [
  ["某市2019年省级电子商务进农村综合示范县考评数据填报表"],
  ["填报说明："],
  ["1.数据截止时间为2021年8月31日；"],
  ["2.人口单位为万人，金额单位为万元，比例请填写百分数；"],
  [null, null, null, null, null, null, null, "自评得分汇总"],
  ["类别", "填报项目", "填报值", "自评分", "备注", null, null, "评价指标", "分值", "自评得分"],
  ["基本情况", "县（市、区）", "某县", null, null, null, null, "组织领导", 2, 2],
  [null, "常住人口", 19.02, null, "第七次全国人口普查", null, null, "方案制定", 2, 2],
  [null, "示范县工作方案是否印发", "是", 2, "府办〔2019〕58号", null, null, "项目管理", 4, 3],
  [null, "项目管理制度", "是", 2, null, null, null, "制度建立", 5, 5],
  [null, "资金管理制度", "是", 5, null, null, null, "资金台账", 5, 4],
  [null, "下达资金", 500, null, null, null, null, "合计", null, 16],
];

const read = () => {
  const r = readLedgers({ sheets: [{ name: "某县", rows } as Sheet] }, GD_2019);
  return toScoringInput(r.ledgers, GD_2019, r.diagnostics);
};

test("the units a 填报说明 gives (人口单位为万人, 金额单位为万元) scale bare numbers", () => {
  const input = read();
  const n = (f: { kind: string; value: unknown } | undefined) => (f?.kind === "number" ? (f.value as { toNumber(): number }).toNumber() : undefined);
  expect(n(input.facts.residentPopulation)).toBe(190200);
  expect(n(input.facts.fundAllocated)).toBe(5000000);
});

test("the score summary beside the facts gives the claims; the facts table's 自评分 gives items, never claims", () => {
  const input = read();
  const claims = Object.fromEntries(Object.entries(input.claims ?? {}).map(([k, c]) => [k, c.points.toNumber()]));
  expect(claims).toEqual({ "org.leadership": 2, "org.plan": 2, "org.management": 3, "fund.system": 5, "fund.ledger": 4 });
});

test("a line answered in 填报值 with points in 自评分: the answer is the fact, the points the judged item on it", () => {
  const input = read();
  expect(input.facts.planIssued?.value).toBe(true);
  expect(input.facts.fundSystemIssued?.value).toBe(true);
  expect(input.judgements["org.plan"]?.points.toNumber()).toBe(2);
  expect(input.judgements["fund.system"]?.points.toNumber()).toBe(5);
  expect(input.judgements["org.management.system"]?.points.toNumber()).toBe(2);
});

test("a score table under the facts table, with its own header, gives the claims; 网销额 is 网络零售额", () => {
  const sheet: Sheet = {
    name: "自评汇总",
    rows: [
      ["某县电子商务进农村综合示范县创建考评自评表"],
      ["一、基本数据"],
      ["序号", "项目", "数据", "单位", "备注"],
      [1, "县（市、区）", "翁源县", null, null],
      [2, "常住人口", 33.62, "万人", "第七次全国人口普查"],
      [3, "行政村", 152, "个", null],
      [4, "网销额（2019年）", 4.86, "亿元", "农村网络零售额"],
      [5, "农产品网销额（2019年）", 1.79, "亿元", null],
      [6, "工作方案", "已印发", null, null],
      [],
      ["二、自评打分"],
      ["序号", "评价指标", "分值", "自评分", "自评说明"],
      [1, "组织领导", 2, 1, "分管副县长牵头"],
      [2, "方案制定", 2, 2, "方案已正式印发"],
      [3, "项目管理", 4, 3, "管理制度2分，工作台账1分"],
    ],
  };
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  expect(Object.fromEntries(Object.entries(input.claims ?? {}).map(([k, c]) => [k, c.points.toNumber()]))).toEqual({
    "org.leadership": 1,
    "org.plan": 2,
    "org.management": 3,
  });
  const n = (f: { kind: string; value: unknown } | undefined) => (f?.kind === "number" ? (f.value as { toNumber(): number }).toNumber() : undefined);
  expect(n(input.facts.ruralRetail2019)).toBe(486000000);
  expect(n(input.facts.agriRetail2019)).toBe(179000000);
  expect(n(input.facts.residentPopulation)).toBe(336200);
});
