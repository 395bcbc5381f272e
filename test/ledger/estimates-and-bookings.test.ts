/**
 * Layouts met in the 223rd–234th blind batches: a third-party operator's score estimate (评价指标（分值） merged down |
 * 得分点 | 我方数据／现状 | 达标线 | 得分点预计 | 指标预计得分 | 风险提示), and the centre's room-booking register kept
 * as the training ledger (its 用途 saying which bookings were trainings), and a score calculation's workings
 * (计算过程及依据: "免费摄影美工 √ → 1；其他衍生增值服务 × → 0", "网销调研报告 2；促销活动 1").
 */
import type { Merge, Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { readLedgers } from "../../src/ledger/read";
import { parseYesNo } from "../../src/ledger/normalize/yesno";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const m = (top: number, left: number, bottom: number, right: number): Merge => ({ top, left, bottom, right });
const factsOf = (sheet: Sheet) => Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, e.value]));
const claimsOf = (sheet: Sheet) => Object.fromEntries(readFactsSheet(sheet, GD_2019).claims.map((c) => [c.indicator, c.value]));

test("an operator's score estimate: 我方数据／现状 the facts, 达标线 the rubric's bar, 指标预计得分 the claims, the indicator's name no answer of its second point", () => {
  const sheet: Sheet = {
    name: "估分测算表",
    rows: [
      ["某区电子商务进农村综合示范创建考评估分测算表"],
      ["序号", "评价指标（分值）", "得分点", "我方数据／现状", "达标线", "得分点预计", "指标预计得分", "风险提示"],
      [1, "县级中心与产业园（15分）", "建成县级公共服务中心", "2020年11月18日投入运营", "建成", 2, 14, null],
      [2, null, "免费摄影美工", "二楼摄影棚，为入驻企业和农户免费拍摄、作图", "有", 1, null, null],
      [3, null, "入驻企业≥20家", "入驻企业20家（含9月1日新入驻1家）", "≥20家", 2, null, "如按8月31日口径可能不足20家"],
      [4, "信息公开（4分）", "专栏内容齐全", "专栏已公示创建方案、项目基本信息、建设进度，设监督举报电话", "四项齐全", 2, 4, null],
      [5, null, "按月更新", "每月更新", "每月", 2, null, "1月稿件未发布，需核对"],
    ],
    merges: [m(2, 1, 4, 1), m(2, 6, 4, 6), m(5, 1, 6, 1), m(5, 6, 6, 6)],
  };
  const facts = factsOf(sheet);
  expect(facts.centerOpened).toMatch(/^2020年11月18日/);
  expect(parseYesNo(facts.centerPhoto as string)).toBe(true);
  // (The bar, ≥20家, is no count of the park's firms.)
  expect(facts.parkEnterprisesStated).not.toBe("≥20家");
  // The 专栏's contents from its sentence; 信息公开（4分） over 按月更新 answers none of them with 每月更新.
  expect([facts.disclosurePlan, facts.disclosureProjects, facts.disclosureProgress, facts.disclosureWindow]).toEqual(["是", "是", "是", "是"]);
  expect(claimsOf(sheet)).toEqual({ "work.center": 14, "info.disclosure": 4 });
});

test("the centre's room bookings as the training ledger: only bookings whose 用途 is a training count (no 党支部会议, 新品直播发布, 参观接待)", () => {
  const sheet: Sheet = {
    name: "场地预约登记",
    rows: [
      ["某区电子商务公共服务中心场地使用预约登记表"],
      ["说明：电商培训的参训人次以“实到人数”为准，取消的预约不开展活动。"],
      ["预约编号", "使用日期", "时段", "场地", "使用单位", "用途", "预约人数", "实到人数", "状态", "登记人"],
      ["YY2020001", "2020-09-05", "上午", "一楼培训室", "区商务局", "网店开设与运营培训", 90, 86, "已使用", "黄××"],
      ["YY2020002", "2020.9.10-11", "两天", "二楼直播间", "区乡村振兴局", "短视频直播带货培训", 120, 107, "已使用", "黄××"],
      ["YY2020003", "2020/9/23", "上午", "二楼直播间", "玩具协会", "新品直播发布", 15, 15, "已使用", "黄××"],
      ["YY2020004", "2020年10月18日", "下午", "三楼会议室", "中心运营部", "党支部会议", 36, 29, "已使用", "黄××"],
      ["YY2020005", "2020-11-14", "全天", "一楼展厅", "区委办", "参观接待", 34, 35, "已使用", "黄××"],
      ["YY2020006", "2020.12.2", "全天", "一楼培训室", "区人社局", "玩具跨境电商培训", 101, 99, "已使用", "黄××"],
    ],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.ledgers.training.map((t) => [t.source.row, t.personTimes.toNumber()])).toEqual([
    [4, 86],
    [5, 107],
    [9, 99],
  ]);
});

test("a score calculation's workings (计算过程及依据): each point's figures and marks read — × a no, bare points after an item its judged points", () => {
  const sheet: Sheet = {
    name: "自评得分计算表",
    rows: [
      ["某区考评自评得分计算表"],
      ["序号", "评价指标（分值）", "计算过程及依据", "自评分"],
      [
        5,
        "服务体系建设—县级中心与产业园（15）",
        "公共服务中心2020.12.15投入运营 → 2；免费培训场所设备 √ → 2；免费摄影美工 √ → 1；其他衍生增值服务 × → 0；太和电商产业园已建成 → 2",
        13,
      ],
      [7, "农村产品上行（10）", "网销调研报告 2；促销活动 1；第三方运营服务商（某市供销电商公司）有 → 1；农产品溯源系统 1；合计8", 8],
      [8, "电商人才培训（20）", "培训人次4,279 ÷ 常住人口35.18万人 ＝ 1.22% ≥1% → 10；有劳动能力脱贫人口（不含外出务工）44人，参训26人 → 10；合计20", 20],
    ],
  };
  const facts = factsOf(sheet);
  expect([facts.centerFreeTraining, facts.centerPhoto, facts.centerOther]).toEqual(["是", "是", "否"]);
  expect(["research", "promotion", "standards"].map((k) => parseFloat(String(facts[`judged:work.upward.${k}`])))).toEqual([2, 1, 1]);
  expect([facts.residentPopulation, facts.eligiblePoorPersonsStated, facts.trainedPoorPersonsStated]).toEqual(["35.18万人", "44人", "26人"]);
  expect(claimsOf(sheet)).toEqual({ "work.center": 13, "work.upward": 8, "work.training": 20 });
});
