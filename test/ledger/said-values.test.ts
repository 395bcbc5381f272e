/** Values a clerk writes as sentences: a leader in a 自评说明, a figure at the end of a 完成情况. */
import { leaderInSentence, leaderLevel } from "../../src/ledger/leader";
import { unhedged } from "../../src/ledger/facts/values";

describe("leaderInSentence", () => {
  test.each([
    ["县长任领导小组组长，县商务局、财政局、农业农村局、乡村振兴局等12个单位为成员", "县长", "principal"],
    ["成立由分管副县长担任组长的工作领导小组", "分管副县长", "deputy"],
    ["由县委副书记、县长牵头，各部门参与", "县委副书记、县长", "principal"],
    ["县商务局局长任组长", "县商务局局长", "other"],
    ["成立以县长为组长，分管副县长为副组长的工作领导小组", "县长", "principal"],
    // (After the group's name and a colon, as a log's line says it.)
    ["成立县电子商务进农村综合示范工作领导小组：县委副书记、县长任组长，分管副县长任常务副组长", "县委副书记、县长", "principal"],
    ["县政府成立了以县长任组长，常务副县长、分管副县长任副组长，县商务局、财政局…为成员的领导小组", "县长", "principal"],
  ])("%s → %s", (sentence, title, level) => {
    expect(leaderInSentence(sentence)).toBe(title);
    expect(leaderLevel(leaderInSentence(sentence) as string)).toBe(level);
  });

  test.each(["见附件3", "佛府办〔2019〕56号", "成立了工作领导小组"])("names no one: %s", (s) => {
    expect(leaderInSentence(s)).toBeUndefined();
  });
});

describe("a figure said at the end of a sentence", () => {
  test.each([
    ["农产品网络零售额同比增长32.6%", "32.6%"],
    ["累计拨付资金为352.6万元", "352.6万元"],
    ["约47万", "47万"],
  ])("%s → %s", (text, figure) => expect(unhedged(text)).toBe(figure));

  // A fall, a bound or a guess is not the figure itself: the text is kept whole (and then not read).
  test.each(["农产品网络零售额同比下降5%", "总体进度不足40%", "增速超过30%", "2020年农村网络零售额"])("kept whole: %s", (text) => {
    expect(unhedged(text)).toBe(text);
  });
});

test("the rubric's wording of a leader is no county's leader", () => {
  expect(leaderInSentence("由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与")).toBeUndefined();
});

test("a rate right after what it is of is its figure; a count with no verb stays a remark", () => {
  expect(unhedged("项目总体进度92%")).toBe("92%");
  expect(unhedged("另有社区4个")).toBe("另有社区4个");
});

test("a requirement's 由县政府领导牵头 names no leader", () => {
  expect(leaderInSentence("成立由县政府领导牵头、多部门参与的工作领导小组")).toBeUndefined();
});
