/**
 * A park's water-and-power sharing table as its list of firms, as the 137th batch's county kept it:
 * each 户名 a tenant with its type and its days in and out; the shared areas and the centre's own
 * rooms, billed on the same table, are no firms.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("户名 | 企业类型 | 房号 | 入驻日期 | 退租日期 | months: the tenants are the park's firms, 公共区域 and 服务中心自用 none", () => {
  const sheet: Sheet = {
    name: "园区水电费分摊",
    rows: [
      ["某县电子商务产业园2021年1—9月水电费分摊表"],
      ["单位：元\u3000\u3000“公共区域”“服务中心自用”由运营方承担，不是入驻企业"],
      ["序号", "户名", "企业类型", "房号", "入驻日期", "退租日期", "1月", "2月", "合计"],
      [1, "某县电子商务运营有限公司", "电商运营商", "A101", "2020.10.28", null, 576.57, 577.14, 1153.71],
      [2, "某县贡柑网店", "销售型", "A201", "2020年11月5日", null, 131.19, 131.76, 262.95],
      [3, "某县文创电商工作室", "销售型", "A204", "2020.12.15", "2021.3.31", 120.43, 112, 232.43],
      [null, "公共区域（走廊、电梯、路灯）", "—", "—", "—", "—", 2563.07, 2563.64, 5126.71],
      [null, "服务中心自用（培训室、展厅、直播间）", "—", "—", "—", "—", 1924.38, 1924.95, 3849.33],
      ["合计", null, null, null, null, null, 5315.64, 5309.49, 10625.13],
    ],
  };
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(r.recognitions.find((x) => x.sheet === sheet.name)?.kind).toBe("enterprises");
  expect(r.ledgers.enterprises.map((e) => [e.name, e.type, e.left ? `${e.left.y}-${e.left.m}-${e.left.d}` : null])).toEqual([
    ["某县电子商务运营有限公司", "电商运营商", null],
    ["某县贡柑网店", "销售型", null],
    ["某县文创电商工作室", "销售型", "2021-3-31"],
  ]);
});
