/**
 * The 71st batch's ledgers: a training room's fixed-seat register as the sign-in (广宁), the bureau's
 * seal-usage register as the report log (清新), a township's survey forms typed in with every option's
 * box (龙门).
 */
import type { Sheet } from "../../src/core/grid";
import { parseLabour, parseMigrant } from "../../src/ledger/normalize/status";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const header = ["排＼座", "1号", "2号", "3号", "4号", "过道", "5号", "6号"];

test("each taken seat a trainee of the session its title dates; empty seats, a moved-from note and the staff none", () => {
  const sheet: Sheet = {
    name: "座位登记",
    rows: [
      ["培训室学员固定座位登记表"],
      ["第9期　直播带货实操班　　2021年3月18日（星期四）下午"],
      [null, null, "讲　　台"],
      header,
      ["第一排", "骆桂容\n441223199609274503", "（空）", "（空）原座何家明已调至第二排5号", "吴秀琼\n44122319880812604x", null, "谭辉伟\n441223198505167995"],
      ["第二排", null, null, null, null, null, "何家明（由第一排3号调入）\n441223198208153052", "（工作人员）\n梁晓敏"],
      [],
      ["第12期　网店运营提升班　　2021年5月20日—21日（两天班）"],
      header,
      ["第一排", "邓文新\n（未带身份证，电话139****2210）", "严杰永\n441223 19980324 0198"],
    ],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.recognitions[0].kind).toBe("training");
  expect(read.ledgers.training.map((t) => [t.name, t.id?.text ?? null, `${t.date?.m}-${t.date?.d}`])).toEqual([
    ["骆桂容", "441223199609274503", "3-18"],
    ["吴秀琼", "44122319880812604X", "3-18"],
    ["谭辉伟", "441223198505167995", "3-18"],
    ["何家明", "441223198208153052", "3-18"],
    ["邓文新", null, "5-21"],
    ["严杰永", "441223199803240198", "5-21"],
  ]);
  expect(read.diagnostics.list.some((d) => d.message.includes("工作人员") && d.cell === "H6")).toBe(true);
});

test("a seal register's monthly reports to the city only: other papers, the district's copy and a voided stamping none", () => {
  const sheet: Sheet = {
    name: "用印登记簿摘抄",
    rows: [
      ["编号", "用印日期", "文件（材料）名称", "文号", "发往单位", "份数", "印章类别", "备注"],
      ["2020-103", "2020-09-08", "清新区2020年8月份电子商务进农村综合示范工作进展情况（附电商扶贫统计表）", null, "清远市商务局", 1, "公章", "粤政易"],
      ["2020-109", "2020-09-22", "成品油零售经营企业年度检查初审意见（3家）", null, "清远市商务局", 3, "公章"],
      ["2020-114", "2020.10.9", "清新区2020年9月份电子商务进农村综合示范工作进展情况（附电商扶贫统计表）", null, "清远市商务局", 1, "公章", "粤政易"],
      ["2020-127", "2020-11-26", "关于报送清新区电子商务进农村综合示范县创建经验做法的函", "清新商务函〔2020〕77号", "清远市商务局", 1, "公章", "经验材料"],
      ["2020-131", "2020-12-08", "清新区2020年11月份电子商务进农村综合示范工作进展情况", null, "清远市商务局", 1, "公章", "粤政易"],
      ["2021-008", "2021-01-25", "清新区2020年12月份电子商务进农村综合示范工作进展情况（报区政府）", null, "区政府办", 1, "公章"],
      ["2021-011", "2021-02-03", "关于春节期间生活必需品市场供应保障工作情况的报告", "清新商务〔2021〕6号", "清远市商务局", 1, "公章"],
      ["2021-027", "2021年4月8日", "清新区2021年3月份电子商务进农村综合示范工作进展情况", null, "清远市商务局", 1, "公章", "盖章错位，作废"],
      ["2021-028", "2021年4月8日", "清新区2021年3月份电子商务进农村综合示范工作进展情况（电商扶贫统计表未附）", null, "清远市商务局", 1, "公章", "重新用印，粤政易"],
    ],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.ledgers.reports.map((r) => [`${r.date?.m}-${r.date?.d}`, r.poverty])).toEqual([
    ["9-8", true],
    ["10-9", true],
    ["12-8", null],
    ["4-8", false],
  ]);
});

test("a survey form's boxes: the options ticked, agreeing, read as the column's words", () => {
  expect(parseLabour("☑普通劳动力 ☑技能劳动力 ☐弱劳动力 ☐丧失劳动力 ☐无劳动力")).toBe(true);
  expect(parseLabour("□普通劳动力 □技能劳动力 □弱劳动力 ■丧失劳动力 □无劳动力")).toBe(false);
  expect(parseLabour("☐普通劳动力 ☐技能劳动力 ☐弱劳动力 ☐丧失劳动力 ☐无劳动力")).toBeNull();
  expect(parseLabour("☑普通劳动力 ☐技能劳动力 ☐弱劳动力 ☑丧失劳动力 ☐无劳动力")).toBeUndefined();
  expect(parseMigrant("☑县外务工（深圳） ☐县内务工 ☐在家务农／待业 ☐不适用")).toBe(true);
  expect(parseMigrant("■县内务工（永汉镇圩） □在家务农／待业 □不适用")).toBe(false);
  expect(parseMigrant("☐县外务工 ☐县内务工 ☐在家务农／待业 ☑不适用")).toBeNull();
});

test("a survey of the people's wish for training is a roster, 脱贫户 the poor", () => {
  const sheet: Sheet = {
    name: "摸查表录入",
    rows: [
      ["龙门县永汉镇脱贫户劳动力及电商培训需求入户摸查表（录入汇总）"],
      ["户序号", "村委会", "户主", "成员姓名", "公民身份号码", "劳动能力（勾选）", "务工情况（勾选）", "电商培训意愿（勾选）"],
      [1, "鹤湖村委会", "叶炳坤", "叶炳坤", "441324196712272336", "☑普通劳动力 ☐无劳动力", "☐县外务工 ☑在家务农／待业 ☐不适用", "☑电商 ☐无"],
      [null, null, null, "叶志强", "441324199305086193", "☐普通劳动力 ☑技能劳动力", "☑县外务工（深圳） ☐在家务农／待业 ☐不适用", "☐电商 ☑无"],
      [null, null, null, "叶美玲", "441324200605138122", "☐普通劳动力 ☑无劳动力", "☐县外务工 ☐在家务农／待业 ☑不适用", "☐电商 ☑无"],
    ],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.recognitions[0].kind).toBe("poorPersons");
  expect(read.ledgers.poorPersons.map((p) => [p.labour, p.migrant])).toEqual([
    [true, false],
    [true, true],
    [false, null],
  ]);
});
