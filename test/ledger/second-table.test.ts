/** A second table under the first on one sheet is not read as records of the first. */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const stations: Sheet = {
  name: "站点台账",
  rows: [
    ["乐昌市村级电商服务站点清单"],
    ["序号", "站点名称", "镇（街道）", "所在村", "建成日期"],
    [1, "长来站", "长来镇", "长来村", "2020-05-01"],
    [2, "黄圃站", "黄圃镇", "黄圃村", "2020-06-01"],
    [],
    ["各镇站点汇总"],
    ["镇（街道）", "行政村", "站点名称", "建成日期"],
    ["长来镇", "长来村", "（见上表）", "2020年"],
    ["黄圃镇", "黄圃村", "（见上表）", "2020年"],
  ],
};

test("reading stops at the other table's header, with a note naming its row", () => {
  const { ledgers, diagnostics } = readLedgers({ sheets: [stations] }, GD_2019);
  expect(ledgers.stations.map((s) => s.village)).toEqual(["长来村", "黄圃村"]);
  const note = diagnostics.list.find((d) => d.message.includes("另一张表"));
  expect(note).toMatchObject({ severity: "info", sheet: "站点台账", cell: "7:7" });
});

test("a data row with one header-like word is still a record", () => {
  const villages: Sheet = {
    name: "行政村清单",
    rows: [
      ["镇（街道）", "村名", "类型"],
      ["长来镇", "长来村", "行政村"],
      ["长来镇", "长来社区", "居委会"],
    ],
  };
  expect(readLedgers({ sheets: [villages] }, GD_2019).ledgers.villages).toHaveLength(2);
});
