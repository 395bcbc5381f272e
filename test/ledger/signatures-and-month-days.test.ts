/**
 * From the 165th to 168th blind batches: a sign-in sheet whose 签名 column says 未到 for those who never came, a
 * column's log a month a row with the days alone in a cell, a mail client's sent list whose bounced mail went
 * nowhere, stations as cards with two pairs a line or on their side in two blocks, a park's rooms in common,
 * and a report grid whose cells hold the day alone.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const day = (d: { y: number; m: number; d?: number } | null | undefined) => (d ? formatDate(d) : null);

test("a sign-in sheet's 签名 column saying 未到 or 请假: no trainee", () => {
  const got = read({
    name: "第一期签到表",
    rows: [
      ["罗定市2020年第一期农村电商基础知识培训班签到表"],
      ["培训时间：2020年10月13日—15日\u3000\u3000培训地点：罗定市电子商务公共服务中心"],
      ["序号", "姓名", "性别", "身份证号码", "镇（街）", "联系电话", "签名"],
      [1, "邓珍金", "女", "445302197810124564", "生江镇", "13803366918", "邓珍金"],
      [2, "叶带", "女", "445322197907053382", "泗纶镇", "18932197926", "未到"],
      [3, "叶雄玉", "男", "445381199001208711", "生江镇", "18894349109", "叶雄玉"],
      [4, "冯军海", "女", "445322199208313105", "满塘镇", "13811469335", "请假（病假）"],
    ],
  });
  expect(got.ledgers.training.map((t) => [t.name, day(t.date)])).toEqual([
    ["邓珍金", "2020-10-15"],
    ["叶雄玉", "2020-10-15"],
  ]);
});

test("a column's log a month a row, its days alone in a cell (9日、17日): each day of its row's month", () => {
  const got = read({
    name: "专栏更新（按月）",
    rows: [
      ["台山市政府网“电子商务进农村综合示范”专栏更新情况"],
      ["月份", "更新日期", "更新条数", "主要内容"],
      ["2020年9月", "9日、17日、25日", 3, "项目建设进度、站点名单公示"],
      ["2020年10月", "9日", 1, "项目建设进度"],
      ["2021年2月", "—", 0, "春节期间未更新"],
      ["2021年3月", "10日、17日", 2, "项目建设进度、站点名单公示"],
    ],
  });
  expect(got.ledgers.disclosures.map((d) => day(d.date))).toEqual(["2020-09-09", "2020-09-17", "2020-09-25", "2020-10-09", "2021-03-10", "2021-03-17"]);
});

test("a mail client's sent list: mail that bounced (发送失败（退信）) is no report", () => {
  const got = read({
    name: "月报发送记录",
    rows: [
      ["状态", "收件人", "主题", "发送时间", "附件"],
      ["已发送", "清远市商务局电子商务科 <dzsk@163.com>", "阳山县电子商务进农村综合示范工作月报（2021年3月）", "2021-04-07 08:52", "月报（2021年3月）.docx"],
      ["发送失败（退信）", "清远市商务局电子商务科 <dzsk@163.com>", "阳山县电子商务进农村综合示范工作月报（2021年3月）", "2021-04-06 10:15", "月报（2021年3月）.docx"],
      ["已发送", "清远市商务局电子商务科 <dzsk@163.com>", "阳山县电子商务进农村综合示范工作月报（2021年2月）", "2021-03-04 09:49", "月报（2021年2月）.docx"],
    ],
  });
  expect(got.ledgers.reports.map((r) => day(r.date))).toEqual(["2021-04-07", "2021-03-04"]);
});

test("stations as cards one under another, two label | value pairs a line: a station a card", () => {
  const card = (n: number, name: string, town: string, village: string, opened: string) => [
    [`站点编号：YS-ZD-00${n}`],
    ["站点名称", name, "所属乡镇", town],
    ["所在村（社区）", village, "建成时间", opened],
    ["运营主体", "中国邮政阳山县分公司", "负责人及电话", "罗明珍\u3000158****8584"],
    ["服务内容", "代购代销、代收代发快递", null, null],
    [],
  ];
  const got = read({
    name: "站点信息卡",
    rows: [
      ["阳山县村级电子商务服务站点信息卡"],
      [],
      ...card(1, "阳山县阳城镇南寨村电商服务站", "阳城镇", "南寨村委会", "2020年10月12日"),
      ...card(2, "阳山县阳城镇茶寨村电商服务站", "阳城镇", "茶寨村委会", "2021.3.25"),
      ...card(3, "阳山县七拱镇石洞村电商服务站", "七拱镇", "石洞村委会", "2021-09-06"),
    ],
  });
  expect(got.recognitions.find((r) => r.sheet === "站点信息卡")?.kind).toBe("stations");
  expect(got.ledgers.stations.map((s) => [s.town, day(s.opened), s.source.row])).toEqual([
    ["阳城镇", "2020-10-12", 3],
    ["阳城镇", "2021-03-25", 9],
    ["七拱镇", "2021-09-06", 15],
  ]);
});

test("a station list on its side in two blocks, the same fields down each: a station a column, each linked to its own block", () => {
  const block = (ids: string[], names: string[], towns: string[], days: string[]) => [
    ["站点编号", ...ids],
    ["站点名称", ...names],
    ["所在镇（街）", ...towns],
    ["所在村（居）", ...names.map((n) => n.replace(/电商服务站$/, ""))],
    ["建成时间", ...days],
  ];
  const got = read({
    name: "站点信息（横排）",
    rows: [
      ["台山市村级电子商务服务站点信息表"],
      ["（每列为一个站点）"],
      ...block(
        ["TS-01", "TS-02", "TS-03"],
        ["安冲村电商服务站", "新头村电商服务站", "南湾村电商服务站"],
        ["四九镇", "四九镇", "四九镇"],
        ["2020.10.16", "2020年11月", "2021.03.15"],
      ),
      [],
      ...block(["TS-04", "TS-05"], ["下头村电商服务站", "新岭村电商服务站"], ["端芬镇", "端芬镇"], ["21/4/12", "2021-7-20"]),
      ["注：建成时间以挂牌时间为准。"],
    ],
  });
  expect(got.ledgers.stations.map((s) => [s.village, day(s.opened), s.source.row])).toEqual([
    ["安冲村", "2020-10-16", 4],
    ["新头村", "2020-11", 4],
    ["南湾村", "2021-03-15", 4],
    ["下头村", "2021-04-12", 10],
    ["新岭村", "2021-07-20", 10],
  ]);
});

test("a park's register by room: a room its remark calls 公共区域 is no firm", () => {
  const got = read({
    name: "产业园企业分布",
    rows: [
      ["楼层", "房号", "企业（单位）名称", "统一社会信用代码", "经营类型", "入驻时间", "备注"],
      ["1F", "101", "农特产品展示中心（服务中心自用）", null, null, null, "公共区域"],
      ["1F", "102", "公共直播间", null, null, null, "公共区域"],
      ["1F", "103", "徐闻县菠萝的海电子商务有限公司", "91440825E5LAYERDFM", "平台型电商", "2020.7.4", null],
      ["1F", "104", "湛江市徐闻优品网络科技有限公司", "914408252M3PB43FDA", "平台型电商", "2020年12月4日", null],
    ],
  });
  expect(got.ledgers.enterprises.map((e) => e.name)).toEqual(["徐闻县菠萝的海电子商务有限公司", "湛江市徐闻优品网络科技有限公司"]);
});

test("a report grid of years down and months across, each cell the day alone (10日): that day of its month", () => {
  const got = read({
    name: "月报报送",
    rows: [
      ["某市电子商务进农村综合示范工作月报报送情况（报韶关市商务局）"],
      ["年份", "事项", "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
      ["2020年", "报送日期", null, null, null, null, null, null, null, null, "10日", "12日", "4日", "—"],
      [null, "含电商扶贫数据", null, null, null, null, null, null, null, null, null, "√", "√", null],
      ["2021年", "报送日期", "10日（含上年12月）", "6日", null, null, null, null, null, null, null, null, null, null],
      [null, "含电商扶贫数据", "√", "√", null, null, null, null, null, null, null, null, null, null],
    ],
    merges: [
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 4, left: 0, bottom: 5, right: 0 },
    ],
  });
  expect(got.ledgers.reports.map((r) => [day(r.date), r.poverty])).toEqual([
    ["2020-09-10", null],
    ["2020-10-12", true],
    ["2020-11-04", true],
    ["2021-01-10", true],
    ["2021-02-06", true],
  ]);
});
