/**
 * 吴川's WeChat article (132nd batch): "市委副书记、市长任创建工作领导小组组长，市商务局、财政局、农业农村局、乡村振兴局、
 * 交通运输局、邮政分公司等18个部门协同作战" names the leader and the departments in one sentence. Read as the
 * leader's line, the same sentence still names its departments: the mayor with the poverty office among them.
 */
import { factsOf } from "../corpus/read-facts";

test("the sentence naming the group's leader names its departments too", () => {
  const read = factsOf({
    sheets: [
      {
        name: "推文",
        rows: [
          ["某市电子商务进农村综合示范县创建成绩单"],
          ["市委副书记、市长任创建工作领导小组组长，市商务局、财政局、农业农村局、乡村振兴局、交通运输局、邮政分公司等18个部门协同作战。"],
          ["全市行政村196个，累计培训6135人次。"],
          ["电商公共服务中心于2020年11月6日投入运营。"],
          ["2020年农村网络零售额26.3亿元。"],
        ],
      },
    ],
  });
  expect(read.leadership).toBe("principal-all");
});
