/**
 * Which cell answers: a 口径对照表's 报省考评 cell saying "同月报" (the 月报 column's figure), a rate in
 * brackets after what it is of ("100%（195/195）"), a multiple choice past a unit column's "—", and a
 * count of persons given in 人次 (attendances, no persons).
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { withColumnReferences } from "../../src/ledger/facts/referred-answers";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["序号", "事项", "单位", "报省考评（截至2021年8月31日）", "报市月报（8月份月报）", "宣传口径"],
  [1, "行政村快递覆盖率", "%", "同月报", "100%（195/195）", "快递进村全覆盖"],
  [2, "县级电子商务公共服务中心提供的服务（多选）", "—", "☑免费电商培训　☑免费展示、销售特色农产品　☐免费摄影、美工", null, null],
  [3, "其中：建档立卡贫困人口参训", "人次", "1,312", "1,312", null],
  [4, "培训人次", "人次", "4,127", "4,127", "近五千人次"],
];
const read = () => readFactsSheet({ name: "口径", rows }, GD_2019);
const value = (k: string) => read().entries.find((e) => e.key === k)?.value;

test("a cell saying 同月报 takes the figure of the column so named", () => {
  const sheet = withColumnReferences({ name: "口径", rows });
  expect(sheet.rows[1][3]).toBe("100%（195/195）");
  // (Other rows, and the header, are the sheet's own.)
  expect(sheet.rows[0]).toBe(rows[0]);
  expect(sheet.rows[4]).toBe(rows[4]);
});

test("the rate answers the 100% criterion whatever is bracketed after it", () => {
  expect(value("expressCoverage")).toBe("100%（195/195）");
});

test("the ticked options are read past the unit column's dash", () => {
  expect(value("centerFreeTraining")).toBe("是");
  expect(value("centerDisplay")).toBe("是");
  expect(value("centerPhoto")).toBe("否");
});

test("a count of poor persons given in 人次 is no count of persons", () => {
  expect(value("trainedPoorPersonsStated")).toBeUndefined();
  expect(value("trainingPersonTimesStated")).toBe("4,127");
});
