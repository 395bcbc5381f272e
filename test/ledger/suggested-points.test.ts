/**
 * 云城's facts sheet, kept by the operator for the bureau: its judged items at the bottom, under a
 * header of their own (评分项 | 分值 | 运营方建议分 | 局审定分 | 说明), below facts tables whose columns
 * mean other things. The bureau's points are read; the operator's proposal is not.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { withoutSuggestedPoints } from "../../src/ledger/facts/suggested-points";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const items: (string | number | null)[][] = [
  ["二、主观项自评（运营方建议分仅供参考，以局审定分为准）"],
  ["评分项", "分值", "运营方建议分", "局审定分", "说明"],
  ["方案制定", "1-2", 2, 2, "方案已印发"],
  ["政策支持", "1-2", 2, 1, "政策落实不足"],
  ["资金管理制度", "1-5", 5, 4, null],
  ["资金及时拨付", "1-5", 5, 3, "部分合同款滞后"],
];
const sheet: Sheet = {
  name: "考评基础数据",
  rows: [
    ["某区考评基础数据表"],
    ["编号", "事项", "内容", "来源/文号"],
    ["A01", "常住人口", "31.62万人", "七普"],
    ["A02", "行政村", "64个", "另有社区14个"],
    ["A03", "示范县工作方案", "已正式印发", "某府办〔2019〕56号"],
    ["A04", "支持农村电商发展政策", "已出台", "《若干措施》"],
    ["A05", "省级专项资金下达", "500万元", null],
    [],
    ...items,
  ],
};

test("the proposal's column is left out under its header, the bureau's kept", () => {
  const rows = withoutSuggestedPoints(sheet).rows;
  expect(rows.slice(10).map((r) => r[2])).toEqual([null, null, null, null]);
  expect(rows.slice(10).map((r) => r[3])).toEqual([2, 1, 4, 3]);
  // Nothing else is touched: the facts' 内容 column above keeps its cells.
  expect(rows[2][2]).toBe("31.62万人");
});

test("the judged items are read from the bureau's column, under their own header, and the facts above from theirs", () => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  const judged = Object.fromEntries(Object.entries(input.judgements).map(([k, j]) => [k, j.points.toNumber()]));
  expect(judged).toMatchObject({ "org.plan": 2, "org.policy": 1, "fund.system": 4, "fund.spending": 3 });
  expect(input.judgements["org.policy"]?.evidence?.[0]?.cell).toBe("D12");
  expect(input.facts.policyIssued?.value).toBe(true);
  expect(input.facts.fundAllocated?.value?.toString()).toBe("5000000");
});

test("a column of points with no proposal beside it stays", () => {
  const own: Sheet = {
    name: "自评",
    rows: [
      ["评分项", "分值", "建议分"],
      ["方案制定", "1-2", 2],
    ],
  };
  expect(withoutSuggestedPoints(own)).toBe(own);
});

test("a lower table's 是否达标 column answers its criteria, not the sentence beside them", () => {
  const contract: Sheet = {
    name: "考评基础数据",
    rows: [
      ...sheet.rows.slice(0, 7),
      [],
      ["B. 合同履约自查（乙方填写）"],
      ["合同包", "合同约定建设内容", "履约情况", "是否达标", "佐证编号"],
      ["包1 公共服务中心", "免费培训场所、培训设备", "培训室80座，电脑40台", "达标", "B1-02"],
      [null, "免费摄影、美工服务", "摄影棚2021年9月才交付，此前外包收费", "未达标", "B1-04"],
    ],
  };
  const read = readLedgers({ sheets: [contract] }, GD_2019);
  const f = toScoringInput(read.ledgers, GD_2019, read.diagnostics).facts;
  expect([f.centerFreeTraining?.value, f.centerPhoto?.value]).toEqual([true, false]);
  expect(f.centerPhoto?.evidence?.[0]?.cell).toBe("D12");
});
