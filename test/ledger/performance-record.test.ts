/**
 * A cadre's performance record as the facts sheet (高要's 领导干部实绩纪实登记表: 工作内容 | 履职情况及量化成效 |
 * 佐证材料 | 本人角色): each task's account is its answer; the evidence and the part the person played are not.
 */
import type { Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("the account of each task is read; its evidence and the person's role are no answers", () => {
  const sheet: Sheet = {
    name: "实绩纪实",
    rows: [
      ["序号", "工作内容", "履职情况及量化成效", null, "佐证材料", "本人角色"],
      [1, "方案制定", "牵头起草《某区电子商务进农村综合示范县创建工作方案》，于2019年11月由区政府办公室正式印发。", null, "某府办〔2019〕41号", "牵头"],
      [2, "电商人才培训", "全区常住人口75.84万人。截至2021年8月31日累计开展电商培训4,860人次。", null, "附3", "牵头"],
    ],
    merges: [
      { top: 0, left: 2, bottom: 0, right: 3 },
      { top: 1, left: 2, bottom: 1, right: 3 },
      { top: 2, left: 2, bottom: 2, right: 3 },
    ],
  };
  const got = Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, String(e.value)]));
  expect(got).toMatchObject({ planIssued: "是", residentPopulation: "75.84万人", trainingPersonTimesStated: "4,860人次" });
  // (牵头 in the role column names no leader.)
  expect(got.leadTitle).toBeUndefined();
});
