/**
 * The 73rd and 74th batches' tables: a fund register keeping only the running total after each payment
 * (高州's 拨付进度登记表) read as the rise since the row before, and a PDCA table (乳源) whose indicator
 * column is merged down over its two header rows, its 自评分 the clerk's claims.
 */
import type { Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { statementsOf } from "../../src/ledger/facts/sentences";
import { factsVocabulary } from "../../src/ledger/facts/vocabulary";
import { chinesePart } from "../../src/ledger/normalize/text";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const register: Sheet = {
  name: "拨付进度登记",
  rows: [
    ["某市专项资金拨付进度登记表"],
    ["说明：每拨付一笔登记一次累计已拨付数，单笔金额以支付凭证为准。金额单位：元。"],
    ["序号", "拨付日期", "事项（收款单位、款项）", "支付凭证号", "累计已拨付（元）", "累计拨付率"],
    [1, null, "收到省级专项资金（财政下达指标）", null, 0, "0.00%"],
    [2, "2020-06-18", "某公司 县级中心建设首付款", "记-06-021", 600000, "12.00%"],
    [3, "2020.7.10", "某公司 村级站点建设首付款", "记-07-008", "1,050,000.00", "21.00%"],
    [4, null, "2020年末与财务股核对累计数", null, 1050000, "21.00%"],
    [5, "2021.1.15", "某公司 冷链首付款", "记-01-012", 1301000, "26.02%"],
    [6, null, "更正：上一行累计数误记为1,301,000，应为1,310,000", null, 1310000, "26.20%"],
    [7, "2021.4.16", "某学校退回多付的培训服务费（红字冲销）", "记-04-015", 1291400, "25.83%"],
  ],
};

test("a register of running totals pays the rise since the row before; a correction mends the payment before it", () => {
  const { ledgers } = readLedgers({ sheets: [register] }, GD_2019);
  expect(ledgers.funds.map((f) => f.amount.toNumber())).toEqual([600000, 450000, 260000, -18600]);
});

test("a running total beside each project (no voucher, no day) is no register of payments", () => {
  const projects: Sheet = {
    name: "资金拨付",
    rows: [
      ["序号", "项目名称", "合同金额", "累计拨付", "拨付比例"],
      [1, "县级中心建设", 150, 150, "100%"],
      [2, "村级站点建设", 160, 144, "90%"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [projects] }, GD_2019);
  expect(ledgers.funds).toHaveLength(0);
});

test("an indicator column merged down over two header rows heads the lower one: the 自评分 there are claims", () => {
  const sheet: Sheet = {
    name: "PDCA闭环表",
    rows: [
      ["序号", "指标（满分）", "P（计划）", "D（执行）", "C（检查）", null, "A（处理）"],
      [null, null, "方案目标及时限", "完成情况（截至2021年8月31日）", "对照省考评标准", "自评分", "存在问题及改进措施"],
      [1, "组织领导（2）", "成立领导小组", "县长任组长，成员单位为县商务局、财政局、农业农村局、乡村振兴局。", "主要领导牵头 ✔", 2, "—"],
      [2, "工作方案（2）", "2019年12月底前印发创建工作方案", "《某县创建工作方案》已于2019年12月20日正式印发。", "方案因地制宜，可操作性强（1-2分）", 2, "—"],
      [3, "电商培训（20）", "培训不少于2,000人次", "累计培训2,001人次，占常住人口1.04%。", "培训人次1.04%≥1%：10分", 20, "继续办专场。"],
    ],
    merges: [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 1 },
      { top: 0, left: 4, bottom: 0, right: 5 },
    ],
  };
  const read = readFactsSheet(sheet, GD_2019);
  // (The clerk's own name, 工作方案（2）, with its 满分: 方案制定's claim; the P column's plan no label.)
  expect(Object.fromEntries(read.claims.map((c) => [c.indicator, Number(c.value)]))).toEqual({ "org.leadership": 2, "org.plan": 2, "work.training": 20 });
  const plan = read.entries.find((e) => e.key === "planIssued");
  expect(plan?.cell).toBe("D4");
});

test("a bare 尚未开展 after a clause undoes that clause's done; 个别凭证未附 after one leaves it standing", () => {
  const v = factsVocabulary(GD_2019);
  const scores = (t: string) => v.inputs.match(chinesePart(t));
  const said = (t: string) => statementsOf(t, scores, 0.62, 0.06).map((st) => [st.label, st.value]);
  expect(said("其他衍生增值服务（代运营）目前只与两家机构洽谈，尚未开展。").filter(([, value]) => value === "是")).toEqual([]);
  expect(said("已建立资金专用台账，个别凭证未附")).toContainEqual(["已建立资金专用台账", "是"]);
});
