/**
 * 雷州's task tracker: progress columns dated 截至3月 | 6月 | 8月, a later one saying 同上期 (or 同上期；
 * and something new), a 完成时限 column of deadlines, and 督办意见 beside.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { withLatestProgress } from "../../src/ledger/facts/progress-columns";
import { parseYesNo } from "../../src/ledger/normalize/yesno";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "督办进度表",
  rows: [
    ["某市电子商务进农村综合示范县创建重点任务督办进度表"],
    ["县（市、区）：某市", null, null, "考评截止日期：2021年8月31日"],
    ["序号", "重点任务", "责任单位", "完成时限", "进展情况（截至2021年3月31日）", "进展情况（截至2021年6月30日）", "进展情况（截至2021年8月31日）", "督办意见"],
    [1, "印发示范县创建工作方案", "市商务局", "2019年12月", "已印发（某府办函〔2020〕15号）", "同上期", "同上期", "已办结"],
    [2, "县级电子商务公共服务中心投入运营", "市商务局", "2020年10月", "2020年12月下旬开始试运营", "2021年1月8日正式投入运营", "同上期", "已办结"],
    [3, "为电商主体提供免费摄影、美工服务", "运营服务商", "2021年3月", "未开展", "正在推进", "正在推进（摄影设备已采购，美工待招聘）", "继续督办"],
    [4, "建设或整合电商产业园", "市商务局", "2021年6月", "已整合原物流园", "同上期", "同上期；入驻企业16家", "已办结"],
  ],
};

test("the column at the cut-off is kept, 同上期 read as the column it repeats", () => {
  const rows = withLatestProgress(sheet).rows;
  expect(rows.slice(3).map((r) => r[6])).toEqual([
    "已印发（某府办函〔2020〕15号）",
    "2021年1月8日正式投入运营",
    "正在推进（摄影设备已采购，美工待招聘）",
    "已整合原物流园；入驻企业16家",
  ]);
  expect(rows[3][4]).toBeNull();
});

test("the facts are read at the cut-off: not the deadline, not an earlier quarter; work under way is not done", () => {
  expect(parseYesNo("正在推进")).toBe(false);
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  const f = toScoringInput(r.ledgers, GD_2019, r.diagnostics).facts;
  expect(f.centerOpened?.value).toEqual({ y: 2021, m: 1, d: 8 });
  expect([f.planIssued?.value, f.centerPhoto?.value, f.parkBuilt?.value]).toEqual([true, false, true]);
});

test("what an earlier column says was done, and no later one names again, still stands; a changing figure does not", () => {
  const funds: Sheet = {
    ...sheet,
    rows: [
      ...sheet.rows.slice(0, 3),
      [
        5,
        "省级专项资金拨付",
        "市财政局",
        "2021年8月",
        "省级专项资金500万元已全额下达，累计拨付186.5万元",
        "累计拨付302.8万元",
        "累计拨付396.47万元，支出率79.3%",
        "加快拨付",
      ],
      [6, "行政村物流快递覆盖", "市邮政业发展中心", "2021年6月", "覆盖率已达92.1%", "覆盖率97.6%", "已实现行政村物流快递全覆盖（100%）", null],
      [7, "建档立卡贫困人口电商培训", "市商务局", "2021年8月", "已培训1,530人", "已培训2,106人", "已培训2,518人", null],
    ],
  };
  const rows = withLatestProgress(funds).rows;
  expect(rows.slice(3).map((r) => r[6])).toEqual([
    "累计拨付396.47万元，支出率79.3%；省级专项资金500万元已全额下达",
    "已实现行政村物流快递全覆盖（100%）",
    "已培训2,518人",
  ]);
  const r = readLedgers({ sheets: [funds] }, GD_2019);
  const f = toScoringInput(r.ledgers, GD_2019, r.diagnostics).facts;
  expect([f.fundAllocated?.value?.toString(), f.fundSpentStated?.value?.toString()]).toEqual(["5000000", "3964700"]);
  expect(f.expressCoverage?.value).toBe(true);
});
