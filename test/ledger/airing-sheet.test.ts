/**
 * A county's 亮晒比 晾晒单 (阳西): 晒目标 (the plan's targets), 晒进度 (序号 | 事项 | 做到哪一步了 | 完成情况,
 * the clerk's sentences beside ✔ ◐ ✘) and 晒自评 (the points) one under another, each under its own
 * header: each read by its header, the progress sentences as the county's answers, the points as claims.
 */
import type { Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "晾晒单",
  rows: [
    ["某县县直单位重点工作“亮晒比”晾晒单（2021年第三季度）"],
    ["一、晒目标（创建方案定下的目标，照录）"],
    ["序号", "目标任务", "目标值", "出处"],
    [1, "电商培训", "不少于4,200人次", "创建方案"],
    ["二、晒进度（截至2021年8月31日，有一说一）"],
    ["序号", "事项", "做到哪一步了", "完成情况"],
    [1, "县情底数", "全县8个镇，133个行政村，其中省定贫困村18个；常住人口41.64万人。", "—"],
    [2, "县级公共服务中心", "2020年10月28日投入运营。农特产品免费展示、代销；产品摄影免费，美工设计按件收费。", "◐"],
    [3, "电商培训", "累计培训4,166人次，达到常住人口的1%。", "✔"],
    ["三、晒自评（对照省考评指标体系）"],
    ["序号", "考评指标（分值）", "自评分", "扣分及说明"],
    [1, "组织领导（2分）", 2, "县长任组长"],
    [2, "电商人才培训（20分）", 20, null],
  ],
};

test("each table of the 晾晒单 is read by its own header: the progress sentences answer, the score table claims", () => {
  const read = readFactsSheet(sheet, GD_2019);
  const got = Object.fromEntries(read.entries.map((e) => [e.key, String(e.value)]));
  expect(got.adminVillagesStated).toBe("133个");
  expect(got.residentPopulation).toBe("41.64万人");
  expect(got.centerOpened).toBe("2020年10月28日");
  expect(got.centerPhoto).toBe("否");
  // (The progress line's figure, not the plan's target of 4,200.)
  expect(got.trainingPersonTimesStated).toBe("4,166人次");
  expect(Object.fromEntries(read.claims.map((c) => [c.indicator, Number(c.value)]))).toEqual({ "org.leadership": 2, "work.training": 20 });
});
