/**
 * 五华's facts sheet (115th blind batch): the leading group office's 旬报, sections one under another with no blank
 * row between them — 三、 a progress table (指标 | 单位 | 创建目标 | 本旬新增 | 截至8月31日累计 | 完成率 | 备注), 四、 a
 * checklist with each mark before its item, two to a row (√ | 中心有免费培训场所… | √ | 县政府网站专栏已公示创建方案).
 */
import type { Sheet } from "../../src/core/grid";
import { withMarkPairsTurned } from "../../src/ledger/facts/mark-cells";
import { factsOfCase } from "../corpus/read-facts";

test("a checklist's marks before their items are turned round, each after the item it answers", () => {
  const list: Sheet = {
    name: "t",
    rows: [
      ["四、中心、专栏及其他", null, null, null, null, null],
      ["√", "中心免费培训", null, "√", "专栏已公示创建方案", null],
      ["×", "中心免费摄影美工", null, "√", "专栏已公示项目基本信息", null],
      ["√", "整合建成产业园", null, "×", "专栏设监督举报电话", null],
    ],
    merges: [
      { top: 1, left: 1, bottom: 1, right: 2 },
      { top: 1, left: 4, bottom: 1, right: 5 },
    ],
  };
  const read = withMarkPairsTurned(list);
  expect(read.rows[1]).toEqual(["中心免费培训", null, "√", "专栏已公示创建方案", null, "√"]);
  // (No merge on its row: the mark in the cell after the item.)
  expect(read.rows[2]).toEqual(["中心免费摄影美工", "×", null, "专栏已公示项目基本信息", "√", null]);
  expect(read.merges).toEqual([]);
  // (Two such rows are no checklist of this kind.)
  const two: Sheet = { name: "t", rows: list.rows.slice(0, 3) };
  expect(withMarkPairsTurned(two)).toBe(two);
});

test("a 旬报: 截至8月31日累计 gives the figures, not the plan's 创建目标; the checklist under the next section its own", async () => {
  const read = await factsOfCase("counties", "b115-c1-wuhua.json", "旬报（第24期）");
  expect(read.facts.trainingPersonTimesStated).toBe(4283);
  expect(read.facts.fundSpentStated).toBe(3720000);
  expect(read.facts.trainedPoorPersonsStated).toBe(11);
  expect(read.facts.centerPhoto).toBe(false);
  expect([read.facts.disclosurePlan, read.facts.disclosureProjects, read.facts.disclosureProgress, read.facts.disclosureWindow]).toEqual([true, true, true, true]);
});
