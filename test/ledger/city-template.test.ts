/**
 * 新会's answers in the city's template: a 填报值 saying 见说明 with the answer in the row's 说明, the
 * 组长 answered as a sentence naming a deputy beside the leader, and points written before their reason.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { withReferredAnswers } from "../../src/ledger/facts/referred-answers";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "填报表",
  rows: [
    ["某市县（市、区）电子商务进农村综合示范创建考评数据填报表"],
    ["序号", "填报项目", "单位", "填报口径（示例）", "填报值", "说明"],
    [1, "常住人口", "万人", "以第七次全国人口普查数为准，如：42.60", "见说明", "七普常住人口85.94万人（户籍人口77.12万人，不作为培训基数）"],
    [2, "示范创建工作领导小组组长", "—", "填写职务，如：县长", "见说明", "区委副书记、区长任组长，常务副区长任常务副组长"],
    [3, "领导小组成员单位", "—", "列出主要成员单位", "区商务局、财政局、农业农村局、乡村振兴局", null],
    [4, "示范县工作方案是否正式印发", "是/否", "附印发文件", "见说明", "是，《某区电子商务进农村综合示范创建工作方案》（新府办函〔2019〕86号）"],
    [5, "为电子商务市场主体提供免费摄影、美工服务", "是/否", null, "见说明", "暂未提供，计划2021年底前引入摄影工作室"],
    [6, "工作台账（1-2分）", "分", null, "见说明", "2分，各类工作台账齐全"],
  ],
};

test("见说明 is replaced by the row's 说明, read once", () => {
  const rows = withReferredAnswers(sheet).rows;
  expect([rows[2][4], rows[2][5]]).toEqual([sheet.rows[2][5], null]);
  expect(withReferredAnswers({ ...sheet, rows: sheet.rows.slice(0, 2) }).rows).toEqual(sheet.rows.slice(0, 2));
});

test("the answers in the 说明 are read: figure, yes, no, the 组长 of a sentence, points before their reason", () => {
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  const f = input.facts;
  expect((f.residentPopulation?.value as { toNumber(): number }).toNumber()).toBe(859400);
  expect([f.planIssued?.value, f.centerPhoto?.value]).toEqual([true, false]);
  expect(f.leadershipLevel?.value).toBe("principal-all");
  expect(input.judgements["org.management.ledger"]?.points.toNumber()).toBe(2);
  expect(f.residentPopulation?.evidence?.[0]?.cell).toBe("E3");
});
