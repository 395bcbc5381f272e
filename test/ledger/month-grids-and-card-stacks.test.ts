/**
 * From the 158th, 163rd and 164th blind batches: a report log kept as a calendar grid (months down and years
 * across, or years down with a row of days and a row of poverty marks), a report register's 含 / 不含 and a
 * month merged into the next, media kept as cards one under another, a station list with its planned stations
 * in a section of their own, a town's stations packed in one cell, a second table whose first row has a
 * phone number, and a website list's second page under its own breadcrumb.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const day = (d: { y: number; m: number; d?: number } | null | undefined) => (d ? formatDate(d) : null);

test("a report log by month down and year across: each dated cell a report, a dash with a remark none", () => {
  const got = read({
    name: "月报报送",
    rows: [
      ["某区电子商务进农村综合示范工作月报报送情况登记（报送市商务局）"],
      ["报送月份", "2020年", "2021年", "备注"],
      ["1月", "—", "1月9日", null],
      ["2月", "—", "—（春节，1月工作情况并入3月报送）", null],
      ["3月", "—", "3月4日", null],
      ["11月", "11月5日", null, null],
      ["12月", "1月6日", null, "12月月报次年1月报送"],
    ],
  });
  expect(got.recognitions.find((r) => r.sheet === "月报报送")?.kind).toBe("reports");
  expect(got.ledgers.reports.map((x) => [day(x.date), x.source.row])).toEqual([
    ["2020-11-05", 6],
    ["2021-01-06", 7],
    ["2021-01-09", 3],
    ["2021-03-04", 5],
  ]);
});

test("a report log by year down and month across: two days in one cell, each with its year's poverty mark", () => {
  const got = read({
    name: "月报报送情况",
    rows: [
      ["某区电子商务进农村综合示范工作月报报送情况"],
      ["年度", "项目", "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
      ["2020年", "报送日期", null, null, null, null, null, null, null, null, "2020.10.12", "2020.11.9", "2020.12.7", "2021.1.11"],
      [null, "附电商扶贫统计表", null, null, null, null, null, null, null, null, "×", "√", "√", "√"],
      ["2021年", "报送日期", "2021.2.8", "2021.3.9、3.26（补报）", null, null, null, null, null, null, null, null, null, null],
      [null, "附电商扶贫统计表", "√", "√", null, null, null, null, null, null, null, null, null, null],
    ],
    merges: [
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 4, left: 0, bottom: 5, right: 0 },
    ],
  });
  expect(got.ledgers.reports.map((x) => [day(x.date), x.poverty])).toEqual([
    ["2020-10-12", false],
    ["2020-11-09", true],
    ["2020-12-07", true],
    ["2021-01-11", true],
    ["2021-02-08", true],
    ["2021-03-09", true],
    ["2021-03-26", true],
  ]);
});

test("a report register's 电商扶贫统计 含 / 不含, and a month's line merged into the next month's report is none", () => {
  const got = read({
    name: "月报报送登记",
    rows: [
      ["月报报送登记表（报市商务局）"],
      ["期数", "数据所属月份", "报送日期", "报送方式", "电商扶贫统计", "备注"],
      ["第4期", "2020年11月", "20201206", "政务邮箱", "不含", null],
      ["第5期", "2020年12月", "20210104", "政务邮箱", "含", null],
      ["—", "2021年1月", null, null, null, "春节假期，与2月合并报送（见下一期）"],
      ["第6期", "2021年1—2月", "20210309", "粤政易", "含", null],
    ],
  });
  expect(got.ledgers.reports.map((x) => [day(x.date), x.poverty])).toEqual([
    ["2020-12-06", false],
    ["2021-01-04", true],
    ["2021-03-09", true],
  ]);
});

test("media kept as cards one under another (报道（一） over label | value lines): a report each, at its title's row", () => {
  const card = (n: string, title: string, outlet: string, level: string, date: string, form: string) => [
    [`报道（${n}）`],
    ["标题", title],
    ["刊发媒体", outlet],
    ["媒体级别", level],
    ["刊发日期", date],
    ["报道形式", form],
    [],
  ];
  const got = read({
    name: "媒体报道",
    rows: [
      ["某区电子商务进农村宣传报道汇编（登记）"],
      [],
      ...card("一", "《陶瓷“触网”焕新生》", "潮州日报", "市级", "2020年11月12日", "报纸"),
      ...card("二", "《电商服务站打通农产品上行“最后一公里”》", "潮州广播电视台《潮州新闻》", "市级", "2021.1.8", "电视"),
      ...card("三", "《脱贫户直播卖单丛茶》", "广东广播电视台珠江频道", "省级", "2021年4月26日", "电视"),
    ],
  });
  expect(got.recognitions.find((r) => r.sheet === "媒体报道")?.kind).toBe("media");
  expect(got.ledgers.media.map((m) => [day(m.date), m.level, m.tv, m.source.row])).toEqual([
    ["2020-11-12", "city", false, 3],
    ["2021-01-08", "city", true, 10],
    ["2021-04-26", "province", true, 17],
  ]);
});

test("a station list's section of planned stations is no stations; a second table's first row with a phone is data", () => {
  const got = read({
    name: "站点台账",
    rows: [
      ["某区村级电子商务服务站点台账"],
      ["一、已建成运营站点"],
      ["序号", "镇（街）", "所在村", "站点名称", "建成时间"],
      [1, "太和镇", "北头村", "北头村电商服务站", "2020-09-21"],
      [2, "太和镇", "安窝村", "安窝村电商服务站", "2020-10-16"],
      [3, "人和镇", "鹤坪村", "鹤坪村电商服务站", "2020-10-28"],
      [],
      ["二、第二批（2021年）"],
      ["村（社区）", "站点名称", "运营时间", "负责人及电话"],
      ["云步村", "云步村电商服务点", "2021年3月", "余华芳\u3000135****3480"],
      ["田头何村", "田头何村电商服务站", "2021.4.16", "何坤妹\u3000136****2957"],
      ["东山村", "东山村电商服务站", "2021.6.28", "谭妹芳\u3000137****2782"],
      [],
      ["三、计划建设站点（2021年第四季度前建成）"],
      ["序号", "镇（街）", "所在村", "站点名称", "计划建成时间", "建设进度"],
      [1, "太和镇", "小岗村", "小岗村电商服务站", "2021年10月", "装修中"],
      [2, "人和镇", "黄布村", "黄布村电商服务站", "2021年11月", "设备采购中"],
    ],
  });
  expect(got.ledgers.stations.map((s) => [s.village, day(s.opened)])).toEqual([
    ["北头村", "2020-09-21"],
    ["安窝村", "2020-10-16"],
    ["鹤坪村", "2020-10-28"],
    ["云步村", "2021-03"],
    ["田头何村", "2021-04-16"],
    ["东山村", "2021-06-28"],
  ]);
});

test("a station summary by 街道 with each one's stations and days in one cell: a station each, not a row each", () => {
  const got = read({
    name: "站点建设情况",
    rows: [
      ["某区村级电子商务服务站点建设情况汇总表"],
      ["序号", "街道", "行政村数（个）", "已建站点的村（社区）及建成时间", "站点数（个）", "行政村覆盖率", "备注"],
      [1, "爱国街道", 4, "凤田村（2020.11.17）、凤湖村（2021年6月30日）", 2, "50.0%", null],
      [2, "工农街道", 2, "—", 0, "0.0%", null],
      [3, "友谊街道", 3, "录洋村（2020.7.8）、港屋村（2020.8.21）、西墩村（2021年3月30日）", 3, "100.0%", null],
      [4, "东新街道", 4, "大屋村（2020.8.23）、上屋村（2021年7月）", 2, "50.0%", null],
    ],
  });
  expect(got.ledgers.stations.map((s) => [s.village, day(s.opened)])).toEqual([
    ["凤田村", "2020-11-17"],
    ["凤湖村", "2021-06-30"],
    ["录洋村", "2020-07-08"],
    ["港屋村", "2020-08-21"],
    ["西墩村", "2021-03-30"],
    ["大屋村", "2020-08-23"],
    ["上屋村", "2021-07"],
  ]);
});

test("a poor-village list headed 街道 | 村名 is read as one", () => {
  const got = read({
    name: "省定贫困村",
    rows: [
      ["某区省定相对贫困村名单"],
      ["序号", "街道", "村名", "认定文件", "帮扶单位"],
      [1, "海头街道", "新港村民委员会", "粤扶办〔2016〕37号", "市直单位"],
      [2, "东新街道", "上屋村", "粤扶办〔2016〕37号", "市直单位"],
    ],
  });
  expect(got.recognitions.find((r) => r.sheet === "省定贫困村")?.kind).toBe("poorVillages");
  expect(got.ledgers.poorVillages).toHaveLength(2);
});

test("a website list copied page by page: the next page's breadcrumb and column name are no updates", () => {
  const line = (title: string, date: string) => [`· ${title}`, date];
  const got = read({
    name: "专栏页面（复制）",
    rows: [
      ["当前位置：首页 > 专题专栏 > 电子商务进农村综合示范"],
      ["电子商务进农村综合示范"],
      line("某区电子商务进农村综合示范项目建设进度（2021年8月）", "2021-09-06"),
      line("某区电子商务进农村综合示范项目建设进度（2021年7月）", "2021-08-05"),
      line("某区第四批村级电子商务服务站点名单公示", "2021-06-25"),
      ["共 5 条\u3000每页 3 条\u3000第 1/2 页\u3000\u3000首页\u3000上一页\u3000下一页\u3000尾页"],
      [],
      ["当前位置：首页 > 专题专栏 > 电子商务进农村综合示范"],
      ["电子商务进农村综合示范"],
      line("某区电子商务进农村综合示范项目建设进度（2021年5月）", "2021-06-20"),
      line("某区电子商务进农村综合示范项目建设进度（2021年4月）", "2021-05-18"),
      ["共 5 条\u3000每页 3 条\u3000第 2/2 页\u3000\u3000首页\u3000上一页\u3000下一页\u3000尾页"],
    ],
  });
  expect(got.ledgers.disclosures.map((d) => day(d.date))).toEqual(["2021-09-06", "2021-08-05", "2021-06-25", "2021-06-20", "2021-05-18"]);
});

test("a report grid's days typed as dates or kept as Excel's serials are read as they are", () => {
  const got = read({
    name: "月报报送",
    rows: [
      ["报送月份", "2020年", "2021年"],
      ["1月", null, new Date(Date.UTC(2021, 1, 8))],
      ["2月", null, 44266],
      ["11月", "11月5日", null],
    ],
  });
  expect(got.ledgers.reports.map((x) => day(x.date))).toEqual(["2020-11-05", "2021-02-08", "2021-03-11"]);
});
