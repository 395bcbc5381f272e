/**
 * A wall of sticky notes typed up a note to a cell (台山's 迎检作战墙): colour tags, struck-out notes,
 * a note stuck over an older one, blue notes of points, zones side by side read down each column
 * (a column of five notes or more reads as lines; a shorter one as a table would).
 */
import type { Sheet } from "../../src/core/grid";
import { stickyWallColumns, withStickyNotesRead } from "../../src/ledger/facts/sticky-notes";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const wall: Sheet = {
  name: "作战墙（誊录）",
  rows: [
    ["迎检作战墙（便利贴誊录稿）"],
    [null, "① 家底", null, "② 班子·文件", null, "⑩ 打分（蓝）"],
    [null, "【黄】考评截止\n2021年8月31日", null, "【黄】（打×作废）\n领导小组组长：分管副市长", null, "【蓝】谁挂帅（组织领导）\n2分"],
    [
      null,
      "【黄】常住人口\n90.66万人（七普）",
      null,
      "【绿】（盖在上一张上）\n2020年6月调整：市委副书记、市长任组长，分管副市长任常务副组长",
      null,
      "【蓝】（打×作废）\n政策 2分",
    ],
    [
      null,
      "【黄】户籍人口 100.58万人\n←考评不用这个数！",
      null,
      "【绿】创建方案　已印发\n（台府办函〔2019〕86号）",
      null,
      "【蓝】（盖在上一张上）\n政策 1分（有政策，落实一般）",
    ],
    [null, "【黄】省定相对贫困村 14个", null, "【绿】扶持政策　已出台", null, "【蓝】项目管理 3分\n＝制度2＋台账1"],
    [null, "【黄】行政村289个\n社区居委会36个", null, "【绿】资金管理办法　已印发", null, null],
    [null, "【黄】普及培训40期\n4,940人次", null, "【绿】资金专账　已建", null, null],
  ],
};

test("each note is read as its line; struck-out, covered and unused notes are gone; a blue note is a claim", () => {
  const rows = withStickyNotesRead(wall).rows;
  expect(rows[2][1]).toBe("考评截止：2021年8月31日");
  expect(rows[3][1]).toBe("常住人口：90.66万人（七普）");
  expect(rows[4][1]).toBeNull();
  expect(rows[2][3]).toBeNull();
  expect(rows[3][3]).toBe("2020年6月调整：市委副书记、市长任组长，分管副市长任常务副组长");
  expect(rows[2][5]).toBe("谁挂帅（组织领导）自评2分");
  expect(rows[3][5]).toBeNull();
  expect(rows[4][5]).toBe("政策自评1分");
  expect(rows[5][5]).toBe("项目管理：制度2分，台账1分，合计自评3分");
});

test("the wall's columns are read down, each note where it is", () => {
  const parts = stickyWallColumns(wall) ?? [];
  expect(parts).toHaveLength(3);
  expect(parts[1].rows[3][3]).toBe("2020年6月调整：市委副书记、市长任组长，分管副市长任常务副组长");
  expect(parts[1].rows[3][1]).toBeNull();
  const read = readFactsSheet(wall, GD_2019);
  const value = (key: string) => read.entries.find((e) => e.key === key);
  expect(value("residentPopulation")?.value).toBe("90.66万人（七普）");
  expect(value("residentPopulation")?.cell).toBe("B4");
  expect(value("planIssued")?.cell).toBe("D5");
  expect(read.claims.find((c) => c.indicator === "org.leadership")?.value).toBe(2);
});

test("a sheet with a few colour tags is no wall", () => {
  const sheet: Sheet = { name: "备注", rows: [["【黄】说明"], ["【绿】已完成"]] };
  expect(stickyWallColumns(sheet)).toBeUndefined();
  expect(withStickyNotesRead(sheet)).toBe(sheet);
});
