/**
 * Lists borrowed from other offices (the 100th blind batch): the agriculture bureau's 益农信息社 list as the
 * stations (两站合一), a public-opinion platform's export as the media log.
 * The 103rd: the organisation department's survey of village service centres as the village list, a 学习强国 register
 * as the media log; the 105th: the office's 送文簿 as the report log; the 106th: the post office's 便民服务站 list as
 * the stations, web-evidence certificates as the column's updates.
 */
import type { Sheet } from "../../src/core/grid";
import { formatDate } from "../../src/scoring/dates";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("a 益农信息社 list's stations opened when the e-commerce sign was added, not when the 益农社 was recognised", () => {
  const list: Sheet = {
    name: "益农信息社名录",
    rows: [
      ["序号", "信息社名称", "所在镇（街道）", "所在村（社区）", "益农社认定时间", "加挂电商服务站牌时间"],
      [1, "丹霞街道夏富村益农信息社", "丹霞街道", "夏富村", "2018.6", "2020.10.15"],
      [2, "董塘镇安岗村益农信息社", "董塘镇", "安岗村", "2018.6", "2020年11月"],
    ],
  };
  const stations = readLedgers({ sheets: [list] }, GD_2019).ledgers.stations;
  expect(stations.map((s) => [s.village, s.opened && formatDate(s.opened)])).toEqual([
    ["夏富村", "2020-10-15"],
    ["安岗村", "2020-11"],
  ]);
});

test("a monitoring export's 新闻网站 is no broadcast, whatever the outlet's name; its 电视 is", () => {
  const log: Sheet = {
    name: "舆情信息明细",
    rows: [
      ["序号", "标题", "来源", "媒体类型", "发布时间", "媒体级别"],
      [1, "广东仁化：电商进村 山货出山", "央视网", "新闻网站", "2021-08-06 08:00:00", "国家级"],
      [2, "仁化电商助农", "仁化县电视台", "电视", "2021-08-07 19:30:00", "县级"],
    ],
  };
  const media = readLedgers({ sheets: [log] }, GD_2019).ledgers.media;
  expect(media.map((m) => [m.outlet, m.tv])).toEqual([
    ["央视网", false],
    ["仁化县电视台", true],
  ]);
});

test("a list of what every village has one of (农家书屋名录) is the village list; a station list with the same column stays stations", () => {
  const libraries: Sheet = {
    name: "农家书屋名录",
    rows: [
      ["序号", "镇（街道）", "书屋名称", "所在村（社区）", "类别", "省定贫困村", "藏书量（册）", "管理员"],
      [1, "西阳镇", "白宫村农家书屋", "白宫村委会", "村委会", "否", 1500, "古××"],
      [2, "西阳镇", "清凉村农家书屋", "清凉村委会", "村委会", "是", 1774, "曾××"],
      [3, "西阳镇", "西阳社区书屋", "西阳社区", "社区", "/", 1200, "李××"],
    ],
  };
  const villages = readLedgers({ sheets: [libraries] }, GD_2019).ledgers.villages;
  expect(villages.map((v) => [v.name, v.poor])).toEqual([
    ["白宫村委会", false],
    ["清凉村委会", true],
    ["西阳社区", null],
  ]);
  const stations: Sheet = {
    name: "站点台账",
    rows: [
      ["序号", "镇（街道）", "站点名称", "所在村（社区）", "负责人", "联系电话", "挂牌时间"],
      [1, "西阳镇", "白宫村电商服务站", "白宫村", "古××", "13900000000", "2020.10.15"],
      [2, "西阳镇", "清凉村电商服务站", "清凉村", "曾××", "13900000001", "2020.11.2"],
    ],
  };
  const read = readLedgers({ sheets: [stations] }, GD_2019).ledgers;
  expect([read.stations.length, read.villages.length]).toEqual([2, 0]);
});

test("a survey of the villages' service centres: the 快递收发点 ticked under 功能设置 is the delivery, 电商服务站 is not", () => {
  const survey: Sheet = {
    name: "党群服务中心摸底",
    rows: [
      ["序号", "镇（街）", "村（社区）", "类别", "中心面积（㎡）", "功能设置", null, null, "备注"],
      [null, null, null, null, null, "便民服务窗口", "快递收发点", "电商服务站", null],
      [1, "九龙镇", "汤村", "村", 420, "√", "√", "×", null],
      [2, null, "沙埔村", "村", 260, "√", "×", "√", "快递到新龙镇网点自取"],
    ],
  };
  const villages = readLedgers({ sheets: [survey] }, GD_2019).ledgers.villages;
  expect(villages.map((v) => [v.name, v.express])).toEqual([
    ["汤村", true],
    ["沙埔村", false],
  ]);
});

