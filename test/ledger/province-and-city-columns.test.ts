/**
 * 英德's province-and-city table (83rd blind batch): the province's indicators on the left, the city's own
 * on the right (考核指标 | 分值 | 自评分), a 完成情况 column shared. A figure under a 自评分 header is points:
 * the city's "电商市场主体培育 | 10 | 8" is no retail sum, and the year's sum is the one the account states.
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

// (The sheet as the clerk wrote it, its first 27 rows.)
const rows: CellValue[][] = [
  ["英德市电子商务工作省级考评与清远市考核指标对照自评表", null, null, null, null, null, null, null, null],
  ["县（市、区）：英德市　　填报单位：英德市商务局（盖章）　　填报日期：2021年9月3日", null, null, null, null, null, null, null, null],
  [
    "说明：1.左侧为2019年省级电子商务进农村综合示范创建考评指标（满分100分，另有加分项4分），右侧为《清远市县域电子商务发展考核办法》指标（满分100分）；2.“完成情况”两套指标共用；3.一个市考核指标对应几个省考评指标的，市考核栏合并填写；4.只在一套指标中有的，另一套填“—”。",
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  ["序号", "省级示范创建考评", null, null, "完成情况", "清远市县域电商考核", null, null, "备注"],
  [null, "评价指标", "分值", "自评分", null, "考核指标", "分值", "自评分", null],
  ["〇", "基本情况", "—", "—", "常住人口94.52万人（第七次人口普查）；户籍人口119.63万人；行政村233个、社区29个；省定贫困村40个", "—", "—", "—", null],
  [
    1,
    "组织领导",
    2,
    2,
    "成立英德市电子商务进农村综合示范工作领导小组，市长任组长，市委常委、常务副市长和分管副市长任副组长，市商务局、市财政局、市农业农村局、市乡村振兴局、市市场监管局、市交通运输局、邮政英德市分公司为成员单位",
    "组织保障",
    8,
    8,
    "市考核“组织保障”含工作机制、方案、政策三项",
  ],
  [2, "方案制定", 2, 2, "《英德市电子商务进农村综合示范工作实施方案》（英府办〔2019〕58号）已正式印发", null, null, null, null],
  [3, "政策支持", 2, 1, "已出台《英德市促进农村电子商务发展扶持办法》（英府办〔2020〕21号），第二批奖补资金尚未兑现", null, null, null, null],
  [4, "项目管理", 4, 3, "制定项目管理办法、验收办法并严格执行（自评2分）；工作台账已建立，部分台账更新滞后（自评1分）", "项目管理", 5, 4, null],
  [
    5,
    "服务体系建设—县级中心与产业园",
    15,
    13,
    "英德市电子商务公共服务中心2020年12月26日投入运营；设免费培训室（电脑50台），能组织电商基础培训；为英德红茶、麻竹笋、砂糖橘等特色农产品提供免费展示、销售服务；提供免费摄影、美工服务；组织“英德红茶”区域公用品牌统一推广、指导品牌建设；提供代办注册、金融对接等其他增值服务；英德市电商产业园已建成，在园企业18家（平台型、销售型、运营服务商、物流企业4类）",
    "电商公共服务体系（县镇村三级）",
    15,
    14,
    "省：在园企业未达20家，该项不得分",
  ],
  [6, "服务体系建设—村级站点覆盖", 10, 10, "建成村级电商服务站点183个，覆盖行政村176个（75.5%）；省定贫困村全覆盖", null, null, null, null],
  [
    7,
    "农村产品上行",
    10,
    7,
    "完成农产品网络销售调研并形成报告报清远市商务局（2分）；开展“英德红茶网上节”等网络促销活动，成效明显（2分）；有专业第三方电商运营服务商（广东英茶数字科技有限公司）；行政村快递覆盖率100%；出台英德红茶电商交易标准，冷链、溯源系统在建（1分）；2020年农村网络零售额41.26亿元，同比增长21.8%；农产品网络零售额12.75亿元，同比增长27.4%（增速均未达30%）",
    "农产品上行",
    10,
    8,
    null,
  ],
  ["—", "—", "—", "—", "2021年1—8月全市网络零售额31.52亿元，同比增长18.3%；农产品网络零售额9.86亿元，同比增长22.1%", "网络零售额增长", 15, 12, "市考核按当年1—8月数据"],
  ["—", "—", "—", "—", "新增网商（含个体网店）320家，培育年网络销售额超千万元电商企业6家", "电商市场主体培育", 10, 8, null],
  [
    8,
    "电商人才培训",
    20,
    20,
    "累计开展电商培训9,680人次（常住人口超50万，以50万为基数，达1.94%）；有劳动能力的建档立卡贫困人口（不含外出务工）4,236人，已参训2,517人（59.4%）",
    "电商人才培训",
    10,
    10,
    null,
  ],
  [
    9,
    "信息公开",
    4,
    4,
    "市政府门户网站设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息、项目建设进度，设监督举报窗口；近一年按月更新",
    "信息公开与报送",
    7,
    7,
    null,
  ],
  [10, "数据上报", 6, 6, "每月向清远市商务局报送工作进展及统计数据；能统计电商扶贫情况（参训贫困人口、带动增收）", null, null, null, null],
  [11, "案例总结", 2, 2, "2021年5月向清远市商务局报送《英德红茶“电商+合作社”带贫经验》", "宣传推广", 5, 5, null],
  [12, "经验推广", 8, 8, "人民网、南方日报、清远日报、英德市融媒体中心等报道我市做法", null, null, null, null],
  [13, "制度建立", 5, 5, "制定《英德市省级电子商务进农村综合示范专项资金管理办法》并执行", "资金管理", 15, 13, null],
  [14, "资金台账", 5, 4, "承办单位均建立资金专用台账，个别凭证归档不及时", null, null, null, null],
  [15, "资金支出", 5, 4, "省级下达专项资金500万元，累计拨付421.38万元（84.3%），按项目进度及时拨付", null, null, null, null],
  ["加1", "加分：建档立卡贫困人口培训率≥70%", 2, 0, "参训率59.4%，未达到", "—", "—", "—", null],
  ["加2", "加分：电商扶贫典型案例获电视播报", 2, 1, "《茶香铺就致富路》获广东广播电视台《广东新闻联播》播报（省级）", "—", "—", "—", null],
  ["否", "一票否决项", "—", "—", "未发生安全生产、质量事故或重大损失；项目总体进度93%；无弄虚作假", "—", "—", "—", null],
  ["合计", null, 100, 92, "省考评自评91分，另加分1分，共92分；清远市考核自评89分", null, 100, 89, null],
];

test("a figure under a 自评分 header is no amount, count or rate", () => {
  // (The headers merged as the clerk merged them; the city's names and points merged down over the province's lines they cover.)
  const merges = [
    { top: 0, bottom: 0, left: 0, right: 8 },
    { top: 1, bottom: 1, left: 0, right: 8 },
    { top: 2, bottom: 2, left: 0, right: 8 },
    { top: 3, bottom: 4, left: 0, right: 0 },
    { top: 3, bottom: 3, left: 1, right: 3 },
    { top: 3, bottom: 4, left: 4, right: 4 },
    { top: 3, bottom: 3, left: 5, right: 7 },
    { top: 3, bottom: 4, left: 8, right: 8 },
    { top: 6, bottom: 8, left: 5, right: 5 },
    { top: 6, bottom: 8, left: 6, right: 6 },
    { top: 6, bottom: 8, left: 7, right: 7 },
    { top: 10, bottom: 11, left: 5, right: 5 },
    { top: 10, bottom: 11, left: 6, right: 6 },
    { top: 10, bottom: 11, left: 7, right: 7 },
    { top: 16, bottom: 17, left: 5, right: 5 },
    { top: 16, bottom: 17, left: 6, right: 6 },
    { top: 16, bottom: 17, left: 7, right: 7 },
    { top: 18, bottom: 19, left: 5, right: 5 },
    { top: 18, bottom: 19, left: 6, right: 6 },
    { top: 18, bottom: 19, left: 7, right: 7 },
    { top: 20, bottom: 22, left: 5, right: 5 },
    { top: 20, bottom: 22, left: 6, right: 6 },
    { top: 20, bottom: 22, left: 7, right: 7 },
  ];
  const got = factsOf({ sheets: [{ name: "省市考核对照自评", rows, merges }] });
  expect(got.facts).toMatchObject({ ruralRetail2020: 4126000000, agriRetail2020: 1275000000, trainingPersonTimesStated: 9680 });
  expect(got.claimed).toMatchObject({ "org.leadership": 2, "work.upward": 7, "work.training": 20, "fund.spending": 4 });
});
