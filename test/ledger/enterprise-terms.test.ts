/**
 * A park's list dated only by each firm's agreement term (入驻协议期限 2020.7.1-2023.6.30), its exits
 * in the remarks (2021年3月提前退租): a firm entered on its term's first day, not its last.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "入驻企业",
  rows: [
    ["序号", "企业名称", "类别", "入驻协议期限", "备注"],
    [1, "某县荔乡网络科技有限公司", "平台型", "2020.7.1-2023.6.30", null],
    [2, "某县果然鲜电子商务有限公司", "销售型", "2020年8月1日至2023年7月31日", null],
    [3, "某县鉴江农业发展有限公司", "销售型", "2020/9/10—2022/9/9", "2021年3月提前退租"],
  ],
};

test("each firm entered on its term's first day; a 退租 in the remarks is its exit", () => {
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.enterprises.map((e) => [e.entered, e.left])).toEqual([
    [{ y: 2020, m: 7, d: 1 }, null],
    [{ y: 2020, m: 8, d: 1 }, null],
    [
      { y: 2020, m: 9, d: 10 },
      { y: 2021, m: 3 },
    ],
  ]);
});
