/**
 * A form in sections (鼎湖's 清算审核表): 二、 is a table with its own header (建设内容 | 合同金额 |
 * 完成情况 | 完成时间), 三、 goes back to label | answer lines. The table's columns hold in its own
 * section only; a later section in the same columns (化州's 内容 | 我市情况 again) is the same table.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const table: CellValue[][] = [
  ["某区财政专项资金项目清算审核表"],
  ["二、建设内容完成情况"],
  ["序号", "建设内容", "合同金额（万元）", "完成情况", "完成时间", "备注"],
  [1, "区电子商务公共服务中心建设及运营", "180.00", "已建成，2020年6月18日投入运营", "2020年6月18日", null],
  [2, "电子商务培训", "60.00", "累计培训4,260人次", "持续开展", null],
  [null],
];

test("a later section's label | answer lines are read beside their labels, not under the table's columns", () => {
  const rows = [
    ...table,
    ["三、资金管理情况"],
    ["资金管理制度", "已制定（《专项资金管理办法》，鼎商〔2019〕12号）"],
    ["资金专用台账", "已建立（专人负责，按项目逐笔登记）"],
  ];
  const r = readFactsSheet({ name: "清算审核表", rows }, GD_2019);
  const value = (k: string) => r.entries.find((e) => e.key === k)?.cell;
  expect(value("fundSystemIssued")).toBe("B8");
  expect(value("fundLedgerKept")).toBe("B9");
  expect(value("trainingPersonTimesStated")).toBe("D5");
});

test("a later section written in the table's own columns is still under its header", () => {
  const rows = [...table, ["三、资金管理情况"], [3, "资金管理", null, "已建立资金专用台账", null, null]];
  const r = readFactsSheet({ name: "清算审核表", rows }, GD_2019);
  expect(r.entries.find((e) => e.key === "fundLedgerKept")?.cell).toBe("D8");
});
