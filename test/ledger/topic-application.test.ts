/**
 * 湘桥's 区政府常务会议议题申报表: the facts in its numbered paragraphs, the first saying whose date it
 * is (一、基本情况（数据截至2021年8月31日…）), a later one dating an account by 截至; under them the
 * departments' sign-off table, each 意见 merged over three columns with its 负责人 and 日期 beside it.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { formatDate } from "../../src/scoring/dates";
import { groupAbove } from "../../src/ledger/facts/group-headers";

const merged = (top: number, left: number, right: number) => ({ top, left, bottom: top, right });

const application: Sheet = {
  name: "议题申报表",
  rows: [
    ["潮州市湘桥区人民政府常务会议议题申报表", null, null, null, null, null],
    ["编号：湘府常议〔2021〕37号", null, null, "申报日期：2021年9月6日", null, null],
    ["议题名称", "关于湘桥区电子商务进农村综合示范创建考评自评情况的汇报", null, null, null, null],
    ["提请单位", "区商务局", "汇报人", "区商务局局长 黄××", "联系人", "电商股 陈××"],
    ["列席单位", "区财政局、区农业农村局、区乡村振兴局", null, null, null, null],
    ["议题来源", "省商务厅通知；市商务局要求9月15日前报送自评报告", null, null, null, null],
    ["是否经合法性审查", "否（不涉及）", "是否需公开", "是", "是否涉密", "否"],
    ["议题主要内容", "一、基本情况（数据截至2021年8月31日，即省考评截止日）。全区共有40个行政村，其中省定贫困村3个；全区常住人口46.85万人。", null, null, null, null],
    [null, "二、资金管理。截至2021年7月31日累计拨付省级专项资金351.24万元，拨付率70.2%。", null, null, null, null],
    ["部门会签意见", null, null, null, null, null],
    ["会签单位", "意见", null, null, "负责人", "日期"],
    ["区财政局", "同意。经核，截至2021年8月31日已拨付351.24万元；9月1日又拨付42万元。", null, null, "蔡××", "2021.9.6"],
    ["区乡村振兴局", "同意。贫困人口数据与国扶系统一致。", null, null, "许××", "2021.9.6"],
    ["区统计局", "同意。常住人口采用第七次全国人口普查数据。", null, null, "陈××", "2021.9.7"],
  ],
  merges: [
    merged(0, 0, 5),
    merged(2, 1, 5),
    merged(4, 1, 5),
    merged(5, 1, 5),
    merged(7, 1, 5),
    merged(8, 1, 5),
    merged(9, 0, 5),
    merged(10, 1, 3),
    merged(11, 1, 3),
    merged(12, 1, 3),
    merged(13, 1, 3),
  ],
};

function read() {
  const r = readLedgers({ sheets: [application] }, GD_2019);
  return { r, input: toScoringInput(r.ledgers, GD_2019, r.diagnostics) };
}

test("the cut-off is the one the opening paragraph gives its data, not a sign-off's date nor an account's 截至", () => {
  const { r, input } = read();
  const asOf = r.ledgers.facts.filter((e) => e.key === "asOf");
  expect(asOf.map((e) => [e.value, e.cell])).toEqual([["2021年8月31日", "B8"]]);
  const f = input.facts.asOf;
  expect(f?.kind === "date" && formatDate(f.value)).toBe("2021-08-31");
});

test("an opinion merged like the one above it is the next department's, not a sub-header under it", () => {
  expect(groupAbove(application, 12, 1)).toBeUndefined();
  // (A narrower cell under a merged label is still read with it: 农村网络零售额 over 2019年 | 2020年.)
  const wide: Sheet = {
    name: "数据",
    rows: [
      ["常住人口（万人）", "农村网络零售额（万元）", null, "行政村数（个）"],
      [null, "2019年", "2020年", null],
    ],
    merges: [merged(0, 1, 2)],
  };
  expect(groupAbove(wide, 1, 1)).toBe("农村网络零售额（万元）");
});
