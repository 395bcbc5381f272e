/**
 * 南雄's park service-officer table as the park's firms (139th batch): the park's own public warehouse, listed among
 * them with its 类型 公共服务用房, is no firm that moved in.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "挂点联系表",
  rows: [
    ["某市电商产业园入驻企业挂点服务联系表", null, null, null, null],
    ["序号", "挂点干部", "入驻企业名称", "企业类型", "入驻时间"],
    [1, "李××", "某市供销电子商务有限公司", "平台型", "2020-10-12"],
    [2, "李××", "园区公共仓储中心", "公共服务用房", "2020-10"],
    [3, "王××", "某市冷链速达物流有限公司", "物流企业", "2021-07-20"],
  ],
};

test("the park's own facility on its list of firms is no firm", () => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.recognitions[0].kind).toBe("enterprises");
  expect(read.ledgers.enterprises.map((e) => e.name)).toEqual(["某市供销电子商务有限公司", "某市冷链速达物流有限公司"]);
});
