/**
 * 乳源's PDCA table: the column's sub-sections listed in a sentence (设创建方案、项目公示、建设进度、监督举报等子栏目).
 * 项目公示 among them is where the projects' basic information is published.
 */
import type { Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (rows: Sheet["rows"]) => Object.fromEntries(readFactsSheet({ name: "t", rows }, GD_2019).entries.map((e) => [e.key, e.value]));

test("项目公示 listed among the column's sub-sections is the projects' basic information published", () => {
  const facts = read([
    ["乳源瑶族自治县电子商务进农村综合示范工作情况"],
    ["一、全县常住人口28.6万人，行政村102个。"],
    ["二、县政府门户网站“电子商务进农村综合示范”专栏2020年9月上线，设创建方案、项目公示、建设进度、监督举报等子栏目，建设进度每月更新。"],
  ]);
  expect([facts.disclosurePlan, facts.disclosureProjects, facts.disclosureProgress, facts.disclosureWindow]).toEqual(["是", "是", "是", "是"]);
});
