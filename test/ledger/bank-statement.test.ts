/**
 * 鼎湖's ledgers: funds as the bank's statement of the special account (借方 the payments, fees,
 * interest, matching funds and a payment sent back among them), a report log that says 含电商扶贫数据
 * in its content only, and enterprises whose 入驻及退出情况 holds both days.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (sheet: Sheet) => readLedgers({ sheets: [sheet] }, GD_2019);

test("a bank statement: only the programme's payments count, a returned payment is taken off, fees, interest and matching funds are none", () => {
  const sheet: Sheet = {
    name: "资金专户对账单",
    rows: [
      ["中国农业银行 账户交易明细"],
      ["交易日期", "摘要", "借方发生额", "贷方发生额", "余额", "对方户名"],
      ["20200420", "收区财政局拨入2019年省级电子商务进农村综合示范专项资金", null, 5000000, 5000000, "区财政局"],
      ["20200612", "示范资金 支付县级电子商务公共服务中心建设款（一期）", 860000, null, 4140000, "某公司"],
      ["20200612", "跨行转账手续费", 15.5, null, 4139984.5, null],
      ["20200621", "结息", null, 1863.42, 4141847.92, null],
      ["20200918", "区级配套 支付公共服务中心装修款", 150000, null, 3991847.92, "某装饰公司"],
      ["20210120", "示范资金 支付村级电商服务站点建设款（第二批）", 420000, null, 3571847.92, "邮政"],
      ["20210122", "退汇 收款人户名不符 原1月20日站点建设款", null, 420000, 3991847.92, "邮政"],
      ["20210126", "示范资金 重新支付村级电商服务站点建设款（第二批）", 420000, null, 3571847.92, "邮政"],
    ],
  };
  const funds = read(sheet).ledgers.funds;
  expect(funds.map((f) => f.amount.toNumber())).toEqual([860000, 420000, -420000, 420000]);
  expect(funds.reduce((s, f) => s + f.amount.toNumber(), 0)).toBe(1280000);
});

test("a report log without a 含电商扶贫统计 column: its content saying 含电商扶贫数据 is a yes, silence no answer", () => {
  const sheet: Sheet = {
    name: "报送台账",
    rows: [
      ["某区电子商务进农村综合示范工作报送台账"],
      ["序号", "报送日期", "报送内容", "报送对象", "报送方式"],
      [1, "2020.8.5", "2020年7月份月报", "市商务局", "粤政易"],
      [2, "2020.9.5", "2020年8月份月报", "市商务局", "粤政易"],
      [3, "2020.10.3", "2020年9月份月报", "市商务局", "粤政易"],
      [4, "2020.11.8", "2020年10月份月报（含电商扶贫数据）", "市商务局", "粤政易"],
      [5, "2020.12.8", "2020年11月份月报（含电商扶贫数据）", "市商务局", "粤政易"],
      [6, "2021.1.4", "2020年12月份月报（含电商扶贫数据）", "市商务局", "粤政易"],
    ],
  };
  const { ledgers, recognitions } = read(sheet);
  // A short log reads well the usual way: it is not turned on its side.
  expect(recognitions[0].sideways).toBeUndefined();
  expect(ledgers.reports.map((r) => r.poverty)).toEqual([null, null, null, true, true, true]);
});

test("入驻及退出情况 in one cell gives the day in and the day out", () => {
  const sheet: Sheet = {
    name: "入驻企业清单",
    rows: [
      ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻及退出情况"],
      [1, "某电子商务有限公司", "92441203L0440QE2A2", "平台型电商", "2021年5月入驻"],
      [2, "某网店", "91441203TR4541XXK5", "销售型（网店）", "2020.10入驻，2021.6退出"],
      [3, "某供应链公司", "91441203W1D0PLXY8G", "物流快递", "2021.9入驻"],
    ],
  };
  const e = read(sheet).ledgers.enterprises;
  expect(e.map((x) => [x.entered, x.left])).toEqual([
    [{ y: 2021, m: 5 }, null],
    [
      { y: 2020, m: 10 },
      { y: 2021, m: 6 },
    ],
    [{ y: 2021, m: 9 }, null],
  ]);
});

test("a roster exported with the system's field codes under its header (AAB002 | AAB004 …): that row is no person", () => {
  const sheet: Sheet = {
    name: "建档立卡贫困人口（系统导出）",
    rows: [
      ["序号", "乡（镇）", "姓名", "证件号码", "劳动技能", "务工状态"],
      [null, "AAR003", "AAB002", "AAB004", "AAB017", "AAB019"],
      [1, "源潭镇", "梁文坤", "441802197909289717", "普通劳动力", "省外务工"],
      [2, "源潭镇", "赖坤平", "441802196002232902", "普通劳动力", "县内务工"],
    ],
  };
  expect(read(sheet).ledgers.poorPersons.map((p) => p.name)).toEqual(["梁文坤", "赖坤平"]);
});

test("a list printed in three 镇 | 村委会 parts across the page is read down each part, then across", () => {
  const sheet: Sheet = {
    name: "村委会名单",
    rows: [
      ["某区村民委员会名单（按镇、街道）"],
      ["镇（街道）", "村委会", "镇（街道）", "村委会", "镇（街道）", "村委会"],
      ["麻章镇", "禾坝村委会", "太平镇（续）", "蓝洞村委会", "湖光镇（续）", "南湾村"],
      [null, "松湾村委会", null, "永江村委会", "民安街道", "横冲村民委员会"],
      ["太平镇", "长角村委会", "湖光镇", "梅背村委会", null, null],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 5 }],
  };
  const { ledgers, recognitions } = read(sheet);
  expect(recognitions[0].halves?.parts).toEqual([0, 2, 4]);
  expect(ledgers.villages.map((v) => v.name)).toEqual(["禾坝村委会", "松湾村委会", "长角村委会", "蓝洞村委会", "永江村委会", "梅背村委会", "南湾村", "横冲村民委员会"]);
  expect(ledgers.villages.map((v) => `${v.source.row}`)).toEqual(["3", "4", "5", "3", "4", "5", "3", "4"]);
});
