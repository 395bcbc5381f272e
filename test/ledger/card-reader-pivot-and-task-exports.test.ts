/**
 * Ledgers as other systems print them (the 68th batch): an ID card reader's export as the sign-in, a
 * pivot table pasted as values as the funds ledger, a task system's 我的任务 as the report log and
 * a register of approvals to publish as the column's log.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (sheet: Sheet) => readLedgers({ sheets: [sheet] }, GD_2019);

test("a card reader's export: dated by the swipe, not the card's dates; struck-out rows and a second swipe left out", () => {
  const sheet: Sheet = {
    name: "读卡记录",
    rows: [
      ["身份证阅读器批量读卡记录导出"],
      ["序号", "姓名", "出生日期", "公民身份号码", "有效期限", "读卡时间", "读卡方式", "核对备注"],
      [1, "蓝明泉", "19900428", "441481199004286573", "2016.07.09-2026.07.09", "2021-03-17 16:20:11", "刷卡", "设备调试（工作人员刷卡测试），非学员"],
      [2, "范振", "19670528", "441481196705288092", "2017.03.16-长期", "2021-03-18 08:31:05", "刷卡", null],
      [3, "郭丽霞", "19920421", "441481199204214662", "2013.03.07-2023.03.07", "2021-03-18 08:37:59", "刷卡", null],
      [4, "郭丽霞", "19920421", "441481199204214662", "2013.03.07-2023.03.07", "2021-03-18 08:38:13", "刷卡", null],
      [5, "邹雪莲", "19870406", "441481198704063798", "2013.03.20-2033.03.20", "2021-03-18 08:39:00", "刷卡", "重复刷卡（同一人），不计"],
      [6, "郭丽霞", "19920421", "441481199204214662", "2013.03.07-2023.03.07", "2021-05-27 08:30:00", "刷卡", null],
    ],
  };
  const { ledgers, diagnostics } = read(sheet);
  expect(ledgers.training.map((t) => [t.id?.text, t.date])).toEqual([
    ["441481196705288092", { y: 2021, m: 3, d: 18 }],
    ["441481199204214662", { y: 2021, m: 3, d: 18 }],
    // The same trainee at the next session is another person-time.
    ["441481199204214662", { y: 2021, m: 5, d: 27 }],
  ]);
  expect(diagnostics.list.filter((d) => /同一人同一天/.test(d.message)).map((d) => d.cell)).toEqual(["6:6"]);
});

test("a pivot table pasted as values: its value field found under 求和项:, each group's 汇总 and the 总计 no payment", () => {
  const sheet: Sheet = {
    name: "资金支付透视",
    rows: [
      ["专项资金支付情况（数据透视）"],
      ["资金来源", "省级专项资金"],
      ["项目类别", "(全部)"],
      [],
      ["承建单位", "支付日期", "求和项:支付金额（元）", "计数项:凭证号"],
      ["广东海丰县电商发展有限公司", new Date(Date.UTC(2020, 6, 15)), 850000, 1],
      [null, new Date(Date.UTC(2020, 11, 18)), 420000, 1],
      ["广东海丰县电商发展有限公司 汇总", null, 1270000, 2],
      ["(空白)", new Date(Date.UTC(2021, 0, 15)), 36800, 1],
      ["(空白) 汇总", null, 36800, 1],
      ["总计", null, 1306800, 3],
    ],
  };
  const { ledgers, recognitions } = read(sheet);
  expect(recognitions[0].sideways).toBeFalsy();
  expect(ledgers.funds.map((f) => f.amount.toNumber())).toEqual([850000, 420000, 36800]);
});

test("a task system's export: the city bureau's tasks submitted, dated by submission; a task pending or not submitted sent nothing", () => {
  const sheet: Sheet = {
    name: "粤政易任务导出",
    rows: [
      ["序号", "任务名称", "发布单位", "发布时间", "截止时间", "任务状态", "提交时间"],
      [1, "关于报送2021年9月电子商务进农村综合示范工作进展情况的通知", "清远市商务局", "2021-09-06 09:02", "2021-09-30 18:00", "待办", null],
      [2, "关于报送2021年8月电子商务进农村综合示范工作进展情况的通知", "清远市商务局", "2021-08-25 09:10", "2021-08-31 18:00", "已提交", "2021-08-30 17:42"],
      [3, "关于报送2021年上半年重点工作完成情况的通知", "连州市人民政府办公室", "2021-06-28 10:20", "2021-07-05 12:00", "已提交", "2021-07-05 09:48"],
      [4, "关于报送2021年6月电子商务进农村综合示范工作进展情况的通知", "清远市商务局", "2021-06-24 16:05", "2021-06-30 18:00", "逾期提交", "2021-07-02 10:15"],
      [5, "关于报送2021年2月电子商务进农村综合示范工作进展情况的通知", "清远市商务局", "2021-02-22 11:40", "2021-02-26 18:00", "已截止（未提交）", null],
      [6, "关于报送2021年春节期间生活必需品市场保供情况的通知", "清远市商务局", "2021-02-05 17:26", "2021-02-18 12:00", "已提交", "2021-02-18 10:31"],
      [7, "关于报送2021年1月电子商务进农村工作进展及电商扶贫数据的通知", "清远市商务局", "2021-01-22 09:05", "2021-01-29 18:00", "已提交", "2021-02-01 09:30"],
    ],
  };
  const { ledgers } = read(sheet);
  expect(ledgers.reports.map((r) => [r.date, r.poverty])).toEqual([
    [{ y: 2021, m: 8, d: 30 }, null],
    [{ y: 2021, m: 7, d: 2 }, null],
    [{ y: 2021, m: 2, d: 1 }, true],
  ]);
});

test("a register of approvals to publish: an item withdrawn before it went up is no update", () => {
  const sheet: Sheet = {
    name: "信息发布审批登记",
    rows: [
      ["编号", "信息标题", "拟发布栏目", "审批日期", "发布日期", "备注"],
      ["LZSW-2020-047", "8月份示范项目建设进度", "电商专栏", "2020.9.10", "2020.9.11", null],
      ["LZSW-2021-005", "关于征集农村快递问题线索的公告", "电商专栏", "2021.1.20", null, "撤稿，未发布"],
      ["LZSW-2021-011", "1—2月份示范项目建设进度", "电商专栏", "2021.2.26", "2021.3.2", "春节后发布"],
    ],
  };
  expect(read(sheet).ledgers.disclosures.map((d) => d.date)).toEqual([
    { y: 2020, m: 9, d: 11 },
    { y: 2021, m: 3, d: 2 },
  ]);
});

test("a class's WeChat group list: dated by the class, not by when each joined; its owner, admins and those who never sat it no trainees", () => {
  const sheet: Sheet = {
    name: "第5期学员群",
    rows: [
      ["群聊名称：阳春市农村电商直播带货培训班（第5期）学员群"],
      ["培训时间：2020年11月19日—20日　　培训地点：阳春市电子商务公共服务中心"],
      ["序号", "微信昵称", "入群时间", "群身份", "真实姓名", "身份证号", "备注"],
      [1, "阳春电商中心-小李", "2020-11-12 15:20", "群主", "李敏", null, "中心工作人员"],
      [2, "梁sir", "2020-11-12 15:22", "管理员", "梁志强", null, "授课老师"],
      [3, "玲玲春砂仁", "2020-11-12 16:03", "成员", "陈美玲", "441781198804128380", null],
      [4, "国强", "2020-11-12 16:10", "成员", "李国强", "441781197909036816", null],
      [5, "丽华", "2020-11-13 12:37", "成员", "谭丽华", "441781198302175785", "未到课（家中有事请假）"],
      [6, "永福", "2020-11-23 09:41", "成员", "钟永福", "441781197203197853", "课后入群，仅领取课件"],
    ],
  };
  expect(read(sheet).ledgers.training.map((t) => [t.name, t.date])).toEqual([
    ["陈美玲", { y: 2020, m: 11, d: 20 }],
    ["李国强", { y: 2020, m: 11, d: 20 }],
  ]);
});
