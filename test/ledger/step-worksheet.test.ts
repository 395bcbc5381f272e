/**
 * A clerk's worksheet by steps (遂溪): 评价指标 | 步骤 | 内容 | 出处／佐证, each indicator's 查 rows (what the
 * files show), 算 rows (the clerk's own arithmetic, no inputs) and its 评 row (the claim, the judged
 * items' split inside it).
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { withStepRows } from "../../src/ledger/facts/step-rows";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["编号", "评价指标（满分）", "步骤", "内容", "出处／佐证"],
  ["一", "组织领导（2分）", "查", "成立领导小组：县委副书记、县长任组长", "某府办函〔2019〕16号"],
  [null, null, "算", "主要领导牵头 → 够2分档", null],
  [null, null, "评", "2分", null],
  ["四", "项目管理（4分）", "查", "制定《项目建设管理办法》", "某商〔2020〕3号"],
  [null, null, "评", "3分（管理制度2分＋工作台账1分）", null],
  ["八", "电商人才培训（20分）", "查", "普及培训34期5,130人次", "附3"],
  [null, null, "算", "5,250÷500,000＝1.05%，≥1% → 10分", null],
  [null, null, "评", "20分", null],
  ["七", "农村产品上行（10分）", "查", "举办网络促销活动6场", null],
  [null, null, "评", "9分＝网销调研2＋促销活动2＋第三方1＋快递1＋交易标准和冷链溯源1＋增速2", null],
];

test("the arithmetic is left out and each 评 row is written as its indicator's claim line", () => {
  const sheet = withStepRows({ name: "自评底表", rows });
  expect(sheet.rows[2][3]).toBeNull();
  expect(sheet.rows[3][3]).toBe("组织领导自评2分");
  expect(sheet.rows[5][3]).toBe("项目管理：管理制度2分，工作台账1分，合计自评3分");
  expect(sheet.rows[10][3]).toBe("农村产品上行：网销调研2分，促销活动2分，第三方1分，快递1分，交易标准和冷链溯源1分，增速2分，合计自评9分");
  // (The 查 rows are the sheet's own.)
  expect(sheet.rows[1]).toBe(rows[1]);
});

test("the claims, the items' points and the facts are read; the arithmetic's figures are not", () => {
  const r = readFactsSheet({ name: "自评底表", rows }, GD_2019);
  const claims = Object.fromEntries(r.claims.map((c) => [c.indicator, c.value]));
  expect(claims).toMatchObject({ "org.leadership": 2, "org.management": 3, "work.training": 20, "work.upward": 9 });
  const value = (k: string) => r.entries.find((e) => e.key === k)?.value;
  expect(value("judged:org.management.system")).toBe("2分");
  expect(value("judged:org.management.ledger")).toBe("1分");
  expect(value("judged:work.upward.research")).toBe("2分");
  expect(value("trainingPersonTimesStated")).toBe("5,130人次");
  // (The 出处 is no answer: the leader is read from the 查 row's words.)
  expect(value("leadTitle")).toBeUndefined();
});
