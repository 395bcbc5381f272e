/**
 * Ledgers as the 145th and 146th blind batches kept them: the statistics bureau's division codes as the
 * village list, a village list whose legend stands above it in quotes, villages by town in one cell with
 * delivery said per town, a bank statement whose sides say which pays out, papers sent listed as
 * numbered lines dated in brackets, a session's 人次 beside the 人数 and 天数 it is reckoned from, and a
 * pool of lecturers that is no training.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const kindOf = (r: ReturnType<typeof read>, sheet: string) => r.recognitions.find((x) => x.sheet === sheet)?.kind ?? null;

test("the statistics bureau's division codes (统计用区划代码 | 名称 | 城乡分类代码): every committee a village or a community, the towns' rows none", () => {
  const sheet: Sheet = {
    name: "区划代码",
    rows: [
      ["某市统计用区划代码和城乡划分代码（2020年）"],
      ["数据来源：市民政局区划地名股系统导出"],
      ["统计用区划代码", "名称", "城乡分类代码", "备注"],
      ["440785001000", "甲街道", null, "镇（街道）"],
      ["440785001001", "城南社区居委会", "111", null],
      ["440785001201", "石联村委会", "220", null],
      ["440785001202", "北郊村委会", "220", null],
      ["440785101000", "乙镇", null, "镇（街道）"],
      ["440785101001", "乙镇圩社区居委会", "121", null],
      ["440785101201", "横陂村委会", "220", null],
      ["440785101202", "夏北村委会", "220", null],
    ],
  };
  const r = read(sheet);
  expect(kindOf(r, "区划代码")).toBe("villages");
  expect(r.ledgers.villages.map((v) => [v.name, v.type])).toEqual([
    ["城南社区居委会", "residents"],
    ["石联村委会", "admin"],
    ["北郊村委会", "admin"],
    ["乙镇圩社区居委会", "residents"],
    ["横陂村委会", "admin"],
    ["夏北村委会", "admin"],
  ]);
});

test("a village list with its delivery column, its legend above in quotes (名称前加“★”的为…贫困村): villages, the starred ones poor", () => {
  const sheet: Sheet = {
    name: "村居名册",
    rows: [
      ["某县村（社区）名册（2021年）"],
      ["注：名称前加“★”的为省定相对贫困村；“通快递”指有快递企业在村设点或直投到村。"],
      ["一、行政村（村民委员会）"],
      ["序号", "镇", "村委会名称", "户数", "户籍人口", "通快递"],
      [1, "甲镇", "后花园村委会", 717, 2268, "是"],
      [2, null, "★竹栖肚村委会", 423, 1663, "是"],
      [3, "乙镇", "深澳村委会", 295, 1237, "否"],
    ],
  };
  const r = read(sheet);
  expect(kindOf(r, "村居名册")).toBe("villages");
  expect(r.ledgers.villages.map((v) => [v.name, v.poor, v.express])).toEqual([
    ["后花园村委会", false, true],
    ["竹栖肚村委会", true, true],
    ["深澳村委会", false, false],
  ]);
});

test("villages by town in one cell, ★ after a poor one's name, the communities apart, delivery said per town", () => {
  const sheet: Sheet = {
    name: "村居基本情况",
    rows: [
      ["某县村（居）委会基本情况"],
      ["（★为省定相对贫困村）"],
      ["序号", "镇", "村委会（个）", "村委会名单", "社区（个）", "社区名单", "快递进村情况"],
      [1, "甲镇", 3, "黄围村、宝冲村★、社冲村", 1, "城中社区", "全部通达"],
      [2, "乙镇", 3, "上垌村★、南岩村、云岗村", "—", "—", "未通达：南岩村；其余已通达"],
    ],
  };
  const r = read(sheet);
  expect(r.ledgers.villages.map((v) => [v.name, v.type, v.poor, v.express])).toEqual([
    ["黄围村", "admin", false, true],
    ["宝冲村", "admin", true, true],
    ["社冲村", "admin", false, true],
    ["城中社区", "residents", null, null],
    ["上垌村", "admin", true, true],
    ["南岩村", "admin", false, false],
    ["云岗村", "admin", false, true],
  ]);
});

test("a bank statement whose sides say which pays out (借方发生额（支出） | 贷方发生额（收入）): the debits are the payments", () => {
  const sheet: Sheet = {
    name: "专户对账单",
    rows: [
      ["中国农业银行 账户交易明细"],
      ["户名：某市商务局（电子商务进农村综合示范专项资金）"],
      ["交易日期", "摘要", "对方户名", "借方发生额（支出）", "贷方发生额（收入）", "余额", "流水号"],
      ["20191220", "财政拨款 省级电商进农村示范资金", "某市财政局", null, "6,000,000.00", "6,000,000.00", "T1"],
      ["20200115", "中心装修工程预付款", "某装饰工程有限公司", "1,150,000.00", null, "4,850,000.00", "T2"],
      ["20200321", "结息", null, null, "3,862.15", "4,853,862.15", "T3"],
      ["20200428", "村级站点建设第一批", "某电子商务有限公司", "980,000.00", null, "3,873,862.15", "T4"],
    ],
  };
  const r = read(sheet);
  expect(r.ledgers.funds.map((f) => [f.date, Number(f.amount)])).toEqual([
    [{ y: 2020, m: 1, d: 15 }, 1150000],
    [{ y: 2020, m: 4, d: 28 }, 980000],
  ]);
});

test("papers sent, one numbered line each and dated in its brackets (the day, or the month): the materials sent", () => {
  const sheet: Sheet = {
    name: "经验材料报送",
    rows: [
      ["某县电子商务进农村经验材料报送情况"],
      ["（按报送时间排列）"],
      ["1. 《某县“党建+电商”助力乡村振兴的做法》（2020年12月8日报某市商务局）"],
      ["2. 《某县电商品牌培育案例》（2021年3月12日报市商务局，市局《电商工作简报》第5期采用）"],
      ["3. 《某县村级电商服务站“一站多用”经验》（2021年5月报送市商务局）"],
      ["以上材料电子版存于“宣传推广/经验材料”文件夹。"],
    ],
  };
  const r = read(sheet);
  expect(kindOf(r, "经验材料报送")).toBe("materials");
  expect(r.ledgers.materials.map((m) => m.date)).toEqual([
    { y: 2020, m: 12, d: 8 },
    { y: 2021, m: 3, d: 12 },
    { y: 2021, m: 5 },
  ]);
});

test("a session's 人次 beside the 人数 and 天数 it is reckoned from (参训情况 over all three): the 人次, nothing added", () => {
  const sheet: Sheet = {
    name: "培训台账（按班次）",
    rows: [
      ["某县电子商务进农村培训台账（按班次）"],
      ["序号", "培训时间", "培训班名称", "参训情况", null, null, "承办单位"],
      [null, null, null, "人数", "天数", "人次", null],
      [1, "2020年9月22日—24日", "电商基础知识培训班（第一期）", 60, 3, 180, "运营方"],
      [2, "2020.10.15", "农村电商直播带货培训", 85, 1, 85, "职业技术学校"],
    ],
    merges: [
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
      { top: 1, left: 3, bottom: 1, right: 5 },
      { top: 1, left: 6, bottom: 2, right: 6 },
    ],
  };
  expect(read(sheet).ledgers.training.map((t) => Number(t.personTimes))).toEqual([180, 85]);
});

test("a pool of lecturers (讲师库 | 入库日期) names who may teach: no training held", () => {
  const sheet: Sheet = {
    name: "讲师库",
    rows: [
      ["某县电子商务培训讲师库"],
      ["序号", "姓名", "性别", "工作单位", "职称/资格", "擅长方向", "入库日期", "联系电话"],
      [1, "郑××", "女", "某职业技术学校", "讲师", "网店运营", "2020.8.20", "15017062306"],
      [2, "吴××", "女", "某电商公共服务中心", "电子商务师（三级）", "直播带货", "2020.9.6", "13611865127"],
      [3, "陈××", "男", "某电商服务公司", "高级电子商务师", "短视频营销", "2020.9.23", "13848029482"],
    ],
  };
  expect(kindOf(read(sheet), "讲师库")).toBeNull();
});
