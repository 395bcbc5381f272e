/**
 * A leader's speech transcribed (霞山, 87th blind batch): the centre's services said aloud ("给企业免费拍
 * 产品、做美工", "金融对接、法律咨询这些衍生服务也都有") are the rubric's; an item's points said aloud
 * ("资金管理制度5分，资金台账4分") are its points, never a statement that the item was done.
 */
import { listedItems } from "../../src/ledger/facts/sentences";
import { factsOf } from "../corpus/read-facts";

const got = factsOf({
  sheets: [
    {
      name: "自评情况",
      rows: [
        ["在全区电子商务进农村综合示范创建考评迎检工作推进会上的讲话"],
        [
          "服务体系方面，区电商公共服务中心于2020年12月8日正式投入运营。中心有免费的培训教室和设备，能组织电商基础培训；一楼展厅给我们的特色农产品免费展示、代销；给企业免费拍产品、做美工；金融对接、法律咨询这些衍生服务也都有。",
        ],
        ["三是主观评分。区商务局初步自评：项目管理制度2分，工作台账只能给1分；资金管理制度5分，资金台账4分，资金及时拨付4分。"],
      ],
    },
  ],
});

test("services said aloud are the rubric's", () => {
  expect(got.facts).toMatchObject({ centerPhoto: true, centerOther: true, centerDisplay: true, centerFreeTraining: true });
});

test("points said aloud are points, and say nothing was done", () => {
  expect(got.judged).toMatchObject({ "org.management.system": 2, "org.management.ledger": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4 });
  expect(got.facts.fundSystemIssued).toBeUndefined();
  expect(got.facts.fundLedgerKept).toBeUndefined();
});

test("what a facility is said to have, two things joined by 和, is each of them", () => {
  expect(listedItems("中心有免费培训室和农特产品免费展示展销厅")).toEqual(expect.arrayContaining(["中心有免费培训室", "中心有农特产品免费展示展销厅"]));
  // (A bare 有 elsewhere lists nothing: "有劳动能力和…" is no facility's.)
  expect(listedItems("有劳动能力和未外出务工的贫困人口1236人")).toEqual([]);
});
