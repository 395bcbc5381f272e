/**
 * 大埔's three-level review form (129th batch): the clerk's entry checked by the section chief, who
 * writes only what they correct (经办人填报 | 审核修正, "该栏空白的，表示经办人填报无误"); the points
 * scored by the clerk, the section and the bureau's meeting, whose 局务会审定 is the claim. 南澳's
 * scoring draft checks points the same way (初评分 | 审核调整分).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { factsOf } from "../corpus/read-facts";

function read(sheet: Sheet) {
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  return toScoringInput(r.ledgers, GD_2019, r.diagnostics);
}
const num = (v: unknown) => (v as { toNumber(): number }).toNumber();

test("a correction stands where the checker wrote one, the clerk's entry where the checker left it blank", () => {
  const f = read({
    name: "自评三级审核表",
    rows: [
      ["某县电子商务进农村综合示范创建考评　自评数据及得分三级审核表", null, null, null],
      ["一、基础数据（以“审核修正”栏为准；该栏空白的，表示经办人填报无误）", null, null, null],
      ["序号", "项目", "经办人填报", "审核修正"],
      [1, "常住人口", "37.6万人", "31.86万人（七普常住人口；37.6万为户籍人口）"],
      [2, "省定贫困村数", "28个", null],
      [3, "领导小组组长", "副县长（分管商务）", "县长（2020年6月15日调整）"],
      [4, "领导小组成员单位", "商务、财政、农业农村、扶贫、交通运输", "商务、财政、农业农村、乡村振兴（原扶贫办）、交通运输"],
      [5, "培训人次", "3,212", "2,792（截至8月31日；3,212含9月4期420人次）"],
      [6, "项目总体进度", "92%", null],
    ],
  }).facts;
  expect(num(f.residentPopulation?.value)).toBe(318600);
  expect(num(f.poorVillagesStated?.value)).toBe(28);
  expect(num(f.trainingPersonTimesStated?.value)).toBe(2792);
  expect(num(f.overallProgress?.value)).toBe(0.92);
  expect(f.leadershipLevel?.value).toBe("principal-all");
});

test("points scored three times: the bureau meeting's 局务会审定 is the claim, not the clerk's or the section's", () => {
  const input = read({
    name: "逐项自评",
    rows: [
      ["三、逐项自评得分（以“局务会审定”栏为准）", null, null, null, null, null, null],
      ["序号", "评价指标", "分值", "经办人自评", "股室审核", "局务会审定", "审定说明"],
      [1, "组织领导", 2, 1, 2, 2, "组长已调整为县长"],
      [2, "政策支持", 2, 2, 2, 1, "政策落实一般"],
      [3, "项目管理", 4, 4, 3, 3, "工作台账不够完整"],
      [4, "资金台账", 5, 5, 4, 4, null],
    ],
  });
  const claims = Object.fromEntries(Object.entries(input.claims ?? {}).map(([k, c]) => [k, num((c as { points: unknown }).points)]));
  expect(claims).toMatchObject({ "org.leadership": 2, "org.policy": 1, "org.management": 3, "fund.ledger": 4 });
});

test("a scoring draft's 审核调整分 is the claim where it is filled, the 初评分 where it is blank", () => {
  const input = read({
    name: "自评计分底稿",
    rows: [
      ["某县创建考评自评计分底稿", null, null, null, null, null],
      ["定稿得分以“审核调整分”为准；该栏空白的，按初评分定稿。", null, null, null, null, null],
      ["序号", "评价指标", "满分", "初评分", "审核调整分", "审核意见"],
      [1, "方案制定", 2, 2, null, null],
      [2, "项目管理", 4, 4, 3, "工作台账按1分，本项3分"],
      [3, "资金台账", 5, 5, 4, "资金台账按4分"],
      [4, "资金支出", 5, 4, null, null],
    ],
  });
  const claims = Object.fromEntries(Object.entries(input.claims ?? {}).map(([k, c]) => [k, num((c as { points: unknown }).points)]));
  expect(claims).toMatchObject({ "org.plan": 2, "org.management": 3, "fund.ledger": 4, "fund.spending": 4 });
});

test("three tables straight under one another, no blank row between: each read by its own header, the judged items by 局务会审定", () => {
  const read = factsOf({
    sheets: [
      {
        name: "自评三级审核表",
        rows: [
          ["某县创建考评　自评数据及得分三级审核表", null, null, null, null, null, null],
          ["一、基础数据（以“审核修正”栏为准；该栏空白的，表示经办人填报无误）", null, null, null, null, null, null],
          ["序号", "项目", "经办人填报", "审核修正", null, "佐证材料", null],
          [1, "常住人口", "37.6万人", "31.86万人（七普常住人口）", null, "七普公报", null],
          [2, "已出台支持农村电商发展的政策", "是", null, null, "某府〔2020〕9号", null],
          ["二、主观评分项（以“局务会审定”栏为准）", null, null, null, null, null, null],
          ["序号", "评分项", "分值范围", "经办人自评", "股室审核", "局务会审定", "审定说明"],
          [1, "方案制定", "1-2", 2, 2, 2, null],
          [2, "政策支持", "1-2", 2, 2, 1, "局务会下调"],
          [3, "资金台账", "1-5", 5, 4, 4, "股室下调"],
          ["三、逐项自评得分（以“局务会审定”栏为准）", null, null, null, null, null, null],
          ["序号", "评价指标", "分值", "经办人自评", "股室审核", "局务会审定", "审定说明"],
          [1, "方案制定", 2, 2, 2, 2, null],
          [2, "政策支持", 2, 2, 2, 1, "政策落实一般"],
          [3, "资金台账", 5, 5, 4, 4, "承办方台账不全"],
        ],
      },
    ],
  });
  expect(read.judged).toEqual({ "org.plan": 2, "org.policy": 1, "fund.ledger": 4 });
  expect(read.claimed).toMatchObject({ "org.plan": 2, "org.policy": 1, "fund.ledger": 4 });
  expect(read.facts).toMatchObject({ residentPopulation: 318600, policyIssued: true });
});

test("a meeting's head lines over its first section are read with that section's table, not alone: who chaired is no leading group", () => {
  const read = factsOf({
    sheets: [
      {
        name: "自评会议记录",
        rows: [
          ["某市创建考评自评工作会议记录", null, null, null, null, null],
          ["主持人：何××（副市长、领导小组副组长）", null, null, "记录人：梁××", null, null],
          ["参会单位：市商务局、市财政局、市农业农村局、市乡村振兴局、市统计局", null, null, null, null, null],
          ["一、基础数据逐项核定", null, null, null, null, null],
          ["序号", "事项", "汇报单位", "汇报情况", "会议核定", "备注"],
          [1, "领导小组", "市商务局", "组长：市委副书记、市长；成员：市商务局、市财政局、市农业农村局、市乡村振兴局", "同意", null],
          [2, "项目总体进度", "市商务局", "85%", "同意", null],
          ["二、主观评分项审定", null, null, null, null, null],
          ["序号", "评分项", "分值范围", "商务局建议分", "会议审定分", "审定理由"],
          [1, "方案制定", "1-2", 2, 2, null],
          [2, "资金台账", "1-5", 5, 4, "凭证未装订成册"],
          ["三、自评得分（会议通过）", null, null, null, null, null],
          ["序号", "评价指标", "分值", "自评得分", "说明", null],
          [1, "组织领导", 2, 2, "市长任组长", null],
          [2, "资金台账", 5, 4, null, null],
        ],
      },
    ],
  });
  expect(read.leadership).toBe("principal-all");
  expect(read.judged).toEqual({ "org.plan": 2, "fund.ledger": 4 });
  expect(read.claimed).toMatchObject({ "org.leadership": 2, "fund.ledger": 4 });
});
