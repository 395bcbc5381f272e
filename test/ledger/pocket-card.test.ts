/**
 * A director's pocket card: figures on the left, and past an empty column the points (【反面】自评分 over
 * 指标 | 分 | 备注) in the clerk's short names, one line per indicator in the rubric's order, a note
 * merged across the card under both.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const back: [string, number][] = [
  ["组织领导", 2],
  ["方案", 2],
  ["政策", 2],
  ["项目管理", 3],
  ["中心及园区", 14],
  ["村级站点", 10],
  ["上行", 9],
  ["培训", 20],
  ["公开", 4],
  ["报送", 6],
  ["案例", 2],
  ["宣传", 8],
  ["资金制度", 5],
  ["资金台账", 4],
  ["资金支出", 4],
  ["加分·贫困培训", 2],
  ["加分·电视", 1],
];
const front: [string, CellValue, string, CellValue][] = [
  ["行政村", 48, "社区", 4],
  ["组长", "县长", "成员", "县商务局、县财政局、县农业农村局、县乡村振兴局"],
  ["方案", "✓ 已印", "政策", "✓ 已出台"],
  ["培训", "5,000人次", "参训", "14人"],
];

function card(notes: Record<string, string> = {}): Sheet {
  const rows: CellValue[][] = [
    ["某县局长口袋卡", null, null, null, null, null, null, null],
    ["【正面】", null, null, null, null, "【反面】自评分（满分100＋加分4）", null, null],
    ["▍家底", null, null, null, null, "指标", "分", "备注"],
  ];
  back.forEach(([name, points], i) => {
    const f = front[i];
    rows.push([...(f ?? [null, null, null, null]), null, name, points, notes[name] ?? null]);
  });
  rows.push(["注：✓有/是，✗无/否。", null, null, null, null, null, null, null]);
  const last = rows.length - 1;
  return {
    name: "局长口袋卡",
    rows,
    merges: [
      { top: 0, left: 0, bottom: 0, right: 7 },
      { top: 1, left: 5, bottom: 1, right: 7 },
      { top: last, left: 0, bottom: last, right: 7 },
    ],
  };
}

test("the points under a 自评分 title are the claims, each short name the indicator its place leaves", () => {
  const { ledgers } = readLedgers({ sheets: [card()] }, GD_2019);
  expect(ledgers.claims.map((c) => [c.indicator, Number(c.value)])).toEqual([
    ["org.leadership", 2],
    ["org.plan", 2],
    ["org.policy", 2],
    ["org.management", 3],
    ["work.center", 14],
    ["work.coverage", 10],
    ["work.upward", 9],
    ["work.training", 20],
    ["info.disclosure", 4],
    ["info.reporting", 6],
    ["promo.cases", 2],
    ["promo.media", 8],
    ["fund.system", 5],
    ["fund.ledger", 4],
    ["fund.spending", 4],
    ["bonus.poorTraining", 2],
    ["bonus.tvCase", 1],
  ]);
  // The front is read apart: 培训 | 5,000人次 is the person-times, not the back's 培训 | 20.
  const facts = Object.fromEntries(ledgers.facts.map((f) => [f.key, f.cell]));
  expect(facts).toMatchObject({ adminVillagesStated: "B4", trainingPersonTimesStated: "B7" });
});

test("a line out of the rubric's order names nothing by its place", () => {
  const sheet = card();
  // 上行 and 培训 swapped: the loose lines no longer fit the indicators their places leave.
  const up = sheet.rows.findIndex((r) => r[5] === "上行");
  [sheet.rows[up][5], sheet.rows[up + 1][5]] = ["培训", "上行"];
  [sheet.rows[up][6], sheet.rows[up + 1][6]] = [20, 9];
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  const ids = ledgers.claims.map((c) => c.indicator);
  expect(ids).not.toContain("work.upward");
  expect(ids).not.toContain("work.training");
});

test("a 备注 listing the line's items with their points in shorthand (调研2 促销2 标准1) is the clerk's account of them", () => {
  const { ledgers } = readLedgers({ sheets: [card({ 上行: "调研2 促销2 三方1 快递1 标准1 增速2", 项目管理: "制度2 台账1" })] }, GD_2019);
  const points = Object.fromEntries(ledgers.facts.filter((f) => f.key.startsWith("judged:")).map((f) => [f.key, f.value]));
  expect(points).toMatchObject({
    "judged:work.upward.research": "2分",
    "judged:work.upward.promotion": "2分",
    "judged:work.upward.standards": "1分",
    "judged:org.management.system": "2分",
    "judged:org.management.ledger": "1分",
  });
});

test("the column's contents ticked in short forms beside 专栏, and a 三方 ticked with its name, are read with their labels", () => {
  const sheet = card();
  const at = sheet.rows.findIndex((r) => r[5] === "中心及园区");
  sheet.rows[at].splice(0, 4, "专栏", "方✓ 项✓ 进✗ 督✓", "三方", "✓ 湛江云帆电商运营");
  sheet.rows[sheet.rows.length - 1][0] = "注：✓有/是，✗无/否。专栏：方＝创建方案，项＝项目基本信息，进＝建设进度，督＝监督举报窗口。";
  const { ledgers, diagnostics } = readLedgers({ sheets: [sheet] }, GD_2019);
  const facts = Object.fromEntries(ledgers.facts.map((f) => [f.key, f.value]));
  expect([facts.disclosurePlan, facts.disclosureProjects, facts.disclosureProgress, facts.disclosureWindow]).toEqual(["是", "是", "否", "是"]);
  expect(facts.thirdPartyOperator).toBe("✓ 湛江云帆电商运营");
  // …an operator named after its tick: there is one.
  expect(toScoringInput(ledgers, GD_2019, diagnostics).facts.thirdPartyOperator).toMatchObject({ kind: "bool", value: true });
});
