/**
 * 怀集's workbook (130th batch), two tables kept for other purposes: the county portal's count of
 * posts by column and month (栏目 | 2020年9月 | … | 合计), of which only the programme's 专栏 is the
 * column the rubric asks about, and the register of the television reports burnt to disc for the
 * reviewers (电视台（频道） | 栏目 | 节目标题 | 媒体级别 | 是否电商扶贫典型案例).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const day = (d: { y: number; m: number; d?: number } | null) => d && `${d.y}-${d.m}${d.d ? `-${d.d}` : ""}`;

test("a portal's posts counted by column and month: the 专栏's months with a post are its updates, a month of 0 and the other columns none", () => {
  const months = ["2020年9月", "2020年10月", "2020年11月", "2020年12月", "2021年1月", "2021年2月", "2021年3月"];
  const { ledgers, recognitions, diagnostics } = read({
    name: "网站发稿统计",
    rows: [
      ["某县人民政府门户网站信息发布统计（县商务局维护栏目）", null, null, null, null, null, null, null, null],
      ["栏目", ...months, "合计"],
      ["电子商务进农村综合示范专栏", 3, 1, 0, 2, "1条", 0, "待补", 7],
      ["商务动态", 4, 3, 5, 2, 3, 2, 4, 23],
      ["合计", 7, 4, 5, 4, 4, 2, 4, 30],
    ],
  });
  expect(recognitions[0].kind).toBe("disclosures");
  expect(ledgers.disclosures.map((d) => [d.source.row, day(d.date), d.column])).toEqual([
    [3, "2020-9", "电子商务进农村综合示范专栏"],
    [3, "2020-10", "电子商务进农村综合示范专栏"],
    [3, "2020-12", "电子商务进农村综合示范专栏"],
    [3, "2021-1", "电子商务进农村综合示范专栏"],
  ]);
  expect(diagnostics.list.some((d) => d.cell === "H3" && /待补/.test(d.message))).toBe(true);
  expect(diagnostics.list.some((d) => /其他栏目不算/.test(d.message))).toBe(true);
});

test("a register of the television reports burnt to disc: the station is the outlet and each report is on television", () => {
  const { ledgers, recognitions } = read({
    name: "宣传视频光盘清单",
    rows: [
      ["某县电子商务进农村宣传报道视频光盘刻录清单", null, null, null, null, null, null],
      ["光盘编号", "播出日期", "电视台（频道）", "栏目", "节目标题", "媒体级别", "是否电商扶贫典型案例"],
      ["GP-01", "2020.12.18", "某县融媒体中心", "《某县新闻》", "我县电商服务站开进瑶乡", "县级", "否"],
      ["GP-02", "2021.6.11", "广东广播电视台珠江频道", "《珠江新闻眼》", "脱贫户直播卖竹笋", "省级", "是"],
    ],
  });
  expect(recognitions[0].kind).toBe("media");
  expect(ledgers.media.map((m) => [day(m.date), m.outlet, m.tv, m.level, m.povertyCase])).toEqual([
    ["2020-12-18", "某县融媒体中心", true, "county", false],
    ["2021-6-11", "广东广播电视台珠江频道", true, "province", true],
  ]);
});
