/**
 * 黄埔's 考评基础信息表: a city's Word template answered by deleting the options that do not apply and writing
 * each figure into its （ ） slot, as its 填报说明 asks.
 */
import type { Sheet } from "../../src/core/grid";
import { withDeletedOptionsRead } from "../../src/ledger/facts/deleted-options";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const INSTRUCTIONS = "填报说明：1.选择项请删去不适用的选项，只保留一项；未删除任何选项的，视为未填报。2.数字填在“（　）”内。";
const form = (lines: [string, string, string | null][]): Sheet => ({
  name: "考评基础信息表",
  rows: [["某区电子商务进农村综合示范创建考评基础信息表", null, null], [INSTRUCTIONS, null, null], ["项目", "填报（选择／填写）", "备注"], ...lines],
});

test("the option kept, the figure out of its slot; nothing where both options stand or the slot is empty", () => {
  const rows = withDeletedOptionsRead(
    form([
      ["考评截止日期", "2021年（ 8 ）月（ 31 ）日", null],
      ["常住人口", "（ 126.49 ）万人", null],
      ["2019年农产品网络零售额", "（　　）亿元", null],
      ["示范创建工作方案", "已正式印发 /", null],
      ["支持农村电商发展的政策", "已出台 / 未出台", null],
      ["发生安全生产、质量事故", "／ 未发生", null],
      ["政策支持（1-2分）", "1分 / 2分", null],
      ["（1）组织领导", "（1）已成立", null],
    ]),
  ).rows.slice(3);
  expect(rows.map((r) => r[1])).toEqual(["2021年8月31日", "126.49万人", null, "已正式印发", null, "未发生", null, "（1）已成立"]);
  // Without the instructions, a slash is what it says.
  const plain: Sheet = {
    name: "t",
    rows: [
      ["项目", "情况"],
      ["政策", "已出台 / 未出台"],
    ],
  };
  expect(withDeletedOptionsRead(plain)).toBe(plain);
});

test("the options kept of a multiple choice are chosen, one a remark says is not done is not", () => {
  const facts = Object.fromEntries(
    readFactsSheet(
      form([
        ["常住人口", "（ 126.49 ）万人", null],
        ["行政村（村民委员会）数", "（ 31 ）个", null],
        ["政府网站专栏公示内容（可多选）", "创建方案 / 建设进度 / 征求意见窗口", "项目基本信息尚未公示"],
        ["支持农村电商发展的政策", "已出台 / 未出台", null],
      ]),
      GD_2019,
    ).entries.map((e) => [e.key, e.value]),
  );
  expect([facts.disclosurePlan, facts.disclosureProjects, facts.disclosureProgress, facts.disclosureWindow, facts.policyIssued]).toEqual([
    "是",
    "否",
    "是",
    "是",
    undefined,
  ]);
  expect(facts.residentPopulation).toBe("126.49万人");
});
