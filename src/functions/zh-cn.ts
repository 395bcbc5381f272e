/**
 * Chinese (zh-CN) names, descriptions and parameter names of the custom functions: the one source
 * of dist/functions.zh-cn.json. The build (scripts/zh-cn-metadata-plugin.js) takes the generated
 * functions.json and replaces, per function id, `name`, `description` and each parameter's `name`
 * and `description` with these; ids, types and dimensionality stay as generated. A function or a
 * parameter missing here, or one here that the JSDoc does not have, fails the build.
 *
 * Names: Unicode letters, digits, "_" and "." only (Excel's rule for function names).
 */
export interface ZhParam {
  name: string;
  description: string;
}

export interface ZhFunction {
  name: string;
  description: string;
  /** In the order of the function's parameters. */
  parameters: ZhParam[];
}

const P = (name: string, description: string): ZhParam => ({ name, description });

const TRAINED = P("已培训贫困人口", "参加培训的建档立卡贫困人口：人数，或一列身份证号（每人只计一次）");
const ELIGIBLE = P("有劳动能力贫困人口", "有劳动能力且未外出务工的建档立卡贫困人口：人数，或一列身份证号");
const ADMIN = P("行政村", "行政村：个数，或一列村名（居委会、社区不计）；超过200个按200个计");
const COVERED = P("有站点的村", "建有站点的行政村：个数，或一列村名（只计行政村清单中的村，同村多站点计一次）");
const POOR = P("省定贫困村", "省定贫困村：个数（没有请填0），或一列村名");
const COVERED_POOR = P("有站点的贫困村", "建有站点的省定贫困村：个数，或一列村名（只计贫困村清单中的村）");
const CUTOFF = P("截止日期", "考评截止日期，默认 2021-08-31");
const DATES = P("日期", "报送或更新记录的日期（一列，空白忽略）");

