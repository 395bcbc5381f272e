/**
 * 高明's digital-village application extract (103rd blind batch): under 项目 | 情况 (情况 merged over two columns),
 * a group's sub-items are named in the first column of 情况 and answered in the second — 中心服务功能 |
 * 其他衍生增值服务 | 暂未开展. The name is the answer's label, not a sentence saying the thing is there.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["（二）电子商务进农村综合示范创建情况"],
  ["项目", "情况", null, null, "佐证"],
  ["区电子商务公共服务中心", "2020年12月28日投入运营", null, null, "开业通知"],
  ["中心服务功能", "特色农产品免费展示、销售", "有", null, "展厅照片"],
  [null, "其他衍生增值服务", "暂未开展", null, null],
  ["区政府网站专栏", "公示创建方案", "✓", null, null],
  [null, "征求意见／监督举报窗口", "✗（拟9月增设）", null, null],
];
const merges = [
  { top: 1, left: 1, bottom: 1, right: 3 },
  { top: 2, left: 1, bottom: 2, right: 3 },
  { top: 3, left: 2, bottom: 3, right: 3 },
  { top: 4, left: 2, bottom: 4, right: 3 },
  { top: 5, left: 2, bottom: 5, right: 3 },
  { top: 6, left: 2, bottom: 6, right: 3 },
  { top: 3, left: 0, bottom: 4, right: 0 },
  { top: 5, left: 0, bottom: 6, right: 0 },
];
const read = readFactsSheet({ name: "申报书节选", rows, merges }, GD_2019);
const entry = (key: string) => read.entries.find((e) => e.key === key);

test("a sub-item named under 情况 is answered by the cell beside it", () => {
  expect(entry("centerDisplay")).toMatchObject({ value: "有", cell: "C4" });
  expect(entry("centerOther")).toMatchObject({ value: "暂未开展", cell: "C5" });
  expect(entry("disclosurePlan")).toMatchObject({ value: "✓", cell: "C6" });
  expect(entry("disclosureWindow")).toMatchObject({ value: "✗（拟9月增设）", cell: "C7" });
});

test("a line answered in 情况 itself is read as before", () => {
  expect(entry("centerOpened")).toMatchObject({ cell: "B3" });
});
