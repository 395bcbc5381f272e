/**
 * 信宜's table of the application's promises against what was done (142nd batch): 承诺事项 | 申报书承诺（2019年8月） |
 * 实际完成（截至2021年8月31日） | 是否达到承诺. The promise is no fact (the mayor it names no leader now), the items
 * name the lines. And a thing asked as one of two, a window 征求意见或监督举报, is there when one of them is.
 */
import { factsOf } from "../corpus/read-facts";
import { factsSaid } from "./said-among-facts";

test("the application's promise column is no fact; the items name what was done", () => {
  const read = factsOf({
    sheets: [
      {
        name: "承诺完成对照表",
        rows: [
          ["某市电子商务进农村综合示范县申报承诺事项完成情况对照表", null, null, null, null],
          ["序号", "承诺事项", "申报书承诺（2019年8月）", "实际完成（截至2021年8月31日）", "是否达到承诺"],
          [1, "常住人口", "—（申报时按户籍人口112.6万人测算）", "101.81万人（第七次全国人口普查）", "—"],
          [
            2,
            "领导小组",
            "市长任领导小组组长，商务、财政、农业、扶贫等部门参与",
            "组长改由分管商务工作的副市长担任；成员单位为市商务局、财政局、农业农村局、乡村振兴局等14个部门",
            "否",
          ],
          [3, "第三方运营服务商", "引入专业电商运营服务商", "经公开招标确定某电子商务有限公司为运营服务商", "是"],
          [4, "电商培训", "培训10,000人次", "累计培训8,645人次", "否"],
        ],
      },
    ],
  });
  expect(read.facts).toMatchObject({ residentPopulation: 1018100, thirdPartyOperator: true, trainingPersonTimesStated: 8645 });
  expect(read.leadership).toBe("deputy");
});

test("one of two things asked together, said there, answers it however the other is said", () => {
  const window = (line: string) => factsSaid(line).disclosureWindow;
  expect(window("专栏已公开创建方案、项目基本信息；未设征求意见窗口，已公布监督举报电话。")).toBe(true);
  expect(window("专栏设有监督举报电话，未设征求意见窗口。")).toBe(true);
  expect(window("专栏未设征求意见窗口。")).toBe(false);
  // (A statement naming both, "没有设置征求意见或监督举报窗口", says neither is: a phone elsewhere changes nothing.)
  expect(window("专栏一直没有设置征求意见或监督举报窗口，举报电话只在局网站“联系我们”页面公布。")).toBe(false);
});
