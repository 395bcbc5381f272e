/**
 * Forms read as a reviewer reads them (blind batches 145 and 146): a system's radio buttons, a survey's
 * multiple choice that keeps only what was ticked, a mid-term column dated to its month beside the
 * final one, a task list ticked under 已完成 or 未完成, figures by year under a 年度数据 group with the
 * running total merged down beside them, and a count whose remark splits off the migrants.
 */
import { factsOf } from "../corpus/read-facts";

test("a system's radio buttons: the option chosen (●) is the leader, not the first one offered", () => {
  const form = {
    name: "采集表导出",
    rows: [
      ["广东省电子商务进农村综合示范县考评管理系统　考评信息采集表（导出）"],
      ["指标编码", "采集项", "填报值", "计量单位", "校验结果"],
      ["F0101", "县（市、区）名称", "某市", null, "通过"],
      ["F0103", "常住人口", 37.82, "万人", "通过"],
      ["F0201", "牵头领导级别", "○A.县（市、区）政府主要领导　●B.县（市、区）政府分管领导　○C.其他", "单选", "通过"],
      ["F0202", "参与部门", "☑商务　☑财政　☑农业农村　☑扶贫（乡村振兴）　☐其他", "多选", "通过"],
      ["F0203", "是否正式印发示范县工作方案", 1, "1=是，0=否", "通过"],
    ],
  };
  expect(factsOf({ sheets: [form] }).leadership).toBe("deputy");
});

test("a survey's multiple choice keeps only the ticked: the centre's services and the column's contents not chosen are a no", () => {
  const questions = [
    "1、县（市、区）名称：",
    "2、考评截止日期：",
    "3、常住人口（万人）：",
    "4、行政村数（个，不含社区）：",
    "5、省定贫困村数（个）：",
    "6、是否已正式印发示范县工作方案：",
    "7、公共服务中心免费提供的服务（多选）：",
    "8、政府网站专栏已公示的内容（多选）：",
    "9、是否有专业第三方电商运营或服务商：",
  ];
  const answers = [
    "某市",
    "2021/8/31",
    79.4,
    339,
    42,
    "是",
    "培训场所、培训设备及电商基础培训┋特色农产品展示、销售┋农产品统一推广、品牌建设指导┋其他衍生增值服务",
    "创建方案┋项目基本信息┋项目建设进度",
    "是",
  ];
  const survey = {
    name: "问卷导出",
    rows: [
      ["序号", "提交答卷时间", ...questions],
      [1, "2021/9/8 16:47:12", ...answers],
    ],
  };
  expect(factsOf({ sheets: [survey] }).facts).toMatchObject({
    centerFreeTraining: true,
    centerDisplay: true,
    centerPhoto: false,
    centerBrand: true,
    centerOther: true,
    disclosurePlan: true,
    disclosureProjects: true,
    disclosureProgress: true,
    disclosureWindow: false,
  });
});

test("a mid-term column dated to its month (2020年10月中期评估) beside the 2021 review's: the later answers, 同左 taking the left value", () => {
  const form = {
    name: "基本情况对照表",
    rows: [
      ["某市电子商务进农村综合示范县基本情况表（中期评估与考评对照）"],
      ["序号", "指标", "单位", "填报数", null, "说明"],
      [null, null, null, "2020年10月中期评估", "2021年考评", null],
      [1, "县（市、区）", "—", "某市", "同左", null],
      [2, "常住人口", "万人", 94.1, 90.7, "2021年改用第七次人口普查数"],
      [3, "行政村数", "个", 291, "同左", "不含社区"],
      [4, "示范创建领导小组牵头领导", "—", "副市长 李××", "市长 陈××", "2021年4月领导小组调整"],
      [5, "支持农村电商发展的政策", "—", "未出台（起草中）", "已出台（某商务〔2021〕15号）", null],
      [6, "累计拨付资金", "万元", 521.6, "1,137.42", null],
    ],
    merges: [
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
      { top: 1, left: 3, bottom: 1, right: 4 },
      { top: 1, left: 5, bottom: 2, right: 5 },
    ],
  };
  expect(factsOf({ sheets: [form] }).facts).toMatchObject({ residentPopulation: 907000, adminVillagesStated: 291, policyIssued: true, fundSpentStated: 11374200 });
});

test("a task list ticked under 已完成 or 未完成: a tick under 未完成 is a no", () => {
  const tasks = {
    name: "重点任务",
    rows: [
      ["示范创建重点任务完成情况"],
      ["序号", "任务", "已完成", "未完成", "完成时间/情况说明"],
      [1, "正式印发示范县工作方案", "✓", null, "2019年11月"],
      [2, "中心有免费培训场所、培训设备，能组织电商基础培训", "✓", null, null],
      [3, "中心为电子商务市场主体提供免费摄影、美工服务", null, "✓", "摄影棚在建，预计10月投用"],
      [4, "行政村物流快递覆盖率100%", null, "✓", "尚有6个偏远行政村未通快递"],
      [5, "制定资金管理制度", "✓", null, "《某县专项资金管理办法》"],
    ],
  };
  expect(factsOf({ sheets: [tasks] }).facts).toMatchObject({
    planIssued: true,
    centerFreeTraining: true,
    centerPhoto: false,
    expressCoverage: false,
    fundSystemIssued: true,
  });
});

test("figures by year under a 年度数据 group, the running total merged down beside them: each year's and the total's", () => {
  const table = {
    name: "主要数据",
    rows: [
      ["某县电子商务进农村综合示范创建基本情况表"],
      ["指标", "单位", "年度数据", null, null, "截至2021年8月31日累计", "备注"],
      [null, null, "2019年", "2020年", "2021年1—8月", null, null],
      ["常住人口", "万人", null, 72.86, null, null, "第七次全国人口普查"],
      ["农村网络零售额", "亿元", 12.64, 15.71, 11.02, "—", null],
      ["电商培训", "人次", "1,260", "3,415", "2,602", "7,277", null],
      ["参加培训的建档立卡贫困人口", "人", null, "1,904", 968, "2,651", "累计数按身份证号去重"],
      ["省级专项资金拨付", "万元", 0, 628.4, 497.35, "1,125.75", null],
    ],
    merges: [
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 1, right: 4 },
      { top: 1, left: 5, bottom: 2, right: 5 },
      { top: 1, left: 6, bottom: 2, right: 6 },
    ],
  };
  expect(factsOf({ sheets: [table] }).facts).toMatchObject({
    residentPopulation: 728600,
    ruralRetail2019: 1264000000,
    ruralRetail2020: 1571000000,
    trainingPersonTimesStated: 7277,
    trainedPoorPersonsStated: 2651,
    fundSpentStated: 11257500,
  });
});

test("the poor able to work counted with the migrants, the remark splitting them (外出务工 | 在家): those at home", () => {
  const form = {
    name: "基本情况调查表",
    rows: [
      ["某市电子商务进农村综合示范县基本情况调查表"],
      ["序号", "调查项目", "填报内容", "备注"],
      [1, "常住人口（万人）", 48.7, null],
      [2, "行政村数（个）", 78, null],
      [3, "有劳动能力的建档立卡贫困人口（人）", "2,416", "其中外出务工1,032人，在家1,384人（市乡村振兴局确认）"],
      [4, "参加电商培训的建档立卡贫困人口（人，不重复计）", 752, "均为在家有劳动能力人员"],
    ],
  };
  expect(factsOf({ sheets: [form] }).facts).toMatchObject({ eligiblePoorPersonsStated: 1384, trainedPoorPersonsStated: 752 });
});
