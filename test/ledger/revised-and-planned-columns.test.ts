/**
 * Three facts sheets of the 143rd–144th batches: a self-assessment exported from Word's track changes
 * (〔删：…〕〔增：…〕 in its cells, the score cells too), a shortfalls list set beside a table of strengths
 * (its 问题 the county's own negatives, its 应对口径 what to say of them), and a call for the government
 * work report's material (this year's results beside next year's plans, a compared year's figure in
 * brackets).
 */
import { factsOf } from "../corpus/read-facts";

test("tracked changes: the revised text, deletions gone and insertions kept, in the facts and the points", () => {
  const got = factsOf({
    sheets: [
      {
        name: "自评表（修订稿）",
        rows: [
          ["某县2019年省级电子商务进农村综合示范创建考评自评表（〔删：第二稿〕〔增：第三稿〕）"],
          ["修订说明：〔删：…〕为删去的文字，〔增：…〕为增加的文字；一律以修订后的文字为准。"],
          ["序号", "工作任务", "评价指标", "权重", "完成情况（修订稿）", "自评分"],
          [
            1,
            "加强组织领导与统筹协调（10分）",
            "组织领导",
            2,
            "成立以县委副书记、县长为组长的领导小组，成员单位有县商务局、财政局、农业农村局〔增：、乡村振兴局〕等〔删：11〕〔增：12〕个部门",
            "〔删：1〕〔增：2〕",
          ],
          [2, null, "服务体系建设：村级站点覆盖", 10, "全县行政村〔删：151〕〔增：145〕个（不含社区居委会），省定贫困村15个", 10],
          [3, null, "电商人才培训", 20, "常住人口〔删：25.12万人（户籍人口）〕〔增：20.73万人（第七次人口普查）〕，累计培训2,310人次", "〔删：18〕〔增：20〕"],
        ],
      },
    ],
  });
  expect(got.facts).toMatchObject({ adminVillagesStated: 145, residentPopulation: 207300 });
  expect(got.leadership).toBe("principal-all");
  expect(got.claimed).toMatchObject({ "org.leadership": 2, "work.training": 20 });
});

test("a shortfalls list beside the strengths: its 问题 are the county's negatives and figures, its 应对口径 no fact", () => {
  const got = factsOf({
    sheets: [
      {
        name: "亮点与短板",
        rows: [
          ["某市省级电子商务进农村综合示范创建考评亮点与短板清单"],
          ["清单中的数据均截至考评截止日2021年8月31日"],
          ["一、亮点（已达标）", null, null, null, "二、短板（扣分风险）", null, null, null],
          ["序号", "指标", "情况", null, "序号", "指标", "问题", "应对口径"],
          [
            1,
            "公共服务中心",
            "2020年8月18日开业运营；设免费培训室和直播实训设备",
            null,
            1,
            "电商产业园",
            "产业园仍在装修，尚未建成，没有企业入驻",
            "讲清进度，预计12月投用",
          ],
          [2, "物流快递", "行政村快递覆盖率100%", null, 2, "信息公开", "未设征求意见窗口，也没有公布监督举报电话", "拟9月补设监督举报邮箱"],
          [3, "人才培训", "常住人口135.8万人（七普），累计培训8,630人次", null, 3, "总体进度", "项目总体进度78%（产业园未完工）", null],
        ],
        merges: [
          { top: 2, left: 0, bottom: 2, right: 2 },
          { top: 2, left: 4, bottom: 2, right: 7 },
        ],
      },
    ],
  });
  expect(got.facts).toMatchObject({ parkBuilt: false, disclosureWindow: false, overallProgress: 0.78, residentPopulation: 1358000 });
});

test("the work report's material: this year's results read, next year's plans not; 比2019年（14.2亿元） is 2019's figure", () => {
  const got = factsOf({
    sheets: [
      {
        name: "素材征集表",
        rows: [
          ["某区2022年《政府工作报告》素材征集表"],
          ["序号", "类别", "2021年主要工作成效", "2022年工作打算（含量化目标）", "数据来源/备注"],
          [1, "网络零售", "2020年全区农村网络零售额18.7亿元，比2019年（14.2亿元）增长31.7%。", "力争2022年农村网络零售额突破22亿元。", "区统计局"],
          [2, "人才培训", "截至2021年10月底，累计开展电商培训128场、6,842人次。", "全年新增电商培训3000人次。", "区商务局"],
          [3, "资金使用", "省级示范专项资金1500万元，已累计拨付1,318.6万元，拨付率87.9%。", "2022年6月底前完成全部资金拨付。", "区财政局"],
        ],
      },
    ],
  });
  expect(got.facts).toMatchObject({
    ruralRetail2019: 1420000000,
    ruralRetail2020: 1870000000,
    trainingPersonTimesStated: 6842,
    fundAllocated: 15000000,
    fundSpentStated: 13186000,
  });
});

test("a centre's posted board of services and prices: 免费 is free, a price is charged; value-added services and the park are there whatever they cost", () => {
  const got = factsOf({
    sheets: [
      {
        name: "服务项目公示",
        rows: [
          ["某县电子商务公共服务中心"],
          ["服务项目及收费标准公示"],
          ["楼层", "功能区", "服务项目", "服务对象", "收费标准", "说明"],
          ["一楼", "农特产品展示展销区", "特色产品展示、代销", "本县农户、合作社", "免费", "代销不收佣金"],
          [null, "服务大厅", "快递代收代发（与邮政、中通合作）", "全县群众", "按合作快递协议价（省内首重6元）", "比市场价优惠"],
          ["二楼", "培训室、直播实训室", "电商基础培训、直播带货培训", "全县群众", "免费", "每月不少于2期"],
          [null, "摄影棚、美工室", "产品拍摄、详情页设计", "本县电商企业", "产品拍摄30元／款；详情页设计100元／款", "按成本价收取"],
          [null, "品牌运营部", "区域公用品牌统一推广、品牌建设指导", "本县农产品生产经营主体", "免费", null],
          ["三楼", "某县电子商务产业园（企业办公区）", "电商企业入驻办公", "电商企业", "前三年免租金，水电自理", null],
        ],
        merges: [
          { top: 0, left: 0, bottom: 0, right: 5 },
          { top: 1, left: 0, bottom: 1, right: 5 },
        ],
      },
    ],
  });
  expect(got.facts).toMatchObject({ centerDisplay: true, centerFreeTraining: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true });
});
