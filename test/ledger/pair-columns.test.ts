/**
 * An indicator table with its key figures in label | value pairs across each line (廉江: 评价指标 |
 * 关键数据① | 数值 | 关键数据② | 数值 … | 自评分), a line too long continued on a （续） row: the pairs of
 * an indicator's own row are its facts as much as the （续） row's, and each label's value is its
 * own pair's, never a later pair's nor the row's points.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { parseYesNo } from "../../src/ledger/normalize/yesno";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某市电子商务进农村综合示范创建考评关键数据及自评表"],
  ["序号", "评价指标（分值）", "关键数据①", "数值", "关键数据②", "数值", "关键数据③", "数值", "自评分", "佐证（附件）"],
  [1, "组织领导（2分）", "领导小组组长", "市委副书记、市长 黄××", "成员单位", "市商务局、市财政局、市农业农村局、市乡村振兴局", null, null, 2, "附1-1"],
  [4, "项目管理（4分）", "项目管理制度", "已建立", "制度自评", "2分", "台账自评", "2分", 4, "附1-4"],
  [8, "电商人才培训（20分）", "培训人次", "4,628人次", "有劳动能力贫困人口（不含外出务工）", "96人", "参训贫困人口", "49人", 18, "附4"],
  [null, "（续）", "2020年农村网络零售额", "44.1亿元", null, null, null, null, null, null],
  [10, "数据上报（6分）", "电商扶贫统计", "能统计", null, null, null, null, 6, "附9"],
  [15, "资金支出（5分）", "下达资金", "500万元", "累计拨付", "384.26万元", "项目总体进度", "90%", 4, "附8"],
];

const read = readFactsSheet({ name: "关键数据及自评", rows }, GD_2019);
const entry = (key: string) => read.entries.find((e) => e.key === key);

test("the pairs on an indicator's own row are read, as on its （续） row", () => {
  expect(entry("leadTitle")?.value).toBe("市委副书记、市长 黄××");
  expect(entry("trainingPersonTimesStated")?.value).toBe("4,628人次");
  expect(entry("eligiblePoorPersonsStated")?.value).toBe("96人");
  expect(entry("trainedPoorPersonsStated")?.value).toBe("49人");
  expect(entry("fundAllocated")?.value).toBe("500万元");
  expect(entry("fundSpentStated")?.value).toBe("384.26万元");
  expect(entry("ruralRetail2020")?.value).toBe("44.1亿元");
});

test("a judged item's points written as a pair (制度自评 | 2分) are that item's, beside the row's claim", () => {
  expect(entry("judged:org.management.system")).toMatchObject({ value: "2分", cell: "F4" });
  expect(entry("judged:org.management.ledger")).toMatchObject({ value: "2分", cell: "H4" });
  expect(read.claims.find((c) => c.indicator === "org.management")?.value).toBe(4);
});

test("a pair's value is its own cell: 能统计 answers the statistics, not the row's 6 points", () => {
  expect(entry("povertyStatisticsStated")).toMatchObject({ cell: "D7", value: "能统计" });
});

test("what the county can do is answered by the doing", () => {
  expect(parseYesNo("能统计")).toBe(true);
  expect(parseYesNo("可以提供")).toBe(true);
  expect(parseYesNo("不能统计")).toBe(false);
  expect(parseYesNo("无法组织")).toBe(false);
});
