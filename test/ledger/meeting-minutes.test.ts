/**
 * A data-checking meeting's minutes (鼎湖, 87th blind batch): 序号 | 发言人 | 单位及职务 | 发言要点 | 记录人备注,
 * a speaker a row. What each said is read as the account; the chair, a deputy, says the district head leads
 * the group ("区长是创建工作领导小组组长"), and another speaker names the members.
 */
import { factsOf } from "../corpus/read-facts";

const got = factsOf({
  sheets: [
    {
      name: "座谈会记录",
      rows: [
        ["某区电子商务进农村综合示范创建考评数据核对座谈会记录"],
        ["主持：区委常委、副区长 黄××"],
        ["序号", "发言人", "单位及职务", "发言要点", "记录人备注"],
        [1, "黄××", "区委常委、副区长（主持）", "今天请各单位把考评用的数对清楚。区长是创建工作领导小组组长，今天在外招商，委托我主持。", null],
        [
          2,
          "梁××",
          "区商务局局长",
          "《某区电子商务进农村综合示范工作实施方案》已由区政府办正式印发。领导小组成员单位为区商务局、区财政局、区农业农村局、区乡村振兴局、区统计局等12个单位。",
          null,
        ],
        [3, "苏××", "区统计局副局长", "常住人口按七普为173,216人。2020年农村网络零售额5.26亿元，2019年4.38亿元。", null],
        [4, "冯××", "区农业农村局副局长", "全区行政村（村委会）66个，另有社区居委会17个。农产品网络零售额2020年1.96亿元。", null],
        [5, "陈××", "区乡村振兴局局长", "省定贫困村4个。有劳动能力的建档立卡贫困人口（不含外出务工）612人。", null],
        [6, "何××", "区电商公共服务中心经理", "中心2020年9月28日开业运营。摄影、美工对企业免费。两年累计培训4,618人次。", "已核实"],
        [7, "吴××", "区政务服务数据管理局副局长", "区政府网站专栏已公示创建方案、项目基本信息、项目建设进度，设有监督举报电话。", null],
        [8, "邓××", "区财政局副局长", "省级专项资金下达500万元，截至8月26日已拨付412.35万元。资金管理办法已制定，资金专用台账已建立。", null],
      ],
    },
  ],
});

test("what each speaker said is read", () => {
  expect(got.facts).toMatchObject({
    planIssued: true,
    residentPopulation: 173216,
    ruralRetail2020: 526000000,
    ruralRetail2019: 438000000,
    centerOpened: "2020-09-28",
    centerPhoto: true,
  });
});

test("the leader said to be the group's 组长, with the members another speaker names", () => {
  expect(got.leadership).toBe("principal-all");
});

test("the cut-off said of the 考评截止日期 itself, however it was set", () => {
  const said = factsOf({
    sheets: [
      {
        name: "座谈会记录",
        rows: [
          ["某区考评数据核对座谈会记录"],
          ["序号", "发言人", "单位及职务", "发言要点", "记录人备注"],
          [1, "梁××", "区商务局局长", "先核对基本情况：县（区）名称某区，考评截止日期按省厅通知为2021年8月31日。全区行政村66个，省定贫困村4个。", null],
          [2, "苏××", "区统计局副局长", "常住人口按七普为173,216人。2020年农村网络零售额5.26亿元，2019年4.38亿元。", null],
          [3, "何××", "区电商公共服务中心经理", "中心2020年9月28日开业运营。两年累计培训4,618人次。", null],
          [4, "邓××", "区财政局副局长", "省级专项资金下达500万元，已拨付412.35万元。资金管理办法已制定，资金专用台账已建立。", null],
        ],
      },
    ],
  });
  expect(said.facts.asOf).toBe("2021-08-31");
});
