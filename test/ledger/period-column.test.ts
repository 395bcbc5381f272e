/**
 * 南海's 基本数据: one line per figure, the year it is of in a 数据时点 column (农村网络零售额 on three lines:
 * 2019年度, 2020年度, 2021年1-8月).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "基本数据",
  rows: [
    ["某区电子商务进农村综合示范县基本数据"],
    ["序号", "指标", "数值", "单位", "数据时点", "数据来源"],
    [1, "常住人口", 366.7, "万人", "2020年11月1日", "七普"],
    [2, "农村网络零售额", 235.6, "亿元", "2019年度", "省商务厅反馈"],
    [3, "农村网络零售额", 271.3, "亿元", "2020年度", "省商务厅反馈"],
    [4, "农村网络零售额", 189.4, "亿元", "2021年1-8月", "区统计"],
    [5, "有劳动能力的建档立卡贫困人口（不含外出务工）", 60, "人", "2020年底", "区乡村振兴局"],
  ],
};

test("each line is the figure of the year in its 数据时点 column; a part of a year is none of them", () => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  const n = (k: string) => (input.facts[k]?.value as { toNumber(): number } | undefined)?.toNumber();
  expect([n("ruralRetail2019"), n("ruralRetail2020")]).toEqual([23560000000, 27130000000]);
  expect(input.facts.ruralRetail2020?.evidence?.[0]?.cell).toBe("C5");
  expect([n("residentPopulation"), n("eligiblePoorPersonsStated")]).toEqual([3667000, 60]);
  // The 数据时点 cells are no labels of their own.
  expect(read.diagnostics.list.filter((d) => d.cell?.startsWith("E"))).toEqual([]);
});
