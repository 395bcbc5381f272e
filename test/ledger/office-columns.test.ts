/**
 * A data-claim table (兴宁: 数据项 | 单位 | 市政府办 | 市统计局 | 市商务局 | … | 备注): each figure in the
 * column of the office that gives it, "／" in every other office's. The figure is read wherever its
 * office's column is, however far right; the "／" cells say nothing.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const offices = ["市政府办", "市统计局", "市商务局", "市财政局", "市农业农村局", "市乡村振兴局", "市邮政业发展中心"];
const line = (n: number, label: string, unit: string, office: number, value: CellValue): CellValue[] => [
  n,
  label,
  unit,
  ...offices.map((_, i) => (i === office ? value : "／")),
  null,
];
const rows: CellValue[][] = [
  ["某市电子商务进农村综合示范创建考评数据认领表"],
  ["序号", "数据项", "单位", ...offices, "备注"],
  line(1, "常住人口", "万人", 1, 77.63),
  line(2, "行政村数", "个", 4, 455),
  line(3, "省定贫困村数", "个", 5, "４１"),
  line(4, "行政村物流快递覆盖率", "%", 6, "100%"),
  line(5, "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 5, 5186),
  line(6, "项目总体进度", "%", -1, null),
];

const entries = Object.fromEntries(readFactsSheet({ name: "数据认领表", rows }, GD_2019).entries.map((e) => [e.key, [e.value, e.cell]]));

test("each figure is read in its office's column, past the others' ／", () => {
  expect(entries.residentPopulation).toEqual([77.63, "E3"]);
  expect(entries.adminVillagesStated).toEqual([455, "H4"]);
  expect(entries.poorVillagesStated).toEqual(["４１", "I5"]);
  expect(entries.expressCoverage).toEqual(["100%", "J6"]);
  expect(entries.eligiblePoorPersonsStated).toEqual([5186, "I7"]);
});

test("a line with ／ in every column states nothing", () => {
  expect(entries.overallProgress).toBeUndefined();
});
