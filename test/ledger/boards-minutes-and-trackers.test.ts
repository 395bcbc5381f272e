/**
 * Papers from other desks used as the facts sheet (blind batches 81–146): a centre's posted board of
 * services and prices, a leading group's minutes, the government's task tracker, and an acceptance
 * report signed by its panel. What each says of the county, and what it does not.
 */
import { factsOf, factsOfCase } from "../corpus/read-facts";

test("a price board's head line: 开业运营 is the centre's opening day, and the operator beside it on the same line is still read", () => {
  const board = {
    name: "服务项目公示",
    rows: [
      ["某县电子商务公共服务中心"],
      ["服务项目及收费标准公示"],
      ["开业运营：2020年10月16日\u3000\u3000运营单位：某某电子商务有限公司（县商务局公开招标确定的第三方专业电商运营服务商）\u3000\u3000地址：某镇东环路88号"],
      ["楼层", "功能区", "服务项目", "服务对象", "收费标准", "说明"],
      ["一楼", "农特产品展示展销区", "特色产品展示、代销", "本县农户、合作社", "免费", null],
      ["二楼", "培训室", "电商基础培训、直播带货培训", "全县群众", "免费", null],
      [null, "摄影棚、美工室", "产品拍摄、详情页设计", "本县电商企业", "产品拍摄30元／款", "按成本价收取"],
      [null, "品牌运营部", "区域公用品牌统一推广、品牌建设指导", "本县农产品生产经营主体", "免费", null],
      ["三楼", "某县电子商务产业园（企业办公区）", "电商企业入驻办公", "电商企业、创业团队", "前三年免租金", null],
      ["服务时间：周一至周日 9:00—18:00"],
    ],
  };
  expect(factsOf({ sheets: [board] }).facts).toMatchObject({ centerOpened: "2020-10-16", thirdPartyOperator: true, centerFreeTraining: true, centerPhoto: false });
});

test("a board's course teaching how to take photos of goods is a course: free training, not free photography", () => {
  const board = {
    name: "中心服务公示",
    rows: [
      ["某区电子商务公共服务中心服务事项及收费标准公示"],
      ["序号", "服务类别", "服务项目", "服务对象", "收费标准", "办理方式"],
      [1, "电商培训", "电商基础知识普及培训（网店开设、手机拍摄、物流发货）", "全区农户", "免费", "电话报名"],
      [2, "展示销售", "特色农产品展厅陈列展示", "本区农产品生产经营主体", "免费", "审核后上架"],
      [3, "摄影美工", "产品静物拍摄（白底图、场景图）", "电商市场主体", "60元/款", "预约"],
      [4, "摄影美工", "详情页、海报设计", "电商市场主体", "200元/套", "预约"],
    ],
  };
  expect(factsOf({ sheets: [board] }).facts).toMatchObject({ centerFreeTraining: true, centerDisplay: true, centerPhoto: false });
});

test("minutes' opening paragraph saying the data's day in brackets gives the cut-off, not the meeting's day", () => {
  const minutes = {
    name: "会议纪要",
    rows: [
      ["某县电子商务进农村综合示范创建工作领导小组"],
      ["会　议　纪　要"],
      ["〔2021〕3号"],
      ["领导小组办公室（县商务局）", null, null, null, "2021年9月3日"],
      ["会议时间", "2021年9月2日（星期四）下午3:00"],
      ["会议地点", "县政府三楼第一会议室"],
      ["记　　录", "县商务局 邓××"],
      [
        "2021年9月2日，副县长主持召开县电子商务进农村综合示范创建工作领导小组会议，听取县商务局关于示范创建工作和考评自评情况的汇报（数据截至2021年8月31日），逐项审议自评材料。现将会议议定事项纪要如下：",
      ],
      ["一、关于基本情况。会议认为，全县常住人口79.3万人，行政村305个，省定贫困村36个，数据准确。"],
      ["二、关于资金。省级下达专项资金500万元，截至8月31日已拨付376.8万元。"],
    ],
    merges: [7, 8, 9].map((r) => ({ top: r, left: 0, bottom: r, right: 5 })),
  };
  expect(factsOf({ sheets: [minutes] }).facts).toMatchObject({ asOf: "2021-08-31", residentPopulation: 793000, fundSpentStated: 3768000 });
});

