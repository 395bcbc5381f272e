/**
 * Layouts met in the 217th–238th blind batches: a table of figures by year with a part of the line above
 * (其中：参加电商培训 under 有劳动能力的建档立卡贫困人口), the judged items' points in a 主观项细分 / 细项说明
 * column, and a column's contents listed beside their label with one more thing said after a comma
 * (创建方案、项目基本信息、建设进度，设监督举报窗口) above a line answered 能统计; services listed before the verb
 * saying they are done; a park's lease register dated by 入驻（起租）日期; a task table's 四项内容齐全; a poor trainees' register
 * ticked under numbered sessions whose days have no year; the cut-off of the round read, never an office's 回填日期; two
 * tables side by side under one title; a Word appendix's head block of two pairs a row.
 */
import type { Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const m = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
const day = (d: { y: number; m: number; d?: number } | null | undefined) => (d ? formatDate(d) : null);
const factsOf = (sheet: Sheet) => Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, e.value]));

test("a year table's 其中 line is read with the line above: the trained poor persons' 累计 (deduplicated), not a training's person-times", () => {
  const sheet: Sheet = {
    name: "分年度数据对照表",
    rows: [
      ["一、主要数据"],
      ["序号", "指标", "单位", "2019年", "2020年", "2021年1—8月", "累计／现状（截至2021.8.31）", "备注"],
      [1, "常住人口", "万人", "—", "—", "—", 21.37, "第七次全国人口普查"],
      [2, "农村网络零售额", "亿元", 9.82, 12.15, 8.06, "—", "2021年为1—8月数"],
      [3, "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", null, null, null, 1286, null],
      [4, "其中：参加电商培训", "人", "—", 455, 391, 702, "累计数按身份证号去重"],
    ],
  };
  const facts = factsOf(sheet);
  expect([facts.eligiblePoorPersonsStated, facts.trainedPoorPersonsStated]).toEqual([1286, 702]);
  expect(facts.trainingPersonTimesStated).toBeUndefined();
});

test("judged items' points in a 主观项细分 column (管理制度2，工作台账1) and a 细项说明 one (调研2；促销1；标准溯源1)", () => {
  const claims = (header: string, management: string, upward: string): Sheet => ({
    name: "自评",
    rows: [
      ["序号", "评价指标", "分值", "自评分", header, "扣分说明"],
      [1, "项目管理", 4, 3, management, "台账部分项目记录不全"],
      [2, "农村产品上行", 10, 8, upward, null],
    ],
  });
  for (const sheet of [
    claims("主观项细分", "管理制度2，工作台账1", "网销调研2，促销活动1，交易标准及冷链溯源1"),
    claims("细项说明", "制度2；台账1", "调研2；促销1；标准溯源1"),
  ]) {
    const facts = factsOf(sheet);
    const judged = ["org.management.system", "org.management.ledger", "work.upward.research", "work.upward.promotion", "work.upward.standards"];
    expect(judged.map((k) => parseFloat(String(facts[`judged:${k}`])))).toEqual([2, 1, 2, 1, 1]);
  }
});

test("a column's contents listed beside 专栏公示内容 with a window said after a comma: each shown, not answered by the 能统计 below", () => {
  const sheet: Sheet = {
    name: "迎检一张表",
    rows: [
      ["一、基础数据"],
      ["序号", "项目", "数据", "单位／说明"],
      [22, "专栏公示内容", "创建方案、项目基本信息、建设进度，设监督举报窗口", null],
      [23, "电商扶贫统计", "能统计", null],
      [24, "下达省级专项资金", 500, "万元"],
    ],
  };
  const facts = factsOf(sheet);
  expect([facts.disclosurePlan, facts.disclosureProjects, facts.disclosureProgress, facts.disclosureWindow]).toEqual(["是", "是", "是", "是"]);
});

test("services listed before the one verb saying they are done, the first's 免费 said of them all (免费培训、展示、摄影美工、品牌推广已开展)", () => {
  const sheet: Sheet = {
    name: "自评表",
    rows: [
      ["序号", "评价指标", "分值", "自评得分", "得分说明"],
      [5, "服务体系建设：县级中心与产业园", 15, 14, "中心2020年12月28日投入运营，免费培训、展示、摄影美工、品牌推广已开展，其他衍生增值服务暂未开展；产业园已建成"],
    ],
  };
  const facts = factsOf(sheet);
  expect([facts.centerFreeTraining, facts.centerPhoto, facts.centerBrand, facts.centerOther]).toEqual(["是", "是", "是", "否"]);
});

