/**
 * A park's enterprises listed by type, the type only on each section's line ("二、销售型电商企业（3家）"),
 * with no 类型 column: each enterprise takes its section's type.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "入驻企业",
  rows: [
    ["某县电商产业园入驻企业名单（按类型）"],
    ["序号", "企业名称", "统一社会信用代码", "入驻时间", "退出时间"],
    ["一、平台型电商企业（1家）"],
    [1, "某县优购网络科技有限公司", "91440000MA0000001A", "2020.8.1", null],
    ["二、销售型电商企业（2家）"],
    [2, "某县山货电子商务商行", "92440000MA0000002B", "2020.9.1", null],
    [3, "某县果园农产品有限公司", "91440000MA0000003C", "2020.10.1", "2021.5.1"],
    ["（三）物流快递企业"],
    [4, "某县快递分拨中心", "91440000MA0000004D", "2020.11.1", null],
  ],
};

test("each enterprise takes the type its section's line names, without the count", () => {
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.enterprises.map((e) => [e.name, e.type])).toEqual([
    ["某县优购网络科技有限公司", "平台型电商企业"],
    ["某县山货电子商务商行", "销售型电商企业"],
    ["某县果园农产品有限公司", "销售型电商企业"],
    ["某县快递分拨中心", "物流快递企业"],
  ]);
});
