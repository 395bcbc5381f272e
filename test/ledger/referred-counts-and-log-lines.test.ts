/**
 * Layouts met in the 179th–192nd blind batches: persons counted on one line and referred to by their figure on the
 * next (上述215人中…129人), and a calendar grid of several logs, a line each (月报 | 报送日期 with its 含扶贫统计 marks
 * under it, 专栏 | 更新日期), the years merged over their months.
 */
import type { Merge, Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const m = (top: number, left: number, bottom: number, right: number): Merge => ({ top, left, bottom, right });
/** A letter's lines, each merged across the page as a letter pasted into a sheet is. */
const factsOf = (...lines: string[]) => {
  const rows = [["关于我区电商培训情况的说明"], ...lines.map((l) => [l])];
  const sheet: Sheet = { name: "情况说明", rows, merges: rows.map((_, r) => m(r, 0, r, 5)) };
  return Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, e.value]));
};

test("persons referred to by their figure on a later line (上述215人中…129人) are those the line above counted", () => {
  const facts = factsOf(
    "一、经核对帮扶系统，全区有劳动能力的相对贫困人口（建档立卡，不含外出务工人员）共215人；另有外出务工64人。",
    "二、上述215人中，截至2021年8月31日参加过电商培训的129人。",
  );
  expect(facts.eligiblePoorPersonsStated).toBe("215人");
  expect(facts.trainedPoorPersonsStated).toBe("129人");
});

test("…and said without naming those who did it (上述1,386人中，已参训702人): still read as the poor trained (a guard: read before the reference was)", () => {
  const facts = factsOf("一、全县有劳动能力的脱贫人口（不含外出务工人员）共1,386人。", "二、上述1,386人中，已参训702人，参训率50.6%。");
  expect(facts.eligiblePoorPersonsStated).toBe("1,386人");
  expect(facts.trainedPoorPersonsStated).toBe("702人");
});

test("a figure referred to that no line counted is left as it is: nothing is read as the poor trained", () => {
  const facts = factsOf("一、全区常住人口52万人。", "二、上述180人中，参加过电商培训的96人。");
  expect(facts.trainedPoorPersonsStated).toBeUndefined();
});

test("a calendar grid of several logs, a line each under months merged into years: each line its own log", () => {
  const sheet: Sheet = {
    name: "月报及专栏",
    rows: [
      ["某县示范创建月报报送及专栏更新登记"],
      ["项目", null, "2020年", null, null, "2021年", null, null, null, null, null, null, null],
      [null, null, "10月", "11月", "12月", "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月"],
      ["向市商务局报送月报", "报送日期", "10月28日", "11月26日", "12月28日", "1月27日", "2月26日", "3月29日", "4月27日", "5月27日", "6月28日", "7月29日", "8月27日"],
      [null, "附电商扶贫统计表", null, "√", "√", "√", "√", "√", "√", "√", "√", "√", "√"],
      ["县政府网电商进农村专栏", "更新日期", "10月12日", "11月10日", "（无更新）", "1月15日", "2月9日", "3月11日", "4月13日", "5月12日", "6月10日", "7月14日", "8月11日"],
      ["注：格内为当月报送、发布日期，年份见表头。"],
    ],
    merges: [m(0, 0, 0, 12), m(1, 0, 2, 1), m(1, 2, 1, 4), m(1, 5, 1, 12)],
  };
  const { ledgers, diagnostics } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.reports.map((r) => formatDate(r.date!))).toEqual([
    "2020-10-28",
    "2020-11-26",
    "2020-12-28",
    "2021-01-27",
    "2021-02-26",
    "2021-03-29",
    "2021-04-27",
    "2021-05-27",
    "2021-06-28",
    "2021-07-29",
    "2021-08-27",
  ]);
  expect(ledgers.reports.filter((r) => r.poverty === true)).toHaveLength(10);
  // Each report is the cell of its day on the real sheet (the 11月 column is D, the first line 4).
  expect(ledgers.reports[1].source).toEqual({ sheet: "月报及专栏", row: 4 });
  expect(ledgers.disclosures.map((d) => formatDate(d.date!))).toHaveLength(10);
  expect(ledgers.disclosures[0].source.row).toBe(6);
  expect(diagnostics.list.some((d) => d.sheet === "月报及专栏" && d.message.includes("县政府网电商进农村专栏"))).toBe(true);
});
