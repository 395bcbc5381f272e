/** Facts stated on a ledger's title lines stand in for the facts sheet; targets do not, nor do they beat a plain value. */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const training: Sheet = {
  name: "培训台账",
  rows: [
    ["东源县电子商务进农村综合示范项目培训台账（学员签到汇总）", null, null],
    ["（全县常住人口38.6万人，普及性培训目标为常住人口的1%，即3860人次）", null, null],
    ["序号", "培训日期", "姓名", "身份证号码"],
    [1, "2020.6.1", "张三", "441625198608042110"],
  ],
};
const funds: Sheet = {
  name: "资金台账",
  rows: [
    ["省级下达资金：500万元（粤财工〔2019〕136号）", null, null, "单位：元"],
    ["序号", "拨付日期", "项目名称", "拨付金额"],
    [1, "2020.7.1", "中心装修", 850000],
  ],
};
const log: Sheet = {
  name: "专栏更新记录",
  rows: [
    ["专栏设置：创建方案、项目基本信息公示、项目建设进度、监督举报窗口（举报电话0762-8821356）", null],
    ["序号", "发布日期", "信息标题"],
    [1, "2020.1.19", "项目建设进度公示（2020年1月）"],
  ],
};

test("a ledger's title lines give the facts they state, each said to come from its line; a target is no fact", () => {
  const read = readLedgers({ sheets: [training, funds, log] }, GD_2019);
  expect(Object.fromEntries(read.ledgers.facts.map((f) => [f.key, f.value]))).toEqual({
    residentPopulation: "38.6万人",
    fundAllocated: "500万元",
    disclosurePlan: "是",
    disclosureProjects: "是",
    disclosureProgress: "是",
    disclosureWindow: "是",
  });
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  expect((input.facts.residentPopulation as { value: { toNumber(): number } }).value.toNumber()).toBe(386000);
  expect(input.facts.trainingPersonTimesStated).toBeUndefined();
});

test("a value written plainly on the facts sheet beats one on a title line", () => {
  const facts: Sheet = {
    name: "基本情况",
    rows: [
      ["县（市、区）名称", "东源县"],
      ["常住人口（万人）", 38.5],
      ["行政村数", 256],
    ],
  };
  const read = readLedgers({ sheets: [facts, training] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  expect((input.facts.residentPopulation as { value: { toNumber(): number } }).value.toNumber()).toBe(385000);
  expect(read.diagnostics.list.filter((d) => d.message.includes("填写了两次"))).toEqual([]);
});

test("a ledger's 统计时间 or 截至 line dates its list, not the evaluation's cut-off", () => {
  const media: Sheet = {
    name: "宣传报道台账",
    rows: [
      ["某县宣传报道台账", null, null, "统计时段：2020.9-2021.10"],
      ["填报单位：某县商务局", null, null, "截至2021年9月"],
      ["序号", "报道日期", "媒体名称", "标题"],
      [1, "2021.3.1", "南方日报", "某县电商助农"],
    ],
  };
  const read = readLedgers({ sheets: [media] }, GD_2019);
  expect(read.ledgers.facts.filter((f) => f.key === "asOf")).toEqual([]);
});

test("one sheet per session with the day only in the sheet's name: every trainee of it on that day (a period at its end)", () => {
  const sheet = (name: string) => ({
    name,
    rows: [
      ["某县电子商务进农村综合示范项目培训签到表"],
      ["培训内容：短视频拍摄与直播带货（两天）", null, null, "地点：县电商公共服务中心培训室"],
      ["序号", "姓名", "身份证号码", "是否建档立卡贫困户"],
      [1, "廖军芳", "44142319920401435X", "否"],
      [2, "钟桂", "441423197711260361", "是"],
    ],
  });
  const { ledgers } = readLedgers({ sheets: [sheet("第1期 2020.06.18"), sheet("第3期 2021.3.11-12"), sheet("签到表（截至2021.8.31）")] }, GD_2019);
  expect(ledgers.training.map((t) => [t.source.sheet, t.date])).toEqual([
    ["第1期 2020.06.18", { y: 2020, m: 6, d: 18 }],
    ["第1期 2020.06.18", { y: 2020, m: 6, d: 18 }],
    ["第3期 2021.3.11-12", { y: 2021, m: 3, d: 12 }],
    ["第3期 2021.3.11-12", { y: 2021, m: 3, d: 12 }],
    // A name saying how far the list goes dates no session.
    ["签到表（截至2021.8.31）", null],
    ["签到表（截至2021.8.31）", null],
  ]);
});
