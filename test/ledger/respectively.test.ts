/**
 * Figures said "respectively" (分别) and a leader named before the group's whole name: prose a
 * published notice is written in.
 */
import { withRespectively } from "../../src/ledger/facts/respectively";
import { leaderInSentence } from "../../src/ledger/leader";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("分别 pairs each figure with the thing listed in its place before it, in the same clause's year", () => {
  expect(withRespectively("2019年全县农村网络零售额36.8亿元、农产品网络零售额5.12亿元；2020年分别为45.2亿元、6.83亿元，同比分别增长22.8%、33.4%。")).toBe(
    "2019年全县农村网络零售额36.8亿元、农产品网络零售额5.12亿元；2020年农村网络零售额为45.2亿元，2020年农产品网络零售额为6.83亿元，农村网络零售额同比增长22.8%，农产品网络零售额同比增长33.4%。",
  );
});

test("…or with the things named in its own clause; without as many things, the sentence stays as written", () => {
  expect(withRespectively("常住人口和户籍人口分别为30万人、35万人")).toBe("常住人口为30万人，户籍人口为35万人");
  expect(withRespectively("举办培训12期，分别为300人次、280人次")).toBe("举办培训12期，分别为300人次、280人次");
});

test("a notice's paragraph of figures said 分别 reads each year's figure and growth as its own", () => {
  const rows = [["一、基本情况"], ["（四）2019年全县农村网络零售额36.8亿元、农产品网络零售额5.12亿元；2020年分别为45.2亿元、6.83亿元，同比分别增长22.8%、33.4%。"]];
  const got = Object.fromEntries(readFactsSheet({ name: "自评结果公示", rows }, GD_2019).entries.map((e) => [e.key, e.value]));
  expect([got.ruralRetail2020, got.agriRetail2020, got.ruralRetailGrowthStated, got.agriRetailGrowthStated]).toEqual(["45.2亿元", "6.83亿元", "22.8%", "33.4%"]);
});

test("the leader named before the group's whole name (…任县电子商务进农村综合示范工作领导小组组长), not a 副组长", () => {
  expect(leaderInSentence("县委副书记、县长任县电子商务进农村综合示范工作领导小组组长，常务副县长任副组长")).toBe("县委副书记、县长");
  expect(leaderInSentence("常务副县长任副组长")).toBeUndefined();
  expect(leaderInSentence("组织：县长任创建工作领导小组组长")).toBe("县长");
});
