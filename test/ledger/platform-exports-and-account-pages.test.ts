/**
 * Ledgers as the 147th and 148th blind batches kept them: a platform's station export placing each
 * station by a region path, a firm's 退出时间 written "2021年6月迁出", a summary of figures with their
 * units beside them, an account book a page at a time (the year over 月 | 日, the month written once,
 * 过次页 / 承前页), the monthly reports with months across and the day alone in each cell, the column's
 * updates a month a row with several days in a cell, and a news site's channel that is no television.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const ymd = (d: { y: number; m: number; d?: number } | null | undefined) => (d ? [d.y, d.m, d.d].filter((x) => x !== undefined).join("-") : null);

test("a station export's 所属区域 path (…/蚬冈镇/石田村委会): the village its last part, a community's station kept", () => {
  const r = read({
    name: "站点导出",
    rows: [
      ["站点编码", "站点名称", "所属区域", "详细地址", "站长", "建站时间", "最后登录时间", "站点类型"],
      ["GD001", "石田村电商服务站", "广东省/江门市/开平市/蚬冈镇/石田村委会", "蚬冈镇石田村24号", "邓家文", "2020-05-01 14:29:00", "2020-10-26 17:54:24", "村级站"],
      ["GD002", "和冈村电商服务站", "广东省/江门市/开平市/水口镇/和冈村委会", "水口镇和冈村3号", "苏秀坤", "2020-05-04 15:29:41", "2021-02-24 13:24:22", "村级站"],
      [
        "GD003",
        "新昌社区电商服务站",
        "广东省/江门市/开平市/长沙街道/新昌社区居委会",
        "长沙街道新昌社区51号",
        "苏英润",
        "2020-10-21 13:22:45",
        "2021-02-24 12:47:46",
        "社区站",
      ],
    ],
  });
  expect(r.ledgers.stations.map((s) => [s.village, ymd(s.opened)])).toEqual([
    ["石田村委会", "2020-5-1"],
    ["和冈村委会", "2020-5-4"],
    ["新昌社区居委会", "2020-10-21"],
  ]);
});

test("退出时间 written as the day and the move, 2021年6月迁出: the day", () => {
  const r = read({
    name: "产业园企业",
    rows: [
      ["企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间"],
      ["某市碉乡电子商务有限公司", "91440783CP3MCHCE6P", "电商运营商", "2020年11月", "—"],
      ["某市古镇文创电商有限公司", "91440783P9RGRPCL9J", "销售型", "2021.1.8", "2021年6月迁出"],
      ["某市腐竹网店", "91440783G6N3G5X7WY", "销售型", "2021-01-22", "—"],
    ],
  });
  expect(r.ledgers.enterprises.map((e) => ymd(e.left))).toEqual([null, "2021-6", null]);
});

test("a summary of figures with their units beside them (培训人次 | 625 | 人次) is no ledger", () => {
  const r = read({
    name: "汇总",
    rows: [
      ["某市电商进农村工作情况汇总（根据各台账统计）"],
      ["项目", "数量", "单位", "说明"],
      ["村级电商服务站点", 30, "个", "平台导出，含社区站点2个"],
      ["培训班次", 12, "期", "2020年10月—2021年9月"],
      ["培训人次", 625, "人次", "含2021年9月"],
      ["在园企业", 12, "家", "另有已迁出企业3家"],
    ],
  });
  expect(r.recognitions[0].kind).toBeNull();
});

test("an account book a page at a time: the year over 月 | 日, the month written once, 过次页 and 承前页 no payments", () => {
  const page = (n: number, lines: (string | number | null)[][]) => [
    ["明\u3000细\u3000账"],
    [`科目：项目支出——电子商务进农村综合示范专项\u3000\u3000单位：元`, null, null, null, null, null, null, null, `第${n}页`],
    ["2020年", null, "凭证", null, "摘要", "借方", "贷方", "借或贷", "余额"],
    ["月", "日", "字", "号", null, null, null, null, null],
    ...lines,
  ];
  const rows = [
    ...page(1, [
      [4, 29, "记", 35, "支付村级电商服务站点建设款（第一批）", 420000, null, "借", 420000],
      [null, 29, "记", 36, "支付站点设备采购款", 186500, null, "借", 606500],
      [null, null, null, null, "本月合计", 606500, null, "借", 606500],
      [null, null, null, null, "过次页", 606500, null, "借", 606500],
    ]),
    [],
    ...page(2, [
      [null, null, null, null, "承前页", 606500, null, "借", 606500],
      [10, 28, "记", 44, "支付村级电商服务站点建设款（第二批）", 460000, null, "借", 1066500],
    ]),
  ];
  // Each page's header as printed: 2020年 over 月 | 日, 凭证 over 字 | 号, the other heads merged down.
  const merges = [0, 9].flatMap((top) => [
    { top: top + 2, left: 0, bottom: top + 2, right: 1 },
    { top: top + 2, left: 2, bottom: top + 2, right: 3 },
    ...[4, 5, 6, 7, 8].map((c) => ({ top: top + 2, left: c, bottom: top + 3, right: c })),
  ]);
  const r = read({ name: "专项资金明细账", rows, merges });
  expect(r.ledgers.funds.map((f) => [ymd(f.date), Number(f.amount)])).toEqual([
    ["2020-4-29", 420000],
    ["2020-4-29", 186500],
    ["2020-10-28", 460000],
  ]);
});

test("monthly reports with months across, the day alone in each cell (8日) and the poverty table ticked under it", () => {
  const months = ["2020年7月", "2020年8月", "2020年9月", "2020年10月", "2020年11月", "2020年12月", "2021年1月"];
  const r = read({
    name: "月报报送",
    rows: [
      ["某县电子商务进农村工作月报报送情况"],
      ["报送月份", ...months],
      ["报送日期（日）", "8日", "7日", "9日", "12日", "6日", "未报", "6日（含12月）"],
      ["是否附电商扶贫统计表", "×", "×", "✓", "✓", "✓", null, "✓"],
    ],
  });
  expect(r.ledgers.reports.map((x) => [ymd(x.date), x.poverty])).toEqual([
    ["2020-7-8", false],
    ["2020-8-7", false],
    ["2020-9-9", true],
    ["2020-10-12", true],
    ["2020-11-6", true],
    ["2021-1-6", true],
  ]);
});

test("the column's updates a month a row (月份 | 更新次数 | 更新日期): each day a post in its row's year, a month dashed none", () => {
  const r = read({
    name: "专栏更新",
    rows: [
      ["某县人民政府网“电子商务进农村综合示范”专栏更新情况"],
      ["月份", "更新次数", "更新日期", "主要内容"],
      ["2020年12月", 1, "12.11", "11月建设进度"],
      ["2021年1月", 2, "1月8日、1月22日", "12月建设进度；培训通知"],
      ["2021年2月", 0, "—", "—"],
      ["2021年3月", 1, "3月5日", "1—2月建设进度"],
    ],
  });
  expect(r.recognitions[0].kind).toBe("disclosures");
  expect(r.ledgers.disclosures.map((x) => ymd(x.date))).toEqual(["2020-12-11", "2021-1-8", "2021-1-22", "2021-3-5"]);
});

test("a news site's channel (人民网·广东频道) is no television; a TV station's channel is", () => {
  const r = read({
    name: "宣传报道",
    rows: [
      ["序号", "刊播日期", "报道载体", "媒体类别", "标题"],
      [1, "2021.8.19", "人民网·广东频道", "中央媒体", "小站点撬动农产品大市场"],
      [2, "2021.6.9", "广东广播电视台珠江频道《今日关注》", "省属媒体", "山区县的电商脱贫路"],
    ],
  });
  expect(r.ledgers.media.map((m) => m.tv)).toEqual([false, true]);
});
