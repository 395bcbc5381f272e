/** 连南's lists: stations under town headings, a town's poor villages named in one cell, 已引进2家. */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { parseYesNo } from "../../src/ledger/normalize/yesno";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const merge = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

test("a town's heading right under the header (一、三江镇（9个）, merged across) is no header row: the station under it is read", () => {
  const sheet: Sheet = {
    name: "服务站点",
    rows: [
      ["某县村级电子商务服务站点台账"],
      ["序号", "站点名称", "所在村", "负责人", "联系电话", "建成时间", "服务内容"],
      ["一、三江镇（2个）", null, null, null, null, null, null],
      [1, "高冲村电商服务站", "高冲村", "张生娟", "13371756538", "2020-06-06", "代购代销"],
      [2, "茶江村电商服务站", "茶江村", "朱丽志", "18059472110", "2020-06-21", "代购代销"],
      ["二、寨岗镇（1个）", null, null, null, null, null, null],
      [3, "下湾村电商服务站", "下湾村", "陈霞文", "13555029145", "2020-07-09", "代购代销"],
    ],
    merges: [merge(0, 0, 0, 6), merge(2, 0, 2, 6), merge(5, 0, 5, 6)],
  };
  const { ledgers, recognitions } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(recognitions[0]).toMatchObject({ kind: "stations", headerRow: 1, headerRows: 1 });
  expect(ledgers.stations.map((s) => s.village)).toEqual(["高冲村", "茶江村", "下湾村"]);
});

test("a town's poor villages named together in one cell are each a poor village", () => {
  const sheet: Sheet = {
    name: "省定贫困村",
    rows: [
      ["镇", "贫困村数（个）", "贫困村名称"],
      ["三江镇", 2, "高冲村、永口村"],
      ["涡水镇", 1, "长塘村"],
      ["合计", 3, null],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.poorVillages.map((v) => [v.name, v.source.row])).toEqual([
    ["高冲村", 2],
    ["永口村", 2],
    ["长塘村", 3],
  ]);
});

test.each([
  ["已引进2家", true],
  ["已建成3个", true],
  ["已引进", true],
])("%s is done", (t, want) => expect(parseYesNo(t)).toBe(want));
