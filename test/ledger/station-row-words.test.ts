/**
 * A station row's words that make it no new station (a revisit, a station not open yet) are looked
 * for in the whole row, its texts read together: only a row holding one of the characters those
 * words need is joined to look, and a wording split over two cells is found all the same.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("a revisit or a planned station said across two cells is no new station; a row saying neither is one", () => {
  const list: Sheet = {
    name: "站点台账",
    rows: [
      ["序号", "镇", "村（社区）", "站点名称", "挂牌运营时间", "备注", "说明"],
      [1, "河口镇", "甲村委会", "甲村电商服务站", "2020.7.8", "复验（同第1", "行站点）"],
      [2, "河口镇", "乙村委会", "乙村电商服务站", "—", "拟", "建"],
      [3, "河口镇", "丙村委会", "丙村电商服务站", "2020.7.8", "运营正常", null],
      [4, "河口镇", "丁村委会", "丁村电商服务站", "2020.9.1", null, "已验收"],
    ],
  };
  const r = readLedgers({ sheets: [list] }, GD_2019);
  expect(r.ledgers.stations.map((s) => s.village)).toEqual(["丙村委会", "丁村委会"]);
  const said = r.diagnostics.list.map((d) => `${d.cell} ${d.message}`);
  expect(said).toContain("2:2 第 2 行写明“同第1行”，是已列站点的复验，不是新建站点，未计入");
  expect(said).toContain("3:3 第 3 行写明“拟建”，尚未建成挂牌，不是新建站点，未计入");
});