export const ZH_CN: Record<string, ZhFunction> = {
  TRAINING_RATE_SCORE: {
    name: "培训人次得分",
    description: "电商人才培训·培训人次：培训人次 ÷ 常住人口（超过50万按50万计）；≥1% 得10分，0.8%–1% 得8分，0.6%–0.8% 得6分，否则0分",
    parameters: [P("培训人次", "截止日前的培训人次：一个数（如 4,385），或一列每期培训人次（求和）"), P("常住人口", "常住人口，如 420000 或 42万；超过50万按50万计")],
  },
  TRAINING_RATE: {
    name: "培训人次比例",
    description: "培训人次 ÷ 常住人口（超过50万按50万计），按考评口径，最高100%",
    parameters: [P("培训人次", "培训人次：一个数，或一列每期培训人次（求和）"), P("常住人口", "常住人口；超过50万按50万计")],
  },
  POOR_TRAINING_SCORE: {
    name: "贫困人口培训得分",
    description: "电商人才培训·建档立卡贫困人口培训率（按人数，不按人次）：≥50% 得10分，40%–50% 得8分，30%–40% 得6分，否则0分",
    parameters: [TRAINED, ELIGIBLE],
  },
  POOR_TRAINING_RATE: {
    name: "贫困人口培训率",
    description: "建档立卡贫困人口培训率：已培训人数 ÷ 有劳动能力且未外出务工的建档立卡贫困人口；两列身份证号时只计名单内的人",
    parameters: [TRAINED, ELIGIBLE],
  },
  POOR_TRAINING_BONUS: {
    name: "贫困人口培训加分",
    description: "加分项：建档立卡贫困人口培训率 ≥70% 加2分",
    parameters: [TRAINED, ELIGIBLE],
  },
  COVERAGE_SCORE: {
    name: "站点覆盖得分",
    description:
      "服务体系建设·村级站点覆盖（两部分合计，最高10分）：行政村覆盖率 ≥70% 得5分、50%–70% 得2分；省定贫困村覆盖率 100% 得5分、80%–100% 得3分，无省定贫困村得5分",
    parameters: [ADMIN, COVERED, POOR, P("有站点的贫困村", "建有站点的省定贫困村：个数或村名；省定贫困村和有站点的村都是村名清单时可省略")],
  },
  ADMIN_COVERAGE_SCORE: {
    name: "行政村覆盖得分",
    description: "行政村站点覆盖率：有站点的行政村 ÷ 行政村数（超过200个按200个计）；≥70% 得5分，50%–70% 得2分，否则0分",
    parameters: [ADMIN, COVERED],
  },
  POOR_COVERAGE_SCORE: {
    name: "贫困村覆盖得分",
    description: "省定贫困村站点覆盖率：100% 得5分，80%–100% 得3分，否则0分；没有省定贫困村（填0）得5分",
    parameters: [POOR, COVERED_POOR],
  },
  COVERAGE_RATE: {
    name: "行政村覆盖率",
    description: "行政村站点覆盖率，按考评口径：有站点的行政村 ÷ 行政村数（超过200个按200个计），最高100%",
    parameters: [ADMIN, COVERED],
  },
  POOR_COVERAGE_RATE: {
    name: "贫困村覆盖率",
    description: "省定贫困村站点覆盖率：有站点的省定贫困村 ÷ 省定贫困村数",
    parameters: [POOR, COVERED_POOR],
  },
  FUND_SPENDING_SCORE: {
    name: "资金支出得分",
    description: "加强财政资金管理·资金支出：支出率 <70% 倒扣5分；≥70% 按及时拨付自评 1–5 分",
    parameters: [
      P("已拨付资金", "截止日前已拨付资金（元）：一个数（如 4,167,785.00 或 416万），或一列拨付金额（求和）"),
      P("下达资金", "下达资金总额（元）"),
      P("及时拨付自评分", "及时拨付自评分（1–5分）；支出率 ≥70% 时必填"),
    ],
  },
  FUND_SPENDING_RATE: {
    name: "资金支出率",
    description: "资金支出率：已拨付资金 ÷ 下达资金",
    parameters: [P("已拨付资金", "已拨付资金（元）：一个数，或一列拨付金额（求和）"), P("下达资金", "下达资金总额（元）")],
  },
  MEDIA_SCORE: {
    name: "媒体宣传得分",
    description: "加强宣传推广·经验推广：主流媒体报道级别累加，省级及以上4分、市级3分、县级1分（最高8分）",
    parameters: [
      P("媒体级别", "每篇报道的媒体级别：国家、中央、省级、韶关市级、县级……"),
      P("报道日期", "报道日期，与媒体级别大小相同；截止日后或无日期的报道不计"),
      CUTOFF,
    ],
  },
  TV_CASE_SCORE: {
    name: "电视播报加分",
    description: "加分项：电商扶贫典型案例获国家级电视媒体播报加2分，省级加1分（取最高，不累加）",
    parameters: [P("电视媒体级别", "播报该案例的电视媒体级别：国家级、中央、省级……")],
  },
  MONTHLY_REGULARITY_SCORE: {
    name: "按月报送得分",
    description: "按月规律性（数据上报规则）：截止月份往前12个月每月都有记录得满分，部分月份有记录得部分分，没有记录0分",
    parameters: [DATES, CUTOFF, P("按月满分", "12个月都有记录时的得分，默认3分（信息公开专栏更新用2分）"), P("不定时得分", "只有部分月份有记录时的得分，默认1分")],
  },
  MONTHS_COVERED: {
    name: "有记录月数",
    description: "截止月份往前12个月中有记录的月数",
    parameters: [DATES, CUTOFF],
  },
  PARK_SCORE: {
    name: "产业园得分",
    description: "县级中心与产业园第9、10项：入驻企业 ≥20家得2分，入驻企业类型 ≥3种再得1分",
    parameters: [
      P("入驻企业", "截止日在园企业：家数，或一列企业名称（不重复计）"),
      P("企业类型", "入驻企业类型：种数，或一列类型（平台、销售、运营/服务商、物流……，不重复计）"),
    ],
  },
  GROWTH_SCORE: {
    name: "零售额增速得分",
    description: "农村产品上行：2020年农村网络零售额或农产品网络零售额同比增速 ≥30% 得2分",
    parameters: [
      P("农村网络零售额2019", "2019年农村网络零售额（元）"),
      P("农村网络零售额2020", "2020年农村网络零售额（元）"),
      P("农产品网络零售额2019", "2019年农产品网络零售额（元），可省略"),
      P("农产品网络零售额2020", "2020年农产品网络零售额（元），可省略"),
    ],
  },
  GROWTH_RATE: {
    name: "同比增速",
    description: "同比增速：(2020年 − 2019年) ÷ 2019年",
    parameters: [P("上年金额", "2019年金额"), P("本年金额", "2020年金额")],
  },
  GROWTH_RATE_SCORE: {
    name: "增速得分",
    description: "按填报的同比增速计分：农村网络零售额或农产品网络零售额增速 ≥30% 得2分",
    parameters: [P("农村网络零售额增速", "2020年农村网络零售额同比增速（如 35% 或 0.35）"), P("农产品网络零售额增速", "2020年农产品网络零售额同比增速，可省略")],
  },
  RUBRIC: {
    name: "考评指标表",
    description: "2019年省级电子商务进农村综合示范创建考评指标体系：表头和每个指标一行（id、工作任务、评价指标、权重、评分标准），溢出显示",
    parameters: [],
  },
};
