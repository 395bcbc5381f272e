/**
 * 台山's facts sheet (116th blind batch): the mayor's briefing typed for a teleprompter (屏 | 行 | 提词 | 提示（不念）),
 * sentences running on across lines and screens, the mayor saying "由我任组长", and the points said aloud with
 * 其中 (项目管理3分，其中管理制度2分、工作台账1分).
 */
import type { Sheet } from "../../src/core/grid";
import { withScriptLinesJoined } from "../../src/ledger/facts/teleprompter";
import { withSpeakerNamed } from "../../src/ledger/facts/speaker";
import { statementsOf } from "../../src/ledger/facts/sentences";
import { factsVocabulary } from "../../src/ledger/facts/vocabulary";
import { chinesePart } from "../../src/ledger/normalize/text";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { factsOfCase } from "../corpus/read-facts";

const vocab = factsVocabulary(GD_2019);
const scores = (t: string) => vocab.inputs.match(chinesePart(t));

const script: Sheet = {
  name: "提词器文稿",
  rows: [
    ["某市创建工作汇报（提词器文稿）", null, null, null],
    ["汇报人：某市市长 李××", null, null, null],
    ["屏", "行", "提词", "提示（不念）"],
    [1, 1, "一、加强组织领导。", "【第一部分】"],
    [null, 2, "市政府成立了由我任组长的", null],
    [null, 3, "电子商务进农村工作领导小组，", null],
    [null, 4, "商务、财政、农业农村、乡村振兴", null],
    [2, 1, "等12个部门为成员单位。", null],
    [null, 2, "2020年5月出台《某市扶持", null],
    [null, 3, "农村电子商务发展若干措施》。", null],
    [null, 4, "全市常住人口90.5万，", "【停顿】"],
    [3, 1, "截至8月底累计培训5000人次。", null],
  ],
};

test("a teleprompter's lines are joined into the speech, a sentence to a row, the cues and screens left out", () => {
  const read = withScriptLinesJoined(script);
  expect(read.rows.slice(0, 2)).toEqual(script.rows.slice(0, 2));
  expect(read.rows.slice(2)).toEqual([
    ["一、加强组织领导。"],
    ["市政府成立了由我任组长的电子商务进农村工作领导小组，商务、财政、农业农村、乡村振兴等12个部门为成员单位。"],
    ["2020年5月出台《某市扶持农村电子商务发展若干措施》。"],
    ["全市常住人口90.5万，截至8月底累计培训5000人次。"],
  ]);
  // (A column of whole answers, each ending its sentence, is no script.)
  const answers: Sheet = { name: "t", rows: [["项目", "提词"], ...Array.from({ length: 9 }, (_, i) => [`第${i + 1}项`, `已完成第${i + 1}项。`])] };
  expect(withScriptLinesJoined(answers)).toBe(answers);
});

test("the speaker's 由我任组长 is the post its head lines name; without one it stays as said", () => {
  const named = withSpeakerNamed(withScriptLinesJoined(script));
  expect(named.rows[3]).toEqual(["市政府成立了由市长任组长的电子商务进农村工作领导小组，商务、财政、农业农村、乡村振兴等12个部门为成员单位。"]);
  const interview: Sheet = { name: "t", rows: [["让春砂仁“触网”——访阳春市市长张××"], ["张××", "我们成立了由我任组长的领导小组"]] };
  expect(withSpeakerNamed(interview).rows[1]).toEqual(["张××", "我们成立了由市长任组长的领导小组"]);
  const unnamed: Sheet = { name: "t", rows: [["工作汇报"], ["成立了由我任组长的领导小组"]] };
  expect(withSpeakerNamed(unnamed)).toBe(unnamed);
});

test("a 由我任组长 the prompter's lines split (由我任 | 组长的) is said of the speaker once the lines are joined", () => {
  const split: Sheet = {
    ...script,
    rows: script.rows.map((row) =>
      row[2] === "市政府成立了由我任组长的"
        ? [null, 2, "市政府成立了由我任", null]
        : row[2] === "电子商务进农村工作领导小组，"
          ? [null, 3, "组长的电子商务进农村工作领导小组，", null]
          : row,
    ),
  };
  const r = readLedgers({ sheets: [split] }, GD_2019);
  expect(toScoringInput(r.ledgers, GD_2019, r.diagnostics).facts.leadershipLevel?.value).toBe("principal-all");
});

test("an indicator's points said aloud with 其中 give each item its points, short names read with the indicator's", () => {
  const said = statementsOf("项目管理3分，其中管理制度2分、工作台账1分；农村产品上行9分，其中网销调研2分、促销活动2分、标准与溯源1分", scores, 0.62, 0.06)
    .filter((s) => s.kind === "points")
    .map((s) => `${scores(s.label)[0]?.target.key}=${s.value}`);
  expect(said).toEqual([
    "judged:org.management.system=2分",
    "judged:org.management.ledger=1分",
    "judged:work.upward.research=2分",
    "judged:work.upward.promotion=2分",
    "judged:work.upward.standards=1分",
  ]);
});

test("台山's script: the claims and items said on its last screens, the mayor leading", async () => {
  const read = await factsOfCase("counties", "b116-c1-taishan.json", "提词器文稿");
  expect(read.leadership).toBe("principal-all");
  expect(read.judged["org.management.system"]).toBe(2);
  expect(read.judged["fund.system"]).toBe(5);
  expect(read.facts.trainingPersonTimesStated).toBe(5000);
});
