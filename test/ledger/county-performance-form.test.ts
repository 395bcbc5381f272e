/**
 * 翁源's county performance self-assessment (137th batch): the programme's line of a form about
 * everything the bureau did states its facts a numbered item a line, under an opening that names the
 * day they stand at as the assessment's cut-off — deep in the table, in a cell that also speaks of 报送.
 */
import { factsOf } from "../corpus/read-facts";

const form = (opening: string) => ({
  sheets: [
    {
      name: "绩效考核自评表",
      rows: [
        ["某县2021年度县直单位绩效考核自评表", null, null, null, null, null],
        ["被考核单位：某县商务局　　填报日期：2021年9月15日", null, null, null, null, null],
        ["注：“分值”“自评分”为县绩效考核分，与省考评得分无关", null, null, null, null, null],
        ["序号", "考核项目", "考核内容及评分标准", "分值", "完成情况", "自评分"],
        [1, "社会消费品零售总额", "全年增速达到8%得满分", 12, "1—8月全县社会消费品零售总额56.2亿元", 12],
        [2, "外贸进出口", "完成市下达目标得满分", 8, "1—8月进出口总额3.1亿元", 6],
        [3, "招商引资", "引进亿元以上项目2个得满分", 10, "签约亿元以上项目3个", 10],
        [
          4,
          "电子商务进农村综合示范创建",
          "按省考评指标体系完成创建任务",
          20,
          `${opening}\n1．县电子商务公共服务中心2020年12月8日投入运营；\n2．累计开展电商培训3,412人次；\n3．每月向市商务局报送工作月报。`,
          18,
        ],
      ],
    },
  ],
});

test("a day the words after it call the assessment's cut-off is the cut-off, wherever its cell stands", () => {
  const read = factsOf(form("按省考评要求，截至2021年8月31日考评截止日："));
  expect(read.facts).toMatchObject({ asOf: "2021-08-31", centerOpened: "2020-12-08", trainingPersonTimesStated: 3412 });
});

test("a day bounding the figures under it, named as nothing, is no cut-off", () => {
  const read = factsOf(form("截至2021年6月30日，"));
  expect(read.facts.asOf).toBeUndefined();
  expect(read.facts.trainingPersonTimesStated).toBe(3412);
});
