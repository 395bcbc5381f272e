/**
 * Two readings a clerk's own self-score sheet (德庆's 打分单) needed: a line that names the leader
 * itself is the leader's line, whatever stands under it; and an indicator of one judged item claimed
 * on its own row is that item's points, even when the account lines under it carry no points.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const inputOf = (sheet: Sheet) => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  return toScoringInput(read.ledgers, GD_2019, read.diagnostics);
};

test("a sentence naming the leader takes its leader from its own words, not the members' line under it", () => {
  const read = readFactsSheet(
    {
      name: "情况",
      rows: [
        ["2019年11月8日成立县电子商务进农村综合示范县创建工作领导小组（翁府办函〔2019〕118号），县委副书记、县长任组长，常务副县长任副组长。"],
        ["成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局（原县扶贫办）、县市场监管局。"],
      ],
    },
    GD_2019,
  );
  const lead = read.entries.find((e) => e.key === "leadTitle");
  expect([lead?.value, lead?.cell]).toEqual(["县委副书记、县长", "A1"]);
  expect(read.entries.find((e) => e.key === "departments")?.value).toContain("县财政局");
});

test("a label naming the post (领导小组牵头领导职务) still takes the value beside it", () => {
  const input = inputOf({
    name: "填报",
    rows: [
      ["指标名称", "填报值"],
      ["领导小组牵头领导职务", "市长"],
      ["常住人口（人）", 748777],
    ],
  });
  expect(input.facts.leadTitle?.value).toBe("市长");
});

test("an indicator of one judged item claimed on its row gives the item its points; an account line under it leaves nothing blank", () => {
  const input = inputOf({
    name: "打分单",
    rows: [
      ["德庆县电商进农村示范县考评 打分单"],
      ["序", "考评项（我们的说法）", "满分", "自评", "分项得分", "依据（见底数本）"],
      ["1", "谁牵头（组织领导）", 2, 2, null, null],
      [null, "└ 县长当组长，商务、财政、农业农村、乡村振兴都在小组里", null, null, null, "乙1、乙2"],
      ["2", "方案", 2, 2, null, null],
      [null, "└ 方案正式印发，按德庆实际写的，能操作", null, null, null, "乙3"],
      ["3", "政策", 2, 1, null, null],
      [null, "└ 扶持办法出了，但只兑现了两批，落实一般，打1分", null, null, null, "乙4"],
      ["4", "项目管理", 4, 3, null, null],
      [null, "└ 管理制度（建设、验收都按办法走）", null, null, 2, "乙5"],
      [null, "└ 工作台账（站点视频没补齐，扣1分）", null, null, 1, "乙6"],
      ["14", "资金台账", 5, 4, null, null],
      [null, "└ 专用台账建了，个别凭证后补", null, null, null, "辛4"],
    ],
  });
  expect(input.judgements["org.plan"]?.points.toNumber()).toBe(2);
  expect(input.judgements["org.policy"]?.points.toNumber()).toBe(1);
  expect(input.judgements["fund.ledger"]?.points.toNumber()).toBe(4);
});
