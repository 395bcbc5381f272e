/**
 * An operator's books (云城): its log of every activity (培训, 营销活动, 产销对接), a course over several
 * days dated by its end, and a station system's export whose 上线时间 is the day a station went live.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const activities: Sheet = {
  name: "活动执行台账",
  rows: [
    ["活动执行台账（运营方）"],
    ["活动编号", "活动类型", "活动名称", "开始日期", "结束日期", "地点", "参与人次", "其中贫困户", "负责人"],
    ["HD-001", "培训", "农村电商基础知识（第1期）", "2021-03-04", null, "中心", 186, null, "黄婷"],
    ["HD-002", "营销活动", "年货节线上线下展销", "2021-01-28", "2021-02-05", "中心", 1450, null, "梁健"],
    ["HD-003", "培训", "电商运营实战营（三天）", "2021-08-30", "2021-09-01", "中心", 120, 6, "黄婷"],
    ["HD-004", "产销对接", "采购商对接会", "2021-05-20", null, "会展中心", 160, null, "梁健"],
  ],
};

test("only the 培训 rows of an activity log are training, a course over days dated by its end", () => {
  const r = readLedgers({ sheets: [activities] }, GD_2019);
  expect(r.ledgers.training.map((t) => [t.source.row, t.date, t.personTimes.toNumber()])).toEqual([
    [3, { y: 2021, m: 3, d: 4 }, 186],
    [5, { y: 2021, m: 9, d: 1 }, 120],
  ]);
  const skipped = r.diagnostics.list.filter((d) => d.message.includes("不是培训"));
  expect(skipped.map((d) => d.cell)).toEqual(["B4", "B6"]);
});

test("a station system's 上线时间 is when the station opened", () => {
  const stations: Sheet = {
    name: "站点（系统导出）",
    rows: [
      ["站点编码", "站点名称", "所属镇街", "所属村居", "站长", "上线时间", "运营状态"],
      ["YC0001", "竹村村电商服务站", "都杨镇", "竹村村民委员会", "李敏", "2020-05-19 08:48:57", "正常"],
      ["YC0002", "罗边村电商服务站", "前锋镇", "罗边村民委员会", "叶杰凤", "2021-09-03 10:00:00", "正常"],
    ],
  };
  const r = readLedgers({ sheets: [stations] }, GD_2019);
  expect(r.ledgers.stations.map((s) => s.opened)).toEqual([
    { y: 2020, m: 5, d: 19 },
    { y: 2021, m: 9, d: 3 },
  ]);
});

test("a training room's booking register: its 类别 leaves out meetings, live-selling and visits, not kinds of training; a session nobody came to is none", () => {
  const bookings: Sheet = {
    name: "培训室使用登记",
    rows: [
      ["某区电子商务公共服务中心　培训室使用预约登记表"],
      ["序号", "使用日期", "使用单位", "活动名称", "类别", "预约人数", "实到人数", "备注"],
      [1, "2020.9.10", "区商务局", "第1期农村电商普及培训", "电商培训", 100, 96, null],
      [2, "2020.9.18", "区商务局", "领导小组成员单位会议", "会议", 30, 27, null],
      [3, "2020.10.28", "某运营公司", "“沉香”直播带货", "直播", 10, 8, "直播活动，非培训"],
      [4, "2020.11.19", "区乡村振兴局", "贫困户电商技能专场", "贫困户专场", 60, 54, null],
      [5, "2020.12.22", "市商务局", "市考评组调研接待", "参观接待", 15, 15, null],
      [6, "2021.7.8", "区电商中心", "第6期农村电商普及培训", "电商培训", 100, 0, "因台风停课，顺延"],
      [7, "2021.7.15", "区电商中心", "第6期农村电商普及培训（顺延）", "电商培训", 100, 91, null],
    ],
  };
  const r = readLedgers({ sheets: [bookings] }, GD_2019);
  expect(r.ledgers.training.map((t) => [t.source.row, t.personTimes.toNumber()])).toEqual([
    [3, 96],
    [6, 54],
    [9, 91],
  ]);
  expect(r.diagnostics.list.filter((d) => d.message.includes("不是培训")).map((d) => d.cell)).toEqual(["E4", "E5", "E7"]);
  expect(r.diagnostics.list.find((d) => d.cell === "G8")?.message).toBe("培训人次为 0（备注“因台风停课，顺延”），未计入");
});
