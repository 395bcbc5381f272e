/**
 * 平远's risk review before the inspection (135th batch): its points as things stand (按现状自评得分) are the claim, not
 * those it hopes for (补充材料后可争取得分), and its note gives the cut-off in brackets after the word for it. 台山's
 * figure cards (136th batch): a part's card (其中参加电商培训) is a part of the card beside it, and the footer states
 * the data's day.
 */
import { factsOf } from "../corpus/read-facts";

test("a risk review: 按现状自评得分 the claim, the cut-off in brackets after 考评截止日", () => {
  const read = factsOf({
    sheets: [
      {
        name: "失分风险研判",
        rows: [
          ["某县电子商务进农村综合示范县考评失分风险研判表", null, null, null, null, null, null],
          ["县商务局电商股　　2021年9月2日　　“现状”按考评截止日（2021年8月31日）数据填写；“按现状自评得分”为本县自评得分。", null, null, null, null, null, null],
          ["序号", "评价指标", "分值", "现状", "可能失分点", "按现状自评得分", "补充材料后可争取得分"],
          [1, "方案制定", 2, "《某县电子商务进农村综合示范县创建实施方案》2020年4月由县政府办公室正式印发。", "无", 2, 2],
          [2, "政策支持", 2, "出台《某县促进农村电子商务发展若干措施》，部分扶持条款未兑现。", "兑现率低", 1, 2],
          [3, "电商人才培训", 20, "常住人口21.9万人；培训2,046人次。", "未达1%", 18, 18],
        ],
      },
    ],
  });
  expect(read.facts).toMatchObject({ asOf: "2021-08-31", planIssued: true, policyIssued: true, residentPopulation: 219000, trainingPersonTimesStated: 2046 });
  expect(read.claimed).toMatchObject({ "org.plan": 2, "org.policy": 1, "work.training": 18 });
});

test("figure cards: a part's card is a part of the card beside it; the footer states the data's day", () => {
  const read = factsOf({
    sheets: [
      {
        name: "数读某市",
        rows: [
          ["数读某市｜省级电子商务进农村综合示范创建成效", null, null, null, null, null, null],
          [null, "一、家底", null, null, null, null, null],
          [null, "90.7万", null, "298个", null, "16个", null],
          [null, "常住人口（第七次全国人口普查）", null, "行政村（另有社区29个）", null, "省定贫困村", null],
          [null, null, null, null, null, null, null],
          [null, "16.4亿元", null, "21.6亿元", null, "+31.7%", null],
          [null, "2019年农村网络零售额", null, "2020年农村网络零售额", null, "2020年农村网络零售额同比增长", null],
          [null, null, null, null, null, null, null],
          [null, "5,236人次", null, "3,520人", null, "1,874人", null],
          [null, "电商培训", null, "有劳动能力的建档立卡贫困人口（不含外出务工）", null, "其中参加电商培训（培训率53.2%）", null],
          [null, null, null, null, null, null, null],
          ["数据截至2021年8月31日（考评截止日）｜数据来源：某市商务局", null, null, null, null, null, null],
        ],
      },
    ],
  });
  expect(read.facts).toMatchObject({ asOf: "2021-08-31", eligiblePoorPersonsStated: 3520, trainedPoorPersonsStated: 1874, ruralRetail2020: 2160000000 });
  expect(read.facts.agriRetail2020).toBeUndefined();
});
