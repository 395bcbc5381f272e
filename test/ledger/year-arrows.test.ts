/** Retail figures of two years written as an arrow under a retail line (郁南's checklist). */
import type { CellValue } from "../../src/core/grid";
import { withYearArrowsWritten } from "../../src/ledger/facts/year-arrows";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["自查清单"],
  ["■", "七、农产品上行（10分）", null, null, "自评 9分"],
  ["☑", "专业第三方运营服务商", null, "云浮市云商汇运营管理有限公司", null],
  ["☑", "网零增速≥30%", null, "农村：2019年8.62亿元→2020年10.95亿元（+27.0%）", null],
  [null, null, null, "农产品：2019年3.05亿元→2020年4.12亿元（+35.1%）", null],
  ["☑", "培训人次", null, "2019年3,100人次→2020年4,200人次", null],
];

test("each arrow under the retail line is written out as its three figures by name; others are left", () => {
  const out = withYearArrowsWritten({ name: "自查清单", rows }).rows;
  expect(out[3][3]).toBe("2020年农村网络零售额：10.95亿元；2019年农村网络零售额：8.62亿元；2020年农村网络零售额同比增速：27.0%");
  // The next line has no label of its own: it is under the same one.
  expect(out[4][3]).toBe("2020年农产品网络零售额：4.12亿元；2019年农产品网络零售额：3.05亿元；2020年农产品网络零售额同比增速：35.1%");
  expect(out[5]).toBe(rows[5]);
  expect(out[2]).toBe(rows[2]);
});

test("the figures are read wherever the block stands", () => {
  const r = readFactsSheet({ name: "自查清单", rows }, GD_2019);
  const value = (k: string) => r.entries.find((e) => e.key === k)?.value;
  expect([value("ruralRetail2019"), value("ruralRetail2020"), value("ruralRetailGrowthStated")]).toEqual(["8.62亿元", "10.95亿元", "27.0%"]);
  expect([value("agriRetail2019"), value("agriRetail2020"), value("agriRetailGrowthStated")]).toEqual(["3.05亿元", "4.12亿元", "35.1%"]);
});

test("an arrow with no subject of its own, in two-digit years and 亿 without 元, is its line's (a pocket card)", () => {
  const card: CellValue[][] = [
    ["局长口袋卡", null],
    ["农村网零", "19年14.6亿 → 20年19.2亿（+31.5%）"],
    ["农产品网零", "19年3.85亿 → 20年4.62亿（+20.0%）"],
  ];
  const out = withYearArrowsWritten({ name: "口袋卡", rows: card }).rows;
  expect(out[1][1]).toBe("2020年农村网零：19.2亿元；2019年农村网零：14.6亿元；2020年农村网零同比增速：31.5%");
  expect(out[2][1]).toBe("2020年农产品网零：4.62亿元；2019年农产品网零：3.85亿元；2020年农产品网零同比增速：20.0%");
});
