/**
 * A city's template with one row per county, sent round for each county to fill in its own row:
 * the others keep what the city prefilled, a 合计 row adds them up. Only the county's own row is
 * its facts — the one its tab or its 填报单位 names, else the fullest.
 */
import type { Sheet } from "../../src/core/grid";
import { withOwnCountyRow } from "../../src/ledger/facts/own-county-row";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const template = (name: string, above: string): Sheet => ({
  name,
  rows: [
    ["某市电商进农村考评数据汇总表"],
    [above],
    ["序号", "县区", "常住人口（万人）", "培训人次", "省级资金下达（万元）", "资金台账（1-5分）", "备注"],
    [1, "甲县", 40.2, null, 500, null, null],
    [2, "乙县", 33.7, 4120, 500, 4, "台账按季度整理"],
    [3, "丙区", 28.1, null, 500, null, null],
    ["合计", null, 102, 4120, 1500, null, null],
  ],
});

test("the other counties' rows and the total are not there; the own row, the header and what is above stay", () => {
  const rows = withOwnCountyRow(template("汇总表（乙县填报）", "填报单位：乙县商务局")).rows;
  expect(rows[4][1]).toBe("乙县");
  for (const r of [3, 5, 6]) expect(rows[r].every((v) => v === null)).toBe(true);
  expect(rows[1][0]).toBe("填报单位：乙县商务局");
});

test("the county's own row is read as its facts: its headers the labels, their units applied", () => {
  const read = readLedgers({ sheets: [template("汇总表（乙县填报）", "填报单位：乙县商务局")] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  expect(input.facts.residentPopulation?.value?.toString()).toBe("337000");
  expect(input.facts.trainingPersonTimesStated?.value?.toString()).toBe("4120");
  expect(input.facts.fundAllocated?.value?.toString()).toBe("5000000");
  expect(input.judgements["fund.ledger"]?.points.toNumber()).toBe(4);
  // Its evidence is the row's real cell.
  expect(input.facts.residentPopulation?.evidence?.[0]?.cell).toBe("C5");
});

test("with no county named, the fullest row is the county's own", () => {
  const rows = withOwnCountyRow(template("汇总表", "请各县只填本县所在行")).rows;
  expect(rows[4][2]).toBe(33.7);
  expect(rows[3].every((v) => v === null)).toBe(true);
});

test("a table with one county row is no such template", () => {
  const one: Sheet = {
    name: "x",
    rows: [
      ["县区", "常住人口"],
      ["乙县", "33.7万"],
    ],
  };
  expect(withOwnCountyRow(one)).toBe(one);
});
