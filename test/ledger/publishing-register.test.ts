/**
 * A site's three-step publishing register as the column's update log (梅县's 三审登记: 稿件标题 | 拟发布栏目 |
 * 审核签批 | 审核结果 | 发布日期 | 备注): only what went up counts — not a draft refused (审核结果 不予发布),
 * nor one withdrawn, its day's cell saying so (未发布（9月2日撤稿…）).
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("a register of approvals counts what was published, not what was refused or withdrawn", () => {
  const sheet: Sheet = {
    name: "网站发布三审登记",
    rows: [
      ["登记号", "送审日期", "稿件标题", "拟发布栏目", "审核结果", "发布日期", "备注"],
      ["001", "2020.6.3", "创建工作方案", "电子商务进农村综合示范专栏", "同意发布", "2020.6.5", null],
      ["016", "2021.3.25", "电商扶贫典型案例（征求意见稿）", "电子商务进农村综合示范专栏", "不予发布", null, "未发布"],
      ["017", "2021.4.8", "示范项目建设进度（截至3月31日）", "电子商务进农村综合示范专栏", "同意发布", "2021.4.9", null],
      ["024", "2021.8.25", "创建自评报告", "电子商务进农村综合示范专栏", "同意发布", "未发布（9月2日撤稿，待省考评后公开）", "撤稿"],
    ] as CellValue[][],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.disclosures.map((d) => (d.date ? formatDate(d.date) : null))).toEqual(["2020-06-05", "2021-04-09"]);
});

test("a notice taken down and put up again corrected counts once, on its day again; one still to go up not at all", () => {
  const sheet: Sheet = {
    name: "专栏进度公示发布记录",
    rows: [
      ["期次", "公示标题", "发布日期", "子栏目", "备注"],
      ["第5期", "项目建设进度公示（2020年12月）", "2021.1.11", "建设进度", null],
      ["第6期", "项目建设进度公示（2021年1月）", "2021/2/5", "建设进度", "已撤回：附表拨付金额有误，2月8日更正后重发"],
      ["第6期（重发）", "项目建设进度公示（2021年1月）（更正）", "2021/2/8", "建设进度", null],
      ["第7期", "项目建设进度公示（2021年2月）", "2021.3.10", "建设进度", null],
      ["第13期", "项目建设进度公示（2021年8月）", null, "建设进度", "拟于9月上旬发布（待8月数据核定）"],
    ] as CellValue[][],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.disclosures.map((d) => (d.date ? formatDate(d.date) : null))).toEqual(["2021-01-11", "2021-02-08", "2021-03-10"]);
});
