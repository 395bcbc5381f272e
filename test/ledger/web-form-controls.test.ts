/**
 * Layouts met in the 217th–228th blind batches: a provincial system's fill-in page saved as Excel, its radio
 * buttons "(•) 是 ( ) 否" and its drop-downs "2分 ▾" kept as characters.
 */
import type { Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { parseYesNo } from "../../src/ledger/normalize/yesno";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const factsOf = (sheet: Sheet) => Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, e.value]));

test("a system page's radio buttons (•) / ( ) and drop-down arrows (2分 ▾): the chosen button's answer, the value without its arrow", () => {
  const sheet: Sheet = {
    name: "自评填报（系统页面）",
    rows: [
      ["首页 > 考评管理 > 自评填报"],
      ["▍三、县级电子商务公共服务中心及产业园"],
      ["* 投入运营日期", "2021-02-28", null, "格式：yyyy-mm-dd"],
      ["* 免费培训场所及设备", "(•) 是　( ) 否"],
      ["* 免费摄影、美工服务", "( ) 是　(•) 否"],
      ["* 其他衍生增值服务", "（ ）是　（•）否", null, "金融对接等尚未开展"],
      ["▍四、农村产品上行"],
      ["* 专业第三方电子商务运营服务商", "(•) 有　( ) 无"],
      ["▍七、财政资金管理"],
      ["* 资金管理制度", "(•) 已制定　( ) 未制定"],
      ["* 资金专用台账", "(•) 已建立　( ) 未建立"],
      ["▍九、主观评分项"],
      ["评分项", "分值范围", "自评分", "说明"],
      ["项目管理制度", "1-2", "2分 ▾", null],
      ["工作台账", "1-2", "1分 ▾", "部分台账2021年才补建"],
    ],
  };
  const facts = factsOf(sheet);
  const answers = [facts.centerFreeTraining, facts.centerPhoto, facts.centerOther, facts.thirdPartyOperator].map((v) => parseYesNo(v as string));
  expect(answers).toEqual([true, false, false, true]);
  // (The boxes a radio line becomes are its line's answer, never a label of the line below.)
  expect([parseYesNo(facts.fundSystemIssued as string), parseYesNo(facts.fundLedgerKept as string)]).toEqual([true, true]);
  expect([facts["judged:org.management.system"], facts["judged:org.management.ledger"]]).toEqual(["2分", "1分"]);
});
