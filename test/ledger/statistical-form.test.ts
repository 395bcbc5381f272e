/**
 * 三水's 考评基础数据表 in the statistical-report style: 指标名称 | 代码 | 计量单位 | 本期 | 上年同期, a row of
 * column codes (甲 | 乙 | 丙 | 1 | 2 | 3), yes/no lines answered by code (1=是，2=否, said in the notes).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const form: Sheet = {
  name: "粤商电农03表",
  rows: [
    [null, null, null, null, "表　　号：", "粤商电农03表"],
    ["电子商务进农村综合示范创建考评基础数据表"],
    ["报告期：截至2021年8月31日"],
    ["指标名称", "代码", "计量单位", "本期", "上年同期", "备注"],
    ["甲", "乙", "丙", 1, 2, 3],
    ["常住人口", "01", "万人", 80.35, null, "七普"],
    ["行政村数", "02", "个", 55, null, null],
    ["中心是否提供免费摄影、美工服务", "09", "—", 2, null, "外包，按次收费"],
    ["是否有专业第三方电商运营或服务商", "13", "—", 1, null, null],
    ["电商培训人次", "19", "人次", 8236, 3105, null],
    ["累计拨付省级专项资金", "28", "万元", 362.4, 118, null],
    ["是否存在弄虚作假", "33", "—", 2, null, null],
    ["填表说明：1.本表由各示范县填报。2.“是否”类指标填代码：1=是，2=否。"],
  ],
};

test("the 本期 column is read, not the line codes or last year's; yes/no codes as the notes explain them", () => {
  const read = readLedgers({ sheets: [form] }, GD_2019);
  const f = toScoringInput(read.ledgers, GD_2019, read.diagnostics).facts;
  const n = (k: string) => (f[k]?.value as { toNumber(): number } | undefined)?.toNumber();
  expect(f.asOf?.value).toEqual({ y: 2021, m: 8, d: 31 });
  expect([n("residentPopulation"), n("adminVillagesStated"), n("trainingPersonTimesStated"), n("fundSpentStated")]).toEqual([803500, 55, 8236, 3624000]);
  expect([f.centerPhoto?.value, f.thirdPartyOperator?.value, f.vetoFraud?.value]).toEqual([false, true, false]);
});
