/**
 * 博罗's and 罗定's ledgers (132nd batch), documents of other offices kept as ledgers: the park's admission
 * review summary (申请单位 | 申请业态 | 评审结果 | 签约入驻日期), a payment-request book (申请金额（万元） |
 * 实付金额（元）), the 网信办's opinion digest (载体 电视), and the election results of the village
 * committees (类型 村委会 / 居委会, 重点村类型 省定贫困村 / 软弱涣散村 / blank, a town's 小计 line).
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const day = (d: { y: number; m: number; d?: number } | null) => d && `${d.y}-${d.m}-${d.d}`;

test("an admission review summary: the applicants admitted and signed are the park's firms, the refused, deferred and withdrawn none", () => {
  const { ledgers, recognitions } = read({
    name: "入驻评审汇总",
    rows: [
      ["某县电子商务产业园入驻评审结果汇总表", null, null, null, null, null, null],
      ["序号", "申请单位", "申请业态", "评审结果", "签约入驻日期", "退园日期", "备注"],
      [1, "某县荔枝网店", "销售型", "同意入驻", "2020.10.15", null, null],
      [2, "某县食品加工厂", "食品加工", "不同意", null, null, "非电商企业"],
      [3, "某县柑橘专业合作社", "销售型", "暂缓", null, null, "材料不全"],
      [4, "某县茶叶电商工作室", "销售型", "同意入驻", null, null, "企业放弃入驻，未签约"],
      [5, "某县代运营服务有限公司", "电商运营商", "同意入驻", "2021.5.17", "2021.9.10", "9月退园"],
    ],
  });
  expect(recognitions[0].kind).toBe("enterprises");
  expect(ledgers.enterprises.map((e) => [e.name, e.type, day(e.entered), day(e.left)])).toEqual([
    ["某县荔枝网店", "销售型", "2020-10-15", null],
    ["某县代运营服务有限公司", "电商运营商", "2021-5-17", "2021-9-10"],
  ]);
});

test("a payment-request book: what the treasury paid (实付金额（元）), not what was asked (申请金额（万元）)", () => {
  const { ledgers } = read({
    name: "支付申请登记",
    rows: [
      ["某县专项资金支付申请登记簿", null, null, null, null, null],
      ["编号", "申请日期", "项目", "申请金额（万元）", "国库支付日期", "实付金额（元）", "状态"],
      ["ZF-01", "2020.10.20", "县电商公共服务中心建设（首期）", 45, "2020.10.30", 450000, "已支付"],
      ["ZF-02", "2020.11.16", "村级站点建设补助（第一批）", 30, "2020.12.2", 285600, "已支付"],
    ],
  });
  expect(ledgers.funds.map((f) => [day(f.date), f.amount.toNumber()])).toEqual([
    ["2020-10-30", 450000],
    ["2020-12-2", 285600],
  ]);
});

test("an opinion digest's 载体 is the report's form: 电视 is television", () => {
  const { ledgers } = read({
    name: "舆情月报摘录",
    rows: [
      ["某县网络舆情监测月报（正面宣传）电商进农村条目摘录", null, null, null, null, null],
      ["序号", "首发时间", "首发媒体", "媒体级别", "载体", "标题"],
      [1, "2020-12-08", "某县融媒体中心《某县新闻》", "县级", "电视", "我县举办首届网上年货节"],
      [2, "2021-03-16", "南方＋客户端", "省级", "客户端", "电商让山区农产品走出大山"],
    ],
  });
  expect(ledgers.media.map((m) => [m.level, m.tv])).toEqual([
    ["county", true],
    ["province", false],
  ]);
});

test("the village committees' election results: 重点村类型 says which are poor, a residents' committee is asked nothing, a town's 小计 is no header", () => {
  const { ledgers, recognitions } = read({
    name: "两委换届结果",
    rows: [
      ["某市2021年村（社区）“两委”换届选举结果统计表", null, null, null, null, null],
      ["“重点村类型”：省定贫困村、软弱涣散村；村委会一栏空白为一般村（不是省定贫困村）；居委会不分类，填“—”。", null, null, null, null, null],
      ["序号", "镇", "村（居）委会", "类型", "重点村类型", "备注"],
      [1, "罗镜镇", "罗镜社区居民委员会", "居委会", "—", null],
      [2, null, "石围村民委员会", "村委会", null, null],
      [3, null, "龙岩村民委员会", "村委会", "省定贫困村", null],
      [null, "罗镜镇小计", "村委会2个、居委会1个", null, null, null],
      [4, "太平镇", "新塘村民委员会", "村委会", null, "2020年10月原长塘村并入新塘村"],
      [5, null, "东威村民委员会", "村委会", "软弱涣散村", null],
    ],
  });
  expect(recognitions[0].kind).toBe("villages");
  expect(ledgers.villages.map((v) => [v.name, v.type, v.poor])).toEqual([
    ["罗镜社区居民委员会", "residents", null],
    ["石围村民委员会", "admin", false],
    ["龙岩村民委员会", "admin", true],
    ["新塘村民委员会", "admin", false],
    ["东威村民委员会", "admin", false],
  ]);
});

test("a request register: the treasury's 实拨金额 (40万 too), a request refused (不予拨付) or sent back none", () => {
  const { ledgers } = read({
    name: "请款单登记",
    rows: [
      ["某县专项资金请款单登记", null, null, null, null, null, null],
      ["请款单号", "申请日期", "项目及用途", "申请金额", "拨付日期", "实拨金额", "状态"],
      ["QK-01", "2020.11.5", "县乡村物流体系建设（首期）", 400000, "—", "—", "退回"],
      ["QK-02", "2020.11.20", "农村电商培训（第一批）", 250000, "2020.12.10", 238600, "已拨付"],
      ["QK-03", "2020.12.2", "县乡村物流体系建设（首期，重新申请）", 400000, "2020年12月28日", "40万", "已拨付"],
      ["QK-04", "2021.6.1", "农产品质量溯源系统", 300000, "—", "—", "不予拨付"],
    ],
  });
  expect(ledgers.funds.map((f) => [day(f.date), f.amount.toNumber()])).toEqual([
    ["2020-12-10", 238600],
    ["2020-12-28", 400000],
  ]);
});
