/**
 * A check sheet of small tables one under another, each section under a header of its own (丰顺):
 * 事项 | 是否出台/建立 | 文号 | 自评分; 功能 | 是否具备 | 是否免费 | 开始（建成）时间; 指标 | 2019年 (金额 |
 * 单位) | 2020年 (金额 | 单位); 事项 | 情况 | 数值 | 单位. Each is read by its own header.
 */
import type { CellValue, Merge } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { sectionTables } from "../../src/ledger/facts/section-tables";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某县示范创建工作情况核对表"],
  [],
  ["一、基本情况"],
  ["项目", "填报情况", "口径说明"],
  ["常住人口", "约31.2万人", "七普"],
  [],
  ["二、文件制度"],
  ["事项", "是否出台/建立", "文号", "印发（建立）时间", "自评分", "备注"],
  ["示范县创建工作方案", "是", "某府办〔2020〕5号", "二〇二〇年二月十日", 2, null],
  ["专项资金管理制度", "是", "某财〔2020〕12号", "二〇二〇年五月六日", 4, null],
  [],
  ["三、县级电子商务公共服务中心"],
  ["功能/事项", "是否具备", "是否免费", "开始（建成）时间", "说明"],
  ["公共服务中心投入运营", "是", "—", "二〇二〇年十一月二日", null],
  ["培训场所、培训设备", "是", "是", "二〇二〇年十一月", null],
  ["摄影、美工", "是", "否", "二〇二一年三月", "按件收费"],
  [],
  ["四、网络零售额"],
  ["指标", "2019年", null, "2020年", null, "2020年同比增长"],
  [null, "金额", "单位", "金额", "单位", null],
  ["农村网络零售额", 8.4, "亿元", 10.6, "亿元", 0.262],
  ["农产品网络零售额", "21,300", "万元", "27,950", "万元", "31.2%"],
  [],
  ["五、信息公开与资金"],
  ["事项", "情况", "数值", "单位", "说明"],
  ["专栏公示创建方案", "是", null, null, null],
  ["征求意见或监督举报窗口", "否", null, null, "拟增设"],
  ["下达省级专项资金", "—", 500, "万元", null],
];
const merges: Merge[] = [
  { top: 18, left: 1, bottom: 18, right: 2 },
  { top: 18, left: 3, bottom: 18, right: 4 },
];

test("the sheet is cut at each section standing over a header of its own, rows keeping their places", () => {
  const parts = sectionTables({ name: "核对表", rows, merges });
  expect(parts?.map((p) => p.rows.findIndex((r) => r.length > 0))).toEqual([0, 2, 6, 11, 17, 23]);
  expect(parts?.[2].rows[8]).toEqual(rows[8]);
});

test("each small table is read by its own header", () => {
  const read = Object.fromEntries(readFactsSheet({ name: "核对表", rows, merges }, GD_2019).entries.map((e) => [e.key, [e.value, e.cell]]));
  expect(read.residentPopulation?.[0]).toBe("约31.2万人");
  expect(read.planIssued).toEqual(["是", "B9"]);
  expect(read["judged:org.plan"]).toEqual([2, "E9"]);
  expect(read.fundSystemIssued).toEqual(["是", "B10"]);
  expect(read.centerOpened?.[1]).toBe("D14");
  expect(read.centerFreeTraining?.[0]).toBe("是");
  // Had, but charged for: no free service.
  expect(read.centerPhoto?.[0]).toBe("否（收费）");
  expect(read.ruralRetail2019).toEqual([8.4, "B21"]);
  expect(read.agriRetail2020).toEqual(["27,950", "D22"]);
  expect(read.disclosurePlan?.[0]).toBe("是");
  expect(read.disclosureWindow?.[0]).toBe("否");
  expect(read.fundAllocated).toEqual([500, "C28"]);
});

test("a year's amount takes its unit from the 单位 cell beside it", () => {
  const entries = readFactsSheet({ name: "核对表", rows, merges }, GD_2019).entries;
  expect(entries.find((e) => e.key === "agriRetail2019")?.unit).toBe("万元");
  expect(entries.find((e) => e.key === "ruralRetail2020")?.unit).toBe("亿元");
});

test("two sections under one repeated header are no such sheet", () => {
  const same: CellValue[][] = [["一、甲"], ["项目", "填报情况", "说明"], ["常住人口", 30, null], ["二、乙"], ["项目", "填报情况", "说明"], ["行政村", 120, null]];
  expect(sectionTables({ name: "表", rows: same })).toBeUndefined();
});
