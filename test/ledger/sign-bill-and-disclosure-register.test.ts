/**
 * 大埔's workbook (129th batch), three registers kept for other purposes: the sign-maker's bill for the
 * stations' door signs (安装地点（村、社区） | 招牌内容 | 金额 | 安装日期, "招牌安装当日挂牌运营"), the
 * training's board-and-lodging bill (参训学员（人，按签到表） beside 工作人员 and 就餐人次), and the
 * bureau's 政务公开 register by quarter (公开日期 "7月10日" under "2020年第三季度", 公开载体 the 专栏
 * or the WeChat account).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const day = (d: { y: number; m: number; d?: number } | null) => d && `${d.y}-${d.m}-${d.d}`;

test("a sign-maker's bill for the stations' door signs is the station list: each sign a station in its village, opened the day it went up", () => {
  const { ledgers, recognitions } = read({
    name: "招牌安装结算",
    rows: [
      ["某县村级电子商务服务站点门头招牌制作安装结算清单", null, null, null, null, null, null, null],
      ["施工单位：某广告装饰有限公司　　招牌安装当日挂牌运营，“安装日期”即站点建成日期", null, null, null, null, null, null, null],
      ["序号", "镇", "安装地点（村、社区）", "招牌内容", "规格（米）", "金额（元）", "安装日期", "验收人（站长签字）"],
      [1, "湖寮镇", "桃塘村", "某县电子商务服务站·桃塘村站", "4.0×1.0", 1860, "2020.10.8", "刘建明"],
      [2, "湖寮镇", "龙畲村委会", "某县电子商务服务站·龙畲村站", "3.0×0.8", 1380, "2020年10月16日", "陈美玲"],
      [3, "枫朗镇", "岭美村", "某县电子商务服务站·岭美村站", "3.0×0.8", 1380, "2021.9.3", "黄子健"],
      ["合计", null, "3块", null, null, 4620, null, null],
    ],
  });
  expect(recognitions[0].kind).toBe("stations");
  expect(ledgers.stations.map((s) => [s.source.row, s.village, s.town, day(s.opened)])).toEqual([
    [4, "桃塘村", "湖寮镇", "2020-10-8"],
    [5, "龙畲村委会", "湖寮镇", "2020-10-16"],
    [6, "岭美村", "枫朗镇", "2021-9-3"],
  ]);
  expect(ledgers.funds).toEqual([]);
});

test("a board-and-lodging bill of the classes: the trainees signed in are the person-times, not the meals served", () => {
  const { ledgers, recognitions } = read({
    name: "培训食宿结算",
    rows: [
      ["某县电子商务培训班食宿费用结算汇总表", null, null, null, null, null, null, null, null],
      ["结算单号", "培训日期", "培训班名称", "培训地点", "参训学员（人，按签到表）", "工作人员（人）", "用餐（餐／人）", "就餐人次", "金额（元）"],
      ["JS-001", "2020.9.5", "农村电商基础培训班", "县商务局会议室", 55, 4, 1, 59, 1770],
      ["JS-002", "2020年9月26日", "直播带货培训班", "三河镇政府会议室", 101, 6, 2, 214, 6420],
      ["合计", "2期", null, null, 156, 10, null, 273, 8190],
    ],
  });
  expect(recognitions[0].kind).toBe("training");
  expect(ledgers.training.map((t) => [day(t.date), t.personTimes.toNumber()])).toEqual([
    ["2020-9-5", 55],
    ["2020-9-26", 101],
  ]);
});

test("the bureau's 政务公开 register by quarter: the 专栏's items are its updates, in the year of their quarter; the WeChat account's none", () => {
  const { ledgers, recognitions } = read({
    name: "政务公开台账",
    rows: [
      ["某县商务局政务公开工作台账（电子商务进农村综合示范）", null, null, null, null, null],
      ["按季度报县政务公开办　　“公开日期”只写月、日的，年份见所在季度标题", null, null, null, null, null],
      ["序号", "公开日期", "公开事项", "公开载体", "公开形式", "经办人"],
      ["2020年第四季度（10—12月）", null, null, null, null, null],
      [1, "10月9日", "示范项目建设进度（9月）", "县政府网“电子商务进农村”专栏", "网页", "罗××"],
      [2, "11月20日", "双十一农产品促销活动", "县商务局微信公众号", "推文", "廖××"],
      ["2021年第一季度（1—3月）", null, null, null, null, null],
      [3, "1月8日", "示范项目建设进度（12月）", "县政府网“电子商务进农村”专栏", "网页", "罗××"],
    ],
  });
  expect(recognitions[0].kind).toBe("disclosures");
  expect(ledgers.disclosures.map((d) => [d.source.row, day(d.date)])).toEqual([
    [5, "2020-10-9"],
    [8, "2021-1-8"],
  ]);
});

test("龙川's acceptance register: a station opened on its 挂牌运营日期, not the day it was checked; one moved and checked again is no new station", () => {
  const { ledgers } = read({
    name: "站点验收登记",
    rows: [
      ["某县村级电子商务服务站点建设验收登记表", null, null, null, null, null, null],
      ["序号", "镇", "站点名称", "所在村（社区）", "挂牌运营日期", "验收日期", "备注"],
      [1, "老隆镇", "东坝村电商服务站", "东坝村", "2020.11.12", "2020.11.20", null],
      [2, "四都镇", "上坪村电商服务站", "上坪村", "2020.12.3", "2020.12.10", null],
      [3, "四都镇", "上坪村电商服务站（迁址）", "上坪村", "2020.12.3", "2021.5.28", "2021年5月迁至村委会一楼，重新验收，不是新建站点"],
    ],
  });
  expect(ledgers.stations.map((s) => [s.source.row, day(s.opened)])).toEqual([
    [3, "2020-11-12"],
    [4, "2020-12-3"],
  ]);
});
