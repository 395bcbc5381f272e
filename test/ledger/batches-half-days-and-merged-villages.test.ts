/**
 * Layouts met in the 174th–180th blind batches: stations dated by their batch (挂牌批次 第一批, each batch's day in a
 * small table above the list), trainees signed in by the half day with no column called 签到, villages marked
 * （省定贫困村） after their names, villages merged in 2020 (the receiving village's remark, the old name a station
 * still carries, the table of old and new names under the list), a roster's single 就业状态 column, a blank 务工地点
 * that a note says is no work, a report's day sent late, a contract table's payments in one cell, a column log's
 * day alone (15日) and its month without updates.
 */
import type { Merge, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const m = (top: number, left: number, bottom: number, right: number): Merge => ({ top, left, bottom, right });
const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);

test("a station's 挂牌批次 is looked up in the batch table above the list; a day written in the cell stands; an unknown batch is said", () => {
  const stations: Sheet = {
    name: "服务站",
    rows: [
      ["某县村级电商服务站一览"],
      ["批次", "统一挂牌时间", "个数"],
      ["第一批", "2020年6月30日", 2],
      ["第二批", new Date(Date.UTC(2021, 1, 3)), 1],
      ["第三批次", "2021年8月", 1],
      [],
      ["序号", "镇", "村", "站名", "挂牌批次", "站长"],
      [1, "甲镇", "上洞村", "上洞村服务站", "第一批", "张三"],
      [2, "甲镇", "下洞村", "下洞村服务站", "第二批", "李四"],
      [3, "乙镇", "高田村", "高田村服务站", "第三批", "王五"],
      [4, "乙镇", "低田村", "低田村服务站", "单独挂牌 2020.11.18", "赵六"],
      [5, "乙镇", "中田村", "中田村服务站", "第五批", "钱七"],
    ],
  };
  const { ledgers, diagnostics } = read(stations);
  expect(ledgers.stations.map((s) => [s.village, s.opened ? formatDate(s.opened) : null])).toEqual([
    ["上洞村", "2020-06-30"],
    ["下洞村", "2021-02-03"],
    ["高田村", "2021-08"],
    ["低田村", "2020-11-18"],
    ["中田村", null],
  ]);
  expect(diagnostics.list.some((d) => d.cell === "E12" && d.message.includes("第五批"))).toBe(true);
});

test("trainees signed in by the half day (上午 | 下午, 3月2日上午 …): one record a trainee, none for one on leave every half", () => {
  const sheet: Sheet = {
    name: "签到",
    rows: [
      ["第3期 直播电商培训 2021年3月2日—3日 镇文化站"],
      ["序号", "姓名", "身份证号", "3月2日上午", "3月2日下午", "3月3日上午", "3月3日下午", "备注"],
      [1, "陈一", "440203198001011234", "√", "√", "√", "√", null],
      [2, "陈二", "440203198102021235", "请假", "请假", "请假", "请假", "请假"],
      [3, "陈三", "440203198203031236", "请假", "√", null, null, "只来半天"],
    ],
    merges: [m(0, 0, 0, 7)],
  };
  const { ledgers } = read(sheet);
  expect(ledgers.training.map((t) => [t.id?.text, formatDate(t.date!), t.personTimes.toNumber()])).toEqual([
    ["440203198001011234", "2021-03-03", 1],
    ["440203198203031236", "2021-03-03", 1],
  ]);
});

test("a timetable's 上午 | 下午 columns of course names are no sign-in", () => {
  const sheet: Sheet = {
    name: "培训安排",
    rows: [
      ["序号", "姓名", "身份证号", "上午", "下午"],
      [1, "陈一", "440203198001011234", "网店开设与装修实操", "直播带货话术与选品"],
      [2, "陈二", "440203198102021235", "网店开设与装修实操", "直播带货话术与选品"],
    ],
  };
  const { recognitions } = read(sheet);
  expect(recognitions[0].columns.signedIn).toBeUndefined();
});

test("villages marked （省定贫困村） after their names are poor, the others of that list are not, and the mark is no part of the name", () => {
  const sheet: Sheet = {
    name: "村居名单",
    rows: [
      ["某区村（居）民委员会名单"],
      ["序号", "镇（街道）", "村（居）民委员会名称", "备注"],
      [1, "甲镇", "上村村民委员会（省定贫困村）", null],
      [2, null, "下村村委会", null],
      [3, null, "中村村民委员会(省定相对贫困村)", null],
      [4, "乙镇", "东村村民委员会", null],
      [5, null, "西湖社区居民委员会", null],
      ...["南", "北", "前", "后", "左", "右"].map((n, i) => [6 + i, null, `${n}坑村民委员会`, null]),
    ],
  };
  const { ledgers } = read(sheet);
  expect(ledgers.villages.slice(0, 6).map((v) => [v.name, v.poor])).toEqual([
    ["上村村民委员会", true],
    ["下村村委会", false],
    ["中村村民委员会", true],
    ["东村村民委员会", false],
    ["西湖社区居民委员会", false],
    ["南坑村民委员会", false],
  ]);
});

