/**
 * Three habits of one clerk's workbook: one register for everything sent out, told apart by its
 * 类别 column; sign-ins naming their session by a code explained in a table under the list; and
 * the civil-affairs list of committees, a town's row with one name a cell under a merged header.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { formatDate, type LDate } from "../../src/scoring/dates";

const day = (d: LDate | null) => (d ? formatDate(d) : null);

const register: Sheet = {
  name: "对外报送登记簿",
  rows: [
    ["某县商务局对外报送、专栏及宣传登记簿"],
    ["序号", "日期", "类别", "对象／平台／媒体", "媒体级别", "标题（内容）", "备注"],
    [1, "2021.3.5", "月报", "市商务局", null, "2月份工作进展", null],
    [2, "2021.3.16", "专栏更新", "县政府网站专栏", null, "2月份建设进度", null],
    [3, "2021.4.2", "宣传报道", "南方日报", "省级", "某县：山货上网", null],
    [4, "2021.4.6", "月报", "市商务局", null, "3月份工作进展", null],
    [5, "2021.5.8", "经验材料", "市商务局", null, "电商扶贫典型案例", null],
    [6, "2021.5.9", "其他报送", "县委办", null, "工作简报", null],
  ],
};

test("a register's rows go to the ledger its 类别 names; an item of no such kind goes nowhere", () => {
  const { ledgers, recognitions } = readLedgers({ sheets: [register] }, GD_2019);
  expect(recognitions.map((r) => r.kind).sort()).toEqual(["disclosures", "materials", "media", "reports"]);
  expect(ledgers.reports.map((r) => [r.source.row, day(r.date)])).toEqual([
    [3, "2021-03-05"],
    [6, "2021-04-06"],
  ]);
  expect(ledgers.disclosures.map((r) => r.source.row)).toEqual([4]);
  expect(ledgers.media.map((r) => [r.source.row, r.outlet, r.level])).toEqual([[5, "南方日报", "province"]]);
  expect(ledgers.materials.map((r) => r.source.row)).toEqual([7]);
});

test("a sheet with a 类别 column naming one kind only is one ledger", () => {
  const one: Sheet = { ...register, rows: register.rows.filter((row, r) => r < 2 || row[2] === "月报") };
  const { recognitions } = readLedgers({ sheets: [one] }, GD_2019);
  expect(recognitions.map((r) => [r.kind, r.block])).toEqual([["reports", undefined]]);
});

const signIns: Sheet = {
  name: "贫困户专场签到",
  rows: [
    ["贫困户电商专场培训签到汇总"],
    ["序号", "姓名", "身份证号码", "场次", "签名"],
    [1, "甲", "441881199001011234", "A", "已签"],
    [2, "乙", "441881199202021235", "B", "已签"],
    [3, "丙", "441881199303031236", "F", "已签"],
    [],
    ["场次说明"],
    ["场次", "培训日期", "培训地点", "培训内容"],
    ["A", "2020年10月23日", "镇政府会议室", "网上开店"],
    ["B", "2021.9.7", "服务中心", "直播带货"],
  ],
};

test("each sign-in is dated by its session's line in the legend; the legend is no trainee", () => {
  const { ledgers, diagnostics } = readLedgers({ sheets: [signIns] }, GD_2019);
  expect(ledgers.training.map((t) => [t.name, day(t.date)])).toEqual([
    ["甲", "2020-10-23"],
    ["乙", "2021-09-07"],
    ["丙", null],
  ]);
  expect(diagnostics.list.some((d) => d.cell === "D5" && d.message.includes("场次“F”不在场次说明中"))).toBe(true);
});

const committees: Sheet = {
  name: "村居名单",
  rows: [
    ["某县村（居）民委员会一览表"],
    ["序号", "镇", "类别", "个数", "村（居）委会名称", null, null],
    [null, null, null, null, 1, 2, 3],
    [1, "甲镇", "村民委员会", 3, "上村", "中村", "下村"],
    [null, null, "居民委员会（社区）", 1, "甲镇社区", null, null],
    [2, "乙镇", "村民委员会", 1, "东村", null, null],
    ["合计", null, null, null, "村民委员会4个，居民委员会1个", null, null],
  ],
  merges: [{ top: 1, bottom: 1, left: 4, right: 6 }],
};

test("a town's row with one committee a cell under a merged header: each cell is one, its kind from the row", () => {
  const { ledgers } = readLedgers({ sheets: [committees] }, GD_2019);
  expect(ledgers.villages.map((v) => [v.town, v.name, v.type])).toEqual([
    ["甲镇", "上村", "admin"],
    ["甲镇", "中村", "admin"],
    ["甲镇", "下村", "admin"],
    [undefined, "甲镇社区", "residents"],
    ["乙镇", "东村", "admin"],
  ]);
});
