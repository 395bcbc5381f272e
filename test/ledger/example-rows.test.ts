/** 蓬江's ledgers, copied from templates: the example row under each header was never deleted. */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("a template's example row (示例 / 例, or said so in its remark) is no record, and the clerk is told", () => {
  const training: Sheet = {
    name: "培训台账",
    rows: [
      ["期次", "培训时间", "培训主题", "培训地点", "培训人次", "备注"],
      ["示例", "2020年×月×日", "农村电商基础知识", "××镇", 50, "（模板示例）"],
      ["第1期", "2020-06-18", "农村电商基础知识", "区电商公共服务中心", 265, null],
      ["第2期", "2020.7.16", "网店开设与运营", "棠下镇", 238, null],
    ],
  };
  const stations: Sheet = {
    name: "站点台账",
    rows: [
      ["序号", "镇（街）", "村（社区）", "站点名称", "建成时间", "备注"],
      [1, "××镇", "××村", "××村电商服务站", "2020年×月×日", "（示例行，请勿删除）"],
      [2, "棠下镇", "虎岭村", "虎岭村电商服务站", "2020-06-16", null],
    ],
  };
  const r = readLedgers({ sheets: [training, stations] }, GD_2019);
  expect(r.ledgers.training.map((t) => t.personTimes.toNumber())).toEqual([265, 238]);
  expect(r.ledgers.stations.map((s) => s.village)).toEqual(["虎岭村"]);
  expect(r.diagnostics.list.filter((d) => d.message.includes("示例行")).map((d) => `${d.sheet}!${d.cell}`)).toEqual(["培训台账!2:2", "站点台账!2:2"]);
});

test("a topic that mentions an example is still a session", () => {
  const training: Sheet = {
    name: "培训台账",
    rows: [
      ["期次", "培训时间", "培训主题", "培训人次"],
      ["第1期", "2020-06-18", "直播带货案例示例讲解", 120],
    ],
  };
  expect(readLedgers({ sheets: [training] }, GD_2019).ledgers.training).toHaveLength(1);
});
