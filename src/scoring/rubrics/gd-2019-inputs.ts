/**
 * What the gd-2019 scorer reads from the facts / self-assessment sheet (基本情况 / 自评填报):
 * one label per value, with the short forms clerks actually write. The template sheet lists these
 * in this order, grouped by the indicator they serve.
 */
import type { RubricInput } from "../rubric";

const j = (item: string, label: string, min: string, max: string, synonyms: string[] = [], hint?: string): RubricInput => ({
  key: `judged:${item}`,
  label,
  synonyms,
  type: "judged",
  item,
  range: [min, max],
  hint: hint ?? `自评 ${min}-${max} 分，并在“佐证材料”列写明依据`,
});

/** The inputs of one part of the table (基本情况, 财政资金…): a remark beside a line is read for its part's inputs only. */
const topic = (name: string, inputs: RubricInput[]): RubricInput[] => inputs.map((i) => ({ ...i, topic: name }));

const INPUTS: RubricInput[] = [
  ...topic("基本情况", [
    {
      key: "county",
      label: "县（市、区）名称",
      synonyms: ["县区名称", "县名", "示范县", "单位名称", "县（市、区）", "所属县（市、区）", "所在县（市、区）", "被核查县（区）", "被考评县（市、区）"],
      type: "text",
    },
    {
      key: "asOf",
      label: "考评截止日期",
      synonyms: ["截止日期", "考评截止时间", "截至日期", "统计截止时间", "统计时间", "数据截至", "报告期", "核查截止时点"],
      type: "date",
      hint: "默认 2021-08-31",
      // (The day an office filled its part in, 回填日期 / 填报日期, is no cut-off, however alike the words.)
      mustSay: "^(?!.*(?:回填|填报|填表|报送)(?:日期|时间))",
    },
    {
      key: "residentPopulation",
      label: "常住人口",
      synonyms: ["常住人口数", "常住人口总数", "全县常住人口", "常驻人口"],
      type: "number",
      hint: "人；可写 42万",
      // The registered population (户籍人口) is another figure, whatever line it is said on ("常住人口 | 76.85万人；
      // 户籍人口88.62万人"); a label saying it is not that (非户籍) still names the resident one.
      mustSay: "^(?!.*(?<!非|不是|不含|而非)户籍)",
    },
    {
      key: "adminVillagesStated",
      label: "行政村数",
      synonyms: ["行政村个数", "行政村数量", "辖区内行政村", "村委会", "村民委员会"],
      type: "number",
      hint: "仅在没有行政村清单时使用",
    },
    { key: "poorVillagesStated", label: "省定贫困村数", synonyms: ["省定贫困村个数", "省定相对贫困村数"], type: "number", hint: "仅在没有贫困村清单时使用" },
  ]),
  ...topic("组织领导", [
    {
      key: "leadTitle",
      label: "牵头领导",
      synonyms: ["领导小组组长", "组长", "工作专班组长", "专班组长", "牵头领导职务", "牵头负责人", "牵头人", "由谁牵头"],
      type: "text",
      hint: "如：市长、副市长",
    },
    {
      key: "departments",
      label: "参与部门",
      synonyms: ["成员单位", "参与单位", "哪些单位参加", "哪些部门参与", "参与的部门有"],
      type: "text",
      hint: "如：商务、财政、农业农村、扶贫",
    },
    // A checklist answering the criterion itself (√ beside "由县（市、区）政府主要领导牵头且有…部门参与").
    { key: "leadPrincipalAllStated", label: "由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与", type: "bool", hint: "有牵头领导职务时以职务为准" },
    { key: "leadDeputyStated", label: "由县（市、区）政府分管领导牵头", type: "bool", hint: "有牵头领导职务时以职务为准" },
    { key: "planIssued", label: "已正式印发示范县工作方案", synonyms: ["工作方案已印发", "印发工作方案", "实施方案", "印发实施方案"], type: "bool" },
    j("org.plan", "方案制定自评分", "1", "2", ["方案制定"]),
    {
      key: "policyIssued",
      label: "已出台支持农村电商发展的政策",
      synonyms: ["出台支持政策", "政策已出台", "电商扶持政策", "扶持政策出台", "若干措施印发", "扶持措施出台", "出台措施"],
      type: "bool",
    },
    j("org.policy", "政策支持自评分", "1", "2", ["政策支持"]),
    j("org.management.system", "项目管理制度自评分", "1", "2", ["项目管理制度", "项目管理：制度"]),
    j("org.management.ledger", "工作台账自评分", "1", "2", ["工作台账", "项目管理：台账"]),
  ]),
  ...topic("县级中心与产业园", [
    {
      key: "centerOpened",
      label: "公共服务中心投入运营日期",
      synonyms: [
        "服务中心运营日期",
        "公共服务中心建成日期",
        "中心投入运营日期",
        "服务中心建成时间",
        "中心运营时间",
        "服务中心运营时间",
        "公共服务中心开业运营",
        "服务中心开业时间",
      ],
      type: "date",
    },
    {
      key: "centerFreeTraining",
      label: "有免费培训场所、培训设备，能组织电商基础培训",
      synonyms: ["免费培训场所", "有免费培训场所", "免费培训室", "免费电商基础培训", "免费提供电商基础培训", "免费培训"],
      type: "bool",
    },
    {
      key: "centerDisplay",
      label: "为特色农产品提供免费展示、销售服务",
      synonyms: ["免费展示销售服务", "免费展示、销售", "免费展示、代卖", "中心免费展示", "免费展销厅"],
      type: "bool",
    },
    {
      key: "centerPhoto",
      label: "为电子商务市场主体提供免费摄影、美工服务",
      synonyms: ["免费摄影美工服务", "免费摄影、美工", "拍摄产品图片、设计详情页", "中心免费摄影"],
      type: "bool",
    },
    {
      key: "centerBrand",
      label: "组织农产品统一推广、指导特色农产品品牌建设",
      synonyms: ["统一推广、品牌建设", "品牌建设指导", "组织统一推广", "打造区域公用品牌", "统一运营区域公用品牌", "区域品牌推广", "品牌推广、品牌指导", "品牌推广"],
      type: "bool",
    },
    {
      key: "centerOther",
      label: "为电子商务发展提供其他衍生增值服务",
      synonyms: ["其他衍生增值服务", "衍生增值服务", "提供增值服务", "开店代办服务", "增值服务", "代办商标注册", "代办商标", "代办证照", "金融对接"],
      type: "bool",
    },
    { key: "parkBuilt", label: "建设或整合、优化当地电商产业园", synonyms: ["电商产业园", "建有电商产业园", "产业园已建"], type: "bool", hint: "有入驻企业清单时可不填" },
  ]),
  ...topic("农村产品上行", [
    j("work.upward.research", "网销调研自评分", "1", "2", ["网销调研", "农产品网络销售调研"]),
    j("work.upward.promotion", "网络促销活动自评分", "1", "2", ["网络促销活动", "促销活动成效", "线上促销", "线上促销活动"]),
    { key: "thirdPartyOperator", label: "有专业第三方电子商务运营或服务商", synonyms: ["第三方运营商", "三方", "专业第三方运营", "引进专业运营团队"], type: "bool" },
    {
      key: "expressCoverage",
      label: "行政村物流快递覆盖率100%",
      synonyms: ["快递覆盖率100%", "行政村快递全覆盖", "物流快递覆盖", "行政村全部实现快递物流通达", "行政村快递通达率", "快递进村", "行政村均已通快递", "快递到村"],
      type: "bool",
      hint: "行政村清单有“快递覆盖”列时以清单为准",
    },
    j("work.upward.standards", "交易标准与冷链溯源自评分", "1", "2", ["电商交易标准", "冷链、溯源系统"]),
    { key: "ruralRetail2019", label: "2019年农村网络零售额", synonyms: ["2019年农村网络零售额（元）", "2019年网络零售额"], type: "money" },
    { key: "ruralRetail2020", label: "2020年农村网络零售额", synonyms: ["2020年农村网络零售额（元）", "2020年网络零售额"], type: "money" },
    { key: "agriRetail2019", label: "2019年农产品网络零售额", synonyms: [], type: "money" },
    { key: "agriRetail2020", label: "2020年农产品网络零售额", synonyms: [], type: "money" },
    { key: "ruralRetailGrowthStated", label: "2020年农村网络零售额同比增速", synonyms: ["农村网络零售额增速"], type: "percent" },
    { key: "agriRetailGrowthStated", label: "2020年农产品网络零售额同比增速", synonyms: ["农产品网络零售额增速"], type: "percent" },
  ]),
  ...topic("电商人才培训", [
    // 电商人才培训（无名单时）
    { key: "trainingPersonTimesStated", label: "培训人次", synonyms: ["累计培训人次", "电商培训人次"], type: "number", hint: "仅在没有培训台账时使用" },
    {
      key: "eligiblePoorPersonsStated",
      label: "有劳动能力的建档立卡贫困人口数（不含外出务工）",
      // (脱贫人口: what 建档立卡贫困人口 are called once lifted out of poverty, as 2021's sheets say.)
      // (相对贫困人口: Guangdong's own name for them, as its 省定相对贫困村.)
      synonyms: ["有劳动能力的贫困人口数", "有劳动能力贫困人口", "有劳动能力的脱贫人口数", "有劳动能力脱贫人口", "有劳动能力的相对贫困人口数"],
      type: "number",
      hint: "仅在没有贫困人口名单时使用",
      mustSay: "劳动|务工|可培训",
    },
    {
      key: "trainedPoorPersonsStated",
      label: "参加培训的建档立卡贫困人口数",
      synonyms: ["已培训贫困人口数", "培训贫困人口数", "参加培训的脱贫人口数", "参训脱贫人口", "参加培训的相对贫困人口数"],
      type: "number",
      hint: "仅在没有名单时使用",
      mustSay: "培训|参训|受训|参加|参与|已训",
    },
  ]),
  ...topic("信息公开及报送", [
    { key: "disclosurePlan", label: "专栏公示创建方案", synonyms: ["公示创建方案", "公示实施方案"], type: "bool" },
    { key: "disclosureProjects", label: "专栏公示项目基本信息", synonyms: ["公示项目基本信息", "项目信息子栏目"], type: "bool" },
    { key: "disclosureProgress", label: "专栏公示项目建设进度", synonyms: ["公示建设进度"], type: "bool" },
    {
      key: "disclosureWindow",
      label: "专栏设立征求意见或监督举报窗口",
      synonyms: [
        "征求意见或监督举报窗口",
        "监督举报窗口",
        "征求意见窗口",
        "设立监督举报",
        "监督举报栏目",
        "监督举报电话",
        "监督举报信箱",
        "举报信箱",
        "监督举报邮箱",
        "举报邮箱",
      ],
      type: "bool",
    },
    {
      key: "povertyStatisticsStated",
      label: "能统计电商扶贫情况",
      synonyms: ["统计电商扶贫情况", "电商扶贫统计", "统计电商带动贫困户增收情况", "电商帮扶统计", "电商帮扶统计表"],
      type: "bool",
    },
  ]),
  ...topic("财政资金", [
    {
      key: "fundAllocated",
      label: "下达资金总额",
      synonyms: ["下达资金", "省级财政资金下达额", "专项资金总额", "下达省级资金", "省下达", "省级专项资金"],
      // (省级专项资金 alone is the sum the province gave; with 拨付 or 支出 it is what was spent of it,
      // with 办法 or 台账 how it is managed.)
      mustSay: "下达|总额|到位|安排|^(?!.*(?:拨付|拔付|支出|支付|使用|结余|报账|结算|办法|制度|台账|专账))",
      type: "money",
      hint: "元；可写 500万元",
    },
    {
      key: "fundSpentStated",
      label: "累计拨付资金",
      synonyms: ["已拨付资金", "累计支出", "已拨付", "专项资金拨付", "累计拔付", "已拔付", "已支付", "累计支付"],
      // (A rate of it, 拨付率 83.5, is no sum.)
      mustSay: "^(?!.*(?:拨付率|拔付率|支出率|使用率))",
      type: "money",
      hint: "仅在没有资金台账时使用",
    },
    { key: "fundSystemIssued", label: "已制定资金管理制度", synonyms: ["资金管理制度已制定", "有资金管理制度", "资金制度已建", "印发专项资金管理办法"], type: "bool" },
    j("fund.system", "资金管理制度自评分", "1", "5", ["制度建立"]),
    { key: "fundLedgerKept", label: "已建立资金专用台账", synonyms: ["有资金专用台账", "资金台账已建立", "建立资金专账", "资金专账"], type: "bool" },
    j("fund.ledger", "资金台账自评分", "1", "5", ["资金台账"]),
    j(
      "fund.spending",
      "资金及时拨付自评分",
      "1",
      "5",
      ["资金支出", "及时拨付", "资金拨付及时性", "拨付及时性", "按进度及时拨付资金"],
      "支出率≥70% 时自评 1-5 分（支出率由资金台账计算）",
    ),
  ]),
  ...topic("一票否决", [
    { key: "overallProgress", label: "项目总体进度", synonyms: ["总体进度", "建设进度", "总体完成率"], type: "percent", hint: "如 85%；不填时按资金支出率" },
    { key: "vetoIncident", label: "发生安全生产、质量事故或重大损失", synonyms: ["安全生产、质量事故", "发生安全生产事故", "质量、安全事故"], type: "bool" },
    { key: "vetoFraud", label: "弄虚作假", synonyms: ["存在弄虚作假"], type: "bool" },
  ]),
];

