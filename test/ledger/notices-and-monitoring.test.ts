/**
 * 江海's stand-in ledgers: the fund-payment notices of the district's website stacked on one sheet (a
 * payment announced as 拟拨付, paid and dated in the next notice), and an opinion-monitoring system's
 * extract in weekly blocks sorting its sources by 来源类型 (自媒体, 论坛 and 政府网站 are no media).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { formatDate } from "../../src/scoring/dates";

const header = ["序号", "项目名称", "承建（收款）单位", "合同金额（元）", "本期拨付金额（元）", "拨付日期", "累计拨付（元）", "备注"];
const notices: Sheet = {
  name: "资金拨付公示汇编",
  rows: [
    ["【第3期】江海区省级电子商务进农村综合示范专项资金拨付情况公示", null, null, null, null, null, null, null],
    header,
    [1, "物流快递共同配送体系建设", "江门市江运供应链管理有限公司", "560,000.00", "168,000.00", "2021/1/20", "168,000.00", "首付款30%"],
    [2, "县级电子商务公共服务中心建设", "江门市侨商电子商务有限公司", "1,380,000.00", "414,000.00", "（公示期满后拨付）", "—", "验收款30%，拟拨付"],
    ["本期合计（已拨付）", null, null, null, "168,000.00", null, null, null],
    [null, null, null, null, null, null, null, null],
    ["【第4期】江海区省级电子商务进农村综合示范专项资金拨付情况公示", null, null, null, null, null, null, null],
    header,
    [
      1,
      "县级电子商务公共服务中心建设",
      "江门市侨商电子商务有限公司",
      "1,380,000.00",
      "414,000.00",
      "2021年4月16日",
      "1,242,000.00",
      "验收款30%（第3期公示拟拨付，公示期满无异议，已拨付）",
    ],
  ],
};

test("a payment announced as 拟拨付 is not paid; the notice that pays it, dated, is", () => {
  const r = readLedgers({ sheets: [notices] }, GD_2019);
  expect(r.ledgers.funds.map((f) => [f.date ? formatDate(f.date) : null, f.amount.toNumber()])).toEqual([
    ["2021-01-20", 168000],
    ["2021-04-16", 414000],
  ]);
  expect(r.diagnostics.list.some((d) => d.message.includes("是计划拨付") && d.cell === "4:4")).toBe(true);
});

test("a source of no outlet (自媒体, 论坛, 政府网站) is no media report", () => {
  const monitoring: Sheet = {
    name: "舆情监测正面信息摘录",
    rows: [
      ["序号", "标题", "来源", "来源类型", "发布时间", "情感倾向", "相似文章数", "电商股备注"],
      ["第41周（2020年10月5日—10月11日）　本周相关信息3条", null, null, null, null, null, null, null],
      [1, "江海区电商公共服务中心正式启用", "江门日报", "报纸（电子版）", "2020-10-09 07:12", "正面", 4, null],
      [2, "打卡江海电商中心，直播间原来长这样", "抖音号“江门吃货小分队”", "自媒体", "2020-10-10 12:05", "正面", 0, null],
      [3, "江海那个电商中心有冇人去过？", "江门论坛", "论坛", "2020-12-24 22:16", "中性", 0, null],
      [4, "江海区召开电子商务进农村综合示范创建推进会", "江海区人民政府网", "政府网站", "2021-06-18 16:30", "中性", 0, null],
      [5, "《今日关注》：江海电商扶贫", "广东广播电视台珠江频道", "电视（视频）", "2021-06-17 20:00", "正面", 2, null],
    ],
  };
  const r = readLedgers({ sheets: [monitoring] }, GD_2019);
  expect(r.ledgers.media.map((m) => [m.outlet, m.level, m.tv])).toEqual([
    ["江门日报", "city", false],
    ["广东广播电视台珠江频道", "province", true],
  ]);
});
