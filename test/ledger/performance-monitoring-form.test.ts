/**
 * 茂南's finance-bureau form (144th batch): a money block in 万元 over a three-level indicator table
 * whose 年度指标值 and 全年预计完成值 stand beside what is done, 累计完成值. A reviewer reads the money
 * block's first row (its 其中 row repeats it) in the block's unit, and only the 累计完成值 column.
 */
import { factsOf } from "../corpus/read-facts";

const form = {
  name: "运行监控表",
  rows: [
    ["2021年项目支出绩效运行监控表（1—8月）"],
    ["项目名称", "某区省级电子商务进农村综合示范项目", null, null, "主管部门", "某区商务局", null, null],
    ["资金情况（万元）", null, "资金下达数", "累计支付数（2019年资金下达起至2021年8月31日）", "支付率", "全年预计支付数", "偏差原因分析", null],
    ["年度资金总额", null, 1500, 1102.35, "73.49%", 1350, "尾款待验收后支付", null],
    ["其中：财政拨款", null, 1500, 1102.35, "73.49%", 1350, null, null],
    ["　　　其他资金", null, 0, 0, "—", 0, null, null],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "累计完成值（截至2021年8月31日）", "全年预计完成值", "完成目标可能性", "偏差原因及纠偏措施"],
    ["产出指标", "数量指标", "电商培训人次", "≥3500人次", "4,216人次", "5000人次", "确定能", "—"],
    [null, null, "有劳动能力建档立卡贫困人口参训", "参训率≥50%", "已培训436人，占有劳动能力且未外出务工贫困人口812人的53.7%", "参训率60%", "确定能", "—"],
    [null, "时效指标", "项目总体进度", "2021年12月底前完成", "总体进度78%", "100%", "有可能", "第三批站点验收推迟"],
  ],
  merges: [
    { top: 2, left: 0, bottom: 2, right: 1 },
    { top: 3, left: 0, bottom: 3, right: 1 },
    { top: 4, left: 0, bottom: 4, right: 1 },
    { top: 5, left: 0, bottom: 5, right: 1 },
  ],
};

test("the money block's first row in its 万元, and only the 累计完成值 column of the indicator table", () => {
  expect(factsOf({ sheets: [form] }).facts).toMatchObject({
    fundAllocated: 15000000,
    fundSpentStated: 11023500,
    trainingPersonTimesStated: 4216,
    trainedPoorPersonsStated: 436,
    eligiblePoorPersonsStated: 812,
    overallProgress: 0.78,
  });
});
