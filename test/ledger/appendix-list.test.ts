/**
 * A village list with its province-designated poor villages as an appendix under it (附：省定贫困村名单,
 * 镇 | 村 | 帮扶单位): the appendix is the poor-village list, not more villages — a kind of two fields
 * heads a table with both.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const villages: CellValue[][] = ["大埔", "梅林", "刘陇", "尾头", "平园", "乌田"].map((v, i) => [
  i < 3 ? "庵埠镇" : "凤凰镇",
  i + 1,
  `${v}村委会`,
  "村委会",
  "已通",
  null,
]);
const sheet: Sheet = {
  name: "村居一览",
  rows: [
    ["某区村（居）民委员会一览表"],
    ["镇", "序号", "村（居）委会名称", "类别", "快递进村", "备注"],
    ...villages,
    ["庵埠镇", 7, "文里社区居委会", "居委会", null, null],
    ["合计：村委会6个，居委会1个，共7个"],
    [],
    ["附：省定贫困村名单（2个）"],
    ["序号", "镇", "村", "帮扶单位"],
    [1, "凤凰镇", "尾头村", "潮州市人民检察院"],
    [2, "凤凰镇", "乌田村", "潮州市财政局"],
  ],
};

test("the appendix under a village list is read as the poor-village list", () => {
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.villages.map((v) => v.name)).toHaveLength(7);
  expect(ledgers.poorVillages.map((v) => [v.name, v.source.row])).toEqual([
    ["尾头村", 14],
    ["乌田村", 15],
  ]);
});
