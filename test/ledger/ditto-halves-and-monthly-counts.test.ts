/**
 * From the 159th blind batch's county workbook (梅县): a station list in two batches side by side whose
 * 〃 / 同上 repeat the line above in their own half, a 专栏 log kept a month a row with each month's
 * count of updates, and one sheet named for two lists (宣传及经验材料) whose tables each say under
 * their own title which list they are.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const day = (d: { y: number; m: number; d?: number } | null | undefined) => (d ? formatDate(d) : null);

const twoBatches: Sheet = {
  name: "站点台账",
  rows: [
    ["某区村级电子商务服务站点建设台账"],
    ["第一批（2020年建设）", null, null, null, null, null, null, "第二批（2021年建设）"],
    ["序号", "镇", "村", "站点名称", "负责人", "挂牌时间", null, "序号", "镇", "村", "站点名称", "负责人", "挂牌时间"],
    [1, "程江镇", "青口村", "青口村电子商务服务站", "冯坤国", "2020.11.19", null, 1, "程江镇", "莲湾村", "莲湾村电子商务服务站", "莫振少", "2021年7月17日"],
    [2, "〃", "长湖村", "长湖村电子商务服务站", "谭英", "〃", null, 2, "同上", "东塘村", "东塘村电子商务服务站", "刘润", "同上"],
    [3, "城东镇", "明坪村", "明坪村电子商务服务站", "植海", "2020.9.21", null, 3, "松源镇", "莲圳村", "莲圳村电子商务服务站", "岑文兰", "2021年9月6日"],
    [4, "〃", "小围村", "小围村电子商务服务站", "彭家", "〃", null, 4, "同上", "老陂村", "老陂村电子商务服务站", "林娣志", "同上"],
    [5, "〃", "青头村", "青头村电子商务服务站", "叶伟", "〃", null, null, null, null, null, null, null],
    ["注：表中“〃”“同上”表示与上一行相同。"],
  ],
};

test("a list in two halves: a ditto mark repeats the line above in its own half, not the other half's record", () => {
  const got = read(twoBatches).ledgers.stations.map((s) => [s.village, s.town, day(s.opened)]);
  expect(got).toEqual([
    ["青口村", "程江镇", "2020-11-19"],
    ["莲湾村", "程江镇", "2021-07-17"],
    ["长湖村", "程江镇", "2020-11-19"],
    ["东塘村", "程江镇", "2021-07-17"],
    ["明坪村", "城东镇", "2020-09-21"],
    ["莲圳村", "松源镇", "2021-09-06"],
    ["小围村", "城东镇", "2020-09-21"],
    ["老陂村", "松源镇", "2021-09-06"],
    ["青头村", "城东镇", "2020-09-21"],
  ]);
});

test("a 专栏 log a month a row with its count of updates: every month with one is an update that month, a month of 0 none", () => {
  const got = read({
    name: "专栏更新",
    rows: [
      ["某区政府网“电子商务进农村综合示范”专栏更新情况"],
      ["月份", "更新条数", "主要更新内容", "备注"],
      ["2020年9月", 3, "创建工作方案；项目基本信息；工作动态", "专栏开通"],
      ["2020年10月", 1, "项目建设进度（2020年9月）", null],
      ["2020年11月", 0, null, "未更新"],
      ["2020年12月", 2, "项目建设进度（2020年11月）；培训通知", null],
      ["合计", 6, null, null],
    ],
  });
  expect(got.recognitions.find((r) => r.sheet === "专栏更新")?.kind).toBe("disclosures");
  expect(got.ledgers.disclosures.map((d) => day(d.date))).toEqual(["2020-09", "2020-10", "2020-12"]);
  expect(got.diagnostics.list.some((d) => d.sheet === "专栏更新" && d.message.includes("2020年11月") && d.message.includes("没有更新"))).toBe(true);
});

test("a site monitor's summary a column a row (栏目 | 更新条数 | 最近更新日期) is still no update log", () => {
  const got = read({
    name: "网站监测",
    rows: [
      ["政府网站栏目更新情况（监测期：2021年1月—8月）"],
      ["栏目", "更新条数", "最近更新日期"],
      ["电子商务进农村专栏", 12, "2021-08-20"],
      ["通知公告", 40, "2021-08-30"],
      ["部门动态", 66, "2021-08-31"],
    ],
  });
  expect(got.ledgers.disclosures).toHaveLength(0);
});

test("a sheet named for two lists: each table is the list its own title names (宣传报道 above the one, 经验材料 above the other)", () => {
  const got = read({
    name: "宣传及经验材料",
    rows: [
      ["一、宣传报道情况"],
      ["序号", "报道日期", "媒体（级别）", "形式", "标题", "是否电商扶贫典型案例"],
      [1, "2020.11.18", "某区融媒体中心（区级）", "电视", "某区首批村级电商服务站挂牌运营", "否"],
      [2, "2021年3月25日", "梅州日报（市级）", "报纸", "村级电商站点让山货出山", "否"],
      [3, "2021.6.17", "梅州广播电视台（市级）", "电视", "脱贫户直播带货 金柚销往全国", "是"],
      [null],
      ["二、经验材料报送情况"],
      ["序号", "报送日期", "材料名称", "报送对象"],
      [1, "2021.6.18", "某区“电商+金柚”助农增收经验做法", "梅州市商务局"],
    ],
  });
  expect(got.ledgers.media.map((m) => [day(m.date), m.outlet])).toEqual([
    ["2020-11-18", "某区融媒体中心（区级）"],
    ["2021-03-25", "梅州日报（市级）"],
    ["2021-06-17", "梅州广播电视台（市级）"],
  ]);
  expect(got.ledgers.materials.map((m) => day(m.date))).toEqual(["2021-06-18"]);
});
