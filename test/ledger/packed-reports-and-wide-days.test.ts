/**
 * From the 160th blind batch: a press list keeping each report in one cell under a header that lists its
 * parts (报道信息（媒体、日期、版面、标题）), an approvals register whose withdrawn item has its 发布日期 dashed,
 * and a city's wide template whose day of opening is only a month and whose 增速 stands under a group
 * counted in 万元.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { factsOf } from "../corpus/read-facts";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const day = (d: { y: number; m: number; d?: number } | null | undefined) => (d ? formatDate(d) : null);

test("a report a cell under a header listing its parts: the outlet, its level, the day and television read from the cell", () => {
  const got = read({
    name: "宣传报道",
    rows: [
      ["蓬江区电子商务进农村宣传报道剪报目录"],
      ["序号", "报道信息（媒体、日期、版面、标题）", "备注"],
      [1, "【蓬江发布】（区融媒体中心微信公众号）2020年10月28日　《蓬江区电子商务进农村综合示范创建工作全面启动》", null],
      [2, "【江门日报】2020.12.9　A03版　《村级电商站点让山货“触网”》", null],
      [3, "【江门广播电视台·江门新闻（电视）】2021年3月2日　《凉瓜搭上电商快车》", null],
      [4, "【南方日报】2021-04-16　JM02版　《打造农产品线上“出海口”》", null],
      [5, "【中国商务新闻网】2021年6月8日　《电商进农村激活乡村振兴新动能》", null],
    ],
  });
  expect(got.recognitions.find((r) => r.sheet === "宣传报道")?.kind).toBe("media");
  expect(got.ledgers.media.map((m) => [day(m.date), m.level, m.tv])).toEqual([
    ["2020-10-28", "county", false],
    ["2020-12-09", "city", false],
    ["2021-03-02", "city", true],
    ["2021-04-16", "province", false],
    ["2021-06-08", "national", false],
  ]);
  // The one cell is also the report's title.
  expect(got.ledgers.media[1].title).toContain("《村级电商站点让山货");
});

test("the same header without its parts listed names no press list", () => {
  const got = read({
    name: "宣传报道",
    rows: [
      ["序号", "报道信息", "备注"],
      [1, "【江门日报】2020.12.9　A03版　《村级电商站点让山货“触网”》", null],
      [2, "【南方日报】2021-04-16　JM02版　《打造农产品线上“出海口”》", null],
    ],
  });
  expect(got.ledgers.media).toEqual([]);
});

test("an approvals register: an item withdrawn before it went up, its 发布日期 dashed, is no update", () => {
  const got = read({
    name: "信息公开",
    rows: [
      ["某区商务局政府信息公开审批登记（电子商务进农村专栏）"],
      ["序号", "信息标题", "送审日期", "审批日期", "发布日期", "发布栏目", "备注"],
      [1, "某区电子商务进农村综合示范项目建设进度（2020年12月）", "2021.1.6", "2021.1.8", "2021.1.8", "电子商务进农村综合示范专栏", null],
      [2, "关于村级电商服务站点运营补贴的公示（征求意见稿）", "2021.1.25", "2021.2.1", "—", "电子商务进农村综合示范专栏", "审批未通过，撤回，未发布"],
      [3, "某区电子商务进农村综合示范项目建设进度（2021年1—2月）", "2021/3/2", "2021/3/4", "2021/3/5", "电子商务进农村综合示范专栏", null],
    ],
  });
  expect(got.ledgers.disclosures.map((d) => [day(d.date), d.source.row])).toEqual([
    ["2021-01-08", 3],
    ["2021-03-05", 5],
  ]);
});

test("a wide template: a month-only day under its label merged down, and 增速 under a group counted in 万元", () => {
  const row = (cells: Record<number, CellValue>, width = 9) => Array.from({ length: width }, (_, c) => cells[c] ?? null);
  const merges: Sheet["merges"] = [
    { top: 1, left: 0, bottom: 3, right: 0 },
    { top: 1, left: 1, bottom: 1, right: 2 },
    { top: 1, left: 3, bottom: 1, right: 8 },
    ...[1, 2].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
    { top: 2, left: 3, bottom: 2, right: 5 },
    { top: 2, left: 6, bottom: 2, right: 8 },
  ];
  const got = factsOf({
    sheets: [
      {
        name: "某区",
        rows: [
          ["某市电子商务进农村综合示范县创建情况统计表（某区）"],
          row({ 0: "序号", 1: "公共服务中心", 3: "农村产品上行" }),
          row({ 1: "中心投入运营时间", 2: "免费展示销售", 3: "农村网络零售额（万元）", 6: "农产品网络零售额（万元）" }),
          row({ 3: "2019年", 4: "2020年", 5: "增速", 6: "2019年", 7: "2020年", 8: "增速" }),
          row({ 0: 1, 1: "2020年9月", 2: "是", 3: "186,420", 4: "241,350", 5: "29.5%", 6: "31,260", 7: "39,880", 8: "27.6%" }),
        ],
        merges,
      },
    ],
  });
  expect(got.facts).toMatchObject({
    centerOpened: "2020-09",
    ruralRetail2020: 2413500000,
    ruralRetailGrowthStated: 0.295,
    agriRetail2020: 398800000,
    agriRetailGrowthStated: 0.276,
  });
});

test("培训人数（人次） over 计划 | 实到: the sessions' person-times are the 实到 column's, not the plan's", () => {
  const got = read({
    name: "培训台账",
    rows: [
      ["某区电子商务进农村培训台账"],
      ["序号", "培训时间", "培训主题", "培训地点", "培训人数（人次）", null, "其中", null, "授课单位"],
      [null, null, null, null, "计划", "实到", "建档立卡贫困户", "妇女", null],
      [1, "2020-09-24", "农村电商基础知识", "区电子商务公共服务中心", 120, 112, 18, 47, "区电子商务公共服务中心"],
      [2, "2020/12/17", "电商扶贫专题培训", "新亨镇政府会议室", 100, 94, 52, 41, "区电子商务公共服务中心"],
    ],
    merges: [0, 1, 2, 3, 8]
      .map((c) => ({ top: 1, left: c, bottom: 2, right: c }))
      .concat([
        { top: 1, left: 4, bottom: 1, right: 5 },
        { top: 1, left: 6, bottom: 1, right: 7 },
      ]),
  });
  expect(got.ledgers.training.map((t) => [day(t.date), t.personTimes?.toNumber()])).toEqual([
    ["2020-09-24", 112],
    ["2020-12-17", 94],
  ]);
});
