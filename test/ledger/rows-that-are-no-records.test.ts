/**
 * Rows a ledger lists that are no record of it, each said in the clerk's own words: a station's second
 * inspection or one not open yet, a sign-up who attended no day, an installment still planned, a
 * month's session called off, and an appendix of villages that are not poor ones.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const merge = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

test("a subsidy review's second inspection of a listed station, and a station withdrawn or planned, are no new stations", () => {
  const review: Sheet = {
    name: "站点补助审核",
    rows: [
      ["序号", "镇", "村（社区）", "站点名称", "挂牌运营时间", "验收结论", "补助金额", "备注"],
      [1, "河口镇", "河口村委会", "河口村电商服务站", "2020.7.8", "不合格", 0, "限期整改"],
      [2, "河口镇", "江头村委会", "江头村电商服务站", "2020.9.1", "复验合格", 20000, null],
      [3, "河口镇", "河口村委会", "河口村电商服务站", "2020.7.8", "整改后合格", 20000, "复验（同第2行站点）"],
      [4, "石岭镇", "石岭村委会", "石岭村电商服务站", "—", null, null, "未挂牌，申请撤回"],
      [5, "石岭镇", "坑尾村委会", "（拟建）坑尾村电商服务站", "未挂牌", null, null, "选址已定"],
      [6, "石岭镇", "大塘村委会", "大塘村电商服务站", "2021.3.2", "合格", 20000, "原拟建，3月挂牌"],
    ],
  };
  const r = readLedgers({ sheets: [review] }, GD_2019);
  expect(r.ledgers.stations.map((s) => [s.village, s.opened && formatDate(s.opened)])).toEqual([
    ["河口村委会", "2020-07-08"],
    ["江头村委会", "2020-09-01"],
    ["大塘村委会", "2021-03-02"],
  ]);
  const said = r.diagnostics.list.map((d) => `${d.cell} ${d.message}`);
  expect(said).toContain("4:4 第 4 行写明“同第2行”，是已列站点的复验，不是新建站点，未计入");
  expect(said).toContain("5:5 第 5 行写明“未挂牌”，尚未建成挂牌，不是新建站点，未计入");
  expect(said).toContain("6:6 第 6 行写明“拟建”，尚未建成挂牌，不是新建站点，未计入");
});

test("a subsidy roster's trainee with 0 days attended never came; a short attendance or a failed exam is still training", () => {
  const roster: Sheet = {
    name: "第2期补贴花名册",
    rows: [
      ["培训补贴申领花名册"],
      ["培训起止时间：2021年4月12日—2021年4月16日"],
      ["序号", "姓名", "公民身份号码", "出勤天数", "考核结果", "补贴金额（元）", "本人签名"],
      [1, "梁秀英", "440825198302115829", 5, "合格", 1500, null],
      [2, "陈国华", "440825197611024436", 0, "—", 0, "报名后未到"],
      [3, "吴海", "440825199005236617", 2, "—", 0, "中途退出"],
      [4, "黄丽", "440825198812303327", 4, "不合格", 0, null],
    ],
  };
  const r = readLedgers({ sheets: [roster] }, GD_2019);
  expect(r.ledgers.training.map((t) => t.name)).toEqual(["梁秀英", "吴海", "黄丽"]);
  expect(r.diagnostics.list.map((d) => `${d.cell} ${d.message}`)).toContain("D5 出勤天数为 0（报名未参训），不计入培训");
});

test("an installment whose day is still a plan (2022年8月（计划）) is not paid, whatever its amount cell holds", () => {
  const contracts: Sheet = {
    name: "合同分期付款",
    rows: [
      ["序号", "合同名称", "合同金额", "首付款", null, "验收款", null, "质保金", null],
      [null, null, null, "付款日期", "金额", "付款日期", "金额", "付款日期", "金额"],
      [1, "县乡村物流配送体系建设", 800000, "2020.9.22", 240000, "2021.8.30", 520000, "2022年8月（计划）", 40000],
      [2, "电商公共服务中心运营", 600000, "2020.10.9", 300000, "预计2021年12月", 300000, null, null],
    ],
    merges: [merge(0, 3, 0, 4), merge(0, 5, 0, 6), merge(0, 7, 0, 8), merge(0, 0, 1, 0), merge(0, 1, 1, 1), merge(0, 2, 1, 2)],
  };
  const r = readLedgers({ sheets: [contracts] }, GD_2019);
  expect(r.ledgers.funds.map((f) => [f.date && formatDate(f.date), f.amount.toNumber()])).toEqual([
    ["2020-09-22", 240000],
    ["2021-08-30", 520000],
    ["2020-10-09", 300000],
  ]);
  expect(r.diagnostics.list.map((d) => d.message)).toContain("质保金的付款日期“2022年8月（计划）”是计划，不是已付，该期未计入");
});

test("a town × month table of person-times reads full-width figures, and a session called off (停) is no training and no error", () => {
  const table: Sheet = {
    name: "各镇培训统计",
    rows: [
      ["电商培训开展情况统计表（分镇按月）", null, null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null, "单位：人次"],
      ["序号", "镇", "2021年", null, null, null, null, null, "合计"],
      [null, null, "3月", "4月", "5月", "6月", "7月", "8月", null],
      [1, "城关镇", 64, "停", "５２", "—", null, "—", 116],
      [2, "桥头镇", "—", 41, null, "—", "—", "—", 41],
      ["合计", null, 64, 0, 52, 0, 0, 0, 157],
    ],
    merges: [merge(0, 0, 0, 8), merge(2, 2, 2, 7), merge(2, 0, 3, 0), merge(2, 1, 3, 1), merge(2, 8, 3, 8)],
  };
  const r = readLedgers({ sheets: [table] }, GD_2019);
  expect(r.ledgers.training.map((t) => [t.date && formatDate(t.date), t.personTimes.toNumber()])).toEqual([
    ["2021-03", 64],
    ["2021-05", 52],
    ["2021-04", 41],
  ]);
  expect(r.diagnostics.list.filter((d) => d.severity !== "info")).toEqual([]);
});

test("an appendix of villages that are not poor ones under a poor-village list ends the list; one continuing it does not", () => {
  const rows = (appendix: string) => [
    ["序号", "镇", "省定相对贫困村", "帮扶单位", "驻村第一书记"],
    [1, "星子镇", "清江村", "区发展和改革局", "刘××"],
    [2, "龙坪镇", "孔围村", "区财政局", "周××"],
    [appendix],
    [1, "连州镇", "巾峰村", "市商务局", "朱××"],
  ];
  const poor = (appendix: string): string[] => {
    const sheet: Sheet = { name: "驻村工作队", rows: rows(appendix), merges: [merge(3, 0, 3, 4)] };
    return readLedgers({ sheets: [sheet] }, GD_2019).ledgers.poorVillages.map((v) => v.name);
  };
  expect(poor("附：面上帮扶村（非省定相对贫困村）")).toEqual(["清江村", "孔围村"]);
  expect(poor("附：2021年调整增补的省定相对贫困村")).toEqual(["清江村", "孔围村", "巾峰村"]);
});

test("an appendix of villages that are not poor ones with a header of its own, under a total, is not read either", () => {
  const sheet: Sheet = {
    name: "驻村工作队",
    rows: [
      ["某区省定贫困村驻村工作队一览表"],
      ["序号", "镇", "省定贫困村", "帮扶单位", "工作队职务", "姓名"],
      [1, "梅南镇", "罗田径村", "市商务局", "队长", "郑××"],
      [null, null, null, null, "队员", "余××"],
      [2, "水车镇", "湾溪村", "市财政局", "队长", "梁××"],
      ["合计", null, "省定贫困村2个", null, "驻村干部3人次", null],
      [],
      ["附：区定相对贫困村（不属省定贫困村，区直单位自行帮扶，仅供参考）"],
      ["序号", "镇", "村", "帮扶单位", "工作队职务", "姓名"],
      ["附1", "南口镇", "寺前村", "区商务局", "队长", "司徒××"],
    ],
    merges: [merge(0, 0, 0, 5), merge(2, 0, 3, 0), merge(2, 1, 3, 1), merge(2, 2, 3, 2), merge(2, 3, 3, 3), merge(7, 0, 7, 5)],
  };
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(r.ledgers.poorVillages.map((v) => v.name)).toEqual(["罗田径村", "湾溪村"]);
  expect(r.diagnostics.list.map((d) => [d.cell, d.message])).toContainEqual(["8:8", expect.stringContaining("第 8 行起是附表（“附：区定相对贫困村")]);
});

test("a register of everything mailed: only the monthly reports to the city's commerce bureau are reports", () => {
  const register: Sheet = {
    name: "机要寄件登记",
    rows: [
      ["某县商务局机要文件寄送登记簿"],
      ["说明：市商务局要求月报报盖章纸质件，本簿登记经机要交通寄出的文件，电商股以此作为月报报送台账。"],
      ["序号", "寄出日期", "机要编号", "收件单位", "内件（文件名称）", "份数", "签收情况"],
      [1, "2020.9.9", "机〔2020〕41", "某市商务局", "某县电子商务进农村综合示范创建工作进展月报（8月）、电商扶贫统计表", 1, "已签收"],
      [2, "2020.9.18", "机〔2020〕44", "某市财政局", "关于申请拨付专项资金的函", 2, "已签收"],
      [3, "2020.10.12", "机〔2020〕47", "某市商务局", "某县电子商务进农村综合示范创建工作进展月报（9月）（电商扶贫统计表另报）", 1, "已签收"],
      [4, "2020.11.9", "机〔2020〕53", "某市商务局", "某县电子商务进农村综合示范创建工作进展月报（10月）", 1, "已签收"],
      [5, "2020.12.8", "机〔2020〕58", "某市商务局", "某县电子商务进农村综合示范创建工作进展月报（11月）", 1, "已签收"],
      [6, "2020.12.21", "机〔2020〕61", "某市商务局", "某县2020年1—11月外贸进出口情况分析", 1, "已签收"],
      [7, "2021.1.11", "机〔2021〕2", "某市商务局", "12月份及全年工作总结", 1, "已签收"],
      [8, "2021.2.8", "机〔2021〕5", "某市商务局", "某县电子商务进农村综合示范创建工作进展月报（1月）", 1, "已签收"],
    ],
  };
  const r = readLedgers({ sheets: [register] }, GD_2019);
  expect(r.ledgers.reports.map((x) => [x.date && formatDate(x.date), x.poverty])).toEqual([
    ["2020-09-09", true],
    ["2020-10-12", false],
    ["2020-11-09", null],
    ["2020-12-08", null],
    ["2021-01-11", null],
    ["2021-02-08", null],
  ]);
});
