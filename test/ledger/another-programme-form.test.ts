/**
 * 海陵's facts sheet (106th blind batch): another programme's form (县域数字农业农村发展水平评价 基础指标, 2020 data,
 * 2020年 | 2019年（上年）) with the demonstration's own lines added under it (以下为…补充填报, then 序号 | 补充项目 |
 * 填报情况 | 自评分 | 说明). Each table is read by its own header; the form's 乡村常住人口 is no county's population.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { factsOf } from "../corpus/read-facts";

const rows: CellValue[][] = [
  ["2021年全国县域数字农业农村发展水平评价　基础指标填报表（商务部分）"],
  ["填报单位：阳江市海陵区商务局　　数据年度：2020年度　　填报日期：2021年5月18日"],
  ["指标编号", "指标名称", "计量单位", "2020年", "2019年（上年）", "数据来源", "备注"],
  ["A01", "乡村常住人口", "万人", 6.1, 6.2, "区统计局", "评价口径：乡村人口"],
  ["B05", "农村网络零售额", "万元", 42000, 31000, "省商务厅监测", null],
  ["C05", "县级电子商务公共服务中心", "个", 1, 0, "区商务局", null],
  ["以下为省级电子商务进农村综合示范考评补充填报（截至考评截止日）"],
  ["序号", "补充项目", "填报情况", null, "自评分", "说明", null],
  [1, "常住人口（全区，七普）", "9.8万人", null, null, "培训人次基数", null],
  [2, "示范创建工作方案", "2020年6月区政府办印发", null, 2, "方案制定", null],
  [3, "扶持政策", "《海陵区促进农村电子商务发展若干措施》已出台", null, 1, "政策支持", null],
  [4, "县级电子商务公共服务中心", "2020年12月28日投入运营；免费摄影美工√；统一推广和品牌建设√（“海陵岛”区域公用品牌）；其他衍生增值服务×", null, 14, null, null],
  [5, "信息公开", "区政府网站专栏已设立，公示创建方案、项目基本信息、项目建设进度，设监督举报电话", null, 4, null, null],
];
const read = factsOf({ sheets: [{ name: "数字乡村评价填报（商务）", rows }] });

test("the form's years read under 2020年 | 2019年（上年）; its 乡村常住人口 is not the county's population", () => {
  expect(read.facts).toMatchObject({ ruralRetail2020: 420000000, ruralRetail2019: 310000000, residentPopulation: 98000 });
});

test("the lines added under the form are a table of their own: its 自评分 the claims", () => {
  expect(read.claimed).toMatchObject({ "org.plan": 2, "org.policy": 1, "work.center": 14, "info.disclosure": 4 });
  expect(read.facts).toMatchObject({ planIssued: true, policyIssued: true, centerOpened: "2020-12-28", disclosurePlan: true });
});

test("an item crossed in a list of ticked ones is not there", () => {
  expect(read.facts).toMatchObject({ centerPhoto: true, centerBrand: true, centerOther: false });
});

test("a park list's 退园时间 is the day a firm left: one leaving after the cut-off was still there", () => {
  const list: Sheet = {
    name: "入驻企业",
    rows: [
      ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退园时间", "备注"],
      [1, "溪头山海网店", "91441702MA51740XA", "销售型", "2020.12.23", "2021.6.30", "已退园"],
      [2, "南海一号海味网店", "91441702MA51777XB", "物流企业", "2020.10.24", "2021.9.15", "9月退园"],
    ],
  };
  const firms = readLedgers({ sheets: [list] }, GD_2019).ledgers.enterprises;
  expect(firms.map((f) => [f.name, f.left && `${f.left.y}-${f.left.m}-${f.left.d}`])).toEqual([
    ["溪头山海网店", "2021-6-30"],
    ["南海一号海味网店", "2021-9-15"],
  ]);
});
