/**
 * A catalogue of the county's documents, each named by its full title: the county's name and the
 * programme's name in every title say nothing of which document it is, so a title weakly matched
 * is read again without them (省级专项资金管理办法 is the fund system).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const catalogue: Sheet = {
  name: "基本情况",
  rows: [
    ["某某县电子商务进农村综合示范工作基本情况", null, null],
    ["项目", "情况", "备注"],
    ["常住人口（万人）", 42, null],
    ["行政村数（个）", 181, null],
    ["某某县省级电子商务进农村综合示范专项资金管理办法", "已印发", "某财〔2020〕15号"],
    ["某某县电子商务进农村综合示范县工作方案", "已正式印发", "某府办〔2019〕88号"],
    ["某某县电子商务进农村综合示范项目8月建设进度", "已发布", null],
  ],
};

test("a document's title is read without the county's and the programme's names", () => {
  const { ledgers } = readLedgers({ sheets: [catalogue] }, GD_2019);
  const byKey = Object.fromEntries(ledgers.facts.map((f) => [f.key, f.cell]));
  expect(byKey).toMatchObject({ fundSystemIssued: "B5", planIssued: "B6" });
  // (An article's title, no document's kind at its end, is read whole: no progress published from it.)
  expect(byKey.disclosureProgress).toBeUndefined();
});
