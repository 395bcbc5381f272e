/** A self-assessment line scoring two indicators at once, and a line's points with their breakdown. */
import { breakdownClaims, combinedClaim, pointsBeforeBreakdown } from "../../src/ledger/facts/combined-claims";
import { factsVocabulary } from "../../src/ledger/facts/vocabulary";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const vocab = factsVocabulary(GD_2019);
const split = (name: string, claim: string | number) => combinedClaim(name, claim, vocab)?.map((c) => `${c.indicator.id}=${c.points}`);

test.each<[string, string | number, string[] | undefined]>([
  ["信息公开、数据上报", "3+6", ["info.disclosure=3", "info.reporting=6"]],
  ["制度建立、资金台账", "5＋4", ["fund.system=5", "fund.ledger=4"]],
  ["贫困人口培训率、电商扶贫典型案例电视播报", "3（2+1）", ["bonus.poorTraining=2", "bonus.tvCase=1"]],
  // A single figure is split only when it is both indicators' full marks.
  ["组织领导、方案制定", 4, ["org.leadership=2", "org.plan=2"]],
  ["组织领导、方案制定", 3, undefined],
  ["政策支持", 2, undefined],
])("%s | %s", (name, claim, want) => expect(split(name, claim)).toEqual(want));

test("a line's points before their breakdown in brackets: 3（制度2分、台账1分） is 3", () => {
  expect(pointsBeforeBreakdown("3（制度2分、台账1分）")).toBe(3);
  expect(pointsBeforeBreakdown("3+6")).toBe("3+6");
});

// 怀集's score summary (48th blind batch): a group's line broken down by the indicators it holds.
test.each<[string, string[] | undefined]>([
  ["23（其中县级中心及产业园13分、村级站点覆盖10分）", ["work.center=13", "work.coverage=10"]],
  ["9（信息公开3分，数据上报6分）", ["info.disclosure=3", "info.reporting=6"]],
  // The parts must add up, and each must name an indicator: an item breakdown is no claim of two.
  ["23（其中县级中心及产业园13分、村级站点覆盖9分）", undefined],
  ["3（制度2分、台账1分）", undefined],
])("breakdown %s", (claim, want) => expect(breakdownClaims(claim, vocab)?.map((c) => `${c.indicator.id}=${c.points}`)).toEqual(want));
