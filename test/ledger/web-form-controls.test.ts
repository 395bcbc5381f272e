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

const claimsOf = (sheet: Sheet) => Object.fromEntries(readFactsSheet(sheet, GD_2019).claims.map((c) => [c.indicator, c.value]));

test("a Word form in sections by indicator (二、组织领导（2分） | | | 2分) with ticked brackets （√）已正式印发　（　）未印发 and points typed as text", () => {
  const sheet: Sheet = {
    name: "一表通",
    rows: [
      ["序号", "项　　目", "填　报　内　容", "自评得分", "佐证编号"],
      ["一、基本情况", null, null, null, null],
      ["1", "常住人口", "76.85万人（第七次全国人口普查）；户籍人口88.62万人", null, "1-1"],
      ["二、组织领导（2分）", null, null, "2分", null],
      ["3", "领导小组组长", "区委副书记、区长", null, "2-1"],
      ["三、方案制定（2分）", null, null, "2分", null],
      ["5", "示范创建工作方案", "（√）已正式印发　（　）未印发　　高府办〔2020〕9号", "2", "3-1"],
      ["四、政策支持（2分）", null, null, "1分", null],
      ["6", "农村电商扶持政策", "（√）已出台　（　）未出台　　《农村电子商务发展扶持办法（试行）》，部分条款尚在落实", "1", "4-1"],
      ["五、项目管理（4分）", null, null, "3分", null],
      ["7", "项目管理制度", "（√）已建立，建设、验收环节执行到位", "2", "5-1"],
      ["十、信息公开（4分）", null, null, "3分", null],
      ["22", "专栏公示内容", "（√）创建方案　（√）项目基本信息　（√）建设进度　（　）征求意见或监督举报窗口", null, "10-1"],
    ],
    merges: [3, 5, 7, 9, 11].map((r) => ({ top: r, left: 0, bottom: r, right: 2 })),
  };
  const facts = factsOf(sheet);
  // The resident population, not the registered one said after it on the same line.
  expect(facts.residentPopulation).toBe("76.85万人");
  expect([facts.planIssued, facts.policyIssued].map((v) => parseYesNo(v as string))).toEqual([true, true]);
  expect([facts["judged:org.plan"], facts["judged:org.policy"], facts["judged:org.management.system"]].map(Number)).toEqual([2, 1, 2]);
  expect([facts.disclosurePlan, facts.disclosureProjects, facts.disclosureProgress, facts.disclosureWindow].map((v) => parseYesNo(v as string))).toEqual([
    true,
    true,
    true,
    false,
  ]);
  expect(claimsOf(sheet)).toEqual({ "org.leadership": "2分", "org.plan": "2分", "org.policy": "1分", "org.management": "3分", "info.disclosure": "3分" });
});
