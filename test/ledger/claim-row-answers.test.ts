/**
 * An indicator's first line carrying its 自评分 (花都): 组织领导（2分） | 领导小组组长 | 区委副书记、区长 | … | 2.
 * The row is the indicator's claim and also a line like those below it: its own label and short
 * answer are read. The official clause's words with a sentence on such a row are not taken as a pair.
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

const head: CellValue[] = ["序号", "评价指标（分值）", "考评内容", "填报情况", "佐证材料", "自评分"];

test("a claim row's own label and short answer are read as the lines below it are", () => {
  const rows: CellValue[][] = [
    ["某区电子商务进农村综合示范工作自评情况"],
    head,
    [1, "组织领导（2分）", "领导小组组长", "区委副书记、区长", "府办〔2020〕27号", 2],
    [2, null, "领导小组成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局", null, null],
    [3, "服务体系建设：县级中心及产业园（15分）", "区电子商务公共服务中心投入运营日期", "2020年12月18日", "运营合同", 14],
    [4, null, "有免费培训场所、培训设备，能组织电商基础培训", "有", null, null],
    [5, "农村产品上行（10分）", "网销调研自评（1-2分）", "2分", "调研报告", 9],
    [6, "信息公开（4分）", "专栏公示创建方案", "是", "附表10", 4],
    [7, "资金支出（5分）", "下达省级专项资金", "500万元", "粤财工〔2019〕×号", 4],
    [8, null, "累计拨付资金", "356.2万元", "附表8", null],
  ];
  const got = factsOf({ sheets: [{ name: "自评情况", rows }] });
  expect(got.leadership).toBe("principal-all");
  expect(got.facts.centerOpened).toBe("2020-12-18");
  expect(got.judged["work.upward.research"]).toBe(2);
  expect(got.facts.disclosurePlan).toBe(true);
  expect(got.facts.fundAllocated).toBe(5000000);
  // The claims stay the indicators' totals.
  expect(got.claimed["org.leadership"]).toBe(2);
  expect(got.claimed["fund.spending"]).toBe(4);
});

test("a day followed by what happened on it stays a sentence, not the clause's answer", () => {
  const rows: CellValue[][] = [head, [1, "服务体系建设（15分）", "建成县级电子商务公共服务中心", "2020年6月18日投入运营", null, 14]];
  const got = factsOf({ sheets: [{ name: "自评", rows }] });
  expect(got.facts.centerOpened).toBe("2020-06-18");
  expect(got.diagnostics.some((d) => d.cell === "D2" && /读自句子/.test(d.message))).toBe(true);
});
