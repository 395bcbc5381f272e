/**
 * Figures reconciled like a bank statement (a 考评数据调节表): each figure a block under its own
 * title, the ledger's side and the system's each brought by 加：/ 减： lines to one 调节后余额, the
 * figure reported; and beside them answers of a free service that is charged for.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { verdictOf } from "../../src/ledger/facts/values";
import { parseYesNo } from "../../src/ledger/normalize/yesno";
import type { RubricInput } from "../../src/scoring/rubric";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某县考评数据调节表"],
  ["（一）电商培训人次（单位：人次）"],
  ["行次", "台账方", "数额", null, "系统方", "数额", "备注"],
  [1, "台账数（截至2021年9月10日）", 4210, null, "系统数（截至6月30日录入）", 3102, null],
  [2, "减：第16期（截止日后）", 360, null, "加：7—8月第13—15期", 748, null],
  [3, "调节后余额", 3850, null, "调节后余额", 3850, "＝本次上报数"],
  ["（二）累计拨付省级专项资金（单位：元）"],
  ["行次", "台账方", "数额", null, "系统方", "数额", "备注"],
  [4, "资金台账累计拨付", "3,980,000.00", null, "系统数", "3,200,000.00", null],
  [5, "减：9月拨付尾款（截止日后）", "150,000.00", null, "加：7—8月拨付", "630,000.00", null],
  [6, "调节后余额", "3,830,000.00", null, "调节后余额", "3,830,000.00", "＝本次上报数"],
  [],
  ["三、定性事项"],
  ["行次", "事项", "情况"],
  [7, "中心摄影、美工服务", "有，按成本价收费（不免费）"],
  [8, "中心免费培训场所、培训设备", "有，免费提供"],
];

test("each block is its 调节后余额; neither side's starting figure nor an adjustment is read", () => {
  const r = readFactsSheet({ name: "数据调节表", rows }, GD_2019);
  const values = (k: string) => r.entries.filter((e) => e.key === k).map((e) => e.value);
  expect(values("trainingPersonTimesStated")).toEqual([3850]);
  expect(values("fundSpentStated")).toEqual(["3,830,000.00"]);
});

test("a free service answered 有 but charged for is no free service; one provided free is", () => {
  const r = readFactsSheet({ name: "数据调节表", rows }, GD_2019);
  const answer = (k: string) => {
    const said = r.entries.find((e) => e.key === k)?.value as string;
    return verdictOf(GD_2019.inputs.find((i) => i.key === k) as RubricInput, said) ?? parseYesNo(said);
  };
  expect(r.entries.find((e) => e.key === "centerPhoto")?.value).toBe("有，按成本价收费（不免费）");
  expect(answer("centerPhoto")).toBe(false);
  expect(answer("centerFreeTraining")).toBe(true);
});