test("a park's lease register dated by 入驻（起租）日期: each firm in from that day, out only on its 实际退租日期", () => {
  const sheet: Sheet = {
    name: "产业园租赁台账",
    rows: [
      ["某市电子商务产业园场地租赁（入驻企业）台账"],
      ["房号", "承租企业名称", "统一社会信用代码", "企业类型", "入驻（起租）日期", "租期至", "实际退租日期", "面积（㎡）", "备注"],
      ["A101", "某市侨丰物流有限公司", "91440783GKBPTLN7T5", "快递物流", "2020-06-11", "2023.6.11", null, 45, null],
      ["A104", "某市开鑫电子商务有限公司", "91440783C5554KGKKA", "电商代运营", "2020/7/15", "2023.7.15", "2021年5月31日", 120, "已退租"],
      ["C108", "某市潭鑫电子商务有限公司", "91440783C7PT5HBEB3", "平台型电商", "2021-9-1", "2024.9.1", null, 120, "新入驻"],
    ],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.ledgers.enterprises.map((e) => [day(e.entered), day(e.left)])).toEqual([
    ["2020-06-11", null],
    ["2020-07-15", "2021-05-31"],
    ["2021-09-01", null],
  ]);
});

test("a task table's target listing the 专栏's contents, its 完成情况 saying the four are complete (四项内容齐全): each shown", () => {
  const sheet: Sheet = {
    name: "倒排工期表",
    rows: [
      ["序号", "考评指标（分值）", "目标要求", "责任单位", "完成时限", "完成情况（截至8月31日）", "状态", "细项自评", "指标自评分"],
      [24, "信息公开（4分）", "设立专栏，公示方案、项目信息、建设进度，设监督举报窗口", "市商务局", "2020年8月", "专栏已设立，四项内容齐全", "已完成", null, 3],
      [25, null, "专栏按月更新", "市商务局", "长期", "2021年2月（春节）未更新，其余月份均有更新", "基本完成", null, null],
    ],
  };
  const facts = factsOf(sheet);
  expect([facts.disclosurePlan, facts.disclosureProjects, facts.disclosureProgress, facts.disclosureWindow].map((v) => v !== undefined)).toEqual([
    true,
    true,
    true,
    true,
  ]);
});

test("a poor trainees' register ticked under numbered sessions whose days have no year (第1期 over 9.17): each tick dated by the sessions' register", () => {
  const register: Sheet = {
    name: "培训台账",
    rows: [
      ["期次", "培训时间", "培训内容", "培训地点", "参训人次"],
      ["第1期", "2020-09-17", "农村电商基础知识", "县电子商务公共服务中心", 153],
      ["第2期", "2020.10.22", "网店开设与运营", "仁居镇党群服务中心", 178],
      ["第3期", "2020.12.28-2021.1.2", "短视频拍摄与剪辑", "差干镇党群服务中心", 110],
      ["第4期", "2021年9月2日", "电商政策与实务", "县电子商务公共服务中心", 420],
    ],
  };
  const grid: Sheet = {
    name: "脱贫户参训情况",
    rows: [
      ["建档立卡贫困人口参加电商培训情况登记表"],
      ["序号", "姓名", "身份证号", "所在村", "第1期", "第2期", "第3期", "第4期", "参训次数"],
      [null, null, null, null, "9.17", "10.22", "12.28-1.2", "9.2", null],
      [1, "何海建", "441426199703285081", "洋村村", "✓", null, "✓", null, 2],
      [2, "谭玉", "441426198702238895", "礼口村", null, "✓", null, "✓", 2],
      [3, "林荣", "441426198909017272", "程坝村", "✓", null, null, null, 1],
    ],
    merges: [
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
      { top: 1, left: 3, bottom: 2, right: 3 },
    ],
  };
  const read = readLedgers({ sheets: [register, grid] }, GD_2019);
  const ticks = read.ledgers.training.filter((t) => t.source.sheet === "脱贫户参训情况").map((t) => [t.name, t.topic, day(t.date)]);
  expect(ticks).toEqual([
    ["何海建", "第1期", "2020-09-17"],
    ["何海建", "第3期", "2021-01-02"],
    ["谭玉", "第2期", "2020-10-22"],
    ["谭玉", "第4期", "2021-09-02"],
    ["林荣", "第1期", "2020-09-17"],
  ]);
});

test("the cut-off: the round read's own (本期（截至2021年8月31日） beside 上期（截至…6月30日）), never an office's 回填日期; 数据统计至 one too", () => {
  const rounds: Sheet = {
    name: "调度表",
    rows: [
      ["某市电子商务进农村综合示范创建工作调度表（第8期）"],
      ["填报单位：某区商务局　　填报日期：2021年9月6日"],
      ["序号", "调度事项", "单位", "上期（截至2021年6月30日）", "本期（截至2021年8月31日）", "较上期增减", "备注"],
      [1, "常住人口", "万人", 48.72, 48.72, 0, "第七次人口普查数"],
      [2, "行政村", "个", 158, 158, 0, null],
    ],
  };
  const returns: Sheet = {
    name: "部门回填汇总",
    rows: [
      ["某区考评数据部门回填汇总表"],
      ["说明：各单位在本单位分块内回填；区商务局汇总。数据统计截至2021年8月31日。"],
      ["序号", "数据项", "数值", "计量单位", "口径／来源"],
      ["一、区统计局（回填日期：2021年9月2日　经办人：李××）"],
      [1, "常住人口", 52.61, "万人", "第七次全国人口普查"],
    ],
  };
  const counted: Sheet = {
    name: "自评情况汇总",
    rows: [
      ["某区商务局　　2021年9月7日　　（各项数据统计至2021年8月31日）"],
      ["序号", "考评内容", "完成情况（要点）", "自评得分／满分"],
      [1, "组织领导", "区长任组长", "2／2"],
    ],
  };
  for (const sheet of [rounds, returns, counted]) expect(String(factsOf(sheet).asOf)).toMatch(/^2021年8月31日/);
  expect(factsOf(rounds).residentPopulation).toBe(48.72);
});

