/**
 * Facts sheets read nearly whole before, each missing one line: a Word table's label merged down over
 * two lines (花都), a bare question after its subject (潮阳), a scoring card's ticked options (佛冈),
 * a fund's sum said as 省级专项资金 and its spending as a rate beside the sum (恩平, 梅县).
 */
import type { Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (sheet: Sheet) => Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, String(e.value)]));

test("a label merged down over two lines is each line's: the second line's sentence is read with it", () => {
  const rows = [
    ["类别", "项目", "情况", "备注"],
    [null, "建档立卡贫困人口", "有劳动能力且未外出务工：1,386人", "区乡村振兴局核定"],
    [null, null, "参加电商培训：702人", null],
  ];
  const merged = read({ name: "基本情况表", rows, merges: [{ top: 1, left: 1, bottom: 2, right: 1 }] });
  expect(merged.eligiblePoorPersonsStated).toBe("1,386人");
  expect(merged.trainedPoorPersonsStated).toBe("702人");
  // (Not merged, the line names no one: 参加电商培训 alone is no poor person's figure.)
  expect(read({ name: "基本情况表", rows }).trainedPoorPersonsStated).toBeUndefined();
});

test("a bare question asks of the subject left of it, not of the input its words resemble", () => {
  const got = read({
    name: "基本情况登记表",
    rows: [
      ["分组", "项目", "情况", "项目", "情况"],
      ["电商产业园", "是否建设", "已建成（谷饶镇）", "入驻企业数", "26家"],
      [null, "项目总体进度", "88%", null, null],
    ],
  });
  expect(got.parkBuilt).toBe("已建成（谷饶镇）");
  expect(got.overallProgress).toBe("88%");
});

test("a scoring card's ticked options answer their line; an option box is no label of the line below", () => {
  const got = read({
    name: "自评计分卡",
    rows: [
      ["序号", "评价指标", "评分项", "完成情况", "达到档次（☑）", null, "指标自评分"],
      [null, null, "有免费培训场所、培训设备，能组织电商基础培训", "培训室1间、电脑40台", "☑ 达到（2分）", "☐ 未达到（0分）", null],
      [null, null, "为特色农产品提供免费展示、销售服务", "展示区免费展示本地农特产品120余款", "☑ 达到（1分）", "☐ 未达到（0分）", null],
      [null, null, "为电子商务市场主体提供免费摄影、美工服务", "摄影棚正在装修，目前由运营商有偿提供", "☐ 达到（1分）", "☑ 未达到（0分）", null],
    ],
  });
  expect(got.centerDisplay).toBe("是");
  expect(got.centerPhoto).not.toBe("是");
});

test("省级专项资金 alone is the sum given; with 拨付 it is what was spent, its 拨付率 no sum, its 办法 no sum", () => {
  const spoken = read({
    name: "发布会实录",
    rows: [
      ["序号", "发言人", "发言内容"],
      [1, "局长", "四是资金使用规范。省级专项资金500万元，已累计拨付411.2万元，拨付率82.2%。"],
    ],
  });
  expect(spoken.fundAllocated).toBe("500万元");
  expect(spoken.fundSpentStated).toBe("411.2万元");
  const table = read({
    name: "考评基础数据表",
    rows: [
      ["序号", "数据项", "数值", "备注"],
      [1, "省级专项资金下达", 500, null],
      [2, "累计拨付省级专项资金", 417.26, "截至8月31日"],
      [3, "省级专项资金拨付率", 83.5, "417.26÷500"],
      [4, "已制定《某县省级电商进农村专项资金管理办法》", "是", null],
    ],
  });
  expect(table.fundAllocated).toBe("500");
  expect(table.fundSpentStated).toBe("417.26");
});
