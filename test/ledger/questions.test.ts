/**
 * 怀集's self-check written as questions and answers (问N | question, then 说明 | answer below), the
 * figures and the items' own 自评N分 inside the answers; and its ledgers: 合计（人次） under a 参训情况
 * group, stations as 镇-村 in one cell.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { withQuestionsAnswered } from "../../src/ledger/facts/questions";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const merge = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

const qa: Sheet = {
  name: "自查问答",
  rows: [
    ["某县电子商务进农村综合示范创建自查问答", null, null],
    ["问1", "全县常住人口、行政村情况？", null],
    ["说明", "全县常住人口38.2万人，共126个行政村、9个社区，其中省定贫困村21个。", null],
    ["问2", "示范县工作方案是否正式印发？方案制定自评几分？", null],
    ["说明", "已正式印发（某府办〔2019〕46号）。方案制定自评2分。", null],
    ["问3", "专项资金管理情况？", null],
    ["说明", "已制定资金管理办法，资金管理制度自评4分；承建方建立资金专用台账，资金台账自评3分。", null],
    ["问4", "网络促销活动情况？", null],
    ["说明", "组织“蜜柚节”线上促销，成效一般，自评1分。", null],
  ],
  merges: [merge(0, 0, 0, 2), ...[1, 2, 3, 4, 5, 6, 7, 8].map((r) => merge(r, 1, r, 2))],
};

test("each question goes to its answer's row; the answers keep their cells; fewer than three pairs are no such sheet", () => {
  const rows = withQuestionsAnswered(qa).rows;
  expect(rows[2].slice(0, 2)).toEqual(["全县常住人口、行政村情况？", qa.rows[2][1]]);
  expect(rows[3]).toEqual([null, null, null]);
  expect(rows[1].slice(0, 2)).toEqual(["自查问题", "回答"]);
  const two: Sheet = { ...qa, rows: qa.rows.slice(0, 5) };
  expect(withQuestionsAnswered(two)).toBe(two);
});

test("the answers' figures, yes/no and items' own points are read, each from its answer cell", () => {
  const read = readLedgers({ sheets: [qa] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  const n = (k: string) => (input.facts[k]?.value as { toNumber(): number } | undefined)?.toNumber();
  expect([n("residentPopulation"), n("adminVillagesStated"), n("poorVillagesStated")]).toEqual([382000, 126, 21]);
  expect(input.facts.planIssued?.value).toBe(true);
  expect(input.facts.planIssued?.evidence?.[0]?.cell).toBe("B5");
  const judged = Object.fromEntries(Object.entries(input.judgements).map(([k, j]) => [k, j.points.toNumber()]));
  expect(judged).toMatchObject({ "org.plan": 2, "fund.system": 4, "fund.ledger": 3, "work.upward.promotion": 1 });
});

test("合计（人次） under a 参训情况 group is the session's 人次 (its 其中贫困户 is not added)", () => {
  const sheet: Sheet = {
    name: "培训台账（2020年）",
    rows: [
      ["某县电子商务进农村培训台账（2020年）", null, null, null, null],
      ["序号", "培训时间", "培训内容", "参训情况", null],
      [null, null, null, "合计（人次）", "其中贫困户（人次）"],
      [1, "2020年6月18日", "农村电商基础知识", 120, 46],
      [2, "2020年7月22日", "网店开设与运营", 150, 52],
    ],
    merges: [merge(0, 0, 0, 4), merge(1, 0, 2, 0), merge(1, 1, 2, 1), merge(1, 2, 2, 2), merge(1, 3, 1, 4)],
  };
  expect(readLedgers({ sheets: [sheet] }, GD_2019).ledgers.training.map((t) => t.personTimes.toNumber())).toEqual([120, 150]);
});
