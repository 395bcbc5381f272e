/**
 * A 填报回执 copied out of a PDF: one line to a cell, columns lined up with spaces by display width
 * (a Chinese character two columns, a digit one), a wrapped label or list on the next line, rulers,
 * page footers and the header printed again on the second page.
 */
import type { Sheet } from "../../src/core/grid";
import { withFixedWidthLines } from "../../src/ledger/facts/fixed-width";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

/** Pads each text to its display column (CJK two wide), as a PDF's text layer lines them up. */
function line(...cols: [number, string][]): string {
  let out = "";
  let at = 0;
  for (const [col, text] of cols) {
    out += " ".repeat(Math.max(col - at, out ? 2 : 0));
    at = Math.max(col, at + (out ? 2 : 0));
    out += text;
    for (const ch of text) at += /[\u4e00-\u9fff（）、，]/.test(ch) ? 2 : 1;
  }
  return out;
}
const COLS = [0, 6, 50, 62, 76];
const row = (...texts: (string | null)[]) => [line(...(texts.map((t, i) => [COLS[i], t]).filter(([, t]) => t !== null) as [number, string][]))];

const sheet: Sheet = {
  name: "回执",
  rows: [
    ["某县电子商务进农村考评数据填报回执"],
    row("编号", "项目", "计量单位", "数值", "说明"),
    ["——————————————————————————————"],
    row("1", "常住人口", "万人", "31.5", "七普"),
    row("2", "领导小组成员单位", null, "县商务局、县财政局、县农业农村局"),
    [line([62, "、县乡村振兴局"])],
    row("3", "有劳动能力的建档立卡贫困人口数（不含外出", "人", "386"),
    [line([6, "务工人员）"])],
    [line([70, "第 1 页 共 2 页"])],
    row("编号", "项目", "计量单位", "数值", "说明"),
    row("4", "累计拨付资金", "万元", "352.8"),
  ],
};

test("each line is cut where the header's columns start, wrapped lines joined to theirs, the print's furniture left out", () => {
  const rows = withFixedWidthLines(sheet).rows;
  expect(rows[1]).toEqual(["编号", "项目", "计量单位", "数值", "说明"]);
  expect(rows[3]).toEqual(["1", "常住人口", "万人", "31.5", "七普"]);
  expect(rows[4]).toEqual(["2", "领导小组成员单位", null, "县商务局、县财政局、县农业农村局、县乡村振兴局", null]);
  expect(rows[6][1]).toBe("有劳动能力的建档立卡贫困人口数（不含外出务工人员）");
  // The continuation lines, the footer and the header printed again are empty now.
  for (const r of [2, 5, 7, 8, 9]) expect(rows[r].every((v) => v === null) || rows[r].length === 0).toBe(true);
  expect(rows[10]).toEqual(["4", "累计拨付资金", "万元", "352.8", null]);
});

test("a sheet of ordinary cells is left as it is", () => {
  const plain: Sheet = {
    name: "x",
    rows: [
      ["项目", "数值"],
      ["常住人口", "31.5万"],
    ],
  };
  expect(withFixedWidthLines(plain)).toBe(plain);
});

test("the facts are read from the receipt as from a table", () => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  expect(input.facts.residentPopulation?.value?.toString()).toBe("315000");
  expect(input.facts.eligiblePoorPersonsStated?.value?.toString()).toBe("386");
  expect(input.facts.fundSpentStated?.value?.toString()).toBe("3528000");
  expect(input.facts.departments?.value).toContain("县乡村振兴局");
});

test("a rate typed as a bare figure under a 单位 column of % answers a 100% criterion", () => {
  const form: Sheet = {
    name: "填报",
    rows: [
      ["序号", "指标名称", "单位", "填报值"],
      ["1", "行政村物流快递覆盖率", "%", "100"],
      ["2", "常住人口", "万人", "20.5"],
    ],
  };
  const below: Sheet = { ...form, rows: [form.rows[0], ["1", "行政村物流快递覆盖率", "%", "96.5"]] };
  const read = (s: Sheet) => {
    const r = readLedgers({ sheets: [s] }, GD_2019);
    return toScoringInput(r.ledgers, GD_2019, r.diagnostics).facts.expressCoverage?.value;
  };
  expect(read(form)).toBe(true);
  expect(read(below)).toBe(false);
});
