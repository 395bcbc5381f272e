/**
 * 惠城's facts as the centre operator's monthly report gives them: a table of services (服务项目 |
 * 是否开展 | 是否免费, 摄影、美工 offered but charged for), and the district's figures only in its
 * sentences (全区94个行政村物流快递全部通达（覆盖率100%）, 区商务局提供的2020年…农产品网络零售额为5.46亿元).
 */
import type { Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { statementsOf } from "../../src/ledger/facts/sentences";
import { factsVocabulary } from "../../src/ledger/facts/vocabulary";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const report: Sheet = {
  name: "运营月报2021.08",
  rows: [
    ["惠城区电子商务公共服务中心运营月报", null, null, null, null],
    ["三、服务功能开展情况", null, null, null, null],
    ["服务项目", "是否开展", "是否免费", "收费标准", "说明"],
    ["电商基础培训（二层培训室80座，电脑40台）", "✔", "免费", "—", "每月不少于2期"],
    ["特色农产品展示、销售（一层展销厅）", "✔", "免费", "—", "免费上架展示"],
    ["摄影、美工", "✔", "收费", "产品拍摄30元/款起", "按成本价收取"],
    ["四、区域电商及物流情况", null, null, null, null],
    ["1. 物流共配：区级共配中心已与邮政、中通、韵达等合作，全区94个行政村物流快递全部通达（覆盖率100%）。", null, null, null, null],
    ["2. 区商务局提供的2020年全区农产品网络零售额为5.46亿元（区统计局口径），同比增长31.2%。", null, null, null, null],
  ],
};

const read = () => Object.fromEntries(readFactsSheet(report, GD_2019).entries.map((e) => [e.key, e.value]));

test("a service offered but charged for is no free one; those offered free are", () => {
  const got = read();
  expect(got.centerFreeTraining).toBe("✔");
  expect(got.centerDisplay).toBe("✔");
  expect(got.centerPhoto).toBe("否（收费）");
});

test("the villages counted before what they all have, and a rate in brackets closing the clause, are the district's figures", () => {
  const got = read();
  expect(got.adminVillagesStated).toBe("94个");
  expect(got.expressCoverage).toBe("是");
});

test("a figure said to be given by an office (区商务局提供的2020年…) is that year's figure, not a label of its own", () => {
  expect(read().agriRetail2020).toBe("5.46亿元");
  const v = factsVocabulary(GD_2019);
  const labels = statementsOf("区商务局提供的2020年全区农产品网络零售额为5.46亿元，同比增长31.2%", (t) => v.inputs.match(t), 0.6, 0.05)
    .filter((s) => s.kind === "figure")
    .map((s) => s.label);
  expect(labels).toEqual(["2020年农产品网络零售额", "2020年农产品网络零售额同比增长"]);
});
