/**
 * 电白's 应知应会 quiz with its answer key (136th batch): 题目 | 选项A … 选项D | 参考答案. A figure chosen fills the
 * question's blank with its unit; two fill-ins are answered in order, "384；42"; a statement marked × is a no, of no
 * figure it names.
 */
import { factsOf } from "../corpus/read-facts";

test("a quiz read with its key: the options chosen, the blanks filled, a false statement no figure", () => {
  const read = factsOf({
    sheets: [
      {
        name: "应知应会测试题",
        rows: [
          ["某区电子商务进农村综合示范创建考评迎检“应知应会”测试题（含参考答案）", null, null, null, null, null, null, null],
          ["题号", "题型", "题目", "选项A", "选项B", "选项C", "选项D", "参考答案"],
          [1, "单选题", "我区常住人口约（　）万人（第七次全国人口普查）。", "116.8", "134.6", "150.2", "50", "B"],
          [2, "填空题", "我区共有行政村（　）个，其中省定贫困村（　）个。", null, null, null, null, "384；42"],
          [3, "单选题", "我区示范创建工作领导小组组长是（　）。", "区委书记", "区长", "常务副区长", "分管副区长", "B"],
          [4, "多选题", "领导小组成员单位包括（　）。", "区商务局", "区财政局", "区农业农村局", "区乡村振兴局", "ABCD"],
          [5, "填空题", "2020年全区农村网络零售额（　）亿元，同比增长（　）%。", null, null, null, null, "31.8；22.3"],
          [6, "判断题", "我区2020年农村网络零售额同比增速达到30%及以上。（　）", null, null, null, null, "×"],
        ],
      },
    ],
  });
  expect(read.facts).toMatchObject({
    residentPopulation: 1346000,
    adminVillagesStated: 384,
    poorVillagesStated: 42,
    ruralRetail2020: 3180000000,
    ruralRetailGrowthStated: 0.223,
  });
  expect(read.facts.agriRetailGrowthStated).toBeUndefined();
  expect(read.leadership).toBe("principal-all");
});