test("merged villages: the receiving village's remark keeps it, a station's old name reads as the village now, the table of old names is no list", () => {
  const villages: Sheet = {
    name: "村居一览",
    rows: [
      ["序号", "街道", "村（居）委会名称", "类型", "备注"],
      [1, "甲街道", "新港村民委员会", "村委会", "2020年12月原旧港村并入"],
      [2, null, "山洋村民委员会", "村委会", "由原山尾村、后洋村合并设立"],
      [3, null, "老坑村民委员会", "村委会", "2020年12月已并入新港村"],
      ["合计：村委会2个"],
      [],
      ["附：2020年村级建制调整对照表"],
      ["序号", "原村委会", "调整后村委会", "调整方式", "批复文号"],
      [1, "旧港村委会", "新港村委会", "并入", "某府函〔2020〕1号"],
      [2, "山尾村委会", "山洋村委会", "合并设立", "某府函〔2020〕2号"],
    ],
  };
  const stations: Sheet = {
    name: "站点",
    rows: [
      ["序号", "站点名称", "所在村", "建成时间"],
      [1, "旧港村电商服务站", "旧港村（2020年12月并入新港村）", "2020.10.9"],
      [2, "山尾村电商服务站", "山尾村（现山洋村）", "2020.9.18"],
    ],
  };
  const { ledgers } = read(villages, stations);
  expect(ledgers.villages.map((v) => v.name)).toEqual(["新港村民委员会", "山洋村民委员会"]);
  expect(ledgers.stations.map((s) => s.village)).toEqual(["新港村", "山洋村"]);
});

test("a roster's only column for both, 就业状态: who works is able (away or not), a student or the old unable with no work answer", () => {
  const sheet: Sheet = {
    name: "相对贫困人口",
    rows: [
      ["序号", "姓名", "身份证号", "就业状态"],
      [1, "甲", "440703197207029971", "在家务农"],
      [2, "乙", "440703197002236545", "外出务工（省外）"],
      [3, "丙", "440703201402257678", "在校学生"],
      [4, "丁", "440703194611060297", "年老无劳动能力"],
      [5, "戊", "440703197301248669", "灵活就业（区内）"],
    ],
  };
  const { ledgers } = read(sheet);
  expect(ledgers.poorPersons.map((p) => [p.labour, p.migrant])).toEqual([
    [true, false],
    [true, true],
    [false, null],
    [false, null],
    [true, false],
  ]);
});

test("a blank 务工地点 is no work away where the roster's note says so; one who cannot work still has no answer", () => {
  const sheet = (note: string): Sheet => ({
    name: "脱贫人口",
    rows: [
      ["某区脱贫人口名单"],
      [note],
      ["序号", "姓名", "身份证号", "劳动能力", "务工地点"],
      [1, "甲", "440111196510169812", "普通劳动力", null],
      [2, "乙", "440111196002154948", "丧失劳动能力", null],
    ],
  });
  const said = read(sheet("（“务工地点”空白为未务工）")).ledgers.poorPersons;
  expect(said.map((p) => [p.labour, p.migrant])).toEqual([
    [true, false],
    [false, null],
  ]);
  const silent = read(sheet("（区农业农村局提供）")).ledgers.poorPersons;
  expect(silent.map((p) => p.migrant)).toEqual([null, null]);
});

test("a report's day sent late, said around it (逾期，2021年2月9日补报), is the day it went", () => {
  const sheet: Sheet = {
    name: "月报报送",
    rows: [
      ["序号", "报告月份", "报送时限", "实际报送日期", "含扶贫统计"],
      [1, "2020年12月", "2021-01-05", "2021.1.2", "√"],
      [2, "2021年1月", "2021-02-05", "逾期，2021年2月9日补报", "√"],
    ],
  };
  const { ledgers } = read(sheet);
  expect(ledgers.reports.map((r) => formatDate(r.date!))).toEqual(["2021-01-02", "2021-02-09"]);
});

test("a contract table (合同名称 | 付款情况) is a fund ledger, each payment in the cell one", () => {
  const sheet: Sheet = {
    name: "合同付款",
    rows: [
      ["序号", "合同名称", "承建单位", "合同金额（万元）", "付款情况", "已付合计（万元）"],
      [1, "公共服务中心建设", "某公司", 150, "①2020.10.16 预付30% 45万元；②2021.3.22 进度款 45万元", 90],
      [2, "物流体系建设", "某物流公司", 80, "2021.2.26 一次性支付43.2万元（扣质保金1.8万元）", 43.2],
    ],
  };
  const { ledgers, recognitions } = read(sheet);
  expect(recognitions[0].kind).toBe("funds");
  expect(ledgers.funds.map((f) => [formatDate(f.date!), f.amount.toNumber()])).toEqual([
    ["2020-10-16", 450000],
    ["2021-03-22", 450000],
    ["2021-02-26", 432000],
  ]);
});

test("a column log's day alone (发布日 15日) under its month's line; a month whose title says 本月无更新 is no update", () => {
  const sheet: Sheet = {
    name: "专栏更新",
    rows: [
      ["序号", "发布日", "标题", "子栏目"],
      ["2021年1月"],
      [null, "—", "（本月无更新）", null],
      ["2021年2月"],
      [1, "23日", "某区电子商务进农村综合示范项目建设进度（2021年1月）", "建设进度"],
    ],
  };
  const { ledgers } = read(sheet);
  expect(ledgers.disclosures.map((d) => formatDate(d.date!))).toEqual(["2021-02-23"]);
});
