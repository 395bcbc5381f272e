/** 云安's park list: each firm's type ticked in one of five boxes under 企业类型, or written under 其他. */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const merge = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

const park: Sheet = {
  name: "入驻企业",
  rows: [
    ["电子商务产业园入驻企业名单"],
    ["序号", "企业名称", "企业类型（在对应栏打“✓”）", null, null, null, "入驻时间", "退出时间"],
    [null, null, "平台型", "销售型", "物流快递", "其他（请注明）", null, null],
    [1, "某某网络科技有限公司", "✓", null, null, null, "2020.11.2", null],
    [2, "某某物流有限公司", null, null, "√", null, "2021.3.15", null],
    [3, "某某文化传媒有限公司", null, null, null, "直播电商", "2021.1.8", null],
    [4, "某某电子商务有限公司", null, null, null, null, "2021.6.1", null],
  ],
  merges: [merge(0, 0, 0, 7), merge(1, 2, 1, 5), merge(1, 0, 2, 0), merge(1, 1, 2, 1), merge(1, 6, 2, 6), merge(1, 7, 2, 7)],
};

test("a firm's type is the box ticked on its row, or what it wrote under 其他; none ticked, none said", () => {
  const r = readLedgers({ sheets: [park] }, GD_2019);
  expect(r.ledgers.enterprises.map((e) => [e.name, e.type ?? null])).toEqual([
    ["某某网络科技有限公司", "平台型"],
    ["某某物流有限公司", "物流快递"],
    ["某某文化传媒有限公司", "直播电商"],
    ["某某电子商务有限公司", null],
  ]);
});
