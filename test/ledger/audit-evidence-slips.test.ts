/**
 * The city audit bureau's evidence slips (审计取证单) handed in as the facts (开平, 110th blind batch): two forms
 * stacked, each a few pairs (编号, 被审计单位, 审计人员 | … | 编制日期 | …) around numbered findings, a paragraph
 * to a row. A reviewer reads the findings as the county's facts; nothing on the sheet is a ledger.
 */
import { factsOfCase } from "../corpus/read-facts";
import { countyInTitle } from "../../src/ledger/title-county";

test("stacked audit slips: a paragraph's findings are the facts, the second slip's too, and no form line heads a ledger", async () => {
  const read = await factsOfCase("facts", "b110-f1-kaiping.json");
  expect(read.facts.fundAllocated).toBe(5000000);
  expect(read.facts.fundSpentStated).toBe(3712400);
  expect(read.facts.centerOpened).toBe("2020-12-08");
  expect(read.facts.policyIssued).toBe(false);
  expect(read.leadership).toBe("deputy");
  expect(read.diagnostics.some((d) => /单独读取/.test(d.message))).toBe(false);
});

test("a document titled 关于… names its county after 关于", () => {
  expect(countyInTitle("关于湛江市霞山区电子商务进农村综合示范项目实施情况的法律意见书")?.name).toBe("霞山区");
});
