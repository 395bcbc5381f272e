/**
 * A form filled in the blanks of its sentences (南雄's 表1): each blank a cell, the cell after it
 * beginning with the blank's unit, then the next blank's words.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { continuedLabel, unitAfterBlank } from "../../src/ledger/facts/fill-in";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "表1 基本情况",
  rows: [
    ["某市电子商务进农村综合示范创建情况填报表"],
    ["一、基本情况"],
    ["1．全市常住人口", 33.5, "万人（户籍人口", 48.6, "万人）。"],
    ["2．全市共有行政村", 60, "个、社区（居委会）", 5, "个，其中省定贫困村", 10, "个。"],
    ["3．示范创建工作领导小组由", "市长", "任组长，", "分管副市长", "任常务副组长；成员单位：", "商务局、财政局、农业农村局、乡村振兴局", "。"],
    ["4．农村网络零售额：2019年", 5.62, "亿元，2020年", 6.95, "亿元，2020年同比增长", "23.7%", "。"],
    ["5．省级财政下达专项资金", 500, "万元；资金管理制度自评", 5, "分；资金台账自评", 4, "分（均为1-5分）。"],
  ],
};

test("the cell after a blank gives the blank's unit and, after it, the next blank's words (a year alone is of the line's subject)", () => {
  const row = sheet.rows[2];
  expect(unitAfterBlank(row, 1)).toBe("万人");
  expect(continuedLabel("万人（户籍人口", row, 2)).toBe("户籍人口");
  expect(continuedLabel("亿元，2020年", sheet.rows[5], 2)).toBe("2020年农村网络零售额");
  expect(continuedLabel("分；资金台账自评", sheet.rows[6], 4)).toBe("资金台账自评");
  // Not after a blank: a label as written.
  expect(continuedLabel("万人（户籍人口", ["常住人口", "33.5万"], 1)).toBeUndefined();
});

test("a filled-in form's figures in their units, the village count past 全市共有, the leader before 任组长", () => {
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  const n = (k: string) => {
    const f = input.facts[k];
    return f?.kind === "number" ? f.value.toNumber() : undefined;
  };
  expect([n("residentPopulation"), n("adminVillagesStated"), n("poorVillagesStated")]).toEqual([335000, 60, 10]);
  expect([n("ruralRetail2019"), n("ruralRetail2020"), n("fundAllocated")]).toEqual([562000000, 695000000, 5000000]);
  // 市长 leads (分管副市长 is the deputy head), and all four departments take part.
  expect(input.facts.leadershipLevel?.value).toBe("principal-all");
  expect(input.judgements["fund.system"]?.points.toNumber()).toBe(5);
  expect(input.judgements["fund.ledger"]?.points.toNumber()).toBe(4);
});

test("a session sheet's 其中贫困户 is a count of its poor trainees, read without a yes/no warning", () => {
  const sessions: Sheet = {
    name: "培训台账",
    rows: [
      ["序号", "培训日期", "培训内容", "参训人次", "其中贫困户"],
      [1, "2020.5.21", "农村电商基础", 220, 18],
      [2, "2020.6.17", "网店开设实务", 185, 15],
    ],
  };
  const r = readLedgers({ sheets: [sessions] }, GD_2019);
  expect(r.ledgers.training.map((t) => t.personTimes.toNumber())).toEqual([220, 185]);
  expect(r.diagnostics.list.filter((d) => /是\/否/.test(d.message))).toEqual([]);
});
