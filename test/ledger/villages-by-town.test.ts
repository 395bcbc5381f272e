/**
 * 湘桥's village list, one town to a row: its 村委会 joined by 、 in one cell (（贫） after a poor one,
 * （续下行） where the list goes on in the next row), its communities in another, and a column naming
 * only the villages delivery does not reach. And 高要's poor-village list headed just 贫困村.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const merge = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

const byTown: Sheet = {
  name: "村居一览",
  rows: [
    ["某区各镇（街道）村（居）民委员会一览表"],
    ["序号", "镇（街道）", "村民委员会（行政村）", "居民委员会（社区）", "快递未通达的行政村", "备注"],
    [1, "磷溪镇", "英山村、溪口村（贫）、（续下行）", null, "大坑村"],
    [null, null, "大坑村、苏溪村", "磷溪社区居委会", null],
    [2, "桥东街道", "社光村", "桥东社区居委会、韩山社区居委会", "无"],
    [3, "城西街道", "—", "城西社区居委会", "—"],
    ["合计", null, "行政村5个", "社区居委会4个", "1个"],
    ["注：村名后标“（贫）”的为省定贫困村。"],
  ],
  merges: [merge(2, 0, 3, 0), merge(2, 1, 3, 1), merge(2, 4, 3, 4)],
};

test("each name in a town's cells is a village or a community; delivery is missing only where named", () => {
  const r = readLedgers({ sheets: [byTown] }, GD_2019);
  expect(r.recognitions[0].kind).toBe("villages");
  expect(r.ledgers.villages.map((v) => [v.name, v.town, v.type, v.poor, v.express])).toEqual([
    ["英山村", "磷溪镇", "admin", false, true],
    ["溪口村", "磷溪镇", "admin", true, true],
    ["大坑村", "磷溪镇", "admin", false, false],
    ["苏溪村", "磷溪镇", "admin", false, true],
    ["磷溪社区居委会", "磷溪镇", "residents", null, null],
    ["社光村", "桥东街道", "admin", false, true],
    ["桥东社区居委会", "桥东街道", "residents", null, null],
    ["韩山社区居委会", "桥东街道", "residents", null, null],
    ["城西社区居委会", "城西街道", "residents", null, null],
  ]);
});

test("a poor-village list headed 贫困村 over village names is that list, not a yes / no column", () => {
  const poor: Sheet = {
    name: "省定贫困村",
    rows: [
      ["某区省定贫困村名单"],
      ["序号", "镇", "贫困村", "备注"],
      [1, "金渡镇", "竹岗村委会", null],
      [2, "金利镇", "凤垌村委会", null],
      [3, "蛟塘镇", "西岭村委会", null],
    ],
  };
  const r = readLedgers({ sheets: [poor] }, GD_2019);
  expect(r.recognitions[0].kind).toBe("poorVillages");
  expect(r.ledgers.poorVillages.map((v) => v.name)).toEqual(["竹岗村委会", "凤垌村委会", "西岭村委会"]);
});
