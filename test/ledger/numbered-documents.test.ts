/**
 * A document cited by its title and number (清城's investment guide, 105th blind batch: "依据《清城区促进农村电子商务
 * 发展扶持办法》（清城府办〔2020〕26号）") has been issued: a number is given to a document when it goes out.
 */
import { factsOf, factsOfCase } from "../corpus/read-facts";

test("a policy cited by its number is issued", async () => {
  expect((await factsOfCase("facts", "b105-f3-qingcheng.json")).facts.policyIssued).toBe(true);
});

test("a numbered document said to be still a draft is not issued", () => {
  const rows = [
    ["指标", "我区情况"],
    ["扶持政策", "《清城区促进农村电子商务发展扶持办法》（清城府办〔2020〕26号）仍在征求意见"],
  ];
  expect(factsOf({ sheets: [{ name: "自评情况", rows }] }).facts.policyIssued).toBe(false);
});
