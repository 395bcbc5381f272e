/**
 * 电白's livestream script (83rd blind batch): 序号 | 时间 | 环节 | 出镜 | 话术要点 | 商品／链接 | 画面／道具 | 备注, the
 * facts in what the host says ("成效怎么样？2020年全区农村网络零售额62.3亿元，2019年是48.1亿元，增长了29.5%…"),
 * prices, stock and orders beside them. The spoken lines are read as what the county says.
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

const rows: CellValue[][] = [
  ["“县区长直播带货”活动 直播脚本（流程单·审定稿）"],
  ["县（市、区）", "某区", "直播主题", "“某区好物·区长带你买”助农专场", "直播日期", "2021年9月9日 19:30—21:30"],
  [],
  ["序号", "时间", "环节", "出镜", "话术要点", "商品／链接", "画面／道具", "备注"],
  [1, "19:30—19:33", "暖场", "阿珍", "家人们晚上好！先点个关注，左上角福袋9.9元抽沉香手串，一共888份！", "福袋", "直播间全景", "福袋888份"],
  [
    2,
    "19:33—19:36",
    "开场致辞",
    "林副区长",
    "大家好，我是某区副区长林××。我们某区常住人口158.62万，有行政村373个，其中省定贫困村23个。",
    "—",
    "区领导站位",
    "人口为七普数",
  ],
  [
    3,
    "19:36—19:40",
    "电商这两年①",
    "林副区长",
    "区委、区政府成立了由区委副书记、区长任组长，区商务局、区财政局、区农业农村局、区乡村振兴局等部门参加的领导小组，正式印发了创建工作方案。",
    "—",
    "字幕",
    null,
  ],
  [4, "19:40—19:44", "电商这两年②", "林副区长", "中心还免费帮大家拍产品照片、做详情页。", "—", "中心画面", null],
  [
    5,
    "19:47—19:51",
    "电商这两年④",
    "林副区长",
    "成效怎么样？2020年全区农村网络零售额62.3亿元，2019年是48.1亿元，增长了29.5%；农产品网络零售额21.7亿元，同比增长34.2%。今年1至8月，全区农村网络零售额达45.2亿元。",
    "—",
    "数据大字幕",
    null,
  ],
  [6, "19:51—19:54", "电商这两年⑤", "林副区长", "有劳动能力、没有外出务工的建档立卡贫困人口3,951人，已经有2,315人参加了电商培训。", "—", "学员片段", null],
  [7, "19:54—20:10", "带货①", "阿珍", "这款沉香手串直播间到手价199元，前200单再送香囊！", "1号链接", "试戴", "库存500单"],
];

test("a livestream script's spoken lines are read as what the county says", () => {
  const got = factsOf({ sheets: [{ name: "直播脚本", rows }] });
  expect(got.facts).toMatchObject({
    county: "某区",
    residentPopulation: 1586200,
    adminVillagesStated: 373,
    poorVillagesStated: 23,
    planIssued: true,
    centerPhoto: true,
    ruralRetail2019: 4810000000,
    ruralRetail2020: 6230000000,
    ruralRetailGrowthStated: 0.295,
    agriRetail2020: 2170000000,
    agriRetailGrowthStated: 0.342,
    eligiblePoorPersonsStated: 3951,
    trainedPoorPersonsStated: 2315,
  });
  expect(got.leadership).toBe("principal-all");
});
