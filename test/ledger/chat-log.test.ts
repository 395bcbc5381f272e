/**
 * 榕城's answers in the city's work group, pasted in (时间 | 发言人 | 内容): another district answers
 * first, the city asks, and the county's clerk corrects a figure the next day.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { withOwnMessages } from "../../src/ledger/facts/chat-log";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const chat: Sheet = {
  name: "数据核对记录",
  rows: [
    ["工作群聊天记录（摘录）"],
    ["数据截至2021年8月31日；摘录整理：区商务局电商股 陈晓，2021年9月2日"],
    ["时间", "发言人", "内容"],
    ["09:12", "市商务局-黄科长", "各县（市、区）请回复：1.常住人口 2.行政村数 3.省定贫困村数"],
    ["09:40", "揭东区商务局-林", "揭东：1.常住人口83.6万 2.行政村172个 3.省定贫困村9个"],
    ["10:31", "榕城区商务局-陈晓", "我区数据如下：\n1.常住人口101.3万（七普）\n2.行政村116个\n3.省定贫困村0个"],
    ["11:24", "榕城区商务局-陈晓", "领导小组是区长任组长，成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局"],
    ["16:10", "榕城区商务局-陈晓", "方案2019年12月已经正式印发（榕府办〔2019〕60号）；扶持政策还在走程序，暂未出台"],
    ["08:48", "榕城区商务局-陈晓", "更正：昨天报的行政村数有误，榕城区行政村应为118个（不是116个），以此为准"],
  ],
};

test("only the county's own clerk is read, with the correction put where the figure was first said", () => {
  const rows = withOwnMessages(chat).rows;
  expect(rows[4][2]).toBeNull();
  expect(String(rows[5][2])).toContain("2.行政村118个");
  expect(rows[8][2]).toBeNull();
});

test("the facts are the county's, corrected; its leader from the group's sentence", () => {
  const read = readLedgers({ sheets: [chat] }, GD_2019);
  const f = toScoringInput(read.ledgers, GD_2019, read.diagnostics).facts;
  const n = (k: string) => (f[k]?.value as { toNumber(): number } | undefined)?.toNumber();
  expect([n("residentPopulation"), n("adminVillagesStated"), n("poorVillagesStated")]).toEqual([1013000, 118, 0]);
  expect(f.leadershipLevel?.value).toBe("principal-all");
  // "方案2019年12月已经正式印发": issued (the month is no year's figure).
  expect([f.planIssued?.value, f.policyIssued?.value]).toEqual([true, false]);
  // The data's cut-off, not the day the excerpt was made.
  expect(f.asOf?.value).toEqual({ y: 2021, m: 8, d: 31 });
});
