/**
 * 封开's payment approval slips and its materials log (84th blind batch): a slip sent back or voided, with no
 * day paid, paid nothing (its remark says so: "审批退回（验收资料不全），未支付", "作废（大写金额填错…）"); a
 * paper only planned ("拟9月下旬报送，未报") went nowhere.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const slips: Sheet = {
  name: "支付审批单登记",
  rows: [
    ["某县省级电子商务进农村综合示范专项资金支付审批单登记簿"],
    ["序号", "审批单号", "申请日期", "收款单位", "款项内容", "金额（大写）", "金额（小写）", "审批日期", "支付日期", "备注"],
    [1, "ZJ-01", "2020.6.2", "某邮政分公司", "站点建设首期款", "人民币叁拾陆万元整", 360000, "2020.6.5", "2020.6.11", null],
    [2, "ZJ-02", "2020.12.1", "某物流有限公司", "物流配送体系建设", "人民币陆拾柒万捌仟玖佰元整", null, "2020.12.3", null, "审批退回（验收资料不全），未支付"],
    [3, "ZJ-03", "2020.12.16", "某物流有限公司", "物流配送体系建设（重报）", "人民币陆拾柒万捌仟玖佰元整", 678900, "2020.12.18", "2020.12.25", null],
    [4, "ZJ-04", "2021.6.1", "某科技有限公司", "溯源系统首付款", "人民币叁拾肆万伍仟元整", null, null, null, "作废（大写金额填错，另开ZJ-05）"],
    [
      5,
      "ZJ-05",
      "2021.8.20",
      "某电商运营有限公司",
      "电商培训服务（第二期）",
      "人民币玖万陆仟柒佰捌拾元伍角",
      "96,780.50",
      "2021.8.25",
      "2021.8.27",
      "已退回的发票重开后支付",
    ],
  ] as CellValue[][],
};
const papers: Sheet = {
  name: "经验材料报送",
  rows: [
    ["某县电子商务进农村经验材料报送登记"],
    ["序号", "材料名称", "报送日期", "报送方式", "备注"],
    [1, "某县“电商＋油栗”助农增收经验做法", "2020年12月", "粤政易", null],
    ["拟", "某县电子商务进农村综合示范创建工作总结", null, null, "拟9月下旬报送，未报"],
  ] as CellValue[][],
};

test("a slip sent back or voided with no day paid paid nothing; an amount in 大写 with its 角 is read", () => {
  const { ledgers } = readLedgers({ sheets: [slips] }, GD_2019);
  // (A remark on a row paid on its day, "已退回的发票重开后支付", voids nothing.)
  expect(ledgers.funds.map((f) => f.amount.toNumber())).toEqual([360000, 678900, 96780.5]);
});

test("a paper only planned, not sent, is no material", () => {
  const { ledgers } = readLedgers({ sheets: [papers] }, GD_2019);
  expect(ledgers.materials.map((m) => m.title)).toEqual(["某县“电商＋油栗”助农增收经验做法"]);
});
