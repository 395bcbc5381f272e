/**
 * Excel's scenario summary (方案管理器 → 摘要) handed in as the facts sheet: named inputs with their
 * unit after an underscore (常住人口_万人), the 当前值 column the one reported, the result cells
 * (rates and a total the sheet's formulas made) and Excel's own notes no inputs.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { withoutScenarioResults } from "../../src/ledger/facts/scenario-summary";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  [],
  [null, "方案摘要"],
  [null, null, null, "当前值:", "报省口径", "含9月数据"],
  [null, "可变单元格:"],
  [null, null, "常住人口_万人", 29.84, 29.84, 29.84],
  [null, null, "有劳力未外出贫困人口_人", 287, 287, 287],
  [null, null, "农村网零2019_亿元", 5.12, 5.12, 5.12],
  [null, null, "农村网零2020_亿元", 6.7, 6.7, 6.7],
  [null, "结果单元格:"],
  [null, null, "资金支出率", 0.8474, 0.8474, 0.9034],
  [null, null, "测算总分", 90, 90, 91],
  [null, "注释: “当前值”这一列表示的是在"],
  [null, "建立方案汇总时，可变单元格的值。"],
  [null, "每组方案的可变单元格均以灰色底纹突出显示。"],
  [],
  [null, "事项", "填报内容"],
  [null, "自评：资金及时拨付", "4分"],
];

test("the inputs are read under 当前值 in the unit their names carry; 劳力 is 劳动力", () => {
  const r = readFactsSheet({ name: "方案摘要", rows }, GD_2019);
  const entry = (k: string) => r.entries.find((e) => e.key === k);
  expect(entry("residentPopulation")?.value).toBe(29.84);
  expect(entry("eligiblePoorPersonsStated")?.value).toBe(287);
  expect([entry("ruralRetail2019")?.value, entry("ruralRetail2019")?.unit]).toEqual([5.12, "亿元"]);
  expect([entry("ruralRetail2020")?.value, entry("ruralRetail2020")?.unit]).toEqual([6.7, "亿元"]);
});

test("the result cells and Excel's notes are no inputs: the judged points are the clerk's 4分, not a rate", () => {
  const r = readFactsSheet({ name: "方案摘要", rows }, GD_2019);
  expect(r.entries.filter((e) => e.key === "judged:fund.spending").map((e) => e.value)).toEqual(["4分"]);
  const kept = withoutScenarioResults({ name: "方案摘要", rows }).rows;
  expect(kept.map((row) => row.length === 0)).toEqual(rows.map((_, r) => r === 0 || (r >= 8 && r <= 14)));
  // A sheet that is no scenario summary is left as it is.
  const plain = { name: "s", rows: [["结果单元格:"], ["资金支出率", 0.85]] };
  expect(withoutScenarioResults(plain)).toBe(plain);
});
