/**
 * A village list kept as the election roster (村居名册: 村（居）委会名称 | 换届选举日期 | 党组织书记),
 * with no poor-village or delivery column, is the list of villages, not of poor villages; a station
 * register by plaque (授牌日期) dates each station by its plaque.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate, type LDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const day = (d: LDate | null) => (d ? formatDate(d) : null);

test("the roster of committees is read as the village list, the plaque register dated by its plaques", () => {
  const roster: Sheet = {
    name: "村居名册",
    rows: [
      ["某市村（社区）“两委”换届选举情况统计表（村居名册）"],
      ["序号", "镇（街道）", "村（居）委会名称", "换届选举日期", "党组织书记", "户籍人口（人）"],
      [1, "东镇街道", "林山村民委员会", "2021.3.12", "吴某", 2907],
      [2, "东镇街道", "东镇社区居民委员会", "2021.3.13", "庞某", 3445],
    ],
  };
  const plaques: Sheet = {
    name: "站点授牌登记",
    rows: [
      ["牌匾编号", "授牌对象（站点名称）", "所在镇（街道）", "所在村（居）", "授牌日期", "领牌人"],
      ["XY-DS-001", "某市东镇林山村电商服务站", "东镇街道", "林山村", "2021.9.2", "曾某"],
    ],
  };
  const { ledgers, recognitions } = readLedgers({ sheets: [roster, plaques] }, GD_2019);
  expect(recognitions.map((r) => r.kind)).toEqual(["villages", "stations"]);
  expect(ledgers.villages.map((v) => [v.name, v.type])).toEqual([
    ["林山村民委员会", "admin"],
    ["东镇社区居民委员会", "residents"],
  ]);
  expect(ledgers.stations.map((s) => day(s.opened))).toEqual(["2021-09-02"]);
});
