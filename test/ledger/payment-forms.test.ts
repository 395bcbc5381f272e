/** 江城's funds kept as its 《拨付审批表》 forms, bound in order on one sheet. */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const form = (no: string, project: string, applied: string, approved: string | number, paid: string) => [
  ["电子商务进农村综合示范专项资金拨付审批表"],
  [`编号：${no}`, null, null, null, "填表日期：2020年6月5日"],
  ["项目名称", project, null, "承建单位", "某某公司"],
  ["合同金额（元）", "1,200,000.00", null, "本次申请金额（元）", applied],
  ["本次核定拨付金额", approved, null, "（大写）…", null],
  ["该项目累计已拨付（含本次）", "900,000.00", null, "资金来源", "省级专项资金"],
  ["区商务局意见", "同意拨付。 2020年6月8日", null, "区财政局意见", "同意。 2020年6月10日"],
  ["拨付日期", paid, null, "凭证号", "记字第0612-03号"],
  [],
];

const sheet: Sheet = {
  name: "拨付审批表",
  rows: [
    ["专项资金拨付审批表（汇订本）"],
    ["某区商务局 单位：元 按编号装订"],
    [],
    ...form("01", "公共服务中心建设", "360,000.00", "（小写）¥360,000.00", "2020年6月12日"),
    ...form("02", "人才培训", "126,000.00", 85600, "2020.10.21"),
    ...form("03", "站点建设", "300,000.00", "（小写）¥300,000.00", "未拨付（暂缓）"),
  ],
};

test("one payment per form: the approved amount on the day paid; a form not paid is none", () => {
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(r.recognitions[0].kind).toBe("funds");
  expect(r.ledgers.funds.map((f) => [f.date, f.amount.toNumber(), f.project, f.source.row])).toEqual([
    [{ y: 2020, m: 6, d: 12 }, 360000, "公共服务中心建设", 8],
    [{ y: 2020, m: 10, d: 21 }, 85600, "人才培训", 17],
  ]);
  expect(r.diagnostics.list.some((d) => d.message.includes("未拨付") && d.cell === "B29")).toBe(true);
});
