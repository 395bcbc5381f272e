/**
 * 四会's appeal against the city's preliminary review (102nd blind batch): the city's 初评得分 copied beside the
 * county's own points, 我市自评（分项） | 我市自评（小计）; 是否申诉 and its reasons say how the line is appealed, never
 * what it answers; the basic data the appeal rests on in a table of its own below (项目 | 数据 | 说明), the group's
 * members in the leader's 说明.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["四会市初评结果复核（申诉）申请表"],
  ["说明：“初评得分”照抄市局反馈（不是我市分数）；“小计”为该指标自评分。"],
  ["序号", "评价指标（分值）", "评分要点", "初评得分", "我市自评（分项）", "我市自评（小计）", "是否申诉", "申诉理由及佐证"],
  [1, "组织领导（2）", "主要领导牵头、多部门参与", 2, 2, 2, "否", null],
  [2, "项目管理（4）", "项目管理制度及执行", 3, 2, 3, "否", null],
  [null, null, "工作台账完整", null, 1, null, null, null],
  [3, "资金台账（5）", "资金专用台账完整清晰", 4, 5, 5, "是", "台账已补齐"],
  ["合计", null, null, 9, null, 10, null, null],
  ["附：申诉涉及的基础数据"],
  ["项目", null, "数据", null, null, "说明"],
  ["常住人口", null, "54.2万人", null, null, "第七次全国人口普查"],
  ["领导小组组长", null, "市长", null, null, "成员单位：市商务局、市财政局、市农业农村局、市乡村振兴局"],
  ["县级电商公共服务中心投入运营", null, "2021年2月28日", null, null, null],
];
const read = readFactsSheet({ name: "复核申诉表", rows }, GD_2019);
const entry = (key: string) => read.entries.find((e) => e.key === key);

test("the county's 小计 are its claims; the city's 初评得分 neither claims nor points", () => {
  expect(Object.fromEntries(read.claims.map((c) => [c.indicator, Number(c.value)]))).toEqual({ "org.leadership": 2, "org.management": 3, "fund.ledger": 5 });
  expect(entry("judged:org.management.system")).toMatchObject({ value: 2, cell: "E5" });
  expect(entry("judged:fund.ledger")).toMatchObject({ value: 5, cell: "E7" });
  expect(read.entries.filter((e) => e.cell.startsWith("D"))).toEqual([]);
});

test("是否申诉 否 answers nothing", () => {
  expect(read.entries.filter((e) => e.cell.startsWith("G"))).toEqual([]);
});

test("the basic data below is read by its own header, the members from the leader's 说明", () => {
  expect(entry("residentPopulation")).toMatchObject({ cell: "C11" });
  expect(entry("leadTitle")).toMatchObject({ value: "市长", cell: "C12" });
  expect(entry("departments")).toMatchObject({ cell: "F12" });
  expect(entry("centerOpened")).toMatchObject({ cell: "C13" });
});

test("a director's report: 完成值 answers, 年度目标值 does not; a figure before another year's aside is the line's", () => {
  const report = readFactsSheet(
    {
      name: "述职报告",
      rows: [
        ["指标", "年度目标值", "完成值", "完成率", "备注"],
        ["电商培训人次", "4,930人次", "5,230人次", "106.1%", "常住人口1%"],
        ["2020年农村网络零售额", "增长20%", "12.8亿元（2019年10.1亿元），增长26.7%", "—", "省商务厅监测"],
      ],
    },
    GD_2019,
  );
  const at = (key: string) => report.entries.find((e) => e.key === key);
  expect(at("trainingPersonTimesStated")).toMatchObject({ cell: "C2" });
  expect(at("ruralRetail2020")).toMatchObject({ value: "12.8亿元", cell: "C3" });
  expect(at("ruralRetail2019")).toMatchObject({ value: "10.1亿元", cell: "C3" });
  expect(at("ruralRetailGrowthStated")).toMatchObject({ value: "26.7%", cell: "C3" });
});
