/**
 * A training ledger kept as each session's group-photo captions (清城), the sign-in sheets in the archives:
 * one person-time per trainee in the photo — not the names marked in brackets (lecturer, cadres, staff),
 * not whoever is 镜头外, not the 人数 column — each on its caption's day, a two-day session on its last.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "培训合影名单",
  rows: [
    ["某区农村电商培训班合影人员名单（照片说明汇编）", null, null, null, null],
    ["照片编号", "排位", "人员（左起，以“、”分隔）", "人数", "备注"],
    ["图1　2020年10月15日　源潭镇农村电商普及培训班合影", null, null, null, null],
    ["QC-PX-01", "前排", "刘××（讲师）、朱梅、张思、陈××（源潭镇副镇长）", 4, null],
    [null, "后排", "郑芬秀、李德伟、何××（区商务局工作人员）", 3, null],
    ["图2　2021年3月25日—26日　飞来峡镇直播带货培训班合影", null, null, null, null],
    ["QC-PX-05", "前排", "张燕强、谢平芳", 2, "两天班"],
    [null, "镜头外", "罗××（摄影）、王五", null, null],
  ],
  merges: [0, 2, 5].map((r) => ({ top: r, left: 0, bottom: r, right: 4 })),
};

test("one person-time per trainee in the photo, on the caption's day (a two-day session's last)", () => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.recognitions[0].kind).toBe("training");
  expect(read.ledgers.training.map((t) => [t.name, t.date && formatDate(t.date), t.personTimes.toNumber(), t.id])).toEqual([
    ["朱梅", "2020-10-15", 1, null],
    ["张思", "2020-10-15", 1, null],
    ["郑芬秀", "2020-10-15", 1, null],
    ["李德伟", "2020-10-15", 1, null],
    ["张燕强", "2021-03-26", 1, null],
    ["谢平芳", "2021-03-26", 1, null],
  ]);
});
