/**
 * A city's import template kept in codes (指标代码 | 数值) with another sheet saying what each code
 * is (指标代码 | 指标名称 | 计量单位); and the ledger columns the same workbook kept its own way: a
 * 收/支 book with a 单位 column per row, 省定 / 市定 poor villages, a firm's actual day in beside the
 * day it signed, a station's 开业日期.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { formatDate, type LDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const day = (d: LDate | null) => (d ? formatDate(d) : null);

const legendRows: [string, string, string][] = [
  ["JC00", "考评截止日期", "yyyymmdd（8位数字）"],
  ["JC01", "常住人口", "万人"],
  ["JC03", "行政村数", "个"],
  ["ZZ01", "领导小组组长（职务）", "文本"],
  ["ZZ03", "示范县工作方案是否正式印发", "1＝是，0＝否"],
  ["FW01", "县级电子商务公共服务中心投入运营日期", "yyyymmdd"],
  ["FW04", "中心为电子商务市场主体提供免费摄影、美工服务", "1＝是，0＝否"],
  ["SX04", "2020年农村网络零售额", "万元"],
  ["PF01", "主观评分：方案制定", "分（1-2）"],
  ["ZP05", "自评得分：服务体系建设—县级中心及产业园", "分（满分15）"],
  ["FJ02", "弄虚作假", "1＝有，0＝无"],
];
const legend: Sheet = { name: "指标代码说明", rows: [["指标代码", "指标名称", "计量单位"], ...legendRows] };
const values: [string, string | number][] = [
  ["JC00", 20210831],
  ["JC01", 85.41],
  ["JC03", 118],
  ["ZZ01", "区委副书记、区长"],
  ["ZZ03", 1],
  ["FW01", 20201118],
  ["FW04", 0],
  ["SX04", 351000],
  ["PF01", 2],
  ["ZP05", 14],
  ["FJ02", 0],
];
const coded: Sheet = {
  name: "考评数据填报",
  rows: [["揭东区考评数据填报（导入模板）"], ["行号", "地区代码", "指标代码", "数值", "备注"], ...values.map(([code, v], i) => [i + 1, "445203", code, v, null])],
};

test("each code is read as the line its legend names, in its unit; the legend itself states nothing", () => {
  const read = readLedgers({ sheets: [coded, legend] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  const f = input.facts;
  expect(day(input.asOf)).toBe("2021-08-31");
  expect([f.residentPopulation?.value?.toString(), f.adminVillagesStated?.value?.toString(), f.ruralRetail2020?.value?.toString()]).toEqual([
    "854100",
    "118",
    "3510000000",
  ]);
  expect([f.planIssued?.value, f.centerPhoto?.value, f.vetoFraud?.value]).toEqual([true, false, false]);
  expect(f.centerOpened?.value).toEqual({ y: 2020, m: 11, d: 18 });
  // The figure's cell on the clerk's sheet, where the code's line is.
  expect(f.residentPopulation?.evidence?.[0]).toMatchObject({ sheet: "考评数据填报", cell: "D4" });
  expect(input.judgements["org.plan"]?.points.toNumber()).toBe(2);
  expect(input.claims?.["work.center"]?.points.toNumber()).toBe(14);
  expect(read.ledgers.sheetsByKind.facts).toContain("考评数据填报");
  expect(read.diagnostics.list.some((d) => d.sheet === "指标代码说明" && d.message.includes("指标代码说明"))).toBe(true);
});

test("without its legend a coded sheet states nothing it cannot name", () => {
  const read = readLedgers({ sheets: [coded] }, GD_2019);
  expect(toScoringInput(read.ledgers, GD_2019, read.diagnostics).facts.residentPopulation).toBeUndefined();
});

test("a book's rows in and out, each amount in its own row's unit: only what went out, in 元", () => {
  const book: Sheet = {
    name: "专项资金收支台账",
    rows: [
      ["序号", "日期", "摘要", "收/支", "金额", "单位", "收（付）款单位"],
      [1, "2020.5.20", "收到省级专项资金", "收入", 500, "万元", "区财政局"],
      [2, "2020.7.16", "中心建设首付款", "支出", 42.6, "万元", "某公司"],
      [3, "2020.8.28", "村级站点建设", "支出", 586400, "元", "某物流公司"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [book] }, GD_2019);
  expect(ledgers.funds.map((f) => f.amount.toString())).toEqual(["426000", "586400"]);
});

test("省定 poor villages are poor, 市定 ones are not; a firm is in from its actual day; a station opens on its 开业日期", () => {
  const villages: Sheet = {
    name: "村（居）委会名单",
    rows: [
      ["序号", "镇（街道）", "村（居）委会", "类别", "贫困村类别"],
      [1, "甲镇", "上村村委会", "村委会", "省定"],
      [2, "甲镇", "中村村委会", "村委会", "市定"],
      [3, "甲镇", "下村村委会", "村委会", null],
    ],
  };
  const park: Sheet = {
    name: "产业园入驻企业",
    rows: [
      ["序号", "企业名称", "企业类型", "入驻", null, "退出", null],
      [null, null, null, "合同签订日期", "实际入驻日期", "申请退出日期", "实际退出日期"],
      [1, "甲公司", "销售型", "2021年8月25日", "2021/9/6", null, null],
      [2, "乙公司", "物流", "2020.10.12", "2020年10月20日", "2021/8/20", "2021.9.10"],
    ],
    merges: [
      { top: 0, bottom: 0, left: 3, right: 4 },
      { top: 0, bottom: 0, left: 5, right: 6 },
    ],
  };
  const stations: Sheet = {
    name: "站点清单",
    rows: [
      ["序号", "镇（街道）", "所在村", "站点名称", "站长", "开业日期"],
      [1, "甲镇", "上村", "上村电商服务站", "杨某", "2021.9.8"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [villages, park, stations] }, GD_2019);
  expect(ledgers.villages.map((v) => v.poor)).toEqual([true, false, null]);
  expect(ledgers.enterprises.map((e) => [e.name, day(e.entered), day(e.left)])).toEqual([
    ["甲公司", "2021-09-06", null],
    ["乙公司", "2020-10-20", "2021-09-10"],
  ]);
  expect(ledgers.stations.map((s) => day(s.opened))).toEqual(["2021-09-08"]);
});

test("a register of sessions by class counts each session's 签到人数, not the class's 本期小计", () => {
  const sessions: Sheet = {
    name: "培训场次登记",
    rows: [
      ["期次", "培训名称", "场次", "培训日期", "培训地点", "签到人数（人次）"],
      ["第1期", "电商基础普及班", "第1场", "2020.6.18", "服务中心", 126],
      [null, null, "第2场", "2020年6月19日", "文化站", "118人次"],
      [null, null, "本期小计", null, null, 244],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [sessions] }, GD_2019);
  expect(ledgers.training.map((t) => [day(t.date), t.personTimes.toString()])).toEqual([
    ["2020-06-18", "126"],
    ["2020-06-19", "118"],
  ]);
});
