/**
 * 遂溪's facts sheet (114th blind batch): the bureau's ISO 9001 internal audit checklist of the project. A row per
 * scoring clause (审核内容（考评评分项）), the auditors' 审核发现（客观证据） the account, 评分项自评分 each item's points and
 * 指标自评分 the indicator's; the standard's clause, the audit method and the verdict (符合 / 轻微不符合（NC-02）) are notes.
 */
import { factsOf, factsOfCase } from "../corpus/read-facts";

test("an internal audit checklist: the findings are the account, 评分项自评分 the items', 指标自评分 the claims", async () => {
  const read = await factsOfCase("counties", "b114-c1-suixi.json", "内审检查表");
  expect(read.claimed["org.management"]).toBe(3);
  expect(read.claimed["work.center"]).toBe(14);
  expect(read.claimed["work.training"]).toBe(18);
  expect(read.judged["org.management.system"]).toBe(2);
  expect(read.judged["org.management.ledger"]).toBe(1);
  expect(read.judged["work.upward.standards"]).toBe(1);
  expect(read.facts.trainingPersonTimesStated).toBe(4600);
  expect(read.facts.fundSpentStated).toBe(3900000);
});

test("a clause naming the service itself answers it over a clause its line's words name: 只有…三类，未见…其他衍生增值服务 is a no", async () => {
  const read = await factsOfCase("counties", "b114-c1-suixi.json", "内审检查表");
  expect(read.facts.centerOther).toBe(false);
  expect(read.facts.centerPhoto).toBe(true);
});

test("…in any facts table: a line's account whose second clause says the service is not there", () => {
  const read = factsOf({
    sheets: [
      {
        name: "自评情况",
        rows: [
          ["指标", "我区情况"],
          ["为电子商务发展提供其他衍生增值服务（1分）", "中心服务目录只有培训、展销、摄影美工三类，未见代办证照、金融对接等其他衍生增值服务"],
        ],
      },
    ],
  });
  expect(read.facts.centerOther).toBe(false);
});
