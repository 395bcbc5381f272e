/**
 * Where a ledger's header is: never a row of data, even one whose cells happen to be header words
 * (a village list's 类型 column holds 行政村, which is also a header for the village's name).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("a list's first row, repeated by the rows below it, is neither its header nor the header's lower row", () => {
  const sheet: Sheet = {
    name: "行政村名单",
    rows: [
      ["连州市行政村（社区）名单", null, null, null],
      ["乡镇", "村（社区）名称", "类型", "快递是否进村"],
      ["连州镇", "山塘村", "行政村", "是"],
      ["连州镇", "畔水村", "行政村", "是"],
      ["连州镇", "城南社区", "社区", "是"],
      ["西江镇", "大珠村", "行政村", "否"],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
  };
  const { ledgers, recognitions, diagnostics } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(recognitions[0]).toMatchObject({ kind: "villages", headerRow: 1, headerRows: 1 });
  expect(ledgers.villages.map((v) => [v.name, v.type, v.express])).toEqual([
    ["山塘村", "admin", true],
    ["畔水村", "admin", true],
    ["城南社区", "residents", true],
    ["大珠村", "admin", false],
  ]);
  expect(diagnostics.list.filter((d) => d.message.includes("重复的表头"))).toEqual([]);
});

test("a numbered list row is never the header, however many header words it holds; 村类别 省定贫困村 / 一般村 says which are poor", () => {
  const sheet: Sheet = {
    name: "行政村名单",
    rows: [
      ["序号", "镇（街道）", "村（社区）名称", "村类别", "快递通达清况"],
      [1, "惠城镇", "东门社区居委会", null, "已通"],
      [2, null, "西门村委会", "一般村", "已通"],
      [3, "葵潭镇", "葵坝村委会", "省定贫困村", "未通"],
      [4, null, "大溪村委会", "一般村", "已通"],
    ],
  };
  const { ledgers, recognitions } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(recognitions[0]).toMatchObject({ kind: "villages", headerRow: 0 });
  expect(ledgers.villages.map((v) => [v.type, v.poor, v.express])).toEqual([
    ["residents", null, true],
    ["admin", false, true],
    ["admin", true, false],
    ["admin", false, true],
  ]);
});
