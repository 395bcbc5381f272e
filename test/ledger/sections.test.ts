/**
 * Lines of their own inside a ledger that say something of the rows below them: a year ("2020年")
 * for days written without one, a block's title and day for stacked sign-in sheets.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("a log split by year lines dates its rows' month-and-day cells with that year (8.26, 9月18日, 11.26 typed as a number)", () => {
  const sheet: Sheet = {
    name: "专栏更新记录",
    rows: [
      ["序号", "更新时间", "信息标题", "栏目"],
      ["2020年", null, null, null],
      [1, "8.26", "创建工作方案", "创建方案"],
      [2, "9月18日", "项目基本情况公示", "项目信息"],
      [3, 11.26, "示范项目建设进度（10-11月）", "建设进度"],
      ["2021年", null, null, null],
      [4, "1.19", "示范项目建设进度（1月）", "建设进度"],
      [5, "2.30", "示范项目建设进度（2月）", "建设进度"],
    ],
    merges: [1, 5].map((r) => ({ top: r, left: 0, bottom: r, right: 3 })),
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.disclosures.map((d) => d.date && formatDate(d.date))).toEqual(["2020-08-26", "2020-09-18", "2020-11-26", "2021-01-19", null]);
});

test("under a year line a period is read at its end and a month alone as that month (5月12-13日, 6月)", () => {
  const sheet: Sheet = {
    name: "培训汇总",
    rows: [
      ["序号", "培训时间", "培训内容", "参训人数"],
      ["2020年", null, null, null],
      [1, "5月12-13日", "电商基础", 126],
      [2, "6月9日", "网店运营", 85],
      ["2021年", null, null, null],
      [3, "6月", "平台规则（线上）", 240],
      [4, "2021.7.8", "品牌培育", 88],
    ],
  };
  const { ledgers, diagnostics } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.training.map((t) => t.date && formatDate(t.date))).toEqual(["2020-05-13", "2020-06-09", "2021-06", "2021-07-08"]);
  expect(diagnostics.list.find((d) => d.cell === "B3")?.message).toContain("按结束日期 2020-05-13 计");
});

test('a title\'s bracketed remark is no hint against the kind: a poor-labour roster "（电商培训对象摸底）" is a roster', () => {
  const sheet: Sheet = {
    name: "贫困劳动力台帐",
    rows: [
      ["化州市建档立卡贫困人口劳动力情况台账（电商培训对象摸底）"],
      ["序号", "镇（街道）", "村委会", "姓名", "身份证号", "劳动能力", "是否外出务工"],
      [1, "长岐镇", "石龙村", "梁亚妹", "440982197203143122", "普通劳动力", "否"],
    ],
  };
  const { ledgers, recognitions } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(recognitions[0].kind).toBe("poorPersons");
  expect(ledgers.poorPersons.map((p) => [p.labour, p.migrant])).toEqual([[true, false]]);
});

test("a media list without a 典型案例 column marks the case by its 备注 or title", () => {
  const sheet: Sheet = {
    name: "宣传报道",
    rows: [
      ["序号", "日期", "标题", "媒体", "级别", "类型", "备注"],
      [1, "2021.5.20", "蕉岭富硒米搭上电商快车 脱贫户家门口增收", "广东广播电视台珠江频道", "省级", "电视", "电商扶贫典型案例"],
      [2, "2021.7.9", "蕉岭村级电商站成为乡村振兴“新引擎”", "梅州电视台", "市级", "电视", null],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.media.map((m) => m.povertyCase)).toEqual([true, null]);
});

test("the row under a header whose texts all stand under a merged group cell is that group's headers, not a record", () => {
  const sheet: Sheet = {
    name: "站点一览表",
    rows: [
      ["序号", "站点名称", "所在行政村", "建成时间", "服务内容", null],
      [null, null, null, null, "代购代销", "快递收发"],
      [1, "林厝村电商服务站", "林厝村", "2020.7.16", "√", "√"],
    ],
    merges: [{ top: 0, left: 4, bottom: 0, right: 5 }],
  };
  const { ledgers, diagnostics } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.stations.map((s) => s.village)).toEqual(["林厝村"]);
  expect(diagnostics.list.filter((d) => d.severity === "warning")).toEqual([]);
});
