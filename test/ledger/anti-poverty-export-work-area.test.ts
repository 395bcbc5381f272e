/**
 * 阳春's 防返贫监测 system export (136th batch): 务工状况 says only 务工 or 未务工, and 务工区域 beside it says where in the
 * system's own words — 县外省内 and 省外 away, 乡（镇）内 and 乡（镇）外县内 at home; a blank status is not collected.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("a bare 务工 is away or not as its 务工区域 says; 未务工 is at home; a blank is no answer", () => {
  const sheet: Sheet = {
    name: "防返贫监测导出",
    rows: [
      ["全国防返贫监测信息系统　脱贫人口信息（导出）", null, null, null, null, null, null],
      ["序号", "行政村", "姓名", "证件号码", "劳动技能", "务工状况", "务工区域"],
      [1, "大龙村", "黄伟文", "441781196804123011", "普通劳动力", "务工", "乡（镇）内"],
      [2, "大龙村", "邓玉兰", "441781197009163326", "弱劳动力或半劳动力", "未务工", null],
      [3, "大龙村", "黄伟强", "441781199502033591", "技能劳动力", "务工", "省外"],
      [4, "芦田村", "陈彩霞", "441781197503114749", "普通劳动力", "务工", "县外省内"],
      [5, "芦田村", "莫伟文", "441781198208305336", "普通劳动力", "务工", "乡（镇）外县内"],
      [6, "横岗村", "叶汉明", "441781197309186191", "普通劳动力", null, null],
    ],
  };
  const { ledgers, diagnostics } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.poorPersons.map((p) => [p.name, p.labour, p.migrant])).toEqual([
    ["黄伟文", true, false],
    ["邓玉兰", true, false],
    ["黄伟强", true, true],
    ["陈彩霞", true, true],
    ["莫伟文", true, false],
    ["叶汉明", true, null],
  ]);
  expect(diagnostics.list.filter((d) => d.message.includes("不是“是/否”"))).toEqual([]);
});
