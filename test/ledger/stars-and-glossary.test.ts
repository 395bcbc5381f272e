/**
 * A star-rated self-assessment (德庆's 对标争星): judged items drawn as ★ for each point given and ☆ for
 * each not, its lines named in short forms that a 缩略语 line above the table writes out. A lone ★
 * marking which source was adopted (采用 ★) is no rating.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { withStarsCounted } from "../../src/ledger/facts/stars";
import { parseYesNo } from "../../src/ledger/normalize/yesno";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某县“对标争星”自评表"],
  ["缩略语：中心＝县级电子商务公共服务中心；网零＝农村网络零售额；农网零＝农产品网络零售额；建贫＝建档立卡贫困人口；有劳＝有劳动能力；外出＝外出务工。"],
  ["序号", "类别", "事项", "完成情况", "星级", "佐证"],
  [6, "组织", "方案", "已印发", "★★", null],
  [7, null, "政策", "已出台", "★☆", null],
  [10, "中心", "中心投运", "2020年12月18日", null, null],
  [24, "上行", "19年农网零", "2.05亿", null, null],
  [28, "培训", "有劳建贫（不含外出）", "1,954人", null, null],
  [34, "资金", "资金管理制度", "已制定", "★★★★★（5星）", null],
  [35, null, "资金台账", "已建立", "★★★★☆", null],
  [31, "公开", "扶贫统计", "每月随月报报送", null, null],
];

const entries = Object.fromEntries(readFactsSheet({ name: "争星自评", rows }, GD_2019).entries.map((e) => [e.key, e.value]));

test("the ★ drawn are the points", () => {
  expect(entries["judged:org.plan"]).toBe(2);
  expect(entries["judged:org.policy"]).toBe(1);
  expect(entries["judged:fund.system"]).toBe(5);
  expect(entries["judged:fund.ledger"]).toBe(4);
});

test("short forms read as the 缩略语 line writes them out", () => {
  expect(entries.centerOpened).toBe("2020年12月18日");
  expect(entries.agriRetail2019).toBe("2.05亿");
  expect(entries.eligiblePoorPersonsStated).toBe("1,954人");
  expect(entries.povertyStatisticsStated).toBe("每月随月报报送");
  expect(parseYesNo("每月随月报报送")).toBe(true);
});

test("a lone ★ picking the adopted source is left as it is", () => {
  const picked: CellValue[][] = [
    ["说明：采用的口径在“采用”格内打★。"],
    ["指标", "来源", "数值", "采用"],
    ["常住人口", "七普", 93.14, "★"],
    ["常住人口", "年鉴", 92.46, null],
    ["行政村", "民政局", 105, "★"],
    ["培训人次", "台账", 4210, "★"],
  ];
  expect(withStarsCounted({ name: "口径", rows: picked }).rows).toEqual(picked);
});

test("a note under the card writes out its shorthand: a group of departments, and one-character items only where marked", () => {
  const card: CellValue[][] = [
    ["某县局长口袋卡", null, null, null],
    ["项目", "情况", "项目", "情况"],
    ["行政村", 48, "社区", 4],
    ["组长", "县长", "成员", "商财农振等11家"],
    ["培训", "5,000人次", "参训", "14人"],
    ["五免", "训✓ 展✓ 摄美✗ 推✓ 增✓", null, null],
    [
      "注：✓有/是，✗无/否；w＝万。商财农振＝县商务局、县财政局、县农业农村局、县乡村振兴局。五免：训＝免费培训场所和设备，展＝免费展示销售，摄美＝免费摄影美工（现按成本收费，故✗），推＝统一推广、品牌建设，增＝其他衍生增值服务。",
      null,
      null,
      null,
    ],
  ];
  const read = Object.fromEntries(readFactsSheet({ name: "口袋卡", rows: card }, GD_2019).entries.map((e) => [e.key, e.value]));
  expect(read.departments).toBe("县商务局、县财政局、县农业农村局、县乡村振兴局等11家");
  expect([read.centerFreeTraining, read.centerDisplay, read.centerPhoto, read.centerBrand, read.centerOther]).toEqual(["是", "是", "否", "是", "是"]);
  // (培训's 训 is no item marked: the line keeps its label.)
  expect(read.trainingPersonTimesStated).toBe("5,000人次");
});
