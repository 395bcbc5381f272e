/**
 * 坡头's vote on the figures to report: the items passed stand, an item voted down is replaced by its re-vote,
 * and no tally (同意 13) is a figure.
 */
import type { Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "表决结果汇总",
  rows: [
    ["某区电子商务进农村综合示范创建工作领导小组全体会议　表决事项及表决结果汇总表", null, null, null, null, null, null],
    ["序号", "表决事项（拟报省考评的数据和自评分）", "同意", "不同意", "弃权", "表决结果", "会上修正意见／备注"],
    ["1", "常住人口36.52万人（第七次全国人口普查；户籍人口43.8万人仅作参考）", 13, 0, 0, "通过", null],
    ["2", "行政村48个、社区8个；省定贫困村6个", 13, 0, 0, "通过", null],
    ["3", "已出台支持农村电商发展的政策（《若干措施》）", 4, 7, 2, "未通过", "《若干措施》尚在征求意见，应按“未出台”报"],
    ["3（重新表决）", "支持农村电商发展的政策：未出台", 13, 0, 0, "通过", "按修正意见"],
    ["4", "中心服务：免费培训场所和设备　是；免费展示销售　是；免费摄影美工　否", 13, 0, 0, "通过", null],
  ],
};

test("the items passed are read, the re-vote in place of the item voted down, no tally", () => {
  const facts = Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, e.value]));
  expect(facts).toMatchObject({ residentPopulation: "36.52万人", adminVillagesStated: "48个", poorVillagesStated: "6个", centerFreeTraining: "是", centerPhoto: "否" });
  expect(facts.policyIssued).toBe("未出台");
});
