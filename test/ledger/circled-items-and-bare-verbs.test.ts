/**
 * 乳源's PDCA table (74th blind batch): each claim line checked against the standard in its C column,
 * item by item after circled numbers with their points ("①调研2分 ②促销2分 ③第三方运营1分 …"); and
 * a column's sub-sections listed after a bare 设 ("专栏…上线，设创建方案、项目基本信息、建设进度…").
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

const head: CellValue[][] = [
  ["序号", "指标（满分）", "P（计划）", "D（执行）", "C（检查）", null, "A（处理）"],
  [null, null, "方案目标及时限", "完成情况（截至2021年8月31日）", "对照省考评标准", "自评分", "存在问题及改进措施"],
];
const merges = [
  { top: 0, left: 0, bottom: 1, right: 0 },
  { top: 0, left: 1, bottom: 1, right: 1 },
  { top: 0, left: 4, bottom: 0, right: 5 },
];

test("a claim line's circled items with their points are its judged items' points, each by the item its short name names", () => {
  const rows: CellValue[][] = [
    ...head,
    [1, "组织领导（2）", "主要领导任组长的领导小组", "县长任组长，成员单位为县商务局、财政局、农业农村局、乡村振兴局", "主要领导牵头 ✔", 2, "—"],
    [2, "工作方案（2）", "印发创建工作方案", "创建工作方案已于2019年12月20日正式印发", "方案因地制宜（1-2分）", 2, "—"],
    [
      7,
      "农产品上行（10）",
      "完成网销调研；开展网络促销",
      "完成网销调研报告；开展网络促销12场；第三方运营",
      "①调研2分 ②促销1分 ③第三方运营1分 ④快递基本全覆盖1分 ⑤标准冷链溯源1分（溯源系统仍在完善） ⑥农产品网零增速≥30%：2分",
      8,
      "—",
    ],
  ];
  const got = factsOf({ sheets: [{ name: "PDCA闭环表", rows, merges }] });
  expect(got.judged["work.upward.research"]).toBe(2);
  expect(got.judged["work.upward.promotion"]).toBe(1);
  expect(got.judged["work.upward.standards"]).toBe(1);
  expect(got.claimed["work.upward"]).toBe(8);
});

test("things listed after a bare 设 are each there; 设备 and 建设 list nothing", () => {
  const said = (v: string) =>
    factsOf({
      sheets: [
        {
          name: "自评",
          rows: [
            ["项目", "情况"],
            ["信息公开", v],
          ],
        },
      ],
    }).facts;
  expect(said("县政府门户网站专栏2020年9月上线，设创建方案、项目基本信息、建设进度、监督举报（举报电话和邮箱）等子栏目。")).toMatchObject({
    disclosurePlan: true,
    disclosureProjects: true,
    disclosureProgress: true,
    disclosureWindow: true,
  });
  expect(said("专栏2020年9月上线，采购设备、网站建设、项目基本信息录入均由运营方负责。").disclosurePlan).toBeUndefined();
});
