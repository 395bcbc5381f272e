/**
 * Poor villages taken from a list kept for something else (南雄: the solar poverty-relief stations' ledger,
 * one station a row): a village with two stations is one village, however its second row spells it
 * (宝溪村 / 宝溪村民委员会), and the stations listed "for reference" under a heading saying they are in no
 * 省定贫困村 are no poor villages. A reviewer counts the villages so; so does the reader.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "省定贫困村（光伏台账）",
  rows: [
    ["某市村级光伏扶贫电站建设及收益台账", null, null, null, null],
    ["序号", "镇（街道）", "村", "电站名称", "备注"],
    [1, "珠玑镇", "灵潭村", "灵潭村光伏扶贫电站", null],
    [2, "百顺镇", "百顺村", "百顺村光伏扶贫电站", null],
    [3, null, "宝溪村", "宝溪村光伏扶贫电站（地面）", null],
    [4, null, "宝溪村民委员会", "宝溪村光伏扶贫电站（村委楼屋顶）", "同一村第二座"],
    [5, "澜河镇", "澜河村", "澜河村光伏扶贫电站", null],
    [6, "帽子峰镇", "林庄村", "林庄村光伏扶贫电站", null],
    ["二、参考（不是省定贫困村）", null, null, null, null],
    [7, "帽子峰镇", "坪地村", "坪地村光伏电站", "集体经济薄弱村，市统筹建设"],
    [8, "乌迳镇", "田心村", "田心村光伏电站", "市定相对贫困村"],
  ],
  merges: [
    { top: 3, left: 1, bottom: 5, right: 1 },
    { top: 8, left: 0, bottom: 8, right: 4 },
  ],
};

test("a village with two rows counts once, the reference section not at all", () => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.recognitions.find((r) => r.sheet === sheet.name)?.kind).toBe("poorVillages");
  expect(read.ledgers.poorVillages.map((v) => v.name)).toEqual(["灵潭村", "百顺村", "宝溪村", "澜河村", "林庄村"]);
});

test("two villages of one name in two towns are two villages", () => {
  const twoTowns: Sheet = {
    ...sheet,
    rows: [
      ["序号", "镇（街道）", "村", "电站名称", "备注"],
      [1, "珠玑镇", "新田村", "新田村光伏扶贫电站", null],
      [2, "乌迳镇", "新田村", "新田村光伏扶贫电站", null],
      [3, "澜河镇", "澜河村", "澜河村光伏扶贫电站", null],
    ],
    merges: [],
  };
  expect(readLedgers({ sheets: [twoTowns] }, GD_2019).ledgers.poorVillages.map((v) => `${v.town}${v.name}`)).toEqual(["珠玑镇新田村", "乌迳镇新田村", "澜河镇澜河村"]);
});
