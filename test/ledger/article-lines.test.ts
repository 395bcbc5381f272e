/**
 * 吴川's facts (132nd batch): a WeChat article of the city's account pasted a paragraph a row. Its title
 * names the county after the series' bar (数说吴川电商｜吴川市…); its counts come before what they count
 * (全市196个行政村…, 1,208名脱贫群众参加电商培训); the line naming the leader (市委副书记、市长任创建工作领导小组组长)
 * is the leader's own line, not the label of the heading under it (🔶 1个中心).
 */
import { factsOfCase } from "../corpus/read-facts";
import { countyInTitle } from "../../src/ledger/title-county";

test("a WeChat title names the county after the series' bar", () => {
  expect(countyInTitle("数说吴川电商｜吴川市电子商务进农村综合示范县创建“成绩单”来了！")?.name).toBe("吴川市");
  expect(countyInTitle("一图读懂｜广东省湛江市吴川市电商进农村")?.name).toBe("吴川市");
});

test("the article's counts written before what they count, and its leader from the leader's own line", async () => {
  const read = await factsOfCase("facts", "b132-f3-wuchuan.json");
  expect(read.facts).toMatchObject({ county: "吴川市", adminVillagesStated: 196, trainedPoorPersonsStated: 1208, poorVillagesStated: 19 });
  const lead = read.entries.find((e) => e.key === "leadTitle");
  expect([lead?.value, lead?.cell]).toEqual(["市委副书记、市长", "A7"]);
});
