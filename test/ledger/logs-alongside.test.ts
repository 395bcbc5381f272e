/**
 * Layouts met in the 211th–216th blind batches and the ones left from the 206th: a report log a month a row that
 * keeps the 专栏's updates in columns of its own.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const day = (d: { y: number; m: number; d?: number } | null | undefined) => (d ? formatDate(d) : null);

test("a report log a month a row with the 专栏's update days beside (专栏更新日期 | 当月更新条数): read as both logs", () => {
  const sheet: Sheet = {
    name: "报送及更新",
    rows: [
      ["某市月报报送及专栏更新情况登记"],
      ["月份", "月报报送日期", "报送对象", "含电商扶贫统计", "专栏更新日期", "当月更新条数"],
      ["2020年12月", "2020.12.4", "市商务局", "是", "12月18日；12月23日", 2],
      ["2021年1月", "2021.1.7", "市商务局", "是", "—", 0],
      ["2021年2月", "2021.2.4", "市商务局", "是", "2月24日", 1],
    ],
  };
  const { ledgers } = read(sheet);
  expect(ledgers.reports.map((r) => day(r.date))).toEqual(["2020-12-04", "2021-01-07", "2021-02-04"]);
  expect(ledgers.disclosures.map((d) => [day(d.date), d.source.row])).toEqual([
    ["2020-12-18", 3],
    ["2020-12-23", 3],
    ["2021-02-24", 5],
  ]);
});
