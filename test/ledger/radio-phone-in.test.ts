/**
 * 廉江's radio phone-in transcript (138th batch): 序号 | 时间 | 发言人 | 内容, the bureau's head and deputy
 * answering the host and the callers. What the bureau's officials say is the account — the deputy's
 * answers as much as the head's; the callers' questions are not. An official says what a figure leaves
 * out as a clause of its own ("，不算外出务工的，").
 */
import { factsOf } from "../corpus/read-facts";

const transcript = (lines: [string, string][]) => ({
  sheets: [
    {
      name: "节目实录",
      rows: [
        ["某市广播电视台《政风行风热线》节目文字实录", null, null, null],
        ["上线单位：某市商务局　　话题：电子商务进农村综合示范创建", null, null, null],
        ["序号", "时间", "发言人", "内容"],
        ...lines.map(([who, said], i) => [i + 1, `10:${String(i + 10)}`, who, said]),
      ],
    },
  ],
});

test("the office's officials are all its voice; the callers are not", () => {
  const read = factsOf(
    transcript([
      ["主持人（小林）", "欢迎收听《政风行风热线》，今天做客直播室的是市商务局局长和副局长。"],
      ["市商务局局长 陈××", "我市常住人口139.6万人，全市有行政村385个。成立了由市长任组长的创建工作领导小组。"],
      ["听众（石城镇 李先生）", "我们村快递还要跑到镇上去拿，全市快递覆盖率是不是只有60%？"],
      ["市商务局副局长 吴××", "全市行政村快递覆盖率已经达到100%。省财政下达我市专项资金500万元，已拨付412.5万元。"],
      ["市商务局副局长 吴××", "项目总体进度92%，建设过程中没有发生安全生产和质量事故。"],
    ]),
  );
  expect(read.facts).toMatchObject({
    residentPopulation: 1396000,
    adminVillagesStated: 385,
    expressCoverage: true,
    fundAllocated: 5000000,
    fundSpentStated: 4125000,
    overallProgress: 0.92,
  });
});

test("what a figure leaves out said as a clause; the figure alone after what it is, and what follows of those", () => {
  const read = factsOf(
    transcript([
      ["市商务局局长 陈××", "我市常住人口139.6万人，全市有行政村385个。成立了由市长任组长的创建工作领导小组。"],
      ["市商务局副局长 吴××", "省财政下达我市专项资金500万元，已拨付412.5万元。项目总体进度92%。"],
      ["市商务局局长 陈××", "截至8月31日，全市累计开展电商培训1.56万人次，其中直播带货专题培训3,200人次。"],
      ["市商务局局长 陈××", "我们特别重视贫困户的培训：有劳动能力的建档立卡贫困人口，不算外出务工的，全市是1.21万人，参加过电商培训的有6,890人。"],
    ]),
  );
  expect(read.facts).toMatchObject({ trainingPersonTimesStated: 15600, eligiblePoorPersonsStated: 12100, trainedPoorPersonsStated: 6890 });
});
