/** The terminal table shows the county's claimed points beside the computed ones, ≠ where they differ. */
import { renderTerminalTable } from "../../src/cli/terminal-table";
import { scoreGrids } from "../../src/pipeline";

test("claimed points stand beside the computed points, marked where the ledgers do not support them", () => {
  const table = {
    name: "自评表",
    rows: [
      ["工作任务", "评价指标", "权重", "评分标准", "自评分"],
      ["加强组织领导与统筹协调（10分）", "方案制定", 2, "工作方案因地制宜,可操作性较强（1-2分）", 2],
      ["深入推动电子商务进农村工作（55分）", "电商人才培训", 20, "培训人次达常住人口1%及以上", 20],
    ],
  };
  const { report } = scoreGrids({
    sheets: [
      table,
      {
        name: "基本情况",
        rows: [
          ["常住人口", 300000],
          ["培训人次", 1000],
        ],
      },
    ],
  });
  const text = renderTerminalTable(report);
  expect(text.split("\n")[1]).toContain("填报自评");
  const line = (id: string) => text.split("\n").find((l) => l.startsWith(id)) ?? "";
  expect(line("org.plan")).toMatch(/\s2\s+2\s/);
  expect(line("work.training")).toMatch(/≠20/);
  expect(renderTerminalTable(scoreGrids({ sheets: [{ name: "基本情况", rows: [["常住人口", 300000]] }] }).report).split("\n")[1]).not.toContain("填报自评");
});
