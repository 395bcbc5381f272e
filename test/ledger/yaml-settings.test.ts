/**
 * A program's YAML settings pasted into column A a line to a cell: each key read by its # comment, in
 * its section's unit or as points, anchors and aliases resolved, ~ no answer, a list the key's value, a
 * commented-out line and a section the file calls no data not read at all.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const FILE = `# 考评数据配置
# 约定：金额按“元”填整数；比例填小数（0.88＝88%）；~ 表示未填
meta:
  county: 某某县
base:
  # resident_population: 452000   # 旧值，已停用
  resident_population: 421_500     # 常住人口（七普）
  admin_villages: 105              # 行政村（村委会）
leadership:
  group_leader: 县委副书记、县长
  members:
    - 县商务局
    - 县财政局
    - 县农业农村局
    - 县乡村振兴局
retail:                      # 单位：元
  rural:                     # 农村网络零售额
    2019: 2860000000
    2020: 3410000000
fund:
  allocated: 5_000_000       # 省级专项资金下达
  overall_progress: 0.88     # 项目总体进度
self_score:                  # 主观评分项自评（分）
  plan: &two 2               # 方案制定（1-2）
  policy: *two               # 政策支持（1-2）
  upward_standards: ~        # 交易标准与冷链溯源（1-2）
display:                     # 以下为大屏显示设置，与考评数据无关
  refresh_seconds: 300       # 培训人次刷新`;

const rows: CellValue[][] = FILE.split("\n").map((l) => [l]);
const read = readFactsSheet({ name: "配置", rows }, GD_2019);
const entry = (key: string) => read.entries.find((e) => e.key === key);

test("each setting is read by what its comment says, in place", () => {
  expect(entry("residentPopulation")).toMatchObject({ value: "421500", cell: "B7" });
  expect(entry("adminVillagesStated")).toMatchObject({ value: "105", cell: "B8" });
  expect(entry("county")?.value).toBe("某某县");
});

test("a year's key is the year of its section's figure, in the section's unit; a rate as the legend says", () => {
  expect(entry("ruralRetail2019")?.value).toBe("2860000000元");
  expect(entry("ruralRetail2020")?.value).toBe("3410000000元");
  expect(entry("fundAllocated")?.value).toBe("5000000元");
  expect(entry("overallProgress")?.value).toBe("88%");
});

test("the leader and the members listed under their key", () => {
  expect(entry("leadTitle")?.value).toBe("县委副书记、县长");
  expect(entry("departments")?.value).toBe("县商务局、县财政局、县农业农村局、县乡村振兴局");
});

test("points by anchor and alias; ~ no answer", () => {
  expect(entry("judged:org.plan")?.value).toBe("2分");
  expect(entry("judged:org.policy")?.value).toBe("2分");
  expect(entry("judged:work.upward.standards")).toBeUndefined();
});

test("a commented-out line and a section the file calls no data are not read", () => {
  expect(read.entries.filter((e) => e.key === "residentPopulation")).toHaveLength(1);
  expect(entry("trainingPersonTimesStated")).toBeUndefined();
});