test("a 学习强国 register: the day a piece ran (采用日期), not the day it was sent; the national platform national", () => {
  const log: Sheet = {
    name: "学习强国采用登记",
    rows: [
      ["序号", "投稿日期", "采用日期", "采用平台", "稿件标题", "形式"],
      [1, "2021.3.1", "2021.3.10", "学习强国全国平台", "广州黄埔：“农产品＋直播”带动农户增收", "图文"],
      [2, "2021.8.20", "2021.9.2", "广东学习平台", "黄埔电商进农村培训走进田间地头", "图文"],
    ],
  };
  const media = readLedgers({ sheets: [log] }, GD_2019).ledgers.media;
  expect(media.map((m) => [m.date && formatDate(m.date), m.level])).toEqual([
    ["2021-03-10", "national"],
    ["2021-09-02", "province"],
  ]);
});

test("学习强国's platforms: its national one (全国总平台) national, the 广东学习平台 provincial", () => {
  const log: Sheet = {
    name: "学习强国采用",
    rows: [
      ["序号", "稿件标题", "供稿单位", "采用平台", "采用频道", "采用时间", "形式"],
      [1, "兴宁：电商助力“兴宁鸽”飞出大山", "兴宁市融媒体中心", "学习强国广东学习平台", "梅州频道", "2020.11.6", "图文"],
      [2, "兴宁村级电商服务站点建设提速", "兴宁市融媒体中心", "学习强国（全国总平台）", "推荐·各地", "2021年4月8日", "图文"],
    ],
  };
  const media = readLedgers({ sheets: [log] }, GD_2019).ledgers.media;
  expect(media.map((m) => m.level)).toEqual(["province", "national"]);
});

test("a 送文簿's 附件: a report sent with the 贫困户 statistics table carried them, one with 无 did not", () => {
  const book: Sheet = {
    name: "送文簿",
    rows: [
      ["序号", "送文日期", "文件名称", "份数", "附件", "签收人", "签收时间"],
      [1, "2020.8.10", "兴宁市电子商务进农村综合示范工作7月份月报", "1份", "无", "黄××", "当日"],
      [2, "2020.9.8", "兴宁市电子商务进农村综合示范工作8月份月报", "1份", "贫困户电商培训统计表", "刘××", "当日"],
    ],
  };
  const reports = readLedgers({ sheets: [book] }, GD_2019).ledgers.reports;
  expect(reports.map((r) => [r.date && formatDate(r.date), r.poverty])).toEqual([
    ["2020-08-10", false],
    ["2020-09-08", true],
  ]);
});

test("the post office's 便民服务站 list: only an outlet with an 电商站挂牌日期 is a station, opened that day", () => {
  const list: Sheet = {
    name: "邮政便民服务站清单",
    rows: [
      ["服务站编号", "服务站名称", "镇（街道）", "村（社区）", "加盟日期", "系统开通日期", "电商站挂牌日期", "站长", "状态"],
      ["XT001", "逢简村邮政便民服务站", "杏坛镇", "逢简村委会", "2019.6.3", "2019.6.10", "2020.10.16", "梁××", "营业"],
      ["XT002", "马东村邮政便民服务站", "杏坛镇", "马东村民委员会", "2019.8.12", "2019.8.20", null, "何××", "营业"],
    ],
  };
  const stations = readLedgers({ sheets: [list] }, GD_2019).ledgers.stations;
  expect(stations.map((s) => [s.villageKey, s.opened && formatDate(s.opened)])).toEqual([["逢简", "2020-10-16"]]);
});

test("web-evidence certificates: the page's own 发布时间 is the update, the column's home page none", () => {
  const list: Sheet = {
    name: "专栏网页存证",
    rows: [
      ["证书编号", "存证时间", "存证网址", "网页标题", "网页显示发布时间", "哈希值（SHA256前16位）"],
      [
        "CZ202108250031",
        "2021-08-25 10:30:10",
        "http://www.shunde.gov.cn/sdqjkj/dsjnc/index.html",
        "顺德区电子商务进农村综合示范专栏（栏目首页）",
        "—（栏目页）",
        "3f9a12c4008b01e2",
      ],
      [
        "CZ202108250032",
        "2021-08-25 10:32:11",
        "http://www.shunde.gov.cn/sdqjkj/dsjnc/content/post_4612137.html",
        "顺德区电子商务进农村综合示范创建工作方案",
        "2020-09-15 10:20",
        "3fab4a6f008b05c7",
      ],
    ],
  };
  const updates = readLedgers({ sheets: [list] }, GD_2019).ledgers.disclosures;
  expect(updates.map((u) => u.date && formatDate(u.date))).toEqual(["2020-09-15"]);
});
