/**
 * 翁源's station list borrowed from the postal regulator (117th): its register of parcel outlets, the
 * bureau's own column added at its end (商务局标注：村级电商站 是 / 否). The outlets the bureau marks are
 * the stations, each opened on its 开办日期 (not the day it was filed, 备案日期).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("a borrowed register's outlets the bureau marks are its stations, opened on their 开办日期", () => {
  const register: Sheet = {
    name: "末端网点备案",
    rows: [
      ["韶关市邮政管理局　快递末端网点备案信息（翁源县）"],
      ["序号", "网点名称", "网点类型", "所在镇", "所在村（社区）", "开办日期", "备案日期", "商务局标注：村级电商站"],
      [1, "青云村电商服务站", "村级综合服务站", "龙仙镇", "青云村", "2020-08-12", "2020-09-03", "是"],
      [2, "龙仙兔喜快递超市（建设路店）", "快递超市", "龙仙镇", "建设社区", "2019-11-20", "2020-01-06", "否"],
      [3, "坝仔村电商服务站", "村级综合服务站", "坝仔镇", "坝仔村委会", "2020-09-15", "2020-10-10", "是"],
    ],
  };
  const r = readLedgers({ sheets: [register] }, GD_2019);
  expect(r.ledgers.stations.map((s) => [s.villageKey, s.opened])).toEqual([
    ["青云", { y: 2020, m: 8, d: 12 }],
    ["坝仔", { y: 2020, m: 9, d: 15 }],
  ]);
});
