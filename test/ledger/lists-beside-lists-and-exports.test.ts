/**
 * Layouts met in the 177th–186th blind batches: a village list that is the station list too (each village's station
 * on its row, under group headers or not), an export's row of data types under its field names, delivery said by
 * its way or its point, cheques dated in 大写, a group accident policy's insured as trainees, a sign-in sheet saying
 * the two sheets do not overlap, a certificate reissued, a paper not yet sent, a retention not yet paid, a station's
 * day with its 挂牌 after it.
 */
import type { Merge, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { parseDate, parseRangeEnd } from "../../src/ledger/normalize/date";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const m = (top: number, left: number, bottom: number, right: number): Merge => ({ top, left, bottom, right });
const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const day = (d: Parameters<typeof formatDate>[0] | null | undefined) => (d ? formatDate(d) : null);

/** A town's return: every committee a row, its station's cells beside it or blank. */
const townReturn: Sheet = {
  name: "甲镇",
  rows: [
    ["甲镇村（居）委会及电商服务站点情况表"],
    ["填报单位：甲镇人民政府　　填报日期：2021年9月6日"],
    ["序号", "村（居）委会名称", "类别", "是否省定贫困村", "快递进村", "电商服务站点名称", "挂牌日期", "站长", "备注"],
    [1, "东社区居民委员会", "居委会", "—", "—", null, null, null, null],
    [2, "上岭村民委员会", "村委会", "是", "是", "上岭村电商服务站", "2021.3.8", "张三", null],
    [3, "下岭村委会", "村委会", "否", "是", null, null, null, null],
    [4, "中岭村民委员会", "村委会", "否", "否", "中岭村电商服务站", "2021年8月31日挂牌", "李四", null],
    [5, "西岭村委会", "村委会", "否", "是", "西岭村邮政服务点", "2020-11-20", "王五", null],
  ],
};

test("a town's return of every committee with its station beside it is read as the village list and as the station list", () => {
  const { ledgers, recognitions } = read(townReturn);
  expect(recognitions.map((r) => r.kind).sort()).toEqual(["stations", "villages"]);
  expect(ledgers.villages.map((v) => [v.name, v.type, v.poor, v.express])).toEqual([
    ["东社区居民委员会", "residents", null, null],
    ["上岭村民委员会", "admin", true, true],
    ["下岭村委会", "admin", false, true],
    ["中岭村民委员会", "admin", false, false],
    ["西岭村委会", "admin", false, true],
  ]);
  expect(ledgers.stations.map((s) => [s.village, day(s.opened)])).toEqual([
    ["上岭村民委员会", "2021-03-08"],
    ["中岭村民委员会", "2021-08-31"],
    ["西岭村委会", "2020-11-20"],
  ]);
});

test("the same two lists under group headers (村（居）基本情况 | 村级电子商务服务站点): each station placed by its row's village", () => {
  const sheet: Sheet = {
    name: "村居及站点",
    rows: [
      ["某区村（社区）基本情况及村级电子商务服务站点一览表"],
      ["序号", "村（居）基本情况", null, null, null, "村级电子商务服务站点", null, null, "备注"],
      [null, "镇（街道）", "村（居）委会", "类别", "快递进村", "站点名称", "挂牌时间", "站长", null],
      [1, "甲街道", "田岭村委会", "行政村", "✓", null, null, null, null],
      [2, null, "黄坳村委会", "行政村", "✓", "黄坳电商服务站", "2020.10.6", "欧某", null],
      [3, null, "大岭村民委员会", "行政村", "✗", "大岭村电商服务站", "2020年12月14日", "吴某", null],
      [4, "乙镇", "明苑社区居委会", "社区", "✓", "明苑社区电商服务点", "2021.1.5", "李某", null],
      [5, null, "石田村委会", "行政村", "✓", null, null, null, null],
    ],
    merges: [m(0, 0, 0, 8), m(1, 1, 1, 4), m(1, 5, 1, 7), m(1, 0, 2, 0), m(1, 8, 2, 8), m(3, 1, 5, 1), m(6, 1, 7, 1)],
  };
  const { ledgers, recognitions } = read(sheet);
  expect(recognitions.map((r) => r.kind)).toEqual(["villages", "stations"]);
  expect(ledgers.villages.map((v) => [v.name, v.express])).toEqual([
    ["田岭村委会", true],
    ["黄坳村委会", true],
    ["大岭村民委员会", false],
    ["明苑社区居委会", true],
    ["石田村委会", true],
  ]);
  expect(ledgers.stations.map((s) => [s.village, day(s.opened)])).toEqual([
    ["黄坳村委会", "2020-10-06"],
    ["大岭村民委员会", "2020-12-14"],
    ["明苑社区居委会", "2021-01-05"],
  ]);
});

test("an export's row of data types under the field names (整数 | 文本 | 日期 yyyy-mm-dd | Y/N) is no record", () => {
  const sheet: Sheet = {
    name: "L09_月报",
    rows: [
      ["序号", "报送月份", "报送日期", "报送对象", "含扶贫统计"],
      ["整数", "文本", "日期 yyyy-mm-dd", "文本", "Y/N"],
      [1, "2020年8月", "2020-09-04", "某市商务局", "N"],
      [2, "2020年9月", "2020-10-09", "某市商务局", "Y"],
      ["— 共2条记录 —"],
    ],
  };
  const { ledgers, diagnostics } = read(sheet);
  expect(ledgers.reports.map((r) => day(r.date))).toEqual(["2020-09-04", "2020-10-09"]);
  expect(diagnostics.list.some((d) => d.message.includes("数据类型说明"))).toBe(true);
  expect(diagnostics.list.some((d) => d.severity === "warning" && d.cell?.startsWith("C2"))).toBe(false);
});

test("delivery said by the way it comes or the point it comes to: named, it comes; 无, it does not", () => {
  const sheet: Sheet = {
    name: "村居名单",
    rows: [
      ["序号", "镇", "村（居）委会", "类型", "省定贫困村", "快递服务方式"],
      [1, "甲镇", "大塘村委会", "村", "否", "邮快合作"],
      [2, "甲镇", "田头村委会", "村", "否", "直投到村"],
      [3, "甲镇", "大头村委会", "村", "是", "无"],
      [4, "乙镇", "黄墩村委会", "村", "否", null],
      ...["南", "北", "东", "西"].map((n, i) => [5 + i, "乙镇", `${n}坑村委会`, "村", "否", "快递驿站"]),
    ],
  };
  expect(
    read(sheet)
      .ledgers.villages.slice(0, 5)
      .map((v) => v.express),
  ).toEqual([true, true, false, null, true]);
});

test("a cheque's date in 大写 (贰零贰零年零壹拾月零贰拾日) is its day", () => {
  const written = parseDate("贰零贰零年零壹拾月零贰拾日");
  expect(written.ok && formatDate(written.value)).toBe("2020-10-20");
  const stubs: Sheet = {
    name: "支票存根登记",
    rows: [
      ["序号", "支票号码", "出票日期（大写）", "收款人", "用途", "金额（小写）", "备注"],
      [1, "304000055210", "贰零贰零年玖月壹拾伍日", "某公司", "中心建设首期款", "¥450,000.00", null],
      [2, "304000055213", "贰零贰壹年零壹月零玖日", "作废", null, null, "大写金额写错，作废"],
      [3, "304000055214", "贰零贰壹年零叁月叁拾壹日", "某快递公司", "物流体系建设首期款", "¥270,000.00", null],
    ],
  };
  expect(read(stubs).ledgers.funds.map((f) => [day(f.date), f.amount.toNumber()])).toEqual([
    ["2020-09-15", 450000],
    ["2021-03-31", 270000],
  ]);
});

test("a period with its hours or written with dashes inside its days is read at its end", () => {
  const end = (t: string) => {
    const p = parseRangeEnd(t);
    return p.ok ? formatDate(p.value) : p.reason;
  };
  expect(end("2020-12-15 00:00至2020-12-15 24:00")).toBe("2020-12-15");
  expect(end("2021-03-01—2021-03-05")).toBe("2021-03-05");
  expect(end("2020.9-2021.8")).toBe("2021-08");
});

test("a group accident policy's insured are trainees on its 保险期间's day; one struck off (退保) never came", () => {
  const policy: Sheet = {
    name: "专场学员投保清单",
    rows: [
      ["团体意外伤害保险被保险人清单"],
      ["序号", "被保险人姓名", "证件号码", "保险期间", "状态", "备注"],
      [1, "刘一", "441426196702044418", "2020-12-15 00:00至2020-12-15 24:00", "承保", null],
      [2, "朱二", "441426197403074822", "2020-12-15 00:00至2020-12-15 24:00", "退保", "报名未到，批改退保"],
      [3, "韩三", "44142619810410589X", "2021-09-09 00:00至2021-09-09 24:00", "承保", null],
    ],
  };
  const { ledgers } = read(policy);
  expect(ledgers.training.map((t) => [t.id?.text, day(t.date)])).toEqual([
    ["441426196702044418", "2020-12-15"],
    ["44142619810410589X", "2021-09-09"],
  ]);
});

test("a poor households' sign-in saying the two sheets do not overlap (两表不重复) counts its person-times", () => {
  const signIn = (note: string): Sheet => ({
    name: "脱贫户专场签到",
    rows: [
      ["脱贫户电商专场签到表"],
      [note],
      ["第一期　脱贫户电商技能专场　培训时间：2020年11月26日"],
      ["序号", "姓名", "身份证号", "所在村", "签名"],
      [1, "罗一", "441802198306129567", "水坑村", "（已签）"],
      [2, "彭二", "44180219870820235X", "龙坑村", "（已签）"],
    ],
    merges: [m(0, 0, 0, 4), m(1, 0, 1, 4), m(2, 0, 2, 4)],
  });
  const times = (note: string) => read(signIn(note)).ledgers.training.reduce((a, t) => a + t.personTimes.toNumber(), 0);
  expect(times("（普及性培训另见《普及培训》，两表不重复）")).toBe(2);
  expect(times("（人次已计入《普及培训》，不重复统计）")).toBe(0);
});

test("a certificate reissued (补发) is no second attendance; a paper marked 未报送 was not sent; a retention 未付 was not paid", () => {
  const certificates: Sheet = {
    name: "结业证书登记",
    rows: [
      ["证书编号", "姓名", "身份证号", "培训班次", "培训时间", "发证日期", "备注"],
      ["YC-0207", "叶明", "441602199407283399", "直播带货班", "2021年3月9日至11日", "2021.3.20", null],
      ["YC-0208", "林国", "441602200008120870", "直播带货班", "2021年3月9日至11日", "2021.3.20", null],
      ["YC-0207B", "叶明", "441602199407283399", "直播带货班", "2021年3月9日至11日", "2021.8.2", "补发（原证书遗失）"],
    ],
  };
  const materials: Sheet = {
    name: "经验材料报送",
    rows: [
      ["序号", "材料名称", "报送对象", "报送日期", "报送方式"],
      [1, "《某区农村电商公共服务体系建设情况》", "某市商务局", "2020年12月15日", "粤政易"],
      [2, "《某区电子商务进农村综合示范创建经验总结》", "某市商务局", "未报送", "—"],
    ],
  };
  const funds: Sheet = {
    name: "资金拨付",
    rows: [
      ["序号", "拨付日期", "项目", "收款单位", "金额（万元）", "备注"],
      [1, "2020.12.8", "村级站点建设（首期）", "某邮政分公司", 36.85, null],
      [null, null, "预留质保金（村级站点）", "某邮政分公司", 3.5, "验收满一年后支付，未付"],
      [2, "2021.3.30", "物流配送体系建设", "某物流公司", 42.5, "尾款未付"],
    ],
  };
  const { ledgers } = read(certificates, materials, funds);
  expect(ledgers.training.map((t) => t.id?.text)).toEqual(["441602199407283399", "441602200008120870"]);
  expect(ledgers.materials.map((x) => day(x.date))).toEqual(["2020-12-15"]);
  expect(ledgers.funds.map((f) => f.amount.toNumber())).toEqual([368500, 425000]);
});
