/**
 * A poor roster kept one row per household: the other members listed in one cell are people of the
 * roster, each with the ID number, labour and work written after their name.
 */
import type { Sheet } from "../../src/core/grid";
import { householdMembers } from "../../src/ledger/household";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

describe("householdMembers", () => {
  test("members separated by ；, by lines, or by commas inside a member", () => {
    const one = householdMembers("谢珍英（妻）441623198104263400，普通劳动力，外出务工（东莞）；谢梅秀（女）441623201304273763，无劳动力，在校生");
    expect(one.members.map((m) => [m.id, m.after])).toEqual([
      ["441623198104263400", "，普通劳动力，外出务工（东莞）"],
      ["441623201304273763", "，无劳动力，在校生"],
    ]);
    const lines = householdMembers("1.曾娇娟 妻 441623198203239166 无劳动力 —\n2.邱耀志 子 441623199306124235 技能劳动力 外出务工");
    expect(lines.members.map((m) => m.id)).toEqual(["441623198203239166", "441623199306124235"]);
  });

  test("无（单人户） lists nobody; a member without an ID number is said so", () => {
    expect(householdMembers("无（单人户）")).toEqual({ members: [], withoutId: [] });
    expect(householdMembers("张三（子），普通劳动力").withoutId).toEqual(["张三（子），普通劳动力"]);
  });
});

test("a household row gives the head and each member, with labour and work", () => {
  const sheet: Sheet = {
    name: "贫困户花名册",
    rows: [
      ["序号", "户主姓名", "身份证号码", "劳动能力", "务工情况", "家庭成员情况"],
      [
        1,
        "谢建国",
        "441623198110285032",
        "普通劳动力",
        "省外务工",
        "谢珍英（妻）441623198104263400，普通劳动力，外出务工（东莞）；谢娇梅（女）441623199807129448，普通劳动力，在家务农；谢梅秀（女）441623201304273763，无劳动力，在校生",
      ],
      [2, "颜美", "441623194809212728", "无劳动力", "—", "无（单人户）"],
    ],
  };
  const { ledgers, diagnostics } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.poorPersons.map((p) => [p.id?.text, p.labour, p.migrant])).toEqual([
    ["441623198110285032", true, true],
    ["441623198104263400", true, true],
    ["441623199807129448", true, false],
    ["441623201304273763", false, null],
    ["441623194809212728", false, null],
  ]);
  // "—" in 务工情况 is left blank on purpose: no warning.
  expect(diagnostics.list.filter((d) => d.severity === "warning")).toEqual([]);
});
