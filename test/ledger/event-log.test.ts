/**
 * A facts sheet kept as a 推进流水账 (惠东): the county's figures in a small table, then one row per
 * thing done under 日期 | 事项 | 类别 | 本次 | 累计 | 单位, then the clerk's own points under
 * 板块 | 小项 | 满分 | 自评 | 怎么算的/依据. Each log row is read as a sentence of what was done on its
 * day; rows after the cut-off stated above are not; each kind's running total at the cut-off is
 * what the log says of the whole; the points are read by the clerk's names for the indicators.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { withEventLog } from "../../src/ledger/facts/event-log";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

const rows: CellValue[][] = [
  ["某县电商示范创建流水账"],
  ["记账：电商股　　考评截止：2021年8月31日"],
  [],
  ["一、底数"],
  ["项目", "数", "单位", "出处"],
  ["常住人口", 41.2, "万人", "七普"],
  ["行政村", 180, "个", "民政局"],
  [],
  ["二、流水"],
  ["日期", "事项", "类别", "本次", "累计", "单位", "备注"],
  ["2020.3.2", "成立县电子商务进农村综合示范工作领导小组：县委副书记、县长任组长，分管副县长任副组长", "组织"],
  ["〃", "领导小组成员单位：县商务局、县财政局、县农业农村局、县扶贫办", "组织"],
  ["2020.4.10", "省级专项资金下达", "资金下达", 500, 500, "万元"],
  ["2020.6.1", "拨付：中心装修款", "资金拨付", 60, 60, "万元"],
  [day(2020, 9, 15), "县电子商务公共服务中心投入运营，全县农产品免费展示、代销", "服务中心"],
  ["2020年10月", "10月培训2期", "培训", 300, 300, "人次"],
  ["2020.10.20", "专栏挂出项目建设进度第1期", "信息公开"],
  ["2021.8.20", "拨付：站点补助", "资金拨付", 40, 100, "万元"],
  ["2021年8月", "8月培训3期", "培训", 420, 720, "人次"],
  ["2021.9.3", "拨付：站点尾款", "资金拨付", 30, 130, "万元", "9月，考评不算"],
  ["2021.9.5", "9月培训1期", "培训", 80, 800, "人次"],
  [],
  ["三、我们自己打的分"],
  ["板块", "小项（我们的叫法）", "满分", "自评", "怎么算的/依据"],
  ["组织", "谁挂帅（领导小组）", 2, 2, "县长任组长"],
  [null, "创建方案", 2, 2, "已印发"],
  ["进农村", "县中心＋产业园", 15, 13, "摄影收费扣分"],
  [null, "农产品上行", 10, 8, "调研2、促销2、第三方1、快递1、标准冷链溯源0、增速2"],
  ["公开报送", "月报", 6, 6, "每月报"],
  ["资金", "资金管理制度", 5, 5, "已印发"],
  [null, "资金台账", 5, 4, "台账不够细"],
];

const read = () => readFactsSheet({ name: "流水账", rows }, GD_2019);
const value = (key: string) => read().entries.find((e) => e.key === key)?.value;

describe("a 推进流水账 facts sheet", () => {
  test("each log row becomes one sentence with its day; rows after the cut-off are left out", () => {
    const sheet = withEventLog({ name: "流水账", rows });
    expect(sheet.rows[9].every((v) => v === null)).toBe(true);
    expect(sheet.rows[10][0]).toBe("2020年3月2日，成立县电子商务进农村综合示范工作领导小组：县委副书记、县长任组长，分管副县长任副组长");
    // (Only the row that ends a kind's run before the cut-off says its running total.)
    expect(sheet.rows[13][0]).toBe("2020年6月1日，拨付：中心装修款");
    expect(sheet.rows[17][0]).toBe("2021年8月20日，拨付：站点补助，资金拨付累计100万元");
    expect(sheet.rows[18][0]).toBe("2021年8月，8月培训3期，培训累计720人次");
    expect(sheet.rows[19].every((v) => v === null)).toBe(true);
    expect(sheet.rows[20].every((v) => v === null)).toBe(true);
    // The table above and the points below are untouched.
    expect(sheet.rows[5]).toBe(rows[5]);
    expect(sheet.rows[24]).toBe(rows[24]);
  });

  test("a sheet without a dated log of events is the same sheet", () => {
    const plain = {
      name: "t",
      rows: [
        ["项目", "数"],
        ["常住人口", 41.2],
      ] as CellValue[][],
    };
    expect(withEventLog(plain)).toBe(plain);
  });

  test("what the log says is read: figures, things done, the centre's day, the running totals at the cut-off", () => {
    expect(value("residentPopulation")).toBe(41.2);
    expect(value("fundAllocated")).toBe("500万元");
    expect(value("fundSpentStated")).toBe("100万元");
    expect(value("trainingPersonTimesStated")).toBe("720人次");
    expect(value("centerOpened")).toBe("2020年9月15日");
    expect(value("centerDisplay")).toBe("是");
    // (挂出 is what the clerk says for 公示.)
    expect(value("disclosureProgress")).toBe("是");
    expect(value("departments")).toMatch(/^县商务局、县财政局、县农业农村局、县扶贫办/);
  });

  test("the leader is read from the group's line, not from the line under it", () => {
    const r = read();
    expect(r.entries.find((e) => e.key === "leadTitle")).toBeUndefined();
    expect(r.remarks.some((x) => /县委副书记、县长任组长/.test(x.text))).toBe(true);
  });

  test("the clerk's points are read by the clerk's names for the indicators", () => {
    const claims = Object.fromEntries(read().claims.map((c) => [c.indicator, c.value]));
    expect(claims).toEqual({
      // 谁挂帅 names nothing; its group 组织 does.
      "org.leadership": 2,
      // 创建方案 | 2 is 方案制定's line, not 专栏公示创建方案's (信息公开, 4).
      "org.plan": 2,
      // Only 服务体系建设：县级中心与产业园 resembles it, and 15 is its weight.
      "work.center": 13,
      "work.upward": 8,
      // 月报: 每月向市商务局报送, the one indicator of 6.
      "info.reporting": 6,
      // The group's 资金 does not outvote the line's own 资金管理制度.
      "fund.system": 5,
      "fund.ledger": 4,
    });
  });

  test("items' bare points in the account of a claim line are read as those items' points", () => {
    const r = read();
    const judged = (k: string) => r.entries.find((e) => e.key === `judged:${k}`)?.value;
    expect(judged("work.upward.research")).toBe("2分");
    expect(judged("work.upward.promotion")).toBe("2分");
    expect(judged("work.upward.standards")).toBe("0分");
  });
});

test("the cut-off is the day after its label, not another day before it in the same cell", () => {
  const log: CellValue[][] = [
    ["填表日期：2021年9月6日　考评截止：2021年8月31日"],
    ["日期", "事项", "类别"],
    ["2021.8.20", "第四批站点挂牌", "站点"],
    ["2021.8.25", "专栏公示8月建设进度", "信息公开"],
    ["2021.8.30", "报送8月份月报至市商务局", "报送"],
    ["2021.9.2", "第五批站点挂牌", "站点"],
    ["2021.9.5", "专栏公示9月建设进度", "信息公开"],
  ];
  const sheet = withEventLog({ name: "流水账", rows: log });
  expect(sheet.rows[4][0]).toBe("2021年8月30日，报送8月份月报至市商务局");
  // (Cut off at 8月31日, not at the 填表日期 9月6日: September's rows are left out.)
  expect(sheet.rows[5].every((v) => v === null)).toBe(true);
  expect(sheet.rows[6].every((v) => v === null)).toBe(true);
});
