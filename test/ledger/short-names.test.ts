/**
 * 翁源's retyped indicator table: indicators shortened to two characters (中心, 站点, 上行, 培训, 电视),
 * a ✅/❌ checklist under it with the marks in the 满分 column, and the scoring day beside the cut-off.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { indicatorByShortName } from "../../src/ledger/facts/short-names";
import { Q } from "../../src/scoring/rational";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const range = (a: string) => {
  const [l, t, r, b] = /^([A-Z])(\d+):([A-Z])(\d+)$/.exec(a)!.slice(1);
  return { top: +t - 1, left: l.charCodeAt(0) - 65, bottom: +b - 1, right: r.charCodeAt(0) - 65 };
};

const sheet: Sheet = {
  name: "考评得分",
  rows: [
    ["某县电子商务进农村综合示范考评自评打分表"],
    ["县（市、区）", "某县", null, "考评截止", "2021.8.31", "打分日期", "2021.9.8"],
    ["类别", "序号", "指标", "满分", "本次自评", "达标", "备注"],
    ["组织", 1, "方案", 2, 2, "✅", null],
    ["进农村", 2, "中心", 15, 13, "⚠️", null],
    [null, 3, "站点", 10, 10, "✅", null],
    [null, 4, "上行", 10, 8, "⚠️", null],
    [null, 5, "培训", 20, 18, "⚠️", null],
    ["加分", 6, "电视", 2, 1, "✅", "广东广播电视台播报"],
    [null, null, null, null, null, null, null],
    ["附：自查（✅有  ❌无）"],
    ["免费摄影、美工服务", null, null, "❌"],
    ["专业第三方电商运营服务商", null, null, "✅"],
  ],
  merges: ["A11:G11", "A12:C12", "A13:C13"].map(range),
};

function read(s: Sheet) {
  const r = readLedgers({ sheets: [s] }, GD_2019);
  return toScoringInput(r.ledgers, GD_2019, r.diagnostics);
}

test("a short name is its indicator when only one indicator of that weight has it in its name", () => {
  const id = (label: string, weight: number) => indicatorByShortName(GD_2019, label, Q.from(weight))?.id;
  expect([id("中心", 15), id("站点", 10), id("上行", 10), id("培训", 20), id("电视", 2)]).toEqual([
    "work.center",
    "work.coverage",
    "work.upward",
    "work.training",
    "bonus.tvCase",
  ]);
  // Another weight, two indicators sharing the word, or a phrase: no guess.
  expect([id("中心", 10), id("案例", 2), id("服务中心建设情况", 15)]).toEqual([undefined, undefined, undefined]);
});

test("the short-named rows are claims, not facts; the checklist's marks beside the merged items are read", () => {
  const input = read(sheet);
  const claims = Object.fromEntries(Object.entries(input.claims ?? {}).map(([k, c]) => [k, c.points.toNumber()]));
  expect(claims).toMatchObject({ "org.plan": 2, "work.center": 13, "work.coverage": 10, "work.upward": 8, "work.training": 18, "bonus.tvCase": 1 });
  // 培训 | 20 | 18 is the training indicator's points, not a count of trainees.
  expect(input.facts.trainingPersonTimesStated).toBeUndefined();
  expect([input.facts.centerPhoto?.value, input.facts.thirdPartyOperator?.value]).toEqual([false, true]);
  expect(input.facts.thirdPartyOperator?.evidence?.[0]?.cell).toBe("D13");
});

test("a label after another pair's value is read alone: the scoring day is not the cut-off", () => {
  const asOf = read(sheet).facts.asOf;
  expect(asOf?.value).toEqual({ y: 2021, m: 8, d: 31 });
  expect(asOf?.evidence?.[0]?.cell).toBe("E2");
});

test("a source column is no label, and a figure in % no points", () => {
  const sources: Sheet = {
    name: "基础数据",
    rows: [
      ["序号", "指标名称", "计量单位", "数值", "数据来源"],
      [1, "常住人口", "万人", 20.5, "统计公报"],
      [2, "省定贫困村", "个", 29, "乡村振兴局"],
    ],
  };
  const twoPairs: Sheet = {
    name: "一览表",
    rows: [
      ["序号", "项目", "数值", "单位", "序号", "项目", "数值", "单位"],
      [1, "常住人口", 20.5, "万人", 2, "累计拨付资金", 398.62, "万元"],
      [3, "2019年农村网络零售额", 9.82, "亿元", 4, "资金拨付率", 79.7, "%"],
    ],
  };
  for (const s of [sources, twoPairs]) {
    const r = readLedgers({ sheets: [s] }, GD_2019);
    toScoringInput(r.ledgers, GD_2019, r.diagnostics);
    expect(r.ledgers.facts.map((e) => e.key)).not.toContain("judged:fund.spending");
    expect(r.diagnostics.list.map((d) => d.message).join("\n")).not.toMatch(/乡村振兴局|统计公报|79\.7 分/);
  }
});
