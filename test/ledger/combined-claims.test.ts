/** A self-assessment line scoring two indicators at once, and a line's points with their breakdown. */
import { combinedClaim, pointsBeforeBreakdown } from "../../src/ledger/facts/combined-claims";
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
