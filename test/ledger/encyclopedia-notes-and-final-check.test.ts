/**
 * Two ways of saying a thing the reader missed: an encyclopedia entry kept on file (香洲, 94th batch) marks its
 * sources after each clause ("…无省定贫困村[1]。"), marks that say nothing; a final acceptance check (大埔, 38th batch)
 * gives the project's progress as its 总体完成率.
 */
import { factsOf } from "../corpus/read-facts";

test("an encyclopedia entry's note marks are no part of what it says: 无省定贫困村[1] is no poor village", () => {
  const read = factsOf({
    sheets: [
      {
        name: "百科词条（留底）",
        rows: [
          ["某区（广东省珠海市辖区）"],
          ["某区是珠海市中心城区，下辖9个街道、2个镇，辖区内有行政村26个、社区118个，无省定贫困村[1]。2020年末全区常住人口105.36万人[1]。"],
          ["截至2021年8月31日，累计拨付专项资金412.6万元[9]。"],
        ],
      },
    ],
  });
  expect(read.facts).toMatchObject({ adminVillagesStated: 26, poorVillagesStated: 0, residentPopulation: 1053600 });
});

test("an acceptance check's 项目总体完成率92% is the project's progress", () => {
  const read = factsOf({
    sheets: [
      {
        name: "终验核查表",
        rows: [
          ["某县2019年省级电子商务进农村综合示范项目终验核查表", null, null, null, null, null, null],
          ["项目单位：某县商务局", null, null, "核查时间：2021年8月27日", null, "核查方式：听取汇报、查阅资料、现场抽查", null],
          ["项目概况：全县常住人口37.42万人，行政村249个，其中省定贫困村43个。项目下达省级专项资金500万元。", null, null, null, null, null, null],
          ["序号", "核查内容", "实施方案要求", "实际完成情况", "核查方式", "核查结论", "整改要求"],
          [1, "实施方案", "制定并正式印发实施方案", "《某县电子商务进农村综合示范县创建实施方案》已印发（埔府办〔2019〕52号）", "查阅文件", "合格", "—"],
          [2, "资金拨付", "按项目进度拨付", "下达500万元，截至2021年8月20日已拨付398.6万元（79.7%）", "查阅凭证", "合格", "—"],
          [
            "核查意见：项目总体完成率92%，基本达到实施方案要求，同意通过终验。第3项须于2021年9月30日前完成整改，整改情况报县商务局备案。",
            null,
            null,
            null,
            null,
            null,
            null,
          ],
        ],
      },
    ],
  });
  expect(read.facts.overallProgress).toBe(0.92);
});