/** Input key (or judged:item) → the official clauses that state it (see RubricInput.official). */
const OFFICIAL: Record<string, string[]> = {
  leadTitle: ["政府主要领导牵头"],
  departments: ["有商务、财政、农业、扶贫等部门参与", "多部门参与的工作协调机制"],
  planIssued: ["正式印发的示范县工作方案"],
  "judged:org.plan": ["制定科学严谨的示范创建工作方案", "工作方案因地制宜,可操作性较强"],
  policyIssued: ["出台相关政策", "在资金、土地、人才等方面出台政策，支持农村电商发展"],
  "judged:org.policy": ["出台相关政策，且得到较好落实"],
  "judged:org.management.system": ["建立项目管理制度，在建设、验收环节严格落实相关制度", "制定项目管理制度"],
  "judged:org.management.ledger": ["建立完整工作台账，详细记录项目建设情况", "建立工作台帐"],
  centerOpened: ["建成县级电子商务公共服务中心"],
  centerFreeTraining: ["有免费培训场所、培训设备，能组织电商基础培训"],
  centerDisplay: ["为特色农产品提供免费展示、销售服务"],
  centerPhoto: ["为电子商务市场主体提供免费摄影、美工服务"],
  centerBrand: ["组织农产品统一推广、指导特色农产品品牌建设"],
  centerOther: ["为电子商务发展提供其他衍生增值服务"],
  parkBuilt: ["建设或整合、优化当地电商产业园"],
  "judged:work.upward.research": ["对当地农产品网络销售进行调研，并形成针对性建议"],
  "judged:work.upward.promotion": ["开展农村产品网络促销活动成效明显"],
  thirdPartyOperator: ["当地有专业第三方电子商务运营或服务商"],
  expressCoverage: ["行政村物流快递覆盖率100%", "物流快递企业的行政村覆盖率达到100%"],
  "judged:work.upward.standards": ["有出台农产品电商交易标准，建立农产品冷链、溯源系统"],
  trainingPersonTimesStated: ["培训人次达常住人口1%及以上"],
  eligiblePoorPersonsStated: ["有劳动能力的建档立卡贫困人口数（外出务工者除外）", "经扶贫部门确认的当地有劳动能力的建档立卡贫困人口数"],
  trainedPoorPersonsStated: ["参加培训的建档立卡贫困人口"],
  disclosurePlan: ["在县政府网站设立专栏公示创建方案"],
  disclosureProjects: ["已经确定的财政资金扶持项目的基本信息"],
  disclosureProgress: ["每月更新项目建设进度"],
  disclosureWindow: ["设立征求意见窗口或监督举报窗口", "设立征求意见或监督举报窗口"],
  povertyStatisticsStated: ["能统计电商扶贫情况", "加强对本县电商扶贫信息的统计"],
  fundSystemIssued: ["制定省级财政资金管理制度"],
  "judged:fund.system": ["建立科学有效的资金管理制度且得到有效落实"],
  fundLedgerKept: ["项目承建方建立资金专用台账"],
  "judged:fund.ledger": ["账目完整，能清析反映资金使用情况", "建立健全资金台账"],
  "judged:fund.spending": ["资金支出率70%以上，且根据创建进度及时拨付"],
  overallProgress: ["项目建设进度严重滞后，总体进度不足40%"],
  vetoIncident: ["发生安全生产、质量事故，或者造成重大经济损失和社会不良影响"],
  vetoFraud: ["弄虚作假"],
};

export const GD2019_INPUTS: RubricInput[] = INPUTS.map((i) => (OFFICIAL[i.key]?.length ? { ...i, official: OFFICIAL[i.key] } : i));
