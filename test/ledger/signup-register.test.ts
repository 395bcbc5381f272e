/**
 * 连州's ledgers (141st batch). A register of sign-ups, one line a sign-up: the day each signed up (报名日期) is no
 * day of training, the class it names is ("第1期（11月26日）", in the year the sign-up was made, or the next where the
 * class's day is earlier in the year); only a line whose 到课 is ticked came (缺, 请假, 改期 did not). The year's
 * plan of classes (计划开班日期) is no ledger at all. And the HR bureau's survey: 就业状况 says who is away (市外省内务工,
 * 省外务工), 市内务工 and 在校学生 are not.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const signUps: Sheet = {
  name: "报名及到课登记",
  rows: [
    ["某市农村电商培训报名及到课登记表", null, null, null, null, null, null],
    ["报名序号", "报名日期", "姓名", "身份证号", "建档立卡贫困户", "报名班次", "到课"],
    [1, "2020/11/14", "罗少芬", "441882197201017005", "否", "第1期（11月26日）", "✓"],
    [2, "20.11.18", "何桂芳", "441882199304067426", "否", "第1期（11月26日）", "缺"],
    [3, "2020.11.20", "植婉婷", "441882197509226284", "是", "第1期（11月26日）", "✓"],
    [4, "2020.12.29", "张美玲", "441882198707117788", "否", "第2期（1月21日）", "✓"],
    [5, "2021.1.12", "李婉婷", "441882197901276964", "是", "第2期（1月21日）", "请假"],
    [6, "2021.1.13", "植惠玲", "441882198002287664", "否", "第2期（1月21日）", "改期（转第3期）"],
  ],
};

test("each sign-up that came is a person-time on the day of the class it names", () => {
  const read = readLedgers({ sheets: [signUps] }, GD_2019);
  expect(read.recognitions[0].kind).toBe("training");
  expect(read.ledgers.training.map((t) => [t.id?.text, t.date && formatDate(t.date)])).toEqual([
    ["441882197201017005", "2020-11-26"],
    ["441882197509226284", "2020-11-26"],
    ["441882198707117788", "2021-01-21"],
  ]);
});

const plan: Sheet = {
  name: "班次计划",
  rows: [
    ["某市2020—2021年度农村电商培训班次计划表", null, null, null, null, null],
    ["期次", "计划开班日期", "培训主题", "培训地点", "计划人数", "授课单位"],
    ["第1期", "2020年11月26日", "农村电商基础", "连州镇文化站", 40, "某电商培训中心"],
    ["第2期", "2021年1月21日", "网店开设与运营", "西岸镇政府会议室", 40, "某电商培训中心"],
    ["第3期", "2021年4月15日", "短视频与直播入门", "星子镇文化站", 45, "某电商培训中心"],
  ],
};

test("a plan of classes by their planned days is no ledger", () => {
  const read = readLedgers({ sheets: [plan] }, GD_2019);
  expect(read.recognitions[0].kind).toBeNull();
});

const survey: Sheet = {
  name: "贫困劳动力摸排",
  rows: [
    ["某市建档立卡贫困劳动力就业意愿及培训需求摸排表", null, null, null, null],
    ["序号", "姓名", "身份证号", "劳动能力", "就业状况"],
    [1, "莫家旺", "441882197204186111", "有劳动能力", "本地务农"],
    [2, "莫建明", "441882199802116454", "有劳动能力", "省外务工"],
    [3, "叶丽娟", "441882199307166788", "有劳动能力", "市外省内务工"],
    [4, "李婉婷", "441882197901276964", "有劳动能力", "市内务工"],
    [5, "李小明", "441882200309198658", "有劳动能力", "在校学生"],
  ],
};

test("就业状况 says who is away: 市外 and 省外 are, 市内 and a student are not", () => {
  const read = readLedgers({ sheets: [survey] }, GD_2019);
  expect(read.recognitions[0].kind).toBe("poorPersons");
  expect(read.ledgers.poorPersons.map((p) => p.migrant)).toEqual([false, true, true, false, false]);
});
