/**
 * 信宜's petition decision (86th blind batch) tells the county's population in brackets on the way to another
 * figure: "累计开展电商培训62期6,214人次（全市常住人口91.32万人）". A reviewer reads both; a part in brackets
 * ("（其中2021年以来拨付158.3万元）") stays a part.
 */
import { statementsOf } from "../../src/ledger/facts/sentences";
import { factsVocabulary } from "../../src/ledger/facts/vocabulary";
import { chinesePart } from "../../src/ledger/normalize/text";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const vocab = factsVocabulary(GD_2019);
const scores = (t: string) => vocab.inputs.match(chinesePart(t));
const read = (sentence: string) => statementsOf(sentence, scores, 0.62, 0.06).map((s) => `${scores(s.label)[0]?.target.key ?? "?"}=${s.value}`);

test("the county's figure in brackets after another clause's is read as its own", () => {
  expect(read("2019年9月以来，全市累计开展电商培训62期6,214人次（全市常住人口91.32万人），每期均有签到表。")).toEqual(
    expect.arrayContaining(["trainingPersonTimesStated=6,214人次", "residentPopulation=91.32万人"]),
  );
  expect(read("截至2021年8月31日累计拨付397.5万元（其中2021年以来拨付158.3万元）").filter((s) => s.endsWith("158.3万元") && s.startsWith("fundSpent"))).toEqual([]);
});
