/**
 * A 迎检速查表 (阳东): 首字母 | 我们的叫法 | 官方表述 | 数据 | 出处, the data in short spoken sentences —
 * an answer with a warning after its full stop, a service said to exist but 不算免费, the column's
 * contents ticked after each item behind what they are of.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { markedAfterOptions } from "../../src/ledger/normalize/yesno";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("options each ticked after, behind what they are of and with a remark in brackets", () => {
  expect(markedAfterOptions("区政府网站专栏：创建方案✓　项目基本信息✓　建设进度✓　监督举报窗口✓（举报电话、邮箱）")).toEqual([
    { ticked: true, option: "创建方案" },
    { ticked: true, option: "项目基本信息" },
    { ticked: true, option: "建设进度" },
    { ticked: true, option: "监督举报窗口" },
  ]);
  // Words between the marks are no options list.
  expect(markedAfterOptions("方案√，但进度还没有公示，计划下月补上")).toEqual([]);
});

const rows: CellValue[][] = [
  ["某区迎检速查表（按拼音首字母排）"],
  ["首字母", "词条（我们平时的叫法）", "省表说法", "数据／情况", "自评", "出处／资料放哪"],
  ["C", "常住人口", "常住人口", "46.08万人（七普）。注意户籍人口是50.62万，不要报错", null, "区统计局七普公报"],
  ["S", "摄影美工", "为电子商务市场主体提供免费摄影、美工服务", "有这项服务，但按成本价收费（每款产品50元），不算免费", "0分", "中心收费公示"],
  ["Z", "专栏", "在县政府网站设立公开专栏且内容全面", "区政府网站专栏：创建方案✓　项目基本信息✓　建设进度✓　监督举报窗口✓（举报电话、邮箱）", null, "附9"],
];

test("the answer before a warning, a service not free, the column's ticked contents", () => {
  const r = readFactsSheet({ name: "速查表", rows }, GD_2019);
  const value = (k: string) => r.entries.find((e) => e.key === k)?.value;
  expect(value("residentPopulation")).toBe("46.08万人（七普）");
  expect(value("centerPhoto")).toBe("否");
  for (const k of ["disclosurePlan", "disclosureProjects", "disclosureProgress", "disclosureWindow"]) expect(value(k)).toBe("是");
});
