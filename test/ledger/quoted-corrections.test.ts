/**
 * 仲恺's two telegrams typed into one sheet: the first with its paragraphs and its annex of judged
 * items, the second a day later correcting three of its figures by quoting them.
 */
import type { Sheet } from "../../src/core/grid";
import { withQuotedCorrections } from "../../src/ledger/facts/quoted-corrections";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const telegrams: Sheet = {
  name: "明传电报",
  rows: [
    ["惠州仲恺高新区管委会明传电报", null, null, null, null],
    ["　　五、电商培训。累计开展电商培训4,386人次。", null, null, null, null],
    ["　　七、资金管理。省级下达专项资金500万元，截至8月31日累计拨付386.45万元，项目总体进度92%。", null, null, null, null],
    ["　　附件：主观评分项自评表", null, null, null, null],
    ["序号", "评分项", "分值", "自评分", "说明"],
    [5, "网销调研", "1-2分", 1, "已开展摸底调研"],
    [6, "网络促销活动", "1-2分", 2, null],
    ["关于更正仲恺明电〔2021〕31号部分数据的电报", null, null, null, null],
    ["　　1．正文第五部分“累计开展电商培训4,386人次”更正为“累计开展电商培训4,268人次”（原数误将9月2日开班的第21期118人次计入）。", null, null, null, null],
    ["　　2．正文第七部分“截至8月31日累计拨付386.45万元”更正为“截至8月31日累计拨付362.85万元”。", null, null, null, null],
    ["　　3．附件第5项“网销调研”自评分由1分更正为2分。", null, null, null, null],
  ],
  // Each paragraph merged across the sheet, as typed.
  merges: [1, 2, 3, 7, 8, 9, 10].map((r) => ({ top: r, left: 0, bottom: r, right: 4 })),
};

test("the paper as corrected: the quoted words replaced, the item's points on its line, the correcting lines spent", () => {
  const rows = withQuotedCorrections(telegrams).rows;
  expect(rows[1][0]).toContain("4,268人次");
  expect(rows[2][0]).toContain("362.85万元");
  expect(rows[5]).toEqual([5, "网销调研", "1-2分", 2, "已开展摸底调研"]);
  expect(rows[6]).toEqual([6, "网络促销活动", "1-2分", 2, null]);
  expect(rows.slice(8).map((r) => r[0])).toEqual([null, null, null]);
});

test("read so, the corrected figures and points stand", () => {
  const got = Object.fromEntries(readFactsSheet(telegrams, GD_2019).entries.map((e) => [e.key, e.value]));
  expect(got.trainingPersonTimesStated).toBe("4,268人次");
  expect(got.fundSpentStated).toBe("362.85万元");
  expect(got["judged:work.upward.research"]).toBe(2);
});

test("a sheet with no quoted correction is left as it is", () => {
  const plain: Sheet = {
    name: "x",
    rows: [
      ["常住人口", "42万人"],
      ["备注", "培训人次改为按台账统计"],
    ],
  };
  expect(withQuotedCorrections(plain)).toBe(plain);
});
