/** 增城's park tenants listed by floor and room: empty rooms on their rows, a 小计 per floor, 业态 and 退租日期. */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { isTotalText } from "../../src/ledger/normalize/text";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const park: Sheet = {
  name: "入驻企业一览",
  rows: [
    ["楼层", "房号", "企业名称", "业态", "签约日期", "入驻日期", "退租日期", "状态"],
    ["1F", "101", "广州某某电子商务有限公司", "平台型电商", "2020.6.15", "2020-07-01", null, "在驻"],
    [null, "102", "（空置）", null, null, null, null, "空置"],
    [null, "103", "广州某某派潭农特产品有限公司", "农产品网店", "2020.9.1", "2020/9/15", "2021.4.30", "已退租"],
    ["1F小计", null, "在驻1家，空置1间"],
    ["2F", "201", "广州某某物流有限公司", "仓储物流", "2020.10.9", "2020.10.20", null, "在驻"],
    [null, "202", "空置（装修中）", null, null, null, null, null],
    ["合计", null, "在驻2家，空置2间"],
  ],
};

test("a floor's 小计 is a total line", () => {
  expect(isTotalText("1F小计")).toBe(true);
  expect(isTotalText("3楼小计")).toBe(true);
  expect(isTotalText("101")).toBe(false);
});

test("empty rooms and floor subtotals are no firms; 业态 is the type, 退租日期 when a firm left", () => {
  const r = readLedgers({ sheets: [park] }, GD_2019);
  expect(r.ledgers.enterprises.map((e) => [e.name, e.type, e.left])).toEqual([
    ["广州某某电子商务有限公司", "平台型电商", null],
    ["广州某某派潭农特产品有限公司", "农产品网店", { y: 2021, m: 4, d: 30 }],
    ["广州某某物流有限公司", "仓储物流", null],
  ]);
  expect(r.diagnostics.list.filter((d) => d.message.includes("空置房间")).length).toBeGreaterThan(0);
});

test("a lease register: the lease's start is the entry, its end no exit, 实际退租日期 the exit", () => {
  const leases: Sheet = {
    name: "租赁合同台账",
    rows: [
      ["序号", "合同编号", "承租方（入驻企业）", "行业类别", "租赁起始日", "租赁终止日", "实际退租日期"],
      [1, "ZL-001", "广州某某电子商务有限公司", "电商平台", "2020-06-15", "2023.6.14", null],
      [2, "ZL-002", "广州某某农业科技有限公司", "农产品网店", "2020年8月", "2022.7.31", "2021.5.31"],
    ],
  };
  const r = readLedgers({ sheets: [leases] }, GD_2019);
  expect(r.ledgers.enterprises.map((e) => [e.entered, e.left])).toEqual([
    [{ y: 2020, m: 6, d: 15 }, null],
    [
      { y: 2020, m: 8 },
      { y: 2021, m: 5, d: 31 },
    ],
  ]);
});
