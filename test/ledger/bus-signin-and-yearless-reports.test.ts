/**
 * 陆丰's bus-and-class sign-in and its report log (83rd blind batch): 到课签名 holds the trainee's name or
 * 未到 (not trained); an ID and a phone typed in each other's columns; a report log's days written without
 * their year, the month each report covers in its content ("2020年12月份…月报" went on 1月7日 of 2021).
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const signIn: Sheet = {
  name: "乘车及到课签到",
  rows: [
    ["某市农村电商（贫困户）专场培训班学员乘车及到课签到表"],
    ["第一期\u30002020年11月26日（星期四）\u30001号车：某镇—某镇"],
    ["序号", "乘车点", "姓名", "身份证号码", "联系电话", "上车确认", "到课签名", "备注"],
    [1, "碣石镇政府", "林秀娥", "441581197003122282", "13837728616", "√", "林秀娥", null],
    [2, "碣石镇政府", "蔡亚松", "441581196508212457", "13301467520", "√", "蔡亚松", null],
    [3, "碣石镇政府", "吴阿水", "441581195902042797", "13209713664", "×", "未到", "生病请假"],
    [4, "甲子镇政府", "卓亚平", "15942170368", "441581197407224154", "√", "卓亚平", null],
    ["带队", "碣石镇政府", "郑伟明", "441581198504023658", "13705045760", "√", "—", "工作人员（带队干部）"],
  ] as CellValue[][],
};
const reports: Sheet = {
  name: "月报报送登记",
  rows: [
    ["某市电子商务进农村工作月报报送登记（2020年9月—2021年9月）"],
    ["序号", "报送日期", "报送内容", "报送方式", "经办人", "附扶贫统计"],
    [1, "9月7日", "2020年8月份电商进农村工作月报", "粤政易", "卓××", "√"],
    [2, "１２月８日", "2020年11月份电商进农村工作月报", "电子邮件", "卓××", "×"],
    [3, "1月7日", "2020年12月份电商进农村工作月报", "粤政易", "卓××", "√"],
    [4, "3月8日", "2021年1—2月份电商进农村工作月报", "粤政易", "卓××", "√"],
  ] as CellValue[][],
};

test("到课签名 says who came; the ID typed in the phone's column is the ID", () => {
  const { ledgers } = readLedgers({ sheets: [signIn] }, GD_2019);
  expect(ledgers.training.map((t) => [t.name, t.id?.text ?? null])).toEqual([
    ["林秀娥", "441581197003122282"],
    ["蔡亚松", "441581196508212457"],
    ["卓亚平", "441581197407224154"],
  ]);
});

test("a report's day without its year takes the year of the month it reports on", () => {
  const { ledgers } = readLedgers({ sheets: [reports] }, GD_2019);
  expect(ledgers.reports.map((r) => r.date && `${r.date.y}-${r.date.m}-${r.date.d}`)).toEqual(["2020-9-7", "2020-12-8", "2021-1-7", "2021-3-8"]);
});
