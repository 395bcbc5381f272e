/** A 更正稿: values read as they stand now, footnote marks and 作废 aside. */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { correctedValue } from "../../src/ledger/facts/corrections";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test.each([
  ["原填152,380，更正为153,760", "153,760"],
  ["原填4,405人，更正为4,512人", "4,512人"],
  ["原填否，更正为是", "是"],
  ["原填2020.6.8，更正为2020.6.18", "2020.6.18"],
  ["407（更正）", "407"],
  ["105.04※", "105.04"],
  ["10,682②", "10,682"],
  ["是③", "是"],
  // A self-score revised after the city's first review: the points as they are now.
  ["2→1", "1"],
  ["4→3分", "3分"],
  ["原报13分，现调整为11分", "11分"],
  ["8（调整后7）", "7"],
  ["0→2分", "2分"],
])("%s → %s", (v, now) => expect(correctedValue(v)).toBe(now));

test("a struck-out value is none; a plain value or a number is as it was", () => {
  expect(correctedValue("（作废）")).toBeNull();
  expect(correctedValue("已印发")).toBe("已印发");
  expect(correctedValue(42)).toBe(42);
});

test("a range or a date with a dash is no revision", () => {
  expect(correctedValue("1-2分")).toBe("1-2分");
  expect(correctedValue("2020.9-2021.8")).toBe("2020.9-2021.8");
});

test("a revised claim and the points revised in its account are read as they stand now; the account line is no blank item", () => {
  const sheet: Sheet = {
    name: "自评表（修改稿）",
    rows: [
      ["序号", "工作任务", "评价指标", "分值", "自评得分", "备注"],
      [4, "加强组织领导与统筹协调（10分）", "项目管理", 4, "4→3分", "9.6核改"],
      [null, null, "自评说明：①项目管理制度：已制定项目管理办法，2分；②工作台账：部分站点台账记录不全，由2分调整为1分。"],
      [7, "深入推动电子商务进农村工作（55分）", "农村产品上行", 10, "8（调整后7）", "9.6核改"],
      [null, null, "自评说明：网销调研2分；网络促销活动2分；交易标准与冷链溯源由2分调为1分。"],
      [15, "加强财政资金管理（15分）", "资金支出", 5, "4分", null],
      [null, null, "自评说明：资金支出率78.6%，按创建进度及时拨付。"],
    ],
    // Each account merged across the line under its indicator.
    merges: [2, 4, 6].map((r) => ({ top: r, left: 2, bottom: r, right: 5 })),
  };
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  const claims = Object.fromEntries(Object.entries(input.claims ?? {}).map(([k, c]) => [k, c.points.toNumber()]));
  expect(claims).toMatchObject({ "org.management": 3, "work.upward": 7, "fund.spending": 4 });
  const judged = Object.fromEntries(Object.entries(input.judgements).map(([k, j]) => [k, j.points.toNumber()]));
  expect(judged).toMatchObject({ "org.management.system": 2, "org.management.ledger": 1, "work.upward.standards": 1, "fund.spending": 4 });
});
