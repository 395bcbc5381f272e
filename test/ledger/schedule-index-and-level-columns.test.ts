/**
 * 云城's workbook (126th batch), three tables borrowed from other desks: a training schedule by month
 * and town filled back with the classes held ("5.6 电商基础 实到60人"), an archive file's index of
 * the monthly reports (件号 | 责任者 | 文号 | 题名 | 日期 | 页数 | 备注, the city's letters in it marked
 * 来文), and the press reports kept in columns by the outlet's level, a report a cell.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const day = (d: { y: number; m: number; d?: number } | null) => d && `${d.y}-${d.m}-${d.d}`;

test("a schedule by month and town filled back: each class held is a session on its day, a moved one on the day it moved to; a class only planned is none", () => {
  const { ledgers, recognitions, diagnostics } = read({
    name: "送教下乡排期",
    rows: [
      ["某区农村电商“送教下乡”培训排期及完成情况表", null, null, null],
      ["按月排期，办班后在格内回填“月.日 主题 实到人数”；只写排期没有“实到”的是未办。", null, null, null],
      ["月份", "腰古镇", "思劳镇", "本月实到（人次）"],
      ["2020年5月", "5.6　电商基础　实到60人", "—", 60],
      ["2020年6月", "—", "原定6.18，因疫情改期7.2举办　直播带货　实到64人", 64],
      ["2020年7月", "7.11　社群营销　实到66人", "—", 66],
      ["2020年8月", "—", "8.7　短视频　实到62人", 62],
      ["2020年9月", "—", "—", 0],
      ["2020年10月", "计划10.16　农产品包装（待办）", "—", 0],
      ["合计", null, null, 252],
    ],
  });
  expect(recognitions[0].kind).toBe("training");
  expect(ledgers.training.map((t) => [t.source.row, day(t.date), t.topic, t.personTimes.toNumber()])).toEqual([
    [4, "2020-5-6", "电商基础", 60],
    [5, "2020-7-2", "直播带货", 64],
    [6, "2020-7-11", "社群营销", 66],
    [7, "2020-8-7", "短视频", 62],
  ]);
  expect(diagnostics.list.some((d) => d.cell === "B9" && /排期未办/.test(d.message))).toBe(true);
});

test("an archive file's index of the monthly reports: each report the bureau sent by its day (20200806), the city's letters marked 来文 none", () => {
  const { ledgers, recognitions } = read({
    name: "月报卷内目录",
    rows: [
      ["卷　内　目　录", null, null, null, null, null, null],
      ["全宗号：W089　　案卷号：2021-DZ-0016　　案卷题名：某区电子商务进农村综合示范月度工作报告及相关来文", null, null, null, null, null, null],
      ["件号", "责任者", "文号", "题名", "日期", "页数", "备注"],
      [1, "某区商务局", "某商务报〔2020〕31号", "某区商务局关于报送2020年9月电子商务进农村综合示范工作情况的报告", "20201009", 4, "报某市商务局"],
      [2, "某市商务局", "某商务函〔2020〕118号", "某市商务局关于做好电子商务进农村综合示范月度数据报送工作的通知", "20201020", 3, "来文"],
      [3, "某区商务局", "某商务报〔2020〕47号", "某区商务局关于报送2020年10月电子商务进农村综合示范工作情况的报告（附电商扶贫统计表）", "20201106", 7, "报某市商务局"],
      ["本卷共3件。立卷人：电商股 苏××　立卷时间：2021年9月10日", null, null, null, null, null, null],
    ],
    merges: [{ top: 6, left: 0, bottom: 6, right: 6 }],
  });
  expect(recognitions[0].kind).toBe("reports");
  expect(ledgers.reports.map((r) => [r.source.row, day(r.date), r.poverty])).toEqual([
    [4, "2020-10-9", null],
    [6, "2020-11-6", true],
  ]);
});

test("press reports in columns by level, a report a cell: its day, outlet, form and title; the level is its column's, the count row none", () => {
  const { ledgers, recognitions } = read({
    name: "宣传成果统计",
    rows: [
      ["某区电子商务进农村宣传成果统计表（按媒体级别）", null, null, null, null],
      ["每格一篇：刊播日期　媒体（形式）：标题。", null, null, null, null],
      ["序号", "国家级媒体", "省级媒体", "市级媒体", "区（县）级媒体"],
      [
        1,
        "2021.9.6　中央广播电视总台CCTV-17《三农群英汇》（电视）：砂糖桔直播带货",
        "2021.7.12　广东广播电视台《广东新闻联播》（电视）：【电商扶贫典型案例】罗旁村脱贫户网上卖砂糖桔",
        "2021.4.8　某市日报第3版（报纸）：区电商公共服务中心开张",
        null,
      ],
      [2, null, "2021.9.1　南方日报A08版（报纸）：农村电商服务站点建设综述", null, "2021年6月20日 区融媒体中心“某区发布”（网络）：电商培训进村"],
      ["合计", "1篇", "2篇", "1篇", "1篇"],
    ],
  });
  expect(recognitions[0].kind).toBe("media");
  expect(ledgers.media.map((m) => [m.source.row, day(m.date), m.level, m.tv, m.povertyCase, m.outlet])).toEqual([
    [4, "2021-9-6", "national", true, null, "中央广播电视总台CCTV-17《三农群英汇》"],
    [4, "2021-7-12", "province", true, true, "广东广播电视台《广东新闻联播》"],
    [4, "2021-4-8", "city", false, null, "某市日报第3版"],
    [5, "2021-9-1", "province", false, null, "南方日报A08版"],
    [5, "2021-6-20", "county", false, null, "区融媒体中心“某区发布”"],
  ]);
});
