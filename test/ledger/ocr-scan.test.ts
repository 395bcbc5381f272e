/**
 * 端州's stamped form scanned and turned into cells by OCR: no merges, O for 0 in a date, the second
 * page one column to the right with its 事项 | 是 | 否 header again, a label wrapped onto the next line
 * with its bracket and value there.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { parseDate } from "../../src/ledger/normalize/date";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const scan: Sheet = {
  name: "识别结果",
  rows: [
    ["某区自评基础数据表"],
    ["项 目", "填报内容", "备 注"],
    ["常住人口", "63.18万人", "七普"],
    ["中心投入运营时间", "2O20年12月18日", null],
    ["事 项", "是", "否", "说 明"],
    ["免费培训场所、培训设备", "√", null, null],
    ["电商产业园", null, "√", "区内未建设"],
    [null, "— 1 —"],
    [null, "事 项", "是", "否", "说 明"],
    [null, "专栏公示创建方案", "√", null, null],
    [null, "专栏设立征求意见或监督举报窗口", null, "√", "拟于9月设立"],
    [null, "发生安全生产、质量事故或重大损失", null, "√", null],
    [null, "有劳动能力的建档立卡贫困人口数", null, null],
    [null, "(不含外出务工人员)", "312人", "区乡村振兴局确认"],
  ],
};

test("O among a date's digits is 0", () => {
  expect(parseDate("2O20年12月18日")).toMatchObject({ ok: true, value: { y: 2020, m: 12, d: 18 } });
  expect(parseDate("2021.O3.05")).toMatchObject({ ok: true, value: { y: 2021, m: 3, d: 5 } });
  expect(parseDate("Oct").ok).toBe(false);
});

test("each page's ticks are read under its own 是 | 否 header, and a wrapped label is one label", () => {
  const read = readLedgers({ sheets: [scan] }, GD_2019);
  const f = toScoringInput(read.ledgers, GD_2019, read.diagnostics).facts;
  expect(f.centerOpened?.value).toEqual({ y: 2020, m: 12, d: 18 });
  expect([f.centerFreeTraining?.value, f.parkBuilt?.value]).toEqual([true, false]);
  expect([f.disclosurePlan?.value, f.disclosureWindow?.value, f.vetoIncident?.value]).toEqual([true, false, false]);
  expect(f.eligiblePoorPersonsStated?.value?.toString()).toBe("312");
  expect(f.eligiblePoorPersonsStated?.evidence?.[0]?.cell).toBe("C14");
});
