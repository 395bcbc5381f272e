/**
 * Two slips between a line and its answer: an answer written down as to be left empty
 * ("（空着）", 龙川's how-to) taken for a label, and a rate beside a judged item (资金支出率 82.54
 * above 资金及时拨付 1-5, 澄海's return) taken for the item's points.
 */
import type { Sheet } from "../../src/core/grid";
import { withLeftBlank } from "../../src/ledger/facts/left-blank";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const judged = (sheet: Sheet) =>
  Object.fromEntries(
    readFactsSheet(sheet, GD_2019)
      .entries.filter((e) => e.key.startsWith("judged:"))
      .map((e) => [e.key.slice(7), String(e.value)]),
  );

test("an answer left to be filled in later is no answer, and the next line keeps its own", () => {
  const sheet: Sheet = {
    name: "填报指引",
    rows: [
      ["步骤", "输入框", "我县填写", "系统示例", "注意"],
      [41, "网销调研（1-2分）", "2", "请选择", ""],
      [42, "网络促销活动（1-2分）", "（空着）", "请选择", "局长还没定1分还是2分"],
      [43, "交易标准与冷链溯源（1-2分）", "1", "请选择", ""],
    ],
  };
  expect(withLeftBlank(sheet).rows[2][2]).toBeNull();
  expect(judged(sheet)).toEqual({ "work.upward.research": "2", "work.upward.standards": "1" });
});

test("a rate far above an item's full marks is not its points", () => {
  const sheet: Sheet = {
    name: "考评数据申报表",
    rows: [
      ["项目", "栏次", "累计数"],
      ["累计拨付（元）", "40", "4,126,800.00"],
      ["资金支出率（%）", "41=40÷39", 82.54],
      ["资金管理制度（1-5）", "52", 5],
      ["资金及时拨付（1-5）", "54", 4],
    ],
  };
  expect(judged(sheet)).toEqual({ "fund.system": "5", "fund.spending": "4" });
});
