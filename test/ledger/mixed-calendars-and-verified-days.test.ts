/**
 * From the 155th–158th blind batches' ledgers: one calendar kept for both the 专栏's updates and the
 * reports sent (a summary of counts no log), a station list whose day was checked again (核实后建站时间)
 * and whose site is still being chosen (选址中), and a village list answering 快递是否通达 with 通达.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const day = (d: { y: number; m: number; d?: number } | null | undefined) => (d ? formatDate(d) : null);
const months = [
  "2020年9月",
  "2020年10月",
  "2020年11月",
  "2020年12月",
  "2021年1月",
  "2021年2月",
  "2021年3月",
  "2021年4月",
  "2021年5月",
  "2021年6月",
  "2021年7月",
  "2021年8月",
];

test("one calendar of both duties, a row each: the 专栏 row's days are its updates (a dash no update), the 报送 row's ticks the reports", () => {
  const got = read({
    name: "专栏及月报",
    rows: [
      ["遂溪县电商示范专栏更新及月报报送情况（2020年9月—2021年8月）"],
      ["事项", ...months],
      ["专栏更新（发布日期）", "9月22日", "10月18日", "11月12日", "12月24日", "1月20日", "—", "3月14日", "4月13日", "5月17日", "6月19日", "7月13日", "8月8日"],
      ["向湛江市商务局报送月报", ...months.map(() => "√")],
      ["注：2021年2月因春节假期专栏未更新。"],
    ],
  });
  expect(got.ledgers.disclosures.map((d) => day(d.date))).toEqual([
    "2020-09-22",
    "2020-10-18",
    "2020-11-12",
    "2020-12-24",
    "2021-01-20",
    "2021-03-14",
    "2021-04-13",
    "2021-05-17",
    "2021-06-19",
    "2021-07-13",
    "2021-08-08",
  ]);
  expect(got.ledgers.reports).toHaveLength(12);
  expect(got.diagnostics.list.some((d) => d.severity === "warning" && d.sheet === "专栏及月报")).toBe(false);
});

test("a summary counting each month's updates and reports (条, 次) is no log of either", () => {
  const counts = (n: number[]) => n as CellValue[];
  const got = read({
    name: "月度统计",
    rows: [
      ["月度统计（根据“专栏发布记录”“月报发送记录”汇总，非台账，仅供参考）"],
      ["项目", ...months, "合计"],
      ["专栏更新（条，按发布时间）", ...counts([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 12])],
      ["月报报送（次）", ...counts([1, 1, 1, 2, 1, 0, 1, 1, 1, 1, 1, 1, 12])],
    ],
  });
  expect(got.ledgers.reports).toHaveLength(0);
  expect(got.ledgers.disclosures).toHaveLength(0);
});

test("a station list with its day checked again: 核实后建站时间 stands where filled; a site still being chosen (选址中) is no station", () => {
  const got = read({
    name: "站点台账",
    rows: [
      ["鼎湖区村级电子商务服务站点台账"],
      ["序号", "镇（街道）", "村（社区）", "站点名称", "负责人", "建站时间", "核实后建站时间", "状态", "备注"],
      [1, "坑口街道", "凤基村", "凤基村级电商服务站", "谭妹兰", "2020.8.1", null, "运营中", null],
      [2, "坑口街道", "青滘村", "青滘村级电商服务站", "谭金国", "2021.9.2", "2021.8.26", "运营中", "原填为挂牌仪式时间"],
      [3, "永安镇", "青头村", "青头村级电商服务站", "黎志强", "2021.8.16", "2021.9.3", "运营中", null],
      [4, "永安镇", "丰门村", "丰门电商服务站", "蔡娣", null, null, "选址中", null],
    ],
  });
  expect(got.ledgers.stations.map((s) => [s.village, day(s.opened)])).toEqual([
    ["凤基村", "2020-08-01"],
    ["青滘村", "2021-08-26"],
    ["青头村", "2021-09-03"],
  ]);
});

test("a village list answering 快递是否通达 with 通达 / 未通达", () => {
  const got = read({
    name: "行政村名单",
    rows: [
      ["遂溪县行政村（社区）基本情况表"],
      ["序号", "镇", "村（居）委会名称", "类别", "是否省定贫困村", "快递是否通达"],
      [1, "遂城镇", "良田村民委员会", "行政村", "否", "通达"],
      [2, "遂城镇", "水边村民委员会", "行政村", "是", "未通达"],
      [3, "黄略镇", "丰塘村民委员会", "行政村", "否", "通达"],
    ],
  });
  expect(got.ledgers.villages.map((v) => v.express)).toEqual([true, false, true]);
});

test("a roster whose one column says both ability and work (劳动力及务工状况): who cannot work has no 务工 answer", () => {
  const got = read({
    name: "贫困人口名单",
    rows: [
      ["新丰县建档立卡贫困人口名单"],
      ["序号", "镇", "村", "姓名", "身份证号", "劳动力及务工状况"],
      [1, "黄礤镇", "丰岭村", "梁珍英", "440233197011019076", "有劳动能力（在家）"],
      [2, "沙田镇", "高头村", "蔡辉永", "440233197710064853", "有劳动能力（县外务工）"],
      [3, "梅坑镇", "竹冲村", "冯带嘉", "440233194804254646", "无劳动能力"],
    ],
  });
  expect(got.ledgers.poorPersons.map((p) => [p.labour, p.migrant])).toEqual([
    [true, false],
    [true, true],
    [false, null],
  ]);
});

test("a village list's bare 快递服务 column, a station list's 启用时间, and a hidden drop-down list sheet that is no village list", () => {
  const got = read(
    {
      name: "村居名录",
      rows: [
        ["惠阳区村（居）委会名录"],
        ["序号", "村（居）委会名称", "类别", "省定贫困村", "快递服务"],
        [1, "上坑村民委员会", "村委会", "否", "已通"],
        [2, "白布村民委员会", "村委会", "是", "未通"],
      ],
    },
    {
      name: "服务站点",
      rows: [
        ["序号", "站点名称", "站点地址", "站长", "启用时间"],
        [1, "邮乐购美岗店", "曲溪街道美岗村委会办公楼一楼", "林达妹", "2020-07-24"],
      ],
    },
    { name: "字典", hidden: true, rows: [["类别"], ["村委会"], ["居委会"], [], ["快递服务"], ["已通"], ["未通"]] },
  );
  expect(got.ledgers.villages.map((v) => v.express)).toEqual([true, false]);
  expect(got.ledgers.stations.map((s) => day(s.opened))).toEqual(["2020-07-24"]);
  expect(got.recognitions.find((r) => r.sheet === "字典")?.kind ?? null).toBeNull();
});

test("a report log a row per month, the day sent in brackets after its status as month.day (a December report sent in January), a month not sent on its own no record", () => {
  const got = read({
    name: "月报报送",
    rows: [
      ["清新区电子商务进农村工作月报报送情况"],
      ["报告月份", "报送情况", "附扶贫统计", "报送人"],
      ["2020年11月", "已报送（12.6）", "√", "邓妹"],
      ["2020年12月", "已报送（1.12）", "√", "彭家燕"],
      ["2021年1月", "未单独报送（春节，与2月合并）", null, null],
      ["2021年2月", "已报送（3.5）", "√", "李华坤"],
      ["注：括号内为报送日期。"],
    ],
  });
  expect(got.ledgers.reports.map((r) => day(r.date))).toEqual(["2020-12-06", "2021-01-12", "2021-03-05"]);
});

test("a town's villages in one cell, its communities in another (村民委员会名称 | 社区居民委员会名称), or a 街道's in one list with ★ poor and a （续） row", () => {
  const got = read({
    name: "村居区划",
    rows: [
      ["佛山市三水区镇（街道）村（社区）一览表"],
      ["序号", "镇（街道）", "村委会（个）", "村民委员会名称", "社区（个）", "社区居民委员会名称"],
      [1, "西南街道", 3, "山涌村、河田村、水岸村", 2, "合洲社区、云朗社区"],
      [2, "云东海街道", 3, "蔡滘村、马坑村、丰边村", 1, "高基社区"],
      [3, "白坭镇", 4, "白洲村、新朗村、大围村、河岭村", 1, "南岸社区"],
    ],
  });
  expect(got.ledgers.villages.filter((v) => v.type === "admin")).toHaveLength(10);
  const marked = read({
    name: "村（社区）名单",
    rows: [
      ["榕城区村（社区）名单"],
      ["序号", "街道", "村（社区）名单", "个数"],
      [1, "梅云街道", "仙园村、南厝村★、陈厝村、洪林社区", "行政村3个、社区1个"],
      [2, "磐东街道", "南湖村、港厝村、仙湖村★、", "行政村5个"],
      [null, "（续）", "新厝村、溪林村", null],
      [null, "合计", null, "行政村8个、社区1个"],
      ["注：村名后标“★”的为省定贫困村。"],
    ],
  });
  expect(marked.ledgers.villages.filter((v) => v.type === "admin").map((v) => [v.name, v.poor])).toEqual([
    ["仙园村", false],
    ["南厝村", true],
    ["陈厝村", false],
    ["南湖村", false],
    ["港厝村", false],
    ["仙湖村", true],
    ["新厝村", false],
    ["溪林村", false],
  ]);
});
