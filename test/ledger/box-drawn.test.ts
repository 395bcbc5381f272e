/**
 * 茂名高新's receipt from the city's reporting program "printed to file" and opened in Excel: a table
 * drawn with box characters in column A, long labels and values wrapped inside their columns, the
 * header again at the top of the second page.
 */
import type { Sheet } from "../../src/core/grid";
import { withBoxDrawnTable } from "../../src/ledger/facts/box-drawn";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const lines = [
  "　　　　茂名市电子商务进农村综合示范创建考评数据报送回执",
  "┌──┬────────────────┬──────────┬────┐",
  "│序号│指标名称                        │填报值              │计量单位│",
  "├──┼────────────────┼──────────┼────┤",
  "│  3 │常住人口                        │                9.86│万人    │",
  "├──┼────────────────┼──────────┼────┤",
  "│  6 │牵头领导                        │高新区管委会副主任（│        │",
  "│    │                                │分管经济发展）      │        │",
  "├──┼────────────────┼──────────┼────┤",
  "│ 10 │县级电子商务公共服务中心投入运营│2021-03-16          │        │",
  "│    │日期                            │                    │        │",
  "└──┴────────────────┴──────────┴────┘",
  "                                  第1页 共2页",
  "┌──┬────────────────┬──────────┬────┐",
  "│序号│指标名称                        │填报值              │计量单位│",
  "├──┼────────────────┼──────────┼────┤",
  "│ 18 │行政村物流快递覆盖率            │               95.45│%       │",
  "└──┴────────────────┴──────────┴────┘",
];
const receipt: Sheet = { name: "报送回执", rows: lines.map((l) => [l]) };

test("the drawn rows laid out in columns, a wrapped label or value joined, the second page's header gone", () => {
  const rows = withBoxDrawnTable(receipt).rows;
  expect(rows[2]).toEqual(["序号", "指标名称", "填报值", "计量单位"]);
  expect(rows[4]).toEqual(["3", "常住人口", "9.86", "万人"]);
  expect(rows[6]).toEqual(["6", "牵头领导", "高新区管委会副主任（分管经济发展）", null]);
  expect(rows[7]).toEqual([]);
  expect(rows[9]).toEqual(["10", "县级电子商务公共服务中心投入运营日期", "2021-03-16", null]);
  expect(rows[14]).toEqual([]);
  expect(rows[16]).toEqual(["18", "行政村物流快递覆盖率", "95.45", "%"]);
});

test("read as the table it draws: population in 万人, the opening, a deputy leading, 95.45% no full coverage", () => {
  const got = Object.fromEntries(readFactsSheet(receipt, GD_2019).entries.map((e) => [e.key, e.value]));
  expect(got).toMatchObject({ residentPopulation: "9.86", centerOpened: "2021-03-16", leadTitle: "高新区管委会副主任（分管经济发展）" });
  expect(got.expressCoverage).toBe("95.45");
});

test("a sheet with a bar or two in its text is no drawn table", () => {
  const plain: Sheet = { name: "x", rows: [["常住人口", "42万人"], ["│备注│"]] };
  expect(withBoxDrawnTable(plain)).toBe(plain);
});
