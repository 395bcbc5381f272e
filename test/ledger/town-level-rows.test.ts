/**
 * 龙川's flood-duty roster handed in as the village list (141st batch): each town's first line is the town's own,
 * named only by its level (（镇级）, the 镇长 its duty head), then its villages and communities. The town's line
 * is no village.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const roster: Sheet = {
  name: "防汛责任人名单",
  rows: [
    ["某县2021年村（社区）级防汛防旱防风责任人名单", null, null, null, null, null],
    ["序号", "镇", "村（社区）", "村级责任人", "职务", "省定贫困村（★为是，空白为否）"],
    [null, "老隆镇", "（镇级）", "张志强", "镇长", null],
    [1, null, "新坑村", "区翠萍", "村党总支书记、村委会主任", null],
    [2, null, "石寨村", "苏志强", "村党总支书记、村委会主任", "★"],
    [3, null, "城南社区", "莫国华", "社区党委书记、居委会主任", null],
    [null, "义都镇", "镇本级", "谢振兴", "镇长", null],
    [4, null, "新陂村", "吴永健", "村党支部书记", null],
    [5, null, "富岗村", "庞俊杰", "村党支部书记", null],
  ],
  merges: [
    { top: 2, left: 1, bottom: 5, right: 1 },
    { top: 6, left: 1, bottom: 8, right: 1 },
  ],
};

test("a town's own line, named only by its level, is no village", () => {
  const read = readLedgers({ sheets: [roster] }, GD_2019);
  expect(read.recognitions[0].kind).toBe("villages");
  expect(read.ledgers.villages.map((v) => [v.name, v.type, v.poor])).toEqual([
    ["新坑村", "admin", false],
    ["石寨村", "admin", true],
    ["城南社区", "residents", false],
    ["新陂村", "admin", false],
    ["富岗村", "admin", false],
  ]);
});
