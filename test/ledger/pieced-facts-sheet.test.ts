/**
 * A facts sheet pieced from colleagues' blocks (鹤山): the leading group said in one sentence with its
 * members after 有; a score table whose 说明 gives an indicator's items by their short names ("项目管理 |
 * 4 | 制度2分、台账2分": 项目管理制度 and 工作台账, not 资金管理制度). And a training register whose
 * 参训人员 stands over 男 | 女: each session's 人次 is the two added.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("the group's members said after 有 are its departments", () => {
  const rows: CellValue[][] = [["领导小组：县长任组长，常务副县长任副组长；成员单位有县商务局、县财政局、县农业农村局、县乡村振兴局。"]];
  const read = Object.fromEntries(readFactsSheet({ name: "底数", rows }, GD_2019).entries.map((e) => [e.key, e.value]));
  expect(read.leadTitle).toBe("县长任组长，常务副县长任副组长");
  expect(read.departments).toMatch(/^县商务局、县财政局、县农业农村局、县乡村振兴局/);
});

test("a claim line's note gives its own indicator's items by their short names", () => {
  const rows: CellValue[][] = [
    ["指标", "满分", "自评", "说明"],
    ["组织领导", 2, 2, "县长任组长"],
    ["项目管理", 4, 3, "制度2分、台账1分"],
    ["资金制度", 5, 4, null],
  ];
  const read = Object.fromEntries(readFactsSheet({ name: "自评分", rows }, GD_2019).entries.map((e) => [e.key, e.value]));
  expect(read["judged:org.management.system"]).toBe("2分");
  expect(read["judged:org.management.ledger"]).toBe("1分");
  expect(read["judged:fund.system"]).toBeUndefined();
});

test("参训人员 over 男 | 女: a session's 人次 is the two added", () => {
  const sheet: Sheet = {
    name: "培训登记",
    rows: [
      ["序号", "镇（街道）", "培训日期", "培训内容", "参训人员", null, "备注"],
      [null, null, null, null, "男", "女", null],
      [1, "沙坪街道", "2020.6.23", "电子商务基础知识", 68, 84, null],
      [2, "龙口镇", "2020.7.8", "网店开设", 71, "62人", null],
    ],
    merges: [{ top: 0, left: 4, bottom: 0, right: 5 }],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.ledgers.training.map((t) => t.personTimes.toNumber())).toEqual([152, 133]);
});
