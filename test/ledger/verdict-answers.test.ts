/**
 * 坡头's answers: each a sentence opening with its verdict (是。/否。/部分。/基本完成。) then the evidence,
 * and the figures of two years with the growth after the year compared with.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { verdictOf } from "../../src/ledger/facts/values";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const input = (key: string) => GD_2019.inputs.find((i) => i.key === key)!;

test("a verdict word decides; 部分 meets an either-or criterion only; a 100% criterion goes by the rate stated", () => {
  expect(verdictOf(input("planIssued"), "是。已于2020年3月印发（某府办〔2020〕8号）。")).toBe(true);
  expect(verdictOf(input("policyIssued"), "否。已征求意见，尚未印发。")).toBe(false);
  expect(verdictOf(input("centerPhoto"), "部分。摄影棚已建成并免费开放，美工设计按成本价收费。")).toBe(false);
  expect(verdictOf(input("disclosureWindow"), "部分。专栏已公布监督举报电话，未开设在线征求意见栏目。")).toBe(true);
  expect(verdictOf(input("expressCoverage"), "基本完成。全区57个行政村中56个已通快递（覆盖率98.2%）。")).toBe(false);
  expect(verdictOf(input("expressCoverage"), "是。已达到100%。")).toBe(true);
  expect(verdictOf(input("disclosureProgress"), "基本完成。2020年9月起每月公示，2021年2月未更新。")).toBe(true);
  expect(verdictOf(input("planIssued"), "已印发《某县工作方案》")).toBeUndefined();
});

test("the answers are read as their verdicts, and the two years' figures and growths from one answer", () => {
  const sheet: Sheet = {
    name: "考评事项填报表",
    rows: [
      ["序号", "考评事项", "填报情况", "佐证材料"],
      [1, "是否为电子商务市场主体提供免费摄影、美工服务", "部分。摄影棚已建成并免费开放，美工设计按成本价收费。", null],
      [2, "行政村物流快递覆盖率是否达到100%", "基本完成。全区57个行政村中56个已通快递（覆盖率98.2%）。", "邮政管理局证明"],
      [3, "专栏是否设立征求意见或监督举报窗口", "部分。专栏已公布监督举报电话，未开设在线征求意见栏目。", null],
      [
        4,
        "2020年农村网络零售额或农产品网络零售额同比增速是否达到30%",
        "部分。2020年农村网络零售额9.62亿元，比2019年的8.05亿元增长19.5%；农产品网络零售额2.47亿元，比2019年的1.86亿元增长32.8%。",
        "省商务厅反馈数据",
      ],
    ],
  };
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  const f = toScoringInput(r.ledgers, GD_2019, r.diagnostics).facts;
  expect([f.centerPhoto?.value, f.expressCoverage?.value, f.disclosureWindow?.value]).toEqual([false, false, true]);
  const n = (k: string) => (f[k]?.value as { toNumber(): number } | undefined)?.toNumber();
  expect(["ruralRetail2019", "ruralRetail2020", "ruralRetailGrowthStated", "agriRetail2019", "agriRetail2020", "agriRetailGrowthStated"].map(n)).toEqual([
    805000000, 962000000, 0.195, 186000000, 247000000, 0.328,
  ]);
});
