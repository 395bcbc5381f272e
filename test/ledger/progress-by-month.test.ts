/**
 * 高要's and 开平's workbooks: a progress report kept by month (read in the cut-off month's column, not
 * taken for a calendar log), two different logs side by side on one sheet, and a funds ledger keeping
 * each payment in a 万元 column or a 元 column.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { withCutOffMonth } from "../../src/ledger/facts/month-columns";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const merge = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
const months = ["2020年9月", "10月", "11月", "12月", "2021年1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月（截至15日）"];

const progress: Sheet = {
  name: "进度月报表",
  rows: [
    ["某区电子商务进农村综合示范创建工作进度月报表"],
    ["考评截止日期：2021年8月31日"],
    ["序号", "指标", "单位", ...months, "备注"],
    [1, "累计培训人次", "人次", 470, 732, 1016, 1304, 1570, 1751, 2059, 2354, 2646, 2837, 3115, 3420, 3570, null],
    [2, "累计拨付省级资金", "万元", 96, 96, 96, 168.5, 168.5, 197.1, 197.1, 251.4, 251.4, 290.2, 290.2, 308, 353, null],
    [3, "项目总体进度", "%", 12, 18, 22, 26, 30, 33, 37, 41, 45, 49, 52, 55, 58, null],
    [],
    ["序号", "事项", null, "完成情况"],
    [1, "示范县工作方案印发", null, "是"],
  ],
};

test("a progress report by month is read in the cut-off month's column; what is under it keeps its own columns", () => {
  const rows = withCutOffMonth(progress).rows;
  expect(rows[3].slice(3)).toEqual([...Array(11).fill(null), 3420, null, null]);
  expect(rows[8]).toEqual(progress.rows[8]);
  const read = readLedgers({ sheets: [progress] }, GD_2019);
  expect(read.recognitions[0].kind).toBe("facts");
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  const n = (k: string) => (input.facts[k]?.value as { toNumber(): number } | undefined)?.toNumber();
  expect([n("trainingPersonTimesStated"), n("fundSpentStated"), n("overallProgress")]).toEqual([3420, 3080000, 0.55]);
  expect(input.facts.trainingPersonTimesStated?.evidence?.[0]?.cell).toBe("O4");
  expect(input.facts.planIssued?.value).toBe(true);
});

test("without a stated cut-off, the last month; a calendar of ticks is left to the log reader", () => {
  const noCutOff: Sheet = { ...progress, rows: progress.rows.filter((_, r) => r !== 1) };
  expect(withCutOffMonth(noCutOff).rows[2].slice(3, 15)).toEqual([...Array(11).fill(null), 3420]);
  const ticks: Sheet = {
    name: "月报报送",
    rows: [
      ["项目", ...months.slice(0, 12)],
      ["工作进展月报", ...Array(12).fill("✓")],
      ["电商扶贫统计", ...Array(12).fill("√")],
    ],
  };
  expect(withCutOffMonth(ticks)).toBe(ticks);
  expect(readLedgers({ sheets: [ticks] }, GD_2019).recognitions[0].kind).toBe("reports");
});

test("two different logs side by side, an empty column between them, are each read by their own title", () => {
  const sheet: Sheet = {
    name: "公开与报送",
    rows: [
      ["政府网站专栏更新记录", null, null, null, "向市商务局报送月报记录", null, null, null],
      ["序号", "更新日期", "标题", null, "序号", "报送日期", "报送内容", "含电商扶贫数据"],
      [1, "2020.4.15", "示范工作方案", null, 1, "2020.9.8", "2020年9月工作进展", "是"],
      [2, "2020.6.10", "项目基本信息", null, 2, "2020.10.12", "2020年10月工作进展", "否"],
      [null, null, null, null, 3, "2020.12.7", "2020年12月工作进展", "是"],
    ],
    merges: [merge(0, 0, 0, 2), merge(0, 4, 0, 7)],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.recognitions.map((r) => r.kind)).toEqual(["disclosures", "reports"]);
  expect(read.ledgers.disclosures.map((d) => d.date)).toEqual([
    { y: 2020, m: 4, d: 15 },
    { y: 2020, m: 6, d: 10 },
  ]);
  expect(read.ledgers.reports.map((r) => [r.date, r.poverty])).toEqual([
    [{ y: 2020, m: 9, d: 8 }, true],
    [{ y: 2020, m: 10, d: 12 }, false],
    [{ y: 2020, m: 12, d: 7 }, true],
  ]);
});

test("a payment written in 拨付金额（万元） or in 拨付金额（元）: whichever is filled, each counted once", () => {
  const sheet: Sheet = {
    name: "资金台账",
    rows: [
      ["序号", "拨付日期", "项目内容", "拨付金额（万元）", "拨付金额（元）"],
      [1, "2020.6.10", "中心建设", 85, 850000],
      [2, "2020.8.21", "站点建设", null, 726400],
      [3, "2020.10.16", "物流体系", 52.6, null],
    ],
  };
  expect(readLedgers({ sheets: [sheet] }, GD_2019).ledgers.funds.map((f) => f.amount.toNumber())).toEqual([850000, 726400, 526000]);
});

test("拨付金额 split by project (中心建设 | 站点建设 | … | 合计) under a header of one row: each payment is its 合计", () => {
  const sheet: Sheet = {
    name: "资金台账",
    rows: [
      ["序号", "拨付日期", "摘要", "拨付金额", null, null, null],
      [null, null, null, "中心建设", "站点建设", "培训", "合计"],
      [1, "2020.6.28", "中心装修首期款", 600000, null, null, 600000],
      [2, "2020.8.14", "村级站点第一批", null, 680000, null, 680000],
      [3, "2020.11.25", "中心运营及培训服务费", 200000, null, 50000, 250000],
      ["合计", null, null, 800000, 680000, 50000, 1530000],
    ],
    merges: [merge(0, 3, 0, 6), merge(0, 0, 1, 0), merge(0, 1, 1, 1), merge(0, 2, 1, 2)],
  };
  expect(readLedgers({ sheets: [sheet] }, GD_2019).ledgers.funds.map((f) => f.amount.toNumber())).toEqual([600000, 680000, 250000]);
});
