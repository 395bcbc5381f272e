/**
 * Logs kept a row per column or outlet with their days in one cell ("2020.6.5；2020.9.15", "2020.8.20、
 * 2020.12.15"): each day is a record. And an outlet's level written as its own county-level city's
 * (陆丰市级) is the county's, not a prefecture's.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { mediaLevel } from "../../src/ledger/read-kinds";
import { severalDays } from "../../src/ledger/several-days";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("a cell of days separated by ； 、 or a line break gives each day; a cell with anything else gives none", () => {
  expect(severalDays("2020.6.5；2020.9.15\n2021.1.8")).toEqual([
    { y: 2020, m: 6, d: 5 },
    { y: 2020, m: 9, d: 15 },
    { y: 2021, m: 1, d: 8 },
  ]);
  expect(severalDays("2019.12.20（常设）、2020.3.1")).toEqual([
    { y: 2019, m: 12, d: 20 },
    { y: 2020, m: 3, d: 1 },
  ]);
  expect(severalDays("2020.6.5")).toBeUndefined();
  expect(severalDays("2020.6.5；见附件")).toBeUndefined();
});

test("a column's updates kept a row per sub-column are a record per day, the cell's days unsaid as unreadable", () => {
  const sheet: Sheet = {
    name: "专栏",
    rows: [
      ["序号", "子栏目", "更新日期（多次用“；”隔开）", "条数"],
      [1, "创建方案", "2019.12.20", 1],
      [2, "建设进度（按月）", "2020.9.30；2020.10.30；2020.11.27", 3],
    ],
  };
  const { ledgers, diagnostics } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.disclosures.map((d) => [d.column, d.date])).toEqual([
    ["创建方案", { y: 2019, m: 12, d: 20 }],
    ["建设进度（按月）", { y: 2020, m: 9, d: 30 }],
    ["建设进度（按月）", { y: 2020, m: 10, d: 30 }],
    ["建设进度（按月）", { y: 2020, m: 11, d: 27 }],
  ]);
  expect(diagnostics.list.filter((d) => d.cell === "C3")).toEqual([]);
});

test("a county-level city's own level (陆丰市级) is the county's; a prefecture's (汕尾市级) the city's", () => {
  expect([mediaLevel("陆丰市级"), mediaLevel("汕尾市级"), mediaLevel("市级"), mediaLevel("县级")]).toEqual(["county", "city", "city", "county"]);
});
