/**
 * A reply to the city's review pasted into column A: the city's questions quoted with "> " (the figures
 * as first sent), the county's answer under each after 答：. Each answer is read with what its
 * question is about; a "不变" answer keeps the question's own figure; the quoted lines, the mail's
 * header and its sender are no facts.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["发件人：某区商务局电商股 <ds@163.com>"],
  ["主题：回复：【请核实】某区考评基础数据表初审问题"],
  ["附件：资金专用台账.pdf"],
  [],
  ["> 1. 你区常住人口填报41.2万人，与七普公报不一致，请核实。"],
  ["答：已按七普公报更正为42.06万人。"],
  ["> 2. 省定贫困村数未填。"],
  ["答：7个。"],
  ["> 3. 行政村快递覆盖率填100%，邮政管理部门统计为97%，请核实。"],
  ["答：以邮政管理部门数据为准，已改为“否”。"],
  ["> 4. 2020年农村网络零售额增速填28.4%，请补充2019年、2020年数值。"],
  ["答：2019年9.15亿元，2020年11.75亿元，同比增长28.4%。"],
  ["> 5. 资金台账自评4分，请提供承建单位资金专用台账。"],
  ["答：已作为附件补充（见附件2），自评分不变。"],
  ["> 6. 有劳动能力贫困人口（不含外出务工）、参训贫困人口两项未填。"],
  ["答：分别为408人、215人。"],
];

const read = () => Object.fromEntries(readFactsSheet({ name: "回复邮件", rows }, GD_2019).entries.map((e) => [e.key, e.value]));

test("each answer is read with what its question is about", () => {
  const r = read();
  expect(String(r.residentPopulation)).toMatch(/42\.06万人$/);
  expect(r.poorVillagesStated).toBe("7个");
  expect(r.expressCoverage).toBe("否");
  expect(r.ruralRetail2019).toBe("9.15亿元");
  expect(r.ruralRetail2020).toBe("11.75亿元");
  expect(r.ruralRetailGrowthStated).toBe("28.4%");
  expect(r.eligiblePoorPersonsStated).toBe("408人");
  expect(r.trainedPoorPersonsStated).toBe("215人");
});

test("an answer keeping what was sent keeps the question's figure; the quoted figures and the mail's lines are none", () => {
  const r = read();
  expect(r["judged:fund.ledger"]).toBe(4);
  expect(Object.values(r).some((v) => String(v).includes("41.2"))).toBe(false);
  expect(r.fundLedgerKept).toBeUndefined();
});
