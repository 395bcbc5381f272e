/**
 * Sentences read for what they add (blind batches 100, 107 and 133): a growth stated again in prose after
 * the table gave it is not the other growth the rubric asks, a sentence opening with its aim (力争…) is
 * plans to its end, the poor said without the migrants after their total are the count asked, and a growth
 * said bare after a figure is that figure's.
 */
import { factsOf } from "../corpus/read-facts";

test("a figure stated again in prose, named clearly as an input already answered, answers no other input", () => {
  const form = {
    name: "项目申报表",
    rows: [
      ["某区2022年度部门预算项目申报表"],
      ["三、项目现状及前期成效"],
      [null, "1．全区共有行政村63个，常住人口70.2万人。"],
      [null, "2．2020年全区农村网络零售额38.7亿元，同比增长31.4%。"],
      [null, "3．省级下达专项资金500万元，已拨付392.5万元。"],
      ["四、历史数据"],
      ["指标", "历史值"],
      ["农村网络零售额增长率", "31.4%（2020年）"],
      ["电商培训人次", "5,320"],
    ],
    merges: [2, 3, 4].map((r) => ({ top: r, left: 1, bottom: r, right: 5 })),
  };
  const facts = factsOf({ sheets: [form] }).facts;
  expect(facts).toMatchObject({ ruralRetailGrowthStated: 0.314, ruralRetail2020: 3870000000 });
  expect(facts.agriRetailGrowthStated).toBeUndefined();
});

test("a sentence opening with its aim (力争…) is plans to its end: its training figure is no training held", () => {
  const report = {
    name: "运行快报",
    rows: [
      ["某区商务经济运行快报"],
      ["二、电子商务进农村"],
      ["专项资金500万元，截至8月底已拨付386.2万元。中心委托专业第三方运营服务商运营，累计开展电商培训3,180人次。"],
      ["三、下阶段工作"],
      ["力争全年农村网络零售额突破3.5亿元，全年电商培训达到4,000人次；推动示范项目资金年底前拨付完毕。"],
    ],
    merges: [2, 4].map((r) => ({ top: r, left: 0, bottom: r, right: 4 })),
  };
  expect(factsOf({ sheets: [report] }).facts.trainingPersonTimesStated).toBe(3180);
});

test("the poor able to work, then the migrants among them, then those left (不含外出务工的1,460人): those left are the count asked", () => {
  const table = {
    name: "任务完成情况对照表",
    rows: [
      ["某县示范创建任务完成情况对照表"],
      ["序号", "任务", "目标", "完成情况", "完成率"],
      [1, "电商培训", "常住人口1%", "累计培训884人次", "94%"],
      [2, "建档立卡贫困人口培训", "培训率50%以上", "有劳动能力的建档立卡贫困人口2,318人，其中外出务工858人，不含外出务工的1,460人；参加培训612人，培训率41.9%", "84%"],
    ],
  };
  expect(factsOf({ sheets: [table] }).facts).toMatchObject({ eligiblePoorPersonsStated: 1460, trainedPoorPersonsStated: 612 });
});

test("a growth said bare after another figure (社会消费品零售总额…，同比增长14.3%) is that figure's, no growth the rubric asks", () => {
  const report = {
    name: "运行快报",
    rows: [
      ["某区商务经济运行快报"],
      ["一、总体情况"],
      ["1—8月，全区商务经济运行总体平稳。社会消费品零售总额112.6亿元，同比增长14.3%；外贸进出口总额1,286.5亿元，同比增长21.7%。"],
      ["二、电子商务进农村"],
      ["2020年全区农村网络零售额2.64亿元，同比增长33.3%；农产品网络零售额0.72亿元。中心委托专业第三方运营服务商运营，累计开展电商培训3,180人次。"],
    ],
    merges: [2, 4].map((r) => ({ top: r, left: 0, bottom: r, right: 4 })),
  };
  const facts = factsOf({ sheets: [report] }).facts;
  expect(facts).toMatchObject({ ruralRetail2020: 264000000, ruralRetailGrowthStated: 0.333, agriRetail2020: 72000000 });
  expect(facts.agriRetailGrowthStated).toBeUndefined();
});