test("a task tracker's 办理状态 (滞后, 推进中) answers its row: it is no label, and the row's account is read", () => {
  const tracker = {
    name: "督办任务导出",
    rows: [
      ["某县人民政府督查室　督查督办系统　任务办理情况导出"],
      ["任务编号", "任务内容", "牵头单位", "完成时限", "进展情况（截至2021年8月31日）", "办理状态", "督办意见"],
      ["HF-02", "印发示范县工作方案", "县商务局", "2019年12月底", "《某县电子商务进农村综合示范县工作方案》已由县政府办公室正式印发。", "已办结", null],
      [
        "HF-15",
        "加强专项资金管理，加快拨付",
        "县财政局",
        "2021年6月底",
        "县财政局、县商务局联合制定《某县电子商务进农村综合示范专项资金管理办法》；各承建单位均建立资金专用台账。省级下达专项资金500万元，截至8月31日累计拨付318.2万元。",
        "滞后",
        "请于9月底前拨付至350万元以上",
      ],
      ["HF-16", "确保项目总体进度", "县商务局", "2021年8月底", "项目总体进度72%，部分站点提升项目未完工。", "推进中", "请倒排工期"],
    ],
  };
  expect(factsOf({ sheets: [tracker] }).facts).toMatchObject({ fundSystemIssued: true, fundLedgerKept: true, fundSpentStated: 3182000 });
});

test("an acceptance panel's roster (验收组职务 | 姓名 | 工作单位) names who checked the work, not the county's leading group", () => {
  const report = {
    name: "验收意见书",
    rows: [
      ["某县电子商务进农村综合示范项目验收意见书"],
      ["项目承担单位", "某县商务局"],
      ["一、项目概况"],
      [
        "某县共有行政村413个，常住人口104.2万人。县政府成立了由县长任组长、分管副县长任副组长，县商务局、财政局、农业农村局、交通运输局和邮政分公司为成员单位的创建工作领导小组。",
      ],
      ["验收组成员"],
      ["验收组职务", "姓名", "工作单位", "职称／职务", "签名"],
      ["组长", "何××", "某市商务局", "科长", null],
      ["成员", "曾××", "某学院经济与管理学院", "副教授", null],
      ["成员", "古××", "某县财政局", "股长", null],
    ],
    merges: [{ top: 3, left: 0, bottom: 3, right: 4 }],
  };
  expect(factsOf({ sheets: [report] }).leadership).toBe("principal");
});

test("a complaint's handling: what the complainant alleges (信访人反映：…弄虚作假) is not read, what the bureau found is", () => {
  const letter = {
    name: "信访处理意见书",
    rows: [
      ["某市商务局"],
      ["信访事项处理意见书"],
      ["信访人", "李××", "联系电话", "138****5621", "信访形式", "12345热线转办"],
      [
        "信访事项",
        "信访人反映：①市电子商务公共服务中心“建好后一直没开门”；②省里拨给的500万元电商资金“大部分没用出去”；③电商培训“一场几十人报几百人”。要求查处弄虚作假问题。",
      ],
      ["调查核实情况", "我局会同市财政局进行调查核实，调阅了运营合同、资金拨付凭证和培训签到表，情况如下："],
      [null, "（一）市电子商务公共服务中心于2020年11月18日正式投入运营，由第三方专业电商运营服务商运营。"],
      [null, "（二）省财政下达我市专项资金500万元，截至2021年8月31日累计拨付397.5万元。"],
      ["处理意见", "经调查核实，信访人反映的问题不属实，我市示范项目不存在弄虚作假问题。"],
    ],
    merges: [3, 4, 5, 6, 7].map((r) => ({ top: r, left: 1, bottom: r, right: 5 })),
  };
  expect(factsOf({ sheets: [letter] }).facts).toMatchObject({ centerOpened: "2020-11-18", fundAllocated: 5000000, fundSpentStated: 3975000, vetoFraud: false });
});

test("an operator's recruitment notice (金湾, 106th batch): the centre that 统一运营 the region's public brand organises its promotion", async () => {
  expect((await factsOfCase("facts", "b106-f3-jinwan.json")).facts).toMatchObject({ centerOpened: "2021-01-08", thirdPartyOperator: true, centerBrand: true });
});
