/**
 * Two facts sheets of the 111th and 112th blind batches, both another office's form. 阳山's is the finance bureau's
 * project performance evaluation (一级指标 | … | 实际完成情况 | 评价得分) with two columns the clerk added, 对应省考评指标
 * and 省考评自评分: those are the county's claims, the bureau's 评价得分 not. 新会's is a consultancy's risk register:
 * a row per scoring item, 评分项预计得分 its points, 指标预计得分 the indicator's, the risk columns notes.
 */
import { factsOfCase } from "../corpus/read-facts";

test("a performance evaluation form: the clerk's 省考评自评分 are the claims, the bureau's 评价得分 not", async () => {
  const read = await factsOfCase("counties", "b111-c1-yangshan.json", "绩效评价指标及评分");
  expect(read.claimed["org.plan"]).toBe(2);
  // (The bureau gave the centre's line 6 of its own 6; the clerk claims 15 of the province's 15.)
  expect(read.claimed["work.center"]).toBe(15);
  expect(read.claimed["work.training"]).toBe(20);
  expect(read.facts.trainingPersonTimesStated).toBe(2896);
});

test("a line's part named in its brackets is that item: 项目管理（制度部分，1-2分） and （台账部分）", async () => {
  const read = await factsOfCase("counties", "b111-c1-yangshan.json", "绩效评价指标及评分");
  expect(read.judged["org.management.system"]).toBe(2);
  expect(read.judged["org.management.ledger"]).toBe(1);
});

test("a risk register: 指标预计得分 the claims, 评分项预计得分 the items' points, the risk columns nothing", async () => {
  const read = await factsOfCase("counties", "b112-c1-xinhui.json", "风险登记册");
  expect(read.claimed["org.management"]).toBe(3);
  expect(read.claimed["work.center"]).toBe(14);
  expect(read.judged["org.management.system"]).toBe(2);
  expect(read.judged["org.management.ledger"]).toBe(1);
});
