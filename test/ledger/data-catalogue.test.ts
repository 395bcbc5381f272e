/**
 * A government data-resource catalogue as the facts (信息资源编目表（数据项）): each item's value in 当前值, read
 * with its 计量单位; its identifier, type code, length and sharing describe the item and are never its value.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["数据类型代码：C＝字符型　N＝数值型　D＝日期型（YYYYMMDD）　B＝布尔型（1＝是，0＝否）"],
  ["序号", "数据项名称", "数据项标识符", "数据类型", "数据长度", "计量单位", "共享属性", "当前值", "数据来源部门", "备注"],
  [1, "常住人口", "CZRK", "N", 10, "人", "无条件共享", 272349, "区统计局", "七普"],
  [2, "电商培训人次", "DSPXRC", "N", 8, "人次", "有条件共享", 2841, "区电商中心", null],
  [3, "已建立资金专用台账", "ZJTZ", "N", 3, "—", "有条件共享", null, "区商务局", "待财务股填报"],
];
const read = readFactsSheet({ name: "信息资源编目表", rows }, GD_2019);
const entry = (key: string) => read.entries.find((e) => e.key === key);

test("each item's value is its 当前值, never its length", () => {
  expect(entry("residentPopulation")).toMatchObject({ value: 272349, cell: "H3" });
  expect(entry("trainingPersonTimesStated")).toMatchObject({ value: 2841, cell: "H4" });
});

test("an item left blank is unanswered: its type code N is no 否", () => {
  expect(entry("fundLedgerKept")).toBeUndefined();
});
