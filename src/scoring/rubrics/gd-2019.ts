/**
 * 2019 年省级电子商务进农村综合示范创建考评指标体系 (Guangdong), as data.
 * docs/scoring-rules.md explains each rule in words; the official texts live in gd-2019-texts.ts.
 */
import type { Rubric, RubricIndicator, RubricItem, Section } from "../rubric";
import { GD2019_GROUP_NAMES, GD2019_TABLE_TITLE, GD2019_TEXTS } from "./gd-2019-texts";
import { GD2019_INPUTS } from "./gd-2019-inputs";

function ind(id: string, group: string, name: string, weight: string, items: RubricItem[], section: Section = "scored", floor?: string): RubricIndicator {
  const texts = GD2019_TEXTS[id];
  if (!texts) throw new Error(`gd-2019: no official texts for ${id}`);
  const x: RubricIndicator = { id, group, name, weight, section, texts, items };
  if (floor !== undefined) x.floor = floor;
  return x;
}

const judged = (id: string, label: string, min: string, max: string, zeroWhen?: string): RubricItem => ({
  id,
  label,
  max,
  rule: zeroWhen ? { kind: "judged", min, max, zeroWhen } : { kind: "judged", min, max },
});

const flag = (id: string, label: string, max: string, fact: string, text: string): RubricItem => ({
  id,
  label,
  max,
  rule: { kind: "flag", fact, text },
});