test("two tables side by side under a title merged across both (指标 | 单位 | 数值 and 主观评分项 | 分值范围 | 自评分): each read on its own", () => {
  const sheet: Sheet = {
    name: "基础数据",
    rows: [
      ["某县电商进农村考评基础数据", null, null, null, null, null, null],
      ["指标", "单位", "数值", null, "主观评分项", "分值范围", "自评分"],
      ["常住人口", "万人", 13.97, null, "项目管理制度", "1-2", 2],
      ["行政村数", "个", 71, null, "工作台账", "1-2", 1],
      ["省定贫困村数", "个", 17, null, "网销调研", "1-2", 2],
      ["领导小组组长", "—", "县长", null, "网络促销活动", "1-2", 1],
      ["免费摄影美工", "—", "有", null, null, null, null],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 6 }],
  };
  const facts = factsOf(sheet);
  expect([facts.residentPopulation, facts.adminVillagesStated, facts.poorVillagesStated]).toEqual([13.97, 71, 17]);
  expect([facts["judged:org.management.system"], facts["judged:org.management.ledger"], facts["judged:work.upward.promotion"]].map(Number)).toEqual([2, 1, 1]);
});

test("a Word appendix's head block, two label | value pairs a row over its score table: figures by year in the line's unit, a 专栏 sentence, and the judged items' strip (网销调研（1-2分） over 2分)", () => {
  const pairs = (a: string, av: string, b: string, bv: string) => [a, null, av, null, null, b, null, bv, null, null];
  const sheet: Sheet = {
    name: "自评附表",
    rows: [
      ["某区电子商务进农村综合示范项目自评情况表"],
      pairs("县（区）名称", "某区", "考评截止日期", "2021年8月31日"),
      pairs("农村网络零售额\n（亿元）", "2019年：3.12\n2020年：3.86", "农产品网络零售额\n（亿元）", "2019年：0.85\n2020年：1.18"),
      pairs("政府网站专栏", "已设立，公示创建方案、项目基本信息、项目建设进度，设监督举报电话", "电商扶贫统计", "能统计（月报附表）"),
      [],
      ["一级指标", null, "二级指标", null, "分值", "自评得分", "扣分原因"],
      ["加强组织领导与统筹协调（10分）", null, "组织领导", null, 2, 2, null],
      ["合计", null, null, null, 100, "95＋3", null],
      [],
      ["三、主观评分项自评"],
      [
        "方案制定\n（1-2分）",
        "政策支持\n（1-2分）",
        "项目管理制度\n（1-2分）",
        "工作台账\n（1-2分）",
        "网销调研\n（1-2分）",
        "网络促销活动\n（1-2分）",
        "交易标准与\n冷链溯源（1-2分）",
        "资金管理制度\n（1-5分）",
      ],
      ["2分", "1分", "2分", "2分", "2分", "1分", "1分", "4分"],
      [],
      ["四、否决事项"],
    ],
    merges: [1, 2, 3].flatMap((r) => [m(r, 0, r, 1), m(r, 2, r, 4), m(r, 5, r, 6), m(r, 7, r, 9)]),
  };
  const read = readFactsSheet(sheet, GD_2019);
  const entry = (key: string) => read.entries.find((e) => e.key === key);
  expect(["ruralRetail2019", "ruralRetail2020", "agriRetail2019", "agriRetail2020"].map((k) => [entry(k)?.value, entry(k)?.unit])).toEqual([
    ["3.12", "亿元"],
    ["3.86", "亿元"],
    ["0.85", "亿元"],
    ["1.18", "亿元"],
  ]);
  expect(["disclosurePlan", "disclosureProjects", "disclosureProgress", "disclosureWindow", "povertyStatisticsStated"].map((k) => entry(k)?.value)).toEqual([
    "是",
    "是",
    "是",
    "是",
    "是",
  ]);
  expect(["org.plan", "org.policy", "work.upward.research", "work.upward.promotion"].map((k) => parseFloat(String(entry(`judged:${k}`)?.value)))).toEqual([2, 1, 2, 1]);
});
