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
