/**
 * A ledger's title line of several fields set apart by wide gaps, as the 133rd batch's contract
 * ledger had it: each field says its own thing (the allocation in brackets after the fund's name),
 * and a line giving each money column its own unit makes the payments' unit the table's.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const GAP = "\u3000\u3000";

const contracts = (line: string): Sheet => ({
  name: "合同管理台账",
  rows: [
    ["某县电子商务进农村综合示范项目合同管理台账"],
    [line],
    ["序号", "合同名称", "承建单位", "合同金额", "付款日期", "付款金额", "备注"],
    [1, "县级电子商务公共服务中心建设", "甲公司", 180, "2021-03-15", 900000, null],
    [2, "镇村服务站点建设", "乙公司", 120, "2021-05-20", 600000, null],
  ],
});

test("a title line's fields apart: 资金来源：…专项资金（下达500万元） gives the allocation", () => {
  const line = `县商务局电商股${GAP}付款金额单位：元${GAP}资金来源：省级电子商务进农村综合示范专项资金（下达500万元）${GAP}更新至2021年9月10日`;
  const r = readLedgers({ sheets: [contracts(line)] }, GD_2019);
  expect(r.ledgers.facts.filter((f) => f.key === "fundAllocated").map((f) => f.value)).toEqual(["500万元"]);
});

test("合同金额单位：万元；付款金额单位：元 above a fund ledger: the payments in 元", () => {
  const line = `合同金额单位：万元；付款金额单位：元${GAP}更新至2021年9月10日`;
  const r = readLedgers({ sheets: [contracts(line)] }, GD_2019);
  expect(r.ledgers.funds.map((f) => Number(f.amount))).toEqual([900000, 600000]);
});
