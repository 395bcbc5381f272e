/**
 * 郁南's Word form pasted into Excel (☑/☐ boxes, a section's own unit), 云安's 【三】 sections with theirs, and 阳西's city data-collection
 * table (years, the total at the cut-off, the city average and the target side by side).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const inputOf = (sheet: Sheet) => {
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  return toScoringInput(r.ledgers, GD_2019, r.diagnostics);
};
const num = (input: ReturnType<typeof inputOf>, k: string) => {
  const f = input.facts[k];
  return f?.kind === "number" ? f.value.toNumber() : undefined;
};

describe("a form answered with boxes (郁南)", () => {
  const sheet: Sheet = {
    name: "基础数据表",
    rows: [
      ["序号", "项目", "填报情况", null, "备注"],
      [1, "牵头领导", "☐县委书记　☑县长　☐常务副县长　☐分管副县长", null, "领导小组组长"],
      [2, "参与部门", "☑商务　☑财政　☑农业农村　☐扶贫（乡村振兴）\n☑交通运输", null, null],
      [3, "示范县工作方案是否正式印发", "☑是", "☐否", null],
      [4, "为电商市场主体提供免费摄影、美工服务", "☐有", "☑无", "由运营商有偿提供"],
      [5, "政府网站专栏公示内容", "☑创建方案　☑项目基本信息　☑项目建设进度\n☐征求意见或监督举报窗口", null, null],
      ["五、网络零售额（单位：万元）", null, null, null, null],
      [6, "2019年农村网络零售额", "48,230.6", null, null],
      [7, "2020年农村网络零售额", "5.93亿", null, null],
    ],
  };

  test("only the ticked leader and departments count: 县长 without 扶贫 is a principal leader, some department missing", () => {
    expect(inputOf(sheet).facts.leadershipLevel?.value).toBe("principal");
  });

  test("a box to each option cell answers the line; an option list beside its label answers each option", () => {
    const f = inputOf(sheet).facts;
    expect([f.planIssued?.value, f.centerPhoto?.value]).toEqual([true, false]);
    expect([f.disclosurePlan?.value, f.disclosureProjects?.value, f.disclosureProgress?.value, f.disclosureWindow?.value]).toEqual([true, true, true, false]);
  });

  test("a section heading's 单位：万元 is its lines' unit; 亿 written in a figure stays 亿", () => {
    const input = inputOf(sheet);
    expect([num(input, "ruralRetail2019"), num(input, "ruralRetail2020")]).toEqual([482306000, 593000000]);
  });
});

test("a section numbered 【三】 states its lines' unit as well (本段金额单位：万元), and the next section its own (元)", () => {
  const sheet: Sheet = {
    name: "数据底册",
    rows: [
      ["序号", "项目", "数值", "备注"],
      ["【一】基本情况（本段数值单位：人、个）", null, null, null],
      [1, "行政村数", 118, null],
      ["【三】农村产品上行（本段金额单位：万元；比率单位：%）", null, null, null],
      [2, "2019年农村网络零售额", "52,360", null],
      [3, "2020年农村网络零售额", "66,870", null],
      ["【六】资金（本段金额单位：元）", null, null, null],
      [4, "省级专项资金下达总额", "5,000,000.00", null],
    ],
  };
  const input = inputOf(sheet);
  expect([num(input, "ruralRetail2019"), num(input, "ruralRetail2020"), num(input, "fundAllocated")]).toEqual([523600000, 668700000, 5000000]);
});

describe("the city's data-collection table (阳西)", () => {
  const sheet: Sheet = {
    name: "数据采集表",
    rows: [
      ["某市电子商务进农村综合示范创建数据采集表"],
      ["县（市、区）：阳西县　　　考评截止日期：2021年8月31日　　　填报日期：2021年9月6日"],
      ["序号", "指标名称", "2019年", "2020年", "2021年1-8月", "截至考评日\n（累计/现状）", "全市县均", "创建目标"],
      [1, "常住人口（万人）", "—", 28.86, "—", "—", "57.9", null],
      [2, "农村网络零售额（万元）", "31,245.8", "3.92亿", "29,880.5", "—", "48,062.5", null],
      [3, "电商培训人次（人次）", 612, 1508, 1173, 3293, 4018, 2890],
      [4, "其中：参加电商培训的贫困人口（人）", "—", 486, 534, 958, null, 923],
      [5, "累计拨付资金（万元）", "—", 215.6, 168.35, 383.95, null, 350],
    ],
  };

  test("three pairs in one cell, apart by wide spaces, are each read", () => {
    const input = inputOf(sheet);
    expect(input.facts.county?.value).toBe("阳西县");
    expect(input.asOf).toEqual({ y: 2021, m: 8, d: 31 });
  });

  test("a figure with no year is the total at the cut-off, not a year's part; units from the indicator's brackets", () => {
    const input = inputOf(sheet);
    expect(num(input, "residentPopulation")).toBe(288600);
    expect([num(input, "ruralRetail2019"), num(input, "ruralRetail2020")]).toEqual([312458000, 392000000]);
    expect([num(input, "trainingPersonTimesStated"), num(input, "trainedPoorPersonsStated"), num(input, "fundSpentStated")]).toEqual([3293, 958, 3839500]);
  });
});
