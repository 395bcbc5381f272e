/**
 * Last year's mid-term form reused for the final evaluation (119th and 120th blind batches: 连山, 坡头):
 * the mid-term's column kept as a comparison beside this round's, 同左 where nothing changed. A reviewer
 * reads this round's column and points only; so does the reader. Also from those workbooks: a station
 * list by year section whose days are written without the year, and a poverty system's export headed
 * 证件号码.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { factsOf } from "../corpus/read-facts";

test("each column group split into 2020年中期 | 2021年终期: this round's answers and points, 同左 the mid-term's", () => {
  const rows: CellValue[][] = [
    ["某区电子商务进农村综合示范创建自查表", null, null, null, null, null, null, null],
    ["序号", "评价指标", "自查事项", "填报情况", null, "自评分", null, "备注"],
    [null, null, null, "2020年中期", "2021年终期", "2020年中期", "2021年终期", null],
    [1, "基本情况", "考评数据截止日期", "2020年9月30日", "2021年8月31日", "—", "—", null],
    [2, null, "常住人口", "33.9万人", "34.6万人", null, null, "七普"],
    [3, "组织领导（2分）", "领导小组组长", "副区长（分管）", "区长", 1, 2, null],
    [4, null, "成员单位", "区经信局（商务）、财政局、农业农村局", "区经信局（商务）、财政局、农业农村局、乡村振兴局", null, null, null],
    [5, "政策支持（2分）", "支持农村电商发展的政策", "未出台（起草中）", "已出台", 0, 2, null],
    [6, "服务体系建设（15分）", "免费摄影、美工服务", "无（收费）", "有", 9, 15, null],
    [7, "资金支出（5分）", "下达资金总额", "500万元", "同左", 3, 5, "省级专项"],
    [8, null, "累计拨付资金", "126.8万元", "401.25万元", null, null, null],
  ];
  const merges = [
    { top: 1, left: 3, bottom: 1, right: 4 },
    { top: 1, left: 5, bottom: 1, right: 6 },
    { top: 3, left: 1, bottom: 4, right: 1 },
    { top: 5, left: 1, bottom: 6, right: 1 },
    { top: 5, left: 5, bottom: 6, right: 5 },
    { top: 5, left: 6, bottom: 6, right: 6 },
    { top: 9, left: 1, bottom: 10, right: 1 },
    { top: 9, left: 5, bottom: 10, right: 5 },
    { top: 9, left: 6, bottom: 10, right: 6 },
  ];
  const got = factsOf({ sheets: [{ name: "自查表", rows, merges }] });
  expect(got.facts).toMatchObject({
    asOf: "2021-08-31",
    residentPopulation: 346000,
    centerPhoto: true,
    fundAllocated: 5000000,
    fundSpentStated: 4012500,
  });
  expect(got.leadership).toBe("principal-all");
  expect(got.claimed).toEqual({ "org.leadership": 2, "org.policy": 2, "work.center": 15, "fund.spending": 5 });
});

test("the rounds named in one header row (2020年中期评估 | 2021年考评): this round's column", () => {
  const rows: CellValue[][] = [
    ["某县电子商务进农村综合示范县中期评估数据表", null, null, null, null, null],
    ["序号", "项目", "单位", "2020年中期评估（截至2020.6.30）", "2021年考评（截至2021.8.31）", "说明"],
    [1, "考评数据截止日期", "—", "2020.6.30", "2021.8.31", null],
    [2, "常住人口", "万人", 9.7, 9.86, "七普"],
    [3, "行政村", "个", 48, "同左", "不含社区"],
    [4, "支持农村电商发展的政策", "—", "起草中", "已出台", null],
    [5, "培训人次", "人次", 415, 1019, null],
    [6, "项目总体进度", "%", 35, 88, null],
  ];
  expect(factsOf({ sheets: [{ name: "数据表", rows }] }).facts).toEqual({
    asOf: "2021-08-31",
    residentPopulation: 98600,
    adminVillagesStated: 48,
    policyIssued: true,
    trainingPersonTimesStated: 1019,
    overallProgress: 0.88,
  });
});

test("a station list by year section, its days written without the year: the section's year", () => {
  const stations: Sheet = {
    name: "站点台账",
    rows: [
      ["某区村级电子商务服务站点台账", null, null, null],
      ["序号", "站点名称", "所在村", "建成挂牌时间"],
      ["一、2020年建成（1个）", null, null, null],
      [1, "田头村电商服务站", "田头村", "2020.7.16"],
      ["二、2021年新建（2个，时间均为2021年）", null, null, null],
      [2, "沙腰村电商服务站", "沙腰村", "1月8日"],
      [3, "博立村电商服务站", "博立村", "9月2日"],
    ],
    // (Each section's line merged across the table.)
    merges: [
      { top: 2, left: 0, bottom: 2, right: 3 },
      { top: 4, left: 0, bottom: 4, right: 3 },
    ],
  };
  const read = readLedgers({ sheets: [stations] }, GD_2019);
  expect(read.ledgers.stations.map((s) => [s.village, s.opened && formatDate(s.opened)])).toEqual([
    ["田头村", "2020-07-16"],
    ["沙腰村", "2021-01-08"],
    ["博立村", "2021-09-02"],
  ]);
});

test("a poverty system's export headed 证件号码 is the poor roster, not a list of poor villages", () => {
  const roster: Sheet = {
    name: "贫困人口",
    rows: [
      ["全国扶贫开发信息系统　贫困人口基础信息（导出）", null, null, null, null, null],
      ["导出范围：某县　省定贫困村　导出时间：2021-06-30", null, null, null, null, null],
      ["序号", "乡镇", "行政村", "姓名", "证件号码", "劳动技能"],
      [1, "吉田镇", "西联村委会", "莫金凤", "441825196601011014", "普通劳动力"],
      [2, "吉田镇", "山洲村委会", "黄春花", "441825198011231526", "丧失劳动力"],
    ],
  };
  const read = readLedgers({ sheets: [roster] }, GD_2019);
  expect(read.recognitions.find((r) => r.sheet === "贫困人口")?.kind).toBe("poorPersons");
  expect(read.ledgers.poorPersons.map((p) => [p.id?.text, p.labour])).toEqual([
    ["441825196601011014", true],
    ["441825198011231526", false],
  ]);
});
