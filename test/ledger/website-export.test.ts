/**
 * A county website's content-management export as the 专栏 log: English-locale times ("10/9/2020
 * 3:03:26 PM" is 9 October, month first), only what was published (草稿 / 待审核 never were), and only
 * what went under the programme's own column (新闻中心 > 部门动态 is another).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { parseDate } from "../../src/ledger/normalize/date";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("an English-locale date-time reads month first", () => {
  expect(parseDate("10/9/2020 3:03:26 PM")).toMatchObject({ ok: true, value: { y: 2020, m: 10, d: 9 } });
  expect(parseDate("12/1/2020 9:00 AM")).toMatchObject({ ok: true, value: { y: 2020, m: 12, d: 1 } });
});

test("only the published items under the programme's column are updates", () => {
  const sheet: Sheet = {
    name: "网站信息导出",
    rows: [
      ["信息ID", "标题", "所属栏目", "发布机构", "创建时间", "发布时间", "状态"],
      [7093, "示范项目建设进度公示（2021年8月）", "政务公开 > 重点领域 > 电子商务进农村综合示范", "某县商务局", "9/6/2021 5:12:40 PM", "9/7/2021 9:05:11 AM", "已发布"],
      [7061, "关于举办第12期电子商务培训班的通知", "新闻中心 > 部门动态", "某县商务局", "9/1/2021 3:22:18 PM", "9/2/2021 10:30:00 AM", "已发布"],
      [6930, "示范项目（第二批）基本信息公示", "政务公开 > 重点领域 > 电子商务进农村综合示范", "某县商务局", "5/24/2021 10:15:52 AM", null, "待审核"],
      [
        6911,
        "示范项目建设进度公示（2021年4月）",
        "政务公开 > 重点领域 > 电子商务进农村综合示范",
        "某县商务局",
        "5/10/2021 4:48:30 PM",
        "5/11/2021 10:02:55 AM",
        "已发布",
      ],
      [6822, "专栏监督举报方式", "政务公开 > 重点领域 > 电子商务进农村综合示范", "某县商务局", "3/2/2021 9:40:03 AM", null, "草稿"],
    ],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.ledgers.disclosures.map((d) => d.date)).toEqual([
    { y: 2021, m: 9, d: 7 },
    { y: 2021, m: 5, d: 11 },
  ]);
});
