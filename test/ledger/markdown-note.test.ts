/**
 * A note kept in Markdown pasted into column A: read as its rendered page — list marks and bold gone,
 * struck-out words gone, a list item's box as done or not, boxes beside a field, pipe tables read by
 * their own headers, quoted asides left out.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { withMarkdownRendered } from "../../src/ledger/facts/markdown";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const note: CellValue[][] = [
  ["# 某县考评数据备忘"],
  ["> 最后更新：2021-09-03（这份给自己核数用）"],
  ["## 一、基本情况"],
  ["- 常住人口：**28.46万人**（七普）；~~户籍35.2万~~ 户籍不要用！"],
  ["- 行政村 **132** 个（另有社区 12 个）"],
  ["- [x] 工作方案已印发（某府办〔2020〕7号）"],
  ["- [ ] 免费摄影美工 —— 按件收费，不算免费"],
  ["- 政府网专栏：[x] 创建方案 [x] 项目基本信息 [ ] 监督举报窗口"],
  [],
  ["| 指标 | 2019年 | 2020年 | 同比 |"],
  ["| --- | ---: | ---: | ---: |"],
  ["| 农村网络零售额（亿元） | 7.15 | 8.93 | 24.9% |"],
  [],
  ["| 项 | 分值 | 自评 |"],
  ["|---|---|---|"],
  ["| 方案制定 | 1-2 | 2 |"],
  ["| 交易标准/冷链/溯源 | 1-2 | ~~2~~ 1 |"],
];

test("the note renders: marks gone, struck words gone, boxes as done or not, a table over columns", () => {
  const rows = withMarkdownRendered({ name: "备忘", rows: note }).rows;
  expect(rows[1]).toEqual([]);
  expect(rows[3]).toEqual(["常住人口：28.46万人（七普）；户籍不要用！"]);
  expect(rows[4]).toEqual(["行政村132个（另有社区12个）"]);
  expect(rows[5]).toEqual(["✔ 工作方案已印发（某府办〔2020〕7号）"]);
  expect(rows[6]).toEqual(["✘ 免费摄影美工"]);
  expect(rows[7]).toEqual(["政府网专栏", "☑创建方案  ☑项目基本信息  ☐监督举报窗口"]);
  expect(rows[11]).toEqual(["农村网络零售额（亿元）", "7.15", "8.93", "24.9%"]);
  expect(rows[16]).toEqual(["交易标准/冷链/溯源", "1-2", "1"]);
});

test("what the note says is read, each table by its own header", () => {
  const read = Object.fromEntries(readFactsSheet({ name: "备忘", rows: note }, GD_2019).entries.map((e) => [e.key, e.value]));
  expect(String(read.residentPopulation)).toBe("28.46万人（七普）");
  expect(read.adminVillagesStated).toBe("132个");
  expect(read.centerPhoto).toBe("否");
  expect(read.disclosurePlan).toBe("是");
  expect(read.disclosureWindow).toBe("否");
  expect(read.ruralRetail2019).toBe("7.15");
  expect(read.ruralRetailGrowthStated).toBe("24.9%");
  expect(read["judged:org.plan"]).toBe("2");
  expect(read["judged:work.upward.standards"]).toBe("1");
});
