/**
 * A report log whose recipients are ticked, a column each under a merged 报送对象（打✓）: a report
 * counts for 数据上报 when it ticks the city's commerce bureau, whatever else it ticks.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "信息报送",
  rows: [
    ["序号", "报送日期", "报送内容", "报送对象（打✓）", null, null, "含电商扶贫统计"],
    [null, null, null, "某市商务局", "县政府办", "县委办", null],
    [1, "2020.9.8", "8月份工作进展", "✓", null, null, "是"],
    [2, "2020.9.25", "工作专报（第3期）", null, "✓", null, "否"],
    [3, "2020.10.12", "9月份工作进展", "√", "✓", null, "是"],
    [4, "2020.10.20", "情况说明", null, null, null, "否"],
  ],
  merges: [
    { top: 0, left: 3, bottom: 0, right: 5 },
    { top: 0, left: 0, bottom: 1, right: 0 },
    { top: 0, left: 1, bottom: 1, right: 1 },
    { top: 0, left: 2, bottom: 1, right: 2 },
    { top: 0, left: 6, bottom: 1, right: 6 },
  ],
};

test("the reports ticking the city's bureau are read; the others are said and left out", () => {
  const { ledgers, diagnostics } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.reports.map((r) => r.content)).toEqual(["8月份工作进展", "9月份工作进展"]);
  expect(diagnostics.list.some((d) => d.message.includes("县政府办") && d.message.includes("未计入数据上报"))).toBe(true);
  expect(diagnostics.list.some((d) => d.message.includes("都没有打勾"))).toBe(true);
});
