/**
 * 龙门's questionnaire from the third-party evaluator (138th batch): 题号 | 问题 | 题型 | 选项 | 回答, each
 * answer a code the 选项 cell explains ("1=是 2=否 9=不清楚"), a multiple choice a string of codes
 * ("1,2,4": the others not chosen), a title written for any county ("县（市、区）长").
 */
import { factsOf } from "../corpus/read-facts";
import { leaderLevel } from "../../src/ledger/leader";

const YES_NO = "1=是　2=否　9=不清楚";
const sheet = {
  sheets: [
    {
      name: "调查问卷",
      rows: [
        ["电子商务进农村综合示范县考评第三方评估　县级调查问卷", null, null, null, null],
        ["填写说明：选择题在“回答”栏填选项代码；多选题填所选代码，用“,”分隔，未选的视为“否”。", null, null, null, null],
        ["题号", "问题", "题型", "选项", "回答"],
        ["A1", "县（市、区）名称", "填空", null, "某某县"],
        ["A2", "常住人口（万人）", "数值", null, 30.6],
        ["B1", "示范创建工作领导小组组长的职务", "单选", "1=县（市、区）委书记　2=县（市、区）长　3=分管副县（市、区）长　4=其他", 2],
        ["B2", "领导小组成员单位", "多选", "1=商务　2=财政　3=农业农村　4=乡村振兴（扶贫）　5=交通运输", "1,2,3,5"],
        ["B3", "是否正式印发示范县工作方案", "单选", YES_NO, 1],
        [
          "C1",
          "公共服务中心提供的服务",
          "多选",
          "1=免费培训场所、设备，能组织电商基础培训　2=特色农产品免费展示、销售　3=免费摄影、美工　4=农产品统一推广、品牌建设指导",
          "1,2,4",
        ],
        ["C2", "是否建设或整合、优化电商产业园", "单选", YES_NO, 2],
        ["C3", "行政村物流快递覆盖率是否达到100%", "单选", YES_NO, 9],
        ["D1", "累计电商培训人次（人次）", "数值", null, "3,480"],
        ["F1", "下达省级专项资金（万元）", "数值", null, 500],
        ["F2", "截至考评截止日累计拨付（万元）", "数值", null, 361.8],
      ],
    },
  ],
};

test("an answer by code reads as the option its 选项 cell names; 不清楚 is no answer", () => {
  const read = factsOf(sheet);
  expect(read.facts).toMatchObject({ planIssued: true, parkBuilt: false, residentPopulation: 306000, trainingPersonTimesStated: 3480 });
  expect(read.facts.expressCoverage).toBeUndefined();
});

test("a multiple choice by codes: the options chosen are done, the others not", () => {
  const read = factsOf(sheet);
  expect(read.facts).toMatchObject({ centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true });
  // 县长 leads; the members leave out 乡村振兴 (扶贫): principal, not principal-all.
  expect(read.leadership).toBe("principal");
});

test("a title written for any county is that county's", () => {
  expect(leaderLevel("县（市、区）长")).toBe("principal");
  expect(leaderLevel("县（市、区）委书记")).toBe("principal");
  expect(leaderLevel("分管副县（市、区）长")).toBe("deputy");
});

test("a figure bounded by the cut-off is the figure, not the cut-off", () => {
  expect(factsOf(sheet).facts).toMatchObject({ fundAllocated: 5000000, fundSpentStated: 3618000 });
});
