/** A date kept in three columns: 发布时间 merged over 年 | 月 | 日. */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet = (rows: (string | number | null)[][]): Sheet => ({
  name: "专栏更新记录",
  rows: [
    ["某县人民政府门户网站“电子商务进农村综合示范”专栏更新记录"],
    ["序号", "发布时间", null, null, "信息标题", "所属子栏目"],
    [null, "年", "月", "日", null, null],
    ...rows,
  ],
  merges: [
    { top: 1, left: 1, bottom: 1, right: 3 },
    { top: 1, left: 0, bottom: 2, right: 0 },
    { top: 1, left: 4, bottom: 2, right: 4 },
    { top: 1, left: 5, bottom: 2, right: 5 },
  ],
});

test("each record's day is put together from its 年, 月 and 日 cells", () => {
  const { ledgers } = readLedgers(
    {
      sheets: [
        sheet([
          [1, 2020, 9, 18, "关于印发实施方案的通知", "创建方案"],
          [2, "2021年", "2月", "25日", "项目建设进度（2021年1月）", "建设进度"],
        ]),
      ],
    },
    GD_2019,
  );
  expect(ledgers.disclosures.map((d) => d.date)).toEqual([
    { y: 2020, m: 9, d: 18 },
    { y: 2021, m: 2, d: 25 },
  ]);
});

test("three cells that make no day are said so at the row, and the row counts as undated", () => {
  const { ledgers, diagnostics } = readLedgers({ sheets: [sheet([[1, 2021, 2, 30, "项目建设进度", "建设进度"]])] }, GD_2019);
  expect(ledgers.disclosures[0]?.date).toBeNull();
  expect(diagnostics.list.some((d) => d.sheet === "专栏更新记录" && d.cell === "B4" && /2021-2-30.*不是有效日期/.test(d.message))).toBe(true);
});
