/**
 * 佛冈's ledgers (131st batch): the park's admission applications (评审结果 同意 / 不同意 / 缓议 / 待评审), the
 * press reception log (刊播日期 待刊发), the city's table of every county's newsletter papers kept by one
 * county (本县 ★, days written 3月10日 under a title naming 2021年), and the unit's work diary under
 * month lines (【2020年9月】) whose monthly reports to the city are the report log.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const day = (d: { y: number; m: number; d?: number } | null) => d && `${d.y}-${d.m}-${d.d}`;

test("applications deferred to a later meeting (缓议) or not yet reviewed (待评审) are no firms of the park", () => {
  const { ledgers } = read({
    name: "入园申请审批汇总",
    rows: [
      ["某县电子商务产业园入园申请审批情况汇总表", null, null, null, null, null],
      ["序号", "申请企业", "拟入驻业态", "评审结果", "实际入驻日期", "备注"],
      [1, "某县腐竹电子商务有限公司", "销售型", "缓议", null, "资料不全，补齐后重新申请"],
      [2, "某县茶叶网店", "销售型", "同意", "2020.10.20", null],
      [3, "某县腐竹电子商务有限公司", "销售型", "同意", "2021.1.4", "重新申请"],
      [4, "某县乡村主播培训中心", "直播电商", "待评审", null, "9月管委会会议评审"],
    ],
  });
  expect(ledgers.enterprises.map((e) => [e.name, day(e.entered)])).toEqual([
    ["某县茶叶网店", "2020-10-20"],
    ["某县腐竹电子商务有限公司", "2021-1-4"],
  ]);
});

test("a press reception log: an interview whose report is 待刊发 is no report yet", () => {
  const { ledgers } = read({
    name: "媒体采访接待登记",
    rows: [
      ["某县商务局新闻媒体采访接待登记表", null, null, null, null],
      ["序号", "接待日期", "媒体名称", "媒体级别", "刊播日期"],
      [1, "2020.11.5", "清远日报", "市级", "2020.11.12"],
      [2, "2021.8.30", "清远日报", "市级", "待刊发"],
    ],
  });
  expect(ledgers.media.map((m) => day(m.date))).toEqual(["2020-11-12"]);
});

test("the city's table of every county's papers kept by one county: its own rows (本县 ★), days in the title's one year", () => {
  const { ledgers, recognitions } = read({
    name: "简报供稿情况",
    rows: [
      ["《某市商务工作简报》2021年1—9月各县（市、区）电子商务经验材料供稿情况", null, null, null, null, null],
      ["序号", "县（市、区）", "稿件标题", "类别", "报送日期", "本县"],
      [1, "清城区", "清城区推进直播电商基地建设", "经验做法", "1月15日", null],
      [2, "佛冈县", "“产业园＋村级站点”打通农产品上行通道", "经验做法", "3月10日", "★"],
      [3, "英德市", "英德红茶线上销售逆势增长", "典型案例", "2月3日", null],
      [4, "佛冈县", "直播带货让脱贫户砂糖桔卖上好价钱", "典型案例", "6月21日", "★"],
    ],
  });
  expect(recognitions[0].kind).toBe("materials");
  expect(ledgers.materials.map((m) => [m.source.row, day(m.date)])).toEqual([
    [4, "2021-3-10"],
    [6, "2021-6-21"],
  ]);
});

test("a title naming the programme's year (2019年省级…示范) gives no year to days written without one", () => {
  const { ledgers } = read({
    name: "经验材料",
    rows: [
      ["某县2019年省级电子商务进农村综合示范经验材料报送登记", null, null],
      ["序号", "材料名称", "报送日期"],
      [1, "某县电商助农经验", "3月10日"],
    ],
  });
  expect(ledgers.materials.map((m) => m.date)).toEqual([null]);
});

test("a work diary under bracketed month lines (【2020年9月】): the monthly reports to the city on their days", () => {
  const { ledgers } = read({
    name: "电商股工作日志",
    rows: [
      ["某县商务局电商股工作日志（2020年9月—2021年9月）", null, null, null],
      ["日期", "星期", "工作内容", "经办人"],
      ["【2020年9月】", null, null, null],
      ["9月3日", "星期四", "通过粤政易向清远市商务局报送8月份电子商务进农村综合示范工作进展月报（本月未附电商扶贫统计表）", "范××"],
      ["9月10日", "星期四", "参加清远市商务局电子商务进农村工作视频调度会", "朱××"],
      ["【2020年10月】", null, null, null],
      ["10月9日", "星期五", "通过粤政易向清远市商务局报送9月份电子商务进农村综合示范工作进展月报，附电商扶贫统计表", "朱××"],
      ["10月19日", "星期一", "向县政府办报送电商工作周报", "范××"],
      ["【2020年11月】", null, null, null],
      ["11月9日", "星期一", "通过粤政易向清远市商务局报送10月份电子商务进农村综合示范工作进展月报，附电商扶贫统计表", "范××"],
    ],
  });
  expect(ledgers.reports.map((r) => [day(r.date), r.poverty])).toEqual([
    ["2020-9-3", false],
    ["2020-10-9", true],
    ["2020-11-9", true],
  ]);
});
