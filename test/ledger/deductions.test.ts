/** What a 扣分原因 says of an indicator's judged items: the one it names loses its points, 其余满分 the rest full. */
import type { Sheet } from "../../src/core/grid";
import { deductionsIn } from "../../src/ledger/facts/deductions";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("deductionsIn reads what lost how many points, and 其余各项满分", () => {
  const d = deductionsIn("交易标准、冷链溯源系统建设扣1分；其余各项满分");
  expect(d.map((x) => [x.what, x.points.toNumber()])).toEqual([["交易标准、冷链溯源系统建设", 1]]);
  expect(d.restFull).toBe(true);
  expect(deductionsIn("工作台账记录不够完整，扣1分").map((x) => x.what)).toEqual(["工作台账记录不够完整"]);
  expect(deductionsIn("/")).toEqual([]);
});

test("an official table's 扣分原因 gives the judged items of the indicator beside it", () => {
  const sheet: Sheet = {
    name: "自评表",
    rows: [
      ["评价指标", "权重（%）", "自评分", "扣分原因"],
      ["项目管理", 4, 3, "工作台账记录不够完整，扣1分"],
      ["农村产品上行", 10, 9, "交易标准、冷链溯源系统建设扣1分；其余各项满分"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(Object.fromEntries(ledgers.facts.map((f) => [f.key, f.value]))).toEqual({
    "judged:org.management.ledger": 1,
    "judged:work.upward.standards": 1,
    "judged:work.upward.research": 2,
    "judged:work.upward.promotion": 2,
  });
  expect(ledgers.facts.every((f) => f.note !== undefined)).toBe(true);
});