export const GD_2019: Rubric = {
  id: "gd-2019",
  title: GD2019_TABLE_TITLE,
  asOf: "2021-08-31",
  totalWeight: "100",
  maxBonus: "4",
  groups: [
    { id: "org", name: GD2019_GROUP_NAMES.org, weight: "10", section: "scored" },
    { id: "work", name: GD2019_GROUP_NAMES.work, weight: "55", section: "scored" },
    { id: "info", name: GD2019_GROUP_NAMES.info, weight: "10", section: "scored" },
    { id: "promo", name: GD2019_GROUP_NAMES.promo, weight: "10", section: "scored" },
    { id: "fund", name: GD2019_GROUP_NAMES.fund, weight: "15", section: "scored" },
    { id: "bonus", name: GD2019_GROUP_NAMES.bonus, weight: "4", section: "bonus" },
    { id: "veto", name: GD2019_GROUP_NAMES.veto, weight: "0", section: "veto" },
  ],
  indicators: [
    ind("org.leadership", "org", "组织领导", "2", [
      {
        id: "org.leadership.level",
        label: "牵头领导与参与部门",
        max: "2",
        rule: {
          kind: "choice",
          fact: "leadershipLevel",
          options: [
            { value: "principal-all", label: "主要领导牵头，商务、财政、农业、扶贫部门参与", points: "2" },
            { value: "principal", label: "主要领导牵头，但参与部门不全", points: "0" },
            { value: "deputy", label: "分管领导牵头", points: "1" },
            { value: "other", label: "其他情况", points: "0" },
          ],
        },
      },
    ]),
    ind("org.plan", "org", "方案制定", "2", [judged("org.plan", "示范县工作方案", "1", "2", "planIssued")]),
    ind("org.policy", "org", "政策支持", "2", [judged("org.policy", "出台支持政策并落实", "1", "2", "policyIssued")]),
    ind("org.management", "org", "项目管理", "4", [
      judged("org.management.system", "项目管理制度及执行", "1", "2"),
      judged("org.management.ledger", "完整工作台账", "1", "2"),
    ]),
    ind("work.center", "work", "服务体系建设：县级中心与产业园", "15", [
      {
        id: "work.center.built",
        label: "建成县级电子商务公共服务中心",
        max: "2",
        rule: { kind: "dateBy", fact: "centerOpened", monthsBefore: 0, text: "公共服务中心投入运营" },
      },
      {
        id: "work.center.running",
        label: "建成后正常运行6个月以上",
        max: "2",
        rule: { kind: "dateBy", fact: "centerOpened", monthsBefore: 6, text: "公共服务中心投入运营" },
      },
      flag("work.center.training", "免费培训场所、设备，能组织基础培训", "2", "centerFreeTraining", "有免费培训场所、培训设备"),
      flag("work.center.display", "特色农产品免费展示、销售服务", "1", "centerDisplay", "为特色农产品提供免费展示、销售服务"),
      flag("work.center.photo", "免费摄影、美工服务", "1", "centerPhoto", "提供免费摄影、美工服务"),
      flag("work.center.brand", "农产品统一推广、品牌建设指导", "1", "centerBrand", "组织统一推广、指导品牌建设"),
      flag("work.center.other", "其他衍生增值服务", "1", "centerOther", "提供其他衍生增值服务"),
      flag("work.center.park", "建设或整合、优化电商产业园", "2", "parkBuilt", "建设或整合、优化电商产业园"),
      {
        id: "work.center.parkEnterprises",
        label: "产业园入驻企业20家及以上",
        max: "2",
        rule: { kind: "atLeast", fact: "parkEnterprises", min: "20", unit: "家", text: "截止日在园企业" },
      },
      {
        id: "work.center.parkTypes",
        label: "入驻企业至少三种类型",
        max: "1",
        rule: { kind: "atLeast", fact: "parkEnterpriseTypes", min: "3", unit: "种", text: "入驻企业类型" },
      },
    ]),
    ind("work.coverage", "work", "服务体系建设：村级站点覆盖", "10", [
      {
        id: "work.coverage.admin",
        label: "行政村站点覆盖率",
        max: "5",
        rule: {
          kind: "tiers",
          num: "coveredVillages",
          den: "adminVillages",
          denCap: "200",
          text: "{num}/{base} 个行政村有站点",
          tiers: [
            { min: "70%", points: "5" },
            { min: "50%", points: "2" },
          ],
        },
      },
      {
        id: "work.coverage.poor",
        label: "省定贫困村站点覆盖率",
        max: "5",
        rule: {
          kind: "tiers",
          num: "coveredPoorVillages",
          den: "poorVillages",
          text: "{num}/{base} 个省定贫困村有站点",
          tiers: [
            { min: "100%", points: "5" },
            { min: "80%", points: "3" },
          ],
          whenNone: { points: "5", basis: "无省定贫困村", warning: "村清单中没有省定贫困村：按“无省定贫困村”计满分，请核实" },
        },
      },
    ]),
    ind("work.upward", "work", "农村产品上行", "10", [
      judged("work.upward.research", "网销调研并形成针对性建议", "1", "2"),
      judged("work.upward.promotion", "网络促销活动成效明显", "1", "2"),
      flag("work.upward.operator", "有专业第三方电商运营或服务商", "1", "thirdPartyOperator", "当地有专业第三方电子商务运营或服务商"),
      flag("work.upward.express", "行政村物流快递覆盖率100%", "1", "expressCoverage", "行政村物流快递覆盖率100%"),
      judged("work.upward.standards", "交易标准、冷链及溯源系统", "1", "2"),
      {
        id: "work.upward.growth",
        label: "2020年网络零售额同比增速≥30%",
        max: "2",
        rule: { kind: "anyAtLeast", facts: ["ruralRetailGrowth", "agriRetailGrowth"], labels: ["农村网络零售额", "农产品网络零售额"], min: "30%" },
      },
    ]),
    ind("work.training", "work", "电商人才培训", "20", [
      {
        id: "work.training.personTimes",
        label: "培训人次占常住人口比例",
        max: "10",
        rule: {
          kind: "tiers",
          num: "trainingPersonTimes",
          den: "residentPopulation",
          denCap: "500000",
          text: "培训 {num} 人次 / 常住人口 {base}",
          tiers: [
            { min: "1%", points: "10" },
            { min: "0.8%", points: "8" },
            { min: "0.6%", points: "6" },
          ],
        },
      },
      {
        id: "work.training.poor",
        label: "建档立卡贫困人口培训率",
        max: "10",
        rule: {
          kind: "tiers",
          num: "trainedPoorPersons",
          den: "eligiblePoorPersons",
          text: "已培训 {num} 人 / 有劳动能力的建档立卡贫困人口（不含外出务工）{base} 人",
          tiers: [
            { min: "50%", points: "10" },
            { min: "40%", points: "8" },
            { min: "30%", points: "6" },
          ],
        },
      },
    ]),
    ind("info.disclosure", "info", "信息公开", "4", [
      {
        id: "info.disclosure.column",
        label: "设立公开专栏且内容全面",
        max: "2",
        rule: { kind: "contains", fact: "disclosureContents", required: [["创建方案"], ["项目基本信息"], ["建设进度"], ["征求意见", "监督举报"]] },
      },
      {
        id: "info.disclosure.updates",
        label: "近一年专栏按月更新",
        max: "2",
        rule: { kind: "regularity", fact: "disclosureDates", months: 12, full: "2", partial: "1", text: "专栏更新" },
      },
    ]),
    ind("info.reporting", "info", "数据上报", "6", [
      {
        id: "info.reporting.monthly",
        label: "近一年每月向市商务局报送",
        max: "3",
        rule: { kind: "regularity", fact: "reportDates", months: 12, full: "3", partial: "1", text: "向市商务局报送" },
      },
      flag("info.reporting.poverty", "能统计电商扶贫情况", "3", "povertyStatistics", "统计电商扶贫情况"),
    ]),
    ind("promo.cases", "promo", "案例总结", "2", [
      {
        id: "promo.cases.submitted",
        label: "向市商务局报送经验材料",
        max: "2",
        rule: { kind: "atLeast", fact: "materialsSubmitted", min: "1", unit: "份", text: "截止日前报送经验材料" },
      },
    ]),
    ind("promo.media", "promo", "经验推广", "8", [
      {
        id: "promo.media.levels",
        label: "主流媒体宣传报道",
        max: "8",
        rule: {
          kind: "levels",
          fact: "mediaLevels",
          mode: "sum",
          levels: [
            { level: "province", label: "省级及以上媒体", points: "4" },
            { level: "city", label: "市级媒体", points: "3" },
            { level: "county", label: "县级媒体", points: "1" },
          ],
        },
      },
    ]),
    ind("fund.system", "fund", "制度建立", "5", [judged("fund.system", "资金管理制度且有效落实", "1", "5", "fundSystemIssued")]),
    ind("fund.ledger", "fund", "资金台账", "5", [judged("fund.ledger", "资金专用台账完整清晰", "1", "5", "fundLedgerKept")]),
    ind(
      "fund.spending",
      "fund",
      "资金支出",
      "5",
      [
        {
          id: "fund.spending",
          label: "资金支出率≥70%且及时拨付",
          max: "5",
          rule: {
            kind: "gatedJudged",
            num: "fundSpent",
            den: "fundAllocated",
            min: "70%",
            below: "-5",
            judged: { min: "1", max: "5" },
            text: "已拨付 {num} 元 / 下达 {den} 元",
          },
        },
      ],
      "scored",
      "-5",
    ),
    ind(
      "bonus.poorTraining",
      "bonus",
      "建档立卡贫困人口培训率70%及以上",
      "2",
      [
        {
          id: "bonus.poorTraining",
          label: "建档立卡贫困人口培训率≥70%",
          max: "2",
          rule: {
            kind: "tiers",
            num: "trainedPoorPersons",
            den: "eligiblePoorPersons",
            text: "已培训 {num} 人 / 有劳动能力的建档立卡贫困人口（不含外出务工）{base} 人",
            tiers: [{ min: "70%", points: "2" }],
          },
        },
      ],
      "bonus",
    ),
    ind(
      "bonus.tvCase",
      "bonus",
      "电商扶贫典型案例获电视媒体播报",
      "2",
      [
        {
          id: "bonus.tvCase",
          label: "电商扶贫典型案例获电视播报",
          max: "2",
          rule: {
            kind: "levels",
            fact: "tvCaseLevels",
            mode: "best",
            levels: [
              { level: "national", label: "国家级电视媒体", points: "2" },
              { level: "province", label: "省级电视媒体", points: "1" },
            ],
          },
        },
      ],
      "bonus",
    ),
    ind(
      "veto.incident",
      "veto",
      "安全生产、质量事故或重大损失",
      "0",
      [{ id: "veto.incident", label: "发生安全生产、质量事故或造成重大损失", max: "0", rule: { kind: "vetoFlag", fact: "vetoIncident" } }],
      "veto",
    ),
    ind(
      "veto.progress",
      "veto",
      "总体进度不足40%",
      "0",
      [
        {
          id: "veto.progress",
          label: "项目总体进度不足40%",
          max: "0",
          rule: { kind: "vetoBelow", fact: "overallProgress", fallbackNum: "fundSpent", fallbackDen: "fundAllocated", min: "40%" },
        },
      ],
      "veto",
    ),
    ind("veto.fraud", "veto", "弄虚作假", "0", [{ id: "veto.fraud", label: "弄虚作假", max: "0", rule: { kind: "vetoFlag", fact: "vetoFraud" } }], "veto"),
  ],
  inputs: GD2019_INPUTS,
  factLabels: {
    leadershipLevel: "牵头领导及参与部门",
    parkEnterprises: "产业园入驻企业清单",
    parkEnterpriseTypes: "入驻企业类型",
    coveredVillages: "有站点的行政村数（站点清单）",
    adminVillages: "行政村数（行政村清单）",
    coveredPoorVillages: "有站点的省定贫困村数",
    poorVillages: "省定贫困村数（贫困村清单）",
    trainingPersonTimes: "培训人次（培训台账）",
    trainedPoorPersons: "参加培训的建档立卡贫困人口（培训台账与贫困人口名单）",
    eligiblePoorPersons: "有劳动能力的建档立卡贫困人口（贫困人口名单）",
    ruralRetailGrowth: "2020年农村网络零售额同比增速",
    agriRetailGrowth: "2020年农产品网络零售额同比增速",
    disclosureContents: "专栏公示内容",
    disclosureDates: "专栏更新记录",
    reportDates: "报送记录",
    povertyStatistics: "电商扶贫统计",
    materialsSubmitted: "经验材料报送记录",
    mediaLevels: "宣传报道清单",
    tvCaseLevels: "电商扶贫典型案例电视播报",
    fundSpent: "资金台账（拨付金额）",
  },
  // The coverage, training and fund indicators cannot be scored without these.
  requiredLedgers: ["villages", "stations", "training", "funds"],
  measures: [
    { key: "residentPopulation", fact: "residentPopulation", as: "number" },
    { key: "trainingPersonTimes", fact: "trainingPersonTimes", as: "number" },
    { key: "adminVillages", fact: "adminVillages", as: "number" },
    { key: "coveredVillages", fact: "coveredVillages", as: "number" },
    { key: "poorVillages", fact: "poorVillages", as: "number" },
    { key: "coveredPoorVillages", fact: "coveredPoorVillages", as: "number" },
    { key: "eligiblePoorPersons", fact: "eligiblePoorPersons", as: "number" },
    { key: "trainedPoorPersons", fact: "trainedPoorPersons", as: "number" },
    { key: "fundAllocated", fact: "fundAllocated", as: "number" },
    { key: "fundSpent", fact: "fundSpent", as: "number" },
    { key: "parkEnterprises", fact: "parkEnterprises", as: "number" },
    { key: "parkEnterpriseTypes", fact: "parkEnterpriseTypes", as: "number" },
    { key: "reportMonths", fact: "reportDates", as: "months", months: 12 },
    { key: "disclosureMonths", fact: "disclosureDates", as: "months", months: 12 },
    { key: "mediaLevels", fact: "mediaLevels", as: "list" },
  ],
  // 宣传报道 scores 省级及以上: a national report counts at the provincial level.
  mediaLevelAs: { national: "province" },
  leadDepartments: [
    { name: "商务", words: ["商务"] },
    // (顺德's 财税局 is its finance bureau, finance and tax together.)
    { name: "财政", words: ["财政", "财税局"] },
    { name: "农业", words: ["农业", "农村农业", "农办"] },
    { name: "扶贫", words: ["扶贫", "乡村振兴"] },
  ],
};
