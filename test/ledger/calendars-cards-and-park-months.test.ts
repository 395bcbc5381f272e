/**
 * Borrowed layouts of the 138th batch's county: the desk calendar copied out a block a month (what was
 * done written in the days' cells), stations kept as cards three to a row, and the park's monthly sales
 * by firm with a dash for the months before a firm came in or after it left.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const ymd = (d: { y: number; m: number; d?: number } | null) => (d ? `${d.y}-${d.m}-${d.d ?? ""}` : null);
const WEEK = ["一", "二", "三", "四", "五", "六", "日"];

test("a desk calendar a block a month: reports, posts on the column, a material and press lines, each on its cell's day", () => {
  const block = (title: string, weeks: CellValue[][]): CellValue[][] => [[title], WEEK, ...weeks, []];
  const sheet: Sheet = {
    name: "工作日历",
    rows: [
      ["某县商务局电子商务股工作日历（2020年9月—2020年11月）"],
      ["台历记事誊录：一个月一块，日期格内第一行为日，下面是当天已办的事项"],
      [],
      ...block("2020年9月", [
        [null, 1, 2, 3, 4, 5, 6],
        ["7\n报送8月工作月报（某市商务局）", 8, 9, 10, 11, 12, 13],
        [14, "15\n专栏更新：8月建设进度（县政府网站）", 16, 17, 18, 19, 20],
      ]),
      ...block("2020年10月", [
        [null, null, null, "1\n国庆节", 2, 3, 4],
        ["12\n报送9月工作月报（某市商务局），附电商扶贫统计季报", 13, 14, 15, 16, 17, 18],
        [19, "20\n专栏更新：9月建设进度（县政府网站）", 21, 22, "23\n某县融媒体中心（县级）《某县新闻》报道农村电商普及培训", 24, 25],
      ]),
      ...block("2020年11月", [
        [2, 3, 4, 5, "6\n向某市商务局报送经验材料《小小火龙果》", 7, 8],
        [9, 10, "11\n某市日报（市级）刊发《电商服务站开到村口》", 12, 13, 14, 15],
      ]),
    ],
  };
  const r = read(sheet);
  expect(r.ledgers.reports.map((x) => [ymd(x.date), x.poverty])).toEqual([
    ["2020-9-7", null],
    ["2020-10-12", true],
  ]);
  expect(r.ledgers.disclosures.map((x) => ymd(x.date))).toEqual(["2020-9-15", "2020-10-20"]);
  expect(r.ledgers.materials.map((x) => [ymd(x.date), x.title])).toEqual([["2020-11-6", "小小火龙果"]]);
  expect(r.ledgers.media.map((x) => [ymd(x.date), x.level, x.title])).toEqual([
    ["2020-10-23", "county", "农村电商普及培训"],
    ["2020-11-11", "city", "电商服务站开到村口"],
  ]);
  expect(r.ledgers.reports[0].source).toEqual({ sheet: "工作日历", row: 7 });
});

test("stations as cards three to a row: each card a station, its lines its fields, its rows named on the real sheet", () => {
  const card = (id: string, name: string, village: string, opened: string): [CellValue, CellValue][] => [
    [id, null],
    ["站点名称", name],
    ["所在村（居）", village],
    ["挂牌运营", opened],
    ["服务内容", "代购代销、快递收发"],
  ];
  const band = (...cards: [CellValue, CellValue][][]): CellValue[][] =>
    cards[0].map((_, i) => cards.flatMap((c, k) => [...c[i], ...(k < cards.length - 1 ? [null] : [])]));
  const sheet: Sheet = {
    name: "站点信息卡",
    rows: [
      ["某县村级电子商务服务站点“一站一档”信息卡"],
      ["一个站点一张卡，三张一排，按镇排列"],
      [],
      ...band(
        card("S001　甲镇", "上仔村电商服务站", "上仔村", "2019-11-18"),
        card("S002　甲镇", "下塘村电商服务站", "下塘村", "2020.2.18"),
        card("S003　甲镇", "东田村电商服务站", "东田村", "2020年5月21日"),
      ),
      [],
      ...band(card("S004　乙镇", "上岭村电商服务站", "上岭村委会", "2021/9/3")),
    ],
  };
  const r = read(sheet);
  expect(r.recognitions[0].kind).toBe("stations");
  expect(r.ledgers.stations.map((s) => [s.name, s.village, ymd(s.opened), s.source.row])).toEqual([
    ["上仔村电商服务站", "上仔村", "2019-11-18", 4],
    ["下塘村电商服务站", "下塘村", "2020-2-18", 4],
    ["东田村电商服务站", "东田村", "2020-5-21", 4],
    ["上岭村电商服务站", "上岭村委会", "2021-9-3", 10],
  ]);
});

test("a park's monthly sales by firm, a dash before a firm came in: the firms' list, not a log kept by month", () => {
  const months = ["2020年11月", "2020年12月", "2021年1月", "2021年2月", "2021年3月", "2021年4月"];
  const sheet: Sheet = {
    name: "园区经营月报",
    rows: [
      ["某县电子商务产业园入驻企业经营情况月报汇总"],
      ["单位：万元（网络销售额）　入驻前、退园后的月份填“—”"],
      ["序号", "企业名称", "企业类型", "入驻时间", "退园时间", ...months, "累计"],
      [1, "某市农品电子商务有限公司", "电商运营商", "2020.11.6", null, 1.2, 4.73, 8.26, 11.79, 15.32, 18.85, 60.15],
      [2, "某县邮乐购服务部", "平台型", "2020.11.6", null, 10.97, 14.5, 18.03, 21.56, 25.09, 4.62, 94.77],
      [3, "某县火龙果网店", "销售型", "2020.12.9", null, "—", 19.81, 23.34, 2.87, 6.4, 9.93, 62.35],
      [4, "某县红糖网店", "销售型", "2020.12.16", "2021.4.28", "—", 5.58, 9.11, 12.64, 16.17, 19.7, 63.2],
      [5, "某县海产品网店", "销售型", "2021.1.8", null, "—", "—", 4.65, 8.18, 11.71, 15.24, 39.78],
      [6, "某县生蚝网店", "销售型", "2021.3.31", null, "—", "—", "—", "—", 2.79, 6.32, 9.11],
    ],
  };
  const r = read(sheet);
  expect(r.recognitions[0].kind).toBe("enterprises");
  expect(r.ledgers.enterprises.map((e) => [e.name, ymd(e.left)])).toEqual([
    ["某市农品电子商务有限公司", null],
    ["某县邮乐购服务部", null],
    ["某县火龙果网店", null],
    ["某县红糖网店", "2021-4-28"],
    ["某县海产品网店", null],
    ["某县生蚝网店", null],
  ]);
});

test("a class schedule as a month calendar, the days' row over the row of classes: those who came, on their days", () => {
  const block = (title: string, weeks: (string | number | null)[][]): (string | number | null)[][] => [
    [title],
    ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"],
    ...weeks,
    [],
  ];
  const sheet: Sheet = {
    name: "培训排期（月历）",
    rows: [
      ["某区电子商务公共服务中心培训排期表（月历）"],
      [],
      ...block("2020年11月\u3000电商培训排期及实到人次", [
        [2, 3, 4, 5, 6, 7, 8],
        [null, null, null, "农村电商基础班（第1期）\n实到 63 人次", null, null, null],
        [16, 17, 18, 19, 20, 21, 22],
        [null, null, null, "计划：网店美工班（因场地冲突取消）", null, null, null],
        [23, 24, 25, 26, 27, 28, 29],
        [null, null, null, "上午：镇村干部电商知识讲座\u3000实到 35 人次\n下午：站点站长业务培训\u3000实到 22 人次", null, null, null],
      ]),
      ...block("2021年1月\u3000电商培训排期及实到人次", [
        [null, null, null, null, 1, 2, 3],
        [null, null, null, null, "元旦（休）", null, null],
        [11, 12, 13, 14, 15, 16, 17],
        [null, null, null, "农产品短视频拍摄班\n实到 41 人次", null, null, null],
      ]),
      ...block("2021年4月\u3000电商培训排期及实到人次", [
        [12, 13, 14, 15, 16, 17, 18],
        [null, null, null, "社群营销两天班（4月15日—16日）\n实到 70 人次", "（社群营销班第2天）", null, null],
      ]),
    ],
  };
  const r = read(sheet);
  expect(r.recognitions[0].kind).toBe("training");
  expect(r.ledgers.training.map((t) => [ymd(t.date), t.personTimes.toNumber()])).toEqual([
    ["2020-11-5", 63],
    ["2020-11-26", 35],
    ["2020-11-26", 22],
    ["2021-1-14", 41],
    ["2021-4-16", 70],
  ]);
});

test("stations counted by town (镇 | 站点数 | 备注) are a summary, no list of stations", () => {
  const r = read({
    name: "按镇统计",
    rows: [["某区村级站点按镇统计"], ["镇", "站点数", "备注"], ["程江镇", 2, null], ["扶大镇", 1, null], ["丙村镇", 1, null], ["雁洋镇", 2, "社区站点"]],
  });
  expect(r.recognitions[0].kind).toBeNull();
  expect(r.ledgers.stations).toEqual([]);
});
