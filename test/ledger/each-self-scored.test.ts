/**
 * 怀集's report pasted into one cell (48th blind batch): "制定了项目管理办法并建立工作台账，项目管理制度、
 * 工作台账各自评2分" gives each of the two items its 2 points.
 */
import { statementsOf } from "../../src/ledger/facts/sentences";
import { factsVocabulary } from "../../src/ledger/facts/vocabulary";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { factsOf } from "../corpus/read-facts";

test("items named together with 各自评N分: each its own points", () => {
  const rows = [
    ["某县电子商务进农村综合示范创建自评情况"],
    [
      "一、组织领导与制度建设\n县成立了由县委副书记、县长任组长的领导小组。2020年1月正式印发《某县电子商务进农村综合示范县创建工作方案》，方案制定自评2分；制定了项目管理办法并建立工作台账，项目管理制度、工作台账各自评2分。\n二、财政资金管理\n制定了专项资金管理办法，资金管理制度、资金台账均自评4分。",
    ],
  ];
  const got = factsOf({ sheets: [{ name: "自评情况", rows }] });
  expect(got.judged).toMatchObject({ "org.plan": 2, "org.management.system": 2, "org.management.ledger": 2, "fund.system": 4, "fund.ledger": 4 });
});

test("a single item's 自评 is untouched", () => {
  const vocab = factsVocabulary(GD_2019);
  const scores = (t: string) => vocab.inputs.match(t, 0.5);
  const points = statementsOf("方案制定自评2分", scores, 0.6, 0.05).filter((s) => s.kind === "points");
  expect(points.map((s) => [s.label, s.value])).toEqual([["方案制定", "2分"]]);
});

test("items named together in a speech, 都按N分 / 均给N分: each its own points", () => {
  const rows = [
    ["在全区电子商务进农村综合示范创建考评迎检工作推进会上的讲话"],
    ["区商务局初步自评，主观评分项里：方案制定、政策支持都按2分；项目管理制度2分，工作台账只能给1分；资金台账、资金及时拨付均给4分。"],
  ];
  const got = factsOf({ sheets: [{ name: "自评情况", rows }] });
  expect(got.judged).toMatchObject({ "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "fund.ledger": 4, "fund.spending": 4 });
});
