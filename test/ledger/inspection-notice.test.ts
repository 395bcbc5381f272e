/**
 * A county's answer to the city 督查室's notice, line by line (新兴): 督查事项 | 督查要点 | 落实情况（县（市、区）
 * 填写） | 完成情况 (■已完成 □推进中 □未启动) | 自评分, an indicator split over several points scored on a
 * 小计 line. The 督查事项 names the indicator, the 自评分 is the clerk's claim, the 落实情况 sentences
 * state the facts — and the points are never a figure of the county's.
 */
import type { CellValue, Merge } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { withoutTrailingBracket } from "../../src/ledger/facts/header-key";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["专项督查反馈表"],
  ["序号", "督查事项", "督查要点", "落实情况（县（市、区）填写）", "完成情况", "自评分"],
  [
    1,
    "组织领导",
    "是否建立由主要领导牵头的工作协调机制",
    "已建立。县委副书记、县长任组长，成员单位为县商务局、县财政局、县农业农村局、县乡村振兴局。",
    "■已完成　□推进中　□未启动",
    2,
  ],
  [2, "方案制定", "是否正式印发示范县创建工作方案", "已印发《实施方案》（某府办函〔2020〕15号）。", "■已完成　□推进中　□未启动", 2],
  [3, "项目管理", "是否制定项目管理制度", "已制定项目管理办法。", "■已完成　□推进中　□未启动", 2],
  [4, null, "是否建立完整的工作台账", "已建立，部分补登。", "□已完成　■推进中　□未启动", 1],
  [null, null, "小计：项目管理", null, null, 3],
  [5, "电商人才培训", "普及性培训是否覆盖常住人口1%以上", "累计培训4,586人次，占全县常住人口43.49万人的1.05%。", "■已完成　□推进中　□未启动", 10],
  [6, "县级电子商务公共服务中心", "是否为电子商务市场主体提供免费摄影、美工服务", "摄影棚已建成，目前按成本价收费，暂未免费。", "□已完成　■推进中　□未启动", 0],
];
const merges: Merge[] = [{ top: 4, left: 1, bottom: 5, right: 1 }];

test("a header with its remark bracketed inside brackets is read by its words", () => {
  expect(withoutTrailingBracket("落实情况(县(市、区)填写)")).toBe("落实情况");
  expect(withoutTrailingBracket("自评分")).toBe("自评分");
});

test("each 督查事项 is its indicator's claim, a 小计 line the total of its points", () => {
  const r = readFactsSheet({ name: "督查反馈表", rows, merges }, GD_2019);
  const claims = Object.fromEntries(r.claims.map((c) => [c.indicator, c.value]));
  expect(claims).toMatchObject({ "org.leadership": 2, "org.plan": 2, "org.management": 3, "work.training": 10 });
});

test("the facts come from the 落实情况 and 完成情况, never from the points", () => {
  const r = readFactsSheet({ name: "督查反馈表", rows, merges }, GD_2019);
  const value = (k: string) => r.entries.find((e) => e.key === k)?.value;
  expect(value("residentPopulation")).toBe("43.49万人");
  expect(value("trainingPersonTimesStated")).toBe("4,586人次");
  expect(value("planIssued")).toBeDefined();
  expect(r.entries.filter((e) => e.cell.startsWith("F") && !e.key.startsWith("judged:"))).toEqual([]);
});
