/**
 * 银湖湾's village list borrowed from the place-name office (118th): 标准地名录（村级部分）, each
 * committee by its standard name, its 自然村 under it and a committee abolished in 2019 kept as a
 * historical name — the committees standing now are the villages and communities.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("a place-name register's standing committees are the village list; its 自然村 and an abolished committee are not", () => {
  const register: Sheet = {
    name: "标准地名录",
    rows: [
      ["某区标准地名录（村级部分）", null, null, null, null, null],
      ["序号", "标准名称", "汉语拼音", "类别", "所属镇", "上级地名"],
      [1, "京背村民委员会", "Jīngbèi Cūnmín Wěiyuánhuì", "村民委员会", "崖门镇", "崖门镇"],
      [2, "京背", "Jīngbèi", "自然村", "崖门镇", "京背村民委员会"],
      [3, "崖门社区居民委员会", "Yámén Shèqū Jūmín Wěiyuánhuì", "社区居民委员会", "崖门镇", "崖门镇"],
      [4, "黄冲村民委员会", "Huángchōng Cūnmín Wěiyuánhuì", "（已撤销）村民委员会", "崖门镇", "崖门镇"],
      [5, "慈溪村民委员会", "Cíxī Cūnmín Wěiyuánhuì", "村民委员会", "古井镇", "古井镇"],
    ],
  };
  const r = readLedgers({ sheets: [register] }, GD_2019);
  expect(r.ledgers.villages.map((v) => [v.key, v.type])).toEqual([
    ["京背", "admin"],
    ["崖门", "residents"],
    ["慈溪", "admin"],
  ]);
});
