/**
 * A class's attendance register (one trainee a row, a column a session, its day in the header, a
 * tick where the trainee came), a park kept as a change log (one row an event), and a report log's
 * month with nothing sent.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate, type LDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const day = (d: LDate | null) => (d ? formatDate(d) : null);

test("each tick of a session column is one attendance on the day its header states; absences and blanks none", () => {
  const register: Sheet = {
    name: "学员考勤",
    rows: [
      ["电商带头人培育班学员考勤登记表"],
      ["序号", "姓名", "身份证号码", "参训情况（到课打√）", null, null, "参训次数"],
      [null, null, null, "第一期", "第二期", "第三期", null],
      [null, null, null, "2020.10.15", new Date(Date.UTC(2020, 10, 20)), "2021.3.4-5", null],
      [1, "甲", "441881198009040078", "√", "请假", "✓", 2],
      [2, "乙", "441881198901234471", "缺", "到", "×", 1],
      [3, "丙", "441881199705109272", null, null, null, 0],
      [null, "实到人数", null, 1, 1, 1, 3],
    ],
    merges: [{ top: 1, bottom: 1, left: 3, right: 5 }],
  };
  const { ledgers } = readLedgers({ sheets: [register] }, GD_2019);
  expect(ledgers.training.map((t) => [t.name, day(t.date), t.topic])).toEqual([
    ["甲", "2020-10-15", "第一期"],
    ["甲", "2021-03-05", "第三期"],
    ["乙", "2020-11-20", "第二期"],
  ]);
});

test("a session's name and day in one header cell, on two lines", () => {
  const register: Sheet = {
    name: "学员参训登记",
    rows: [
      ["序号", "姓名", "身份证号码", "第1期\n2020.10.15", "第2期\n21.3.18"],
      [1, "甲", "441423200107067586", "✓", "√"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [register] }, GD_2019);
  expect(ledgers.training.map((t) => [day(t.date), t.topic])).toEqual([
    ["2020-10-15", "第1期"],
    ["2021-03-18", "第2期"],
  ]);
});

test("a list whose trainees carry their own dates is no attendance register", () => {
  const list: Sheet = {
    name: "培训签到",
    rows: [
      ["序号", "姓名", "身份证号码", "培训日期"],
      [1, "甲", "441423200107067586", "2020.10.15"],
      [2, "乙", "441423200010158262", "2021.3.18"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [list] }, GD_2019);
  expect(ledgers.training.map((t) => day(t.date))).toEqual(["2020-10-15", "2021-03-18"]);
});

test("a park's change log lists each firm once: in at its 入驻, out at its 退出, other events nothing", () => {
  const log: Sheet = {
    name: "企业变动登记簿",
    rows: [
      ["登记号", "变动日期", "企业名称", "统一社会信用代码", "企业类型", "变动事项", "房号"],
      [1, "2020.8.10", "甲公司", "91441423MA5ECWWWKL", "平台型", "入驻", "A101"],
      [2, "2020.9.3", "乙公司", "91441423MA5T9NLE95", "销售型", "入驻", "B201"],
      [3, "2020.11.16", "乙公司", "91441423MA5T9NLE95", "销售型", "调整房号", "B206"],
      [4, "2021.3.15", "甲公司", "91441423MA5ECWWWKL", "平台型", "退出", "A101"],
      [5, "2021.3.22", "乙公司", "91441423MA5T9NLE95", "销售型", "续签", "B206"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [log] }, GD_2019);
  expect(ledgers.enterprises.map((e) => [e.name, day(e.entered), day(e.left), e.source.row])).toEqual([
    ["甲公司", "2020-08-10", "2021-03-15", 2],
    ["乙公司", "2020-09-03", null, 3],
  ]);
});

test("a report log's month marked as not sent (—) with no content is no report", () => {
  const log: Sheet = {
    name: "月报报送",
    rows: [
      ["序号", "所属月份", "应报时间", "实际报送时间", "报送内容", "是否按时"],
      [1, "2021年1月", "2021年2月5日前", "2021.2.5", "1月份工作进展", "按时"],
      [2, "2021年2月", "2021年3月5日前", "—", null, "未报"],
    ],
  };
  const { ledgers, diagnostics } = readLedgers({ sheets: [log] }, GD_2019);
  expect(ledgers.reports.map((r) => day(r.date))).toEqual(["2021-02-05"]);
  expect(diagnostics.list.some((d) => d.cell === "D3" && d.message.includes("报送日期为“—”且没有报送内容"))).toBe(true);
});
