/**
 * Lists borrowed from other offices (the 69th batch): a site monitor's summary of every column of
 * the government site (a row per column, not per update), and an industry bureau's table of the
 * villages' fibre and 4G (a list of all the 行政村, saying nothing of which are poor).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const kindOf = (sheet: Sheet) => readLedgers({ sheets: [sheet] }, GD_2019).recognitions[0].kind;

test("a site monitor's summary, a row per column with its count of updates, is no update log", () => {
  const sheet: Sheet = {
    name: "监测概况",
    rows: [
      ["蕉岭县人民政府门户网站　栏目更新情况监测报告"],
      ["序号", "栏目名称", "栏目类型", "监测期内更新（条）", "最近更新日期", "最长未更新间隔（天）", "监测结论"],
      [1, "专题专栏>电子商务进农村综合示范", "信息发布类", 14, "2021-09-03", 33, "正常"],
      [2, "专题专栏>乡村振兴", "信息发布类", 22, "2021-08-30", 28, "正常"],
      [3, "政务公开>通知公告", "信息发布类", 96, "2021-09-06", 9, "正常"],
    ],
  };
  expect(kindOf(sheet)).not.toBe("disclosures");
});

test("a list of the villages with nothing saying they are poor is the villages list", () => {
  const sheet: Sheet = {
    name: "光纤4G覆盖",
    rows: [
      ["五华县行政村光纤和4G网络覆盖情况统计表"],
      ["序号", "镇", "行政村", "20户以上自然村（个）", "光纤是否通达", "4G是否覆盖", "备注"],
      [1, "河东镇", "大田村", 12, "是", "是", null],
      [2, "河东镇", "油田村委会", 9, "是", "是", null],
      [3, "河东镇", "新桥村", 15, "是", "是", null],
    ],
  };
  expect(kindOf(sheet)).toBe("villages");
  // …while a list titled as the poor villages' is theirs.
  const poor: Sheet = { ...sheet, rows: [["五华县省定相对贫困村名单"], ...sheet.rows.slice(1)] };
  expect(kindOf(poor)).toBe("poorVillages");
});
