/**
 * A 亮灯 self-check (考评指标“亮灯”自查表): a scoring point a row under its indicator merged down, where the
 * county stands in 目前情况（我区）, a light (●绿 / ●黄 / ●红) beside it, the point's own points in 分项 and the
 * indicator's in 小计 merged down over its rows.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["指标“亮灯”自查表"],
  ["序号", "考评指标（分值）", "评分要点", "目前情况（我区）", "灯", "分项", "小计", "责任股室"],
  [1, "方案制定（2）", "工作方案正式印发", "《创建工作方案》已于2020年3月正式印发", "●绿", 2, 2, "电商股"],
  [2, "县级中心和产业园（15）", "建成县级公共服务中心", "区电子商务公共服务中心2021年3月1日投入运营", "●绿", 2, 13, "电商股"],
  [null, null, "其他衍生增值服务", "暂未开展", "●红", 0, null, null],
  [null, null, "特色农产品免费展示销售", "设农特产品展示展销区", "●黄", 1, null, null],
  [3, "电商人才培训（20）", "培训人次≥常住人口1%", "常住人口62.87万人，培训4,308人次", "●黄", 8, 18, "电商股"],
  [4, "制度建立（5）", "资金管理制度", "已制定专项资金管理办法", "●绿", 4, 4, "财务股"],
];
const merges = [
  { top: 3, left: 1, bottom: 5, right: 1 },
  { top: 3, left: 6, bottom: 5, right: 6 },
];
const read = readFactsSheet({ name: "亮灯自查表", rows, merges }, GD_2019);
const entry = (key: string) => read.entries.find((e) => e.key === key);

test("each indicator's 小计 is the county's claim", () => {
  expect(Object.fromEntries(read.claims.map((c) => [c.indicator, Number(c.value)]))).toEqual({
    "org.plan": 2,
    "work.center": 13,
    "work.training": 18,
    "fund.system": 4,
  });
});

test("where the county stands is read from 目前情况, the light only a note", () => {
  expect(entry("centerOpened")).toMatchObject({ cell: "D4" });
  expect(entry("centerOther")).toMatchObject({ value: "暂未开展", cell: "D5" });
  expect(entry("residentPopulation")).toMatchObject({ cell: "D7" });
  expect(entry("trainingPersonTimesStated")).toMatchObject({ cell: "D7" });
  expect(read.entries.filter((e) => e.cell.startsWith("E"))).toEqual([]);
});

test("分项 holds each judged point's own points", () => {
  expect(entry("judged:fund.system")).toMatchObject({ value: 4, cell: "F8" });
});

test("“专栏：A、B、C已公开” says each of the things listed is on the column", () => {
  const sheet = {
    name: "亮灯自查表",
    rows: [
      ["序号", "考评指标（分值）", "评分要点", "目前情况（我区）", "灯", "分项", "小计"],
      [9, "信息公开（4）", "设立专栏、内容全面", "区政府网站设“电子商务进农村”专栏：创建方案、项目基本信息、建设进度已公开，设监督举报窗口", "●绿", 2, 4],
    ] as CellValue[][],
  };
  const got = readFactsSheet(sheet, GD_2019).entries.filter((e) => e.key.startsWith("disclosure"));
  expect(Object.fromEntries(got.map((e) => [e.key, e.value]))).toEqual({
    disclosurePlan: "是",
    disclosureProjects: "是",
    disclosureProgress: "是",
    disclosureWindow: "是",
  });
});
