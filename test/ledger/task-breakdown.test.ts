/**
 * A task breakdown as the facts sheet (工作任务 | 具体内容 | 责任分工（★牵头 ●配合）over a column per member
 * unit | 完成时限 | 完成情况 | 状态), the group's leader in a line above it, and a village list marking
 * its poor villages with the mark its header names (省定相对贫困村（▲）).
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { readLedgers } from "../../src/ledger/read";
import { leaderInSentence } from "../../src/ledger/leader";
import { parseYesNo } from "../../src/ledger/normalize/yesno";
import { verdictOf } from "../../src/ledger/facts/values";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某县电子商务进农村综合示范创建工作任务分解及完成情况表"],
  ["领导小组：组长\u3000区委副书记、区长\u3000刘××；常务副组长\u3000区委常委、常务副区长\u3000陈××。成员单位及任务分工见下表。"],
  ["序号", "工作任务", "具体内容", "责任分工（★牵头\u3000●配合）", null, null, null, null, "完成时限", "完成情况（截至2021年8月31日）", "状态"],
  [null, null, null, "区商务局", "区财政局", "区农业农村局", "区乡村振兴局", "各镇（办）", null, null, null],
  [1, "成立领导小组", "建立区政府主要领导牵头、多部门参与的工作协调机制", "★", "●", "●", "●", "●", "2019年10月", "已成立，区长任组长", "已完成"],
  [8, "中心—摄影美工", "为电商市场主体提供免费摄影、美工服务", "★", null, null, null, null, "2020年12月", "已设摄影棚、美工室，但按成本价收费，暂未免费提供", "未完成"],
  [9, "中心—品牌推广", "组织农产品统一推广、指导特色农产品品牌建设", "★", null, "●", null, null, "2021年6月", "组织统一推广5场，指导12家企业注册商标", "已完成"],
];
const read = readFactsSheet({ name: "任务分解", rows }, GD_2019);
const at = (key: string) => read.entries.find((e) => e.key === key);

test("the units heading the duty columns are the group's member departments, read at their row", () => {
  expect([at("departments")?.value, at("departments")?.cell]).toEqual(["区商务局、区财政局、区农业农村局、区乡村振兴局、各镇（办）", "D4"]);
});

test("the leader is the 组长 of the line above, not the criterion's 区政府主要领导", () => {
  expect(leaderInSentence(String(rows[1][0]))).toBe("区委副书记、区长");
  expect(leaderInSentence("建立区政府主要领导牵头、多部门参与的工作协调机制")).toBeUndefined();
});

test("done, but what is asked not (已设摄影棚…，但按成本价收费…): no plain yes / no, but its fee clause says no (as 状态 未完成 does)", () => {
  expect(parseYesNo("已设摄影棚、美工室，但按成本价收费，暂未免费提供")).toBeUndefined();
  const photo = GD_2019.inputs.find((i) => i.key === "centerPhoto");
  expect(at("centerPhoto")?.cell).toBe("J6");
  expect(photo && verdictOf(photo, String(at("centerPhoto")?.value))).toBe(false);
});

test("a column headed with its mark (省定相对贫困村（▲）): the mark is a poor village, a blank is not one", () => {
  const villages: Sheet = {
    name: "村居名单",
    rows: [
      ["序号", "镇", "村民委员会", "省定相对贫困村（▲）", "快递进村"],
      [1, "程江镇", "桂角村民委员会", null, "是"],
      [2, "程江镇", "华联村委会", "▲", "是"],
      [3, "程江镇", "隆尾村委会", " ▲ ", "是"],
    ],
  };
  const { ledgers, diagnostics } = readLedgers({ sheets: [villages] }, GD_2019);
  expect(ledgers.villages.map((v) => v.poor)).toEqual([false, true, true]);
  expect(diagnostics.list.filter((d) => /是\/否/.test(d.message))).toEqual([]);
});
