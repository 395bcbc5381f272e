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
