/**
 * 广宁's layouts: the indicator table on its side, a statistics table by town, a heading over a
 * numbered line, and a judged item's line left blank under a claimed total.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const points = (r: Record<string, { points: { toNumber(): number } }> | undefined) =>
  Object.fromEntries(Object.entries(r ?? {}).map(([k, v]) => [k, v.points.toNumber()]));

test("the indicator table on its side (评价指标 across, 权重 and 自评得分 under it) gives each indicator's claim at its real cell", () => {
  const sheet: Sheet = {
    name: "自评分",
    rows: [
      ["某县2019年省级电子商务进农村综合示范创建考评自评得分"],
      ["评价指标", "组织领导", "方案制定", "政策支持", "项目管理", "制度建立", "资金台账", "合计"],
      ["权重", 2, 2, 2, 4, 5, 5, 20],
      ["自评得分", 1, 2, 1, 2, 3, 3, 12],
    ],
  };
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  expect(points(input.claims)).toEqual({ "org.leadership": 1, "org.plan": 2, "org.policy": 1, "org.management": 2, "fund.system": 3, "fund.ledger": 3 });
  expect(r.ledgers.claims.find((c) => c.indicator === "org.policy")?.cell).toBe("D4");
});

test("a statistics table by town is set aside with its reason, not read as villages", () => {
  const sheet: Sheet = {
    name: "站点覆盖汇总",
    rows: [
      ["某县村级电商服务站点建设情况统计表"],
      ["镇", "行政村数", "已建站行政村数", "省定贫困村数", "贫困村已建站数", "覆盖率"],
      ["南街镇", 15, 12, 3, 3, "80.0%"],
      ["横山镇", 14, 10, 1, 1, "71.4%"],
      ["木格镇", 14, 8, 1, 1, "57.1%"],
      ["合计", 43, 30, 5, 5, "69.8%"],
    ],
  };
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(r.ledgers.villages).toHaveLength(0);
  expect(r.ledgers.poorVillages).toHaveLength(0);
  expect(r.diagnostics.list.find((d) => d.sheet === "站点覆盖汇总")?.message).toMatch(/按镇汇总的统计表，未读取/);
});

const form = (standards: string | null): Sheet => ({
  name: "基本情况",
  rows: [
    ["县（市、区）名称"],
    ["某县"],
    ["四、农村产品上行"],
    [20, "网销调研情况自评（1-2分）"],
    [null, "2分"],
    [21, "网络促销活动自评（1-2分）"],
    [null, "2分"],
    [22, "农产品电商交易标准、冷链及溯源系统自评（1-2分）"],
    [null, standards],
    ["七、资金管理"],
    [37, "下达省级专项资金"],
    [null, "500万元"],
  ],
});
const claimSheet: Sheet = {
  name: "自评分",
  rows: [
    ["评价指标", "组织领导", "方案制定", "政策支持", "项目管理", "农村产品上行", "合计"],
    ["权重", 2, 2, 2, 4, 10, 20],
    ["自评得分", 1, 2, 1, 2, 8, 14],
  ],
};

test("a heading over a numbered line takes no value: 七、资金管理 over 37 | 下达省级专项资金", () => {
  const r = readLedgers({ sheets: [form(null)] }, GD_2019);
  expect(r.ledgers.facts.find((f) => f.key === "judged:fund.system")).toBeUndefined();
  expect(r.ledgers.facts.find((f) => f.key === "fundAllocated")?.value).toBe("500万元");
});

test("a judged item's line left blank is not inferred from the indicator's claimed total; written, it counts", () => {
  const blank = readLedgers({ sheets: [form(null), claimSheet] }, GD_2019);
  const input = toScoringInput(blank.ledgers, GD_2019, blank.diagnostics);
  expect(input.judgements["work.upward.standards"]).toBeUndefined();
  expect(blank.diagnostics.list.some((d) => /交易标准.*自评分留空，按缺少数据计，不从填报自评 8 分推定/.test(d.message))).toBe(true);
  const written = readLedgers({ sheets: [form("1分"), claimSheet] }, GD_2019);
  expect(toScoringInput(written.ledgers, GD_2019, written.diagnostics).judgements["work.upward.standards"]?.points.toNumber()).toBe(1);
});
