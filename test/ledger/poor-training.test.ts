/**
 * The poor-population training rate counts persons, not person-times: each eligible person whose
 * ID is in the training ledger on or before the cut-off counts once; migrant workers and people
 * without labour capacity are not eligible.
 */
import { idCheckChar } from "../../src/ledger/normalize/idnumber";
import type { CellValue, Sheet } from "../../src/core/grid";
import { scoreGrids } from "../../src/pipeline";
import type { ScoreReport } from "../../src/scoring/report";

function id(n: number): string {
  const first17 = `4402811980010${String(n).padStart(4, "0")}`;
  return first17 + idCheckChar(first17);
}

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

function score(persons: CellValue[][], training: CellValue[][]): ScoreReport {
  const sheets: Sheet[] = [
    {
      name: "基本情况",
      rows: [
        ["常住人口", 420000],
        ["考评截止日期", "2021-08-31"],
      ],
    },
    { name: "贫困人口名单", rows: [["姓名", "身份证号", "是否有劳动能力", "是否外出务工"], ...persons] },
    { name: "培训台账", rows: [["姓名", "身份证号", "培训日期", "培训主题"], ...training] },
  ];
  return scoreGrids({ sheets }).report;
}

function poorItem(r: ScoreReport) {
  return r.indicators.find((i) => i.id === "work.training")?.items.find((i) => i.id === "work.training.poor");
}

test("repeat trainees count once; migrants and people without labour capacity are not eligible", () => {
  const persons = [
    ["甲", id(1), "是", "否"],
    ["乙", id(2), "是", "否"],
    ["丙", id(3), "是", "否"],
    ["丁", id(4), "是", "否"],
    ["戊", id(5), "是", "是"], // migrant worker: excluded
    ["己", id(6), "否", "否"], // no labour capacity: excluded
  ];
  const training = [
    ["甲", id(1), d(2020, 5, 1), "基础"],
    ["甲", id(1), d(2020, 6, 1), "提高"], // the same person again
    ["甲", id(1), d(2021, 1, 1), "直播"],
    ["乙", id(2), d(2021, 8, 31), "基础"], // on the cut-off day: counts
    ["戊", id(5), d(2020, 5, 1), "基础"], // trained but a migrant: not in the rate
    ["己", id(6), d(2020, 5, 1), "基础"],
  ];
  const r = score(persons, training);
  expect(r.measures.eligiblePoorPersons).toBe(4);
  expect(r.measures.trainedPoorPersons).toBe(2);
  expect(r.measures.trainingPersonTimes).toBe(6); // person-times are rows, repeats included
  expect(poorItem(r)?.basis).toBe("已培训 2 人 / 有劳动能力的建档立卡贫困人口（不含外出务工）4 人 = 50% ≥ 50% → 10分");
});

test("a training after the cut-off does not make a person trained", () => {
  const persons = [
    ["甲", id(1), "是", "否"],
    ["乙", id(2), "是", "否"],
  ];
  const training = [
    ["甲", id(1), d(2021, 8, 31), "基础"],
    ["乙", id(2), d(2021, 9, 1), "基础"], // one day late
  ];
  const r = score(persons, training);
  expect(r.measures.trainedPoorPersons).toBe(1);
  expect(r.measures.trainingPersonTimes).toBe(1);
  expect(poorItem(r)?.points).toBe(10); // 1/2 = 50%
});

test("masked IDs in the training ledger cannot match a person, and say so", () => {
  const persons = [["甲", id(1), "是", "否"]];
  const masked = `${id(1).slice(0, 6)}********${id(1).slice(14)}`;
  const r = score(persons, [["甲", masked, d(2021, 1, 1), "基础"]]);
  expect(r.measures.trainedPoorPersons).toBe(0);
  expect(r.measures.trainingPersonTimes).toBe(1);
  expect(r.diagnostics.some((x) => x.sheet === "培训台账" && /比对|匹配|核对/.test(x.message))).toBe(true);
});

test("a duplicate person in the poor list is counted once and reported", () => {
  const persons = [
    ["甲", id(1), "是", "否"],
    ["甲", id(1), "是", "否"],
    ["乙", id(2), "是", "否"],
  ];
  const r = score(persons, [["甲", id(1), d(2021, 1, 1), "基础"]]);
  expect(r.measures.eligiblePoorPersons).toBe(2);
  expect(r.diagnostics.some((x) => x.sheet === "贫困人口名单" && x.message.includes("重复"))).toBe(true);
});
