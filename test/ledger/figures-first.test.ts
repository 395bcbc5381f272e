/**
 * A county that writes each figure before what it is (序号 | 数字 | 单位 | 这个数字是什么), its score
 * tables the same way (分数 | 满分 | 评分项; 得分 | 分值 | 评价指标); sign-ins naming their sessions
 * by circled numbers (①③) dated by a line above the list; a village list counting the couriers
 * that reach each village, its poor villages marked in a 帮扶类别 column.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { formatDate, type LDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const day = (d: LDate | null) => (d ? formatDate(d) : null);

const facts: Sheet = {
  name: "数说某县电商",
  rows: [
    ["序号", "数字", "单位", "这个数字是什么", "口径/出处"],
    [1, 138.56, "万人", "全市常住人口", "第七次全国人口普查"],
    [2, "✘", "—", "中心为电商主体提供免费摄影、美工服务（暂按次收费）", "现场"],
    [3, "市委副书记、市长", "—", "领导小组组长（牵头领导）", null],
    [4, 236, "个", "行政村（村民委员会）", "市民政局"],
    [5, 28, "个", "省定贫困村", "市乡村振兴局"],
    [6, "2020.10.28", "—", "市电子商务公共服务中心正式开业运营", "开业仪式"],
    [7, 500, "万元", "省级专项资金下达", null],
    [8, "✔", "—", "示范县工作方案已正式印发", null],
    [],
    ["二、主观评分项（自评）"],
    ["序号", "分数", "满分", "评分项", "说明"],
    [1, 1, 2, "政策支持", null],
    [2, 4, 5, "资金台账", "部分凭证待补"],
    [],
    ["序号", "得分", "分值", "评价指标", "备注"],
    [1, 2, 2, "组织领导", null],
    [2, 14, 15, "服务体系建设（县级中心及产业园）", null],
  ],
};

test("each figure is read with the words after it, and named where it stands", () => {
  const read = readLedgers({ sheets: [facts] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  const f = input.facts;
  expect(f.residentPopulation?.value?.toString()).toBe("1385600");
  expect(f.residentPopulation?.evidence?.[0]?.cell).toBe("B2");
  expect(f.centerPhoto?.value).toBe(false);
  // The points, not the full marks beside them.
  const judged = Object.fromEntries(Object.entries(input.judgements).map(([k, j]) => [k, j.points.toNumber()]));
  expect(judged).toMatchObject({ "org.policy": 1, "fund.ledger": 4 });
  expect(input.judgements["fund.ledger"]?.evidence?.[0]?.cell).toBe("B14");
  expect(input.claims?.["work.center"]?.points.toNumber()).toBe(14);
});

test("sessions named by circled numbers are dated by the line above the list; two in a cell are two attendances", () => {
  const signIns: Sheet = {
    name: "专场参训（按人）",
    rows: [
      ["贫困户电商专场培训参训登记"],
      ["期次：①2020年11月12日（碣石镇）  ②2021年3月18日（甲子镇）  ③2021年9月7日（博美镇）"],
      ["序号", "姓名", "身份证号码", "参训期次", "参训次数"],
      [1, "甲", "441581196808277877", "①", 1],
      [2, "乙", "441581200106057190", "②③", 2],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [signIns] }, GD_2019);
  expect(ledgers.training.map((t) => [t.name, day(t.date)])).toEqual([
    ["甲", "2020-11-12"],
    ["乙", "2021-03-18"],
    ["乙", "2021-09-07"],
  ]);
});

test("a village reached by no courier has no delivery; 帮扶类别 marks the poor ones", () => {
  const villages: Sheet = {
    name: "村居名单",
    rows: [
      ["序号", "镇（街道）", "村（居）委会", "性质", "帮扶类别", "进村快递品牌数（个）"],
      [1, "东海街道", "石尾村委会", "村", null, 2],
      [2, "东海街道", "赤社村委会", "村", "省定贫困村", 0],
      [3, "东海街道", "和陇社区居委会", "居", "—", "—"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [villages] }, GD_2019);
  expect(ledgers.villages.map((v) => [v.name, v.type, v.poor, v.express])).toEqual([
    // (Only the poor villages marked, as the list's note says: the others are not — but a dash, "—", says
    // the line is not asked, as of a residents' committee: no answer.)
    ["石尾村委会", "admin", false, true],
    ["赤社村委会", "admin", true, false],
    ["和陇社区居委会", "residents", null, null],
  ]);
});
