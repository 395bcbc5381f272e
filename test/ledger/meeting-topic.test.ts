/**
 * 湘桥's facts sheet (86th blind batch) is a district government meeting's topic application: a 议题主要内容 label
 * merged down the side of nine paragraphs (the first on the label's own line), then the departments' sign-off
 * table (会签单位 | 意见 | 负责人 | 日期, its 负责人 a masked name). A reviewer reads every paragraph, the first too,
 * and no name as the group's leader.
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

const rows: CellValue[][] = [
  ["某区人民政府常务会议议题申报表", null, null, null, null, null],
  ["议题名称", "关于某区省级电子商务进农村综合示范创建考评自评情况的汇报", null, null, null, null],
  [
    "议题主要内容",
    "一、基本情况（数据截至2021年8月31日）。全区共有40个行政村、10个社区，其中省定贫困村3个；全区常住人口46.85万人（第七次全国人口普查）。省级下达专项资金500万元。",
    null,
    null,
    null,
    null,
  ],
  [null, "二、组织领导。成立以区长为组长的领导小组，区商务局、区财政局、区农业农村局、区乡村振兴局等为成员单位；2020年4月正式印发实施方案。", null, null, null, null],
  [null, "三、资金管理。截至2021年8月31日累计拨付省级专项资金351.24万元，拨付率70.2%，项目总体进度92%。", null, null, null, null],
  ["部门会签意见", null, null, null, null, null],
  ["会签单位", "意见", null, null, "负责人", "日期"],
  ["区财政局", "同意。", null, null, "蔡××", "2021.9.6"],
];
const merges = [
  { top: 2, bottom: 4, left: 0, right: 0 },
  { top: 2, bottom: 2, left: 1, right: 5 },
  { top: 3, bottom: 3, left: 1, right: 5 },
  { top: 4, bottom: 4, left: 1, right: 5 },
];

test("the paragraph on a merged section label's own line is read; a masked name is no leader", () => {
  const got = factsOf({ sheets: [{ name: "议题申报表", rows, merges }] });
  expect(got.facts).toMatchObject({ adminVillagesStated: 40, residentPopulation: 468500, fundAllocated: 5000000, planIssued: true });
  expect(got.leadership).toBe("principal-all");
});
